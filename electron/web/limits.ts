import { contract, type Channel } from '../../shared/api/contract';
import { MAX_UPLOAD_BYTES, UploadedFile } from '../../shared/api/files';

/** Any call but an upload: a whole plan with its versions is far below this. */
export const MAX_CALL_BYTES = 4 * 1024 * 1024;
/** An upload: the largest file, in base64, with room for the JSON around it. */
export const MAX_UPLOAD_CALL_BYTES = Math.ceil(MAX_UPLOAD_BYTES / 3) * 4 + 64 * 1024;

/** Channels whose input carries a picked file (`{ file: UploadedFile }`), read from the contract itself. */
export function takesUpload(channel: Channel): boolean {
  const shape = (contract[channel].input as { shape?: Record<string, unknown> }).shape;
  return shape?.file === UploadedFile;
}

export const bodyLimit = (channel: Channel) => (takesUpload(channel) ? MAX_UPLOAD_CALL_BYTES : MAX_CALL_BYTES);
