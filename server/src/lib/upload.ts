import type { FastifyRequest } from 'fastify';
import { AppError } from './errors.js';

/** How one upload route names its file in the errors it answers with. */
export interface UploadRules {
  /** The multipart field the file comes in. */
  field: string;
  /** The file as the messages name it, e.g. "photo" or "CV". */
  what: string;
  /** The hint on the field when no file came, e.g. "Choose a photo to upload". */
  choose: string;
  /** Said when a second file or too many fields came, e.g. "Send one photo only". */
  onlyOne: string;
  /** The 413 to answer when the file passes the route's byte limit. */
  tooLarge: () => AppError;
}

export interface Upload {
  name: string;
  bytes: Buffer;
}

const errorCode = (err: unknown): string | undefined =>
  typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string' ? err.code : undefined;

/** Multipart's own failures, told in the API's words. */
function uploadError(err: unknown, rules: UploadRules): unknown {
  const detail = (message: string) => [{ path: rules.field, message }];
  switch (errorCode(err)) {
    case 'FST_REQ_FILE_TOO_LARGE':
      return rules.tooLarge();
    case 'FST_FILES_LIMIT':
    case 'FST_PARTS_LIMIT':
    case 'FST_FIELDS_LIMIT':
      return new AppError('validation_failed', rules.onlyOne, detail(rules.onlyOne));
    case 'FST_PROTO_VIOLATION':
    case 'FST_MP_PREMATURE_CLOSE':
      return new AppError('validation_failed', 'The upload was incomplete or malformed', detail('The upload was incomplete; try again'));
    default:
      return err;
  }
}

/**
 * The one file of a multipart request, capped while streaming (by the limits the route's scope
 * registered @fastify/multipart with) so a huge upload is never held in memory.
 */
export async function readSingleUpload(request: FastifyRequest, rules: UploadRules): Promise<Upload> {
  const detail = (message: string) => [{ path: rules.field, message }];
  if (!request.isMultipart()) {
    throw new AppError('unsupported_media_type', `Send the ${rules.what} as multipart/form-data in a field named "${rules.field}"`, detail(rules.choose));
  }
  try {
    const part = await request.file();
    if (!part || part.fieldname !== rules.field) {
      throw new AppError('validation_failed', `The ${rules.what} is missing: send it in a field named "${rules.field}"`, detail(rules.choose));
    }
    const bytes = await part.toBuffer();
    if (bytes.length === 0) throw new AppError('validation_failed', 'The file is empty', detail('The file is empty'));
    return { name: part.filename, bytes };
  } catch (err) {
    throw uploadError(err, rules);
  }
}
