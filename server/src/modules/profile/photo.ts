import sharp from 'sharp';
import { AppError } from '../../lib/errors.js';

/** The edge of the stored square box; the directory shows photos far smaller than this. */
export const photoMaxEdge = 512;
/**
 * A few-kilobyte PNG can declare billions of pixels; decoding stops at this many (about a 50 MP
 * phone photo), long before the server runs out of memory.
 */
export const photoMaxInputPixels = 50_000_000;

export interface StoredPhoto {
  content: Buffer;
  mimeType: 'image/webp';
  width: number;
  height: number;
}

const fileDetail = (message: string) => [{ path: 'file', message }];

const unsupported = () =>
  new AppError('unsupported_media_type', 'The file is not a JPEG, PNG or WebP image', fileDetail('Choose a JPEG, PNG or WebP image'));
const tooManyPixels = () =>
  new AppError('payload_too_large', `The image has too many pixels (at most ${photoMaxInputPixels / 1_000_000} megapixels)`, fileDetail('The image has too many pixels'));
const damaged = () =>
  new AppError('validation_failed', 'The image file is damaged or incomplete and cannot be read', fileDetail('The image is damaged or incomplete'));

const exceedsPixelLimit = (err: unknown) => err instanceof Error && /pixel limit/i.test(err.message);

/** What an uploaded image is, read from its bytes: never the file name or the declared type. */
export interface ImageFacts {
  format: 'jpeg' | 'png' | 'webp';
  width: number;
  height: number;
}

const isAccepted = (format: string | undefined): format is ImageFacts['format'] => format === 'jpeg' || format === 'png' || format === 'webp';

/** Decoding options for every uploaded image: a pixel cap, and damaged files refused rather than guessed at. */
export const uploadDecodeOptions = { limitInputPixels: photoMaxInputPixels, failOn: 'error' as const };

/**
 * Reads an uploaded image's header: a JPEG, PNG or WebP of sane size, else 415 (not such an image),
 * 413 (too many pixels) or 400 (damaged).
 */
export async function inspectImage(input: Buffer): Promise<ImageFacts> {
  let format: string | undefined;
  let width: number;
  let height: number;
  try {
    const meta = await sharp(input, uploadDecodeOptions).metadata();
    format = meta.format;
    width = meta.width;
    height = meta.height;
  } catch (err) {
    if (exceedsPixelLimit(err)) throw tooManyPixels();
    // A known image type whose header is broken is damaged; anything else is not an image at all.
    if (err instanceof Error && /corrupt header/i.test(err.message)) throw damaged();
    throw unsupported();
  }
  if (!isAccepted(format)) throw unsupported();
  if (width * height > photoMaxInputPixels) throw tooManyPixels();
  return { format, width, height };
}

/** A failure while decoding the whole image, after its header passed: too many pixels or damaged. */
export const decodeFailure = (err: unknown): AppError => (exceedsPixelLimit(err) ? tooManyPixels() : damaged());

/**
 * Turns an uploaded file into the stored photo: turned upright by its EXIF orientation, shrunk to
 * fit 512×512 (never enlarged), every metadata block (EXIF, GPS, XMP, ICC) dropped, WebP-encoded.
 * Re-encoding also means no byte of the upload itself is ever served back.
 */
export async function processPhoto(input: Buffer): Promise<StoredPhoto> {
  await inspectImage(input);
  try {
    const { data, info } = await sharp(input, uploadDecodeOptions)
      .autoOrient()
      .resize(photoMaxEdge, photoMaxEdge, { fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 82 })
      .toBuffer({ resolveWithObject: true });
    return { content: data, mimeType: 'image/webp', width: info.width, height: info.height };
  } catch (err) {
    throw decodeFailure(err);
  }
}
