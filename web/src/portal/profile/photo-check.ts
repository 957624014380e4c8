import { photoMaxBytes, photoMimeTypes } from '@alumni/shared';

export type PhotoProblem = 'type' | 'size' | 'empty';

/** What the browser says about a chosen file. */
export interface ChosenFile {
  size: number;
  type: string;
}

/**
 * Checks a chosen photo before it is sent, against the same limits the server keeps (which checks the
 * bytes themselves too): JPEG, PNG or WebP, and at most 5 MB.
 */
export function checkPhoto(file: ChosenFile): PhotoProblem | null {
  if (!(photoMimeTypes as readonly string[]).includes(file.type.toLowerCase())) return 'type';
  if (file.size === 0) return 'empty';
  if (file.size > photoMaxBytes) return 'size';
  return null;
}

/** A size in megabytes with at most one decimal, written the locale's way, for telling people how big their file is. */
export const megabytes = (bytes: number, locale: string): string =>
  new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / (1024 * 1024));
