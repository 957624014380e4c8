import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { maxLogoBytes } from '@alumni/shared';
import { AppError } from '../../lib/errors.js';
import { logoMaxHeight, logoMaxWidth, processLogo } from './logo.js';

const solid = (width: number, height: number) => sharp({ create: { width, height, channels: 4, background: { r: 20, g: 60, b: 120, alpha: 0.5 } } });

async function refusal(input: Buffer): Promise<AppError> {
  try {
    await processLogo(input);
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('the logo was accepted');
}

describe('processLogo', () => {
  it('keeps the type and the transparency, fitting a large logo in the box', async () => {
    const out = await processLogo(await solid(2000, 500).png().toBuffer());
    expect(out.contentType).toBe('image/png');
    expect(await sharp(out.content).metadata()).toMatchObject({ format: 'png', width: logoMaxWidth, height: 200, hasAlpha: true });
  });

  it('never enlarges a small logo and keeps a JPEG a JPEG', async () => {
    const out = await processLogo(await solid(120, 40).jpeg().toBuffer());
    expect(out.contentType).toBe('image/jpeg');
    expect(await sharp(out.content).metadata()).toMatchObject({ format: 'jpeg', width: 120, height: 40 });
    expect(logoMaxHeight).toBeLessThanOrEqual(logoMaxWidth);
  });

  it('refuses what is too big or not a PNG, JPEG or WebP', async () => {
    expect((await refusal(Buffer.alloc(maxLogoBytes + 1, 1))).code).toBe('payload_too_large');
    expect((await refusal(await solid(10, 10).gif().toBuffer())).code).toBe('unsupported_media_type');
    expect((await refusal(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>'))).code).toBe('unsupported_media_type');
  });
});
