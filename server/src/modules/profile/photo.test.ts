import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../lib/errors.js';
import { photoMaxEdge, processPhoto } from './photo.js';

const solid = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: { r: 10, g: 90, b: 160 } } });

async function refusal(input: Buffer): Promise<AppError> {
  try {
    await processPhoto(input);
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('the photo was accepted');
}

describe('processPhoto', () => {
  it('fits a large image inside the box, keeping its proportions, as WebP', async () => {
    const out = await processPhoto(await solid(2000, 1000).jpeg().toBuffer());
    expect(out).toMatchObject({ mimeType: 'image/webp', width: photoMaxEdge, height: photoMaxEdge / 2 });
    expect(await sharp(out.content).metadata()).toMatchObject({ format: 'webp', width: 512, height: 256 });
  });

  it('never enlarges a small image', async () => {
    expect(await processPhoto(await solid(40, 30).png().toBuffer())).toMatchObject({ width: 40, height: 30 });
  });

  it('turns an image upright by its EXIF orientation and drops the EXIF', async () => {
    const sideways = await solid(300, 100).jpeg().withMetadata({ orientation: 8, exif: { IFD0: { Artist: 'Someone Private' } } }).toBuffer();
    const out = await processPhoto(sideways);
    expect(out).toMatchObject({ width: 100, height: 300 });
    expect((await sharp(out.content).metadata()).exif).toBeUndefined();
    expect(out.content.includes(Buffer.from('Someone Private'))).toBe(false);
  });

  it('refuses other formats and non-images as unsupported, and damaged images as bad input', async () => {
    expect((await refusal(await solid(8, 8).gif().toBuffer())).code).toBe('unsupported_media_type');
    expect((await refusal(Buffer.from('%PDF-1.4 not a photo'))).code).toBe('unsupported_media_type');
    const jpeg = await solid(200, 200).jpeg().toBuffer();
    expect((await refusal(jpeg.subarray(0, jpeg.length - 200))).code).toBe('validation_failed');
  });
});
