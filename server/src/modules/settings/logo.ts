import sharp from 'sharp';
import { maxLogoBytes, type LogoType } from '@alumni/shared';
import { AppError } from '../../lib/errors.js';
import { decodeFailure, inspectImage, uploadDecodeOptions } from '../profile/photo.js';

/** The largest box a stored logo fits in; the header shows it far smaller, sharp screens twice that. */
export const logoMaxWidth = 800;
export const logoMaxHeight = 400;

export interface StoredLogo {
  content: Buffer;
  contentType: LogoType;
}

const kilobytes = maxLogoBytes / 1024;

export const logoTooLarge = () =>
  new AppError('payload_too_large', `The logo is larger than ${kilobytes} KB`, [{ path: 'file', message: `The logo may be at most ${kilobytes} KB` }]);

const typeOf = { jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp' } as const satisfies Record<string, LogoType>;

/**
 * Turns an uploaded file into the stored logo. The type is read from the bytes; the image is
 * re-encoded in that same type (PNG and WebP keep their transparency), shrunk to fit 800×400 and
 * stripped of every metadata block, so no byte of the upload itself is ever served back.
 */
export async function processLogo(input: Buffer): Promise<StoredLogo> {
  if (input.length > maxLogoBytes) throw logoTooLarge();
  const { format } = await inspectImage(input);
  let content: Buffer;
  try {
    const image = sharp(input, uploadDecodeOptions).autoOrient().resize(logoMaxWidth, logoMaxHeight, { fit: 'inside', withoutEnlargement: true });
    content =
      format === 'png'
        ? await image.png({ compressionLevel: 9 }).toBuffer()
        : format === 'webp'
          ? await image.webp({ quality: 90, alphaQuality: 100 }).toBuffer()
          : await image.jpeg({ quality: 90, mozjpeg: true }).toBuffer();
  } catch (err) {
    throw decodeFailure(err);
  }
  // Re-encoding rarely grows a file; when it does, the stored logo still keeps the limit.
  if (content.length > maxLogoBytes) throw logoTooLarge();
  return { content, contentType: typeOf[format] };
}
