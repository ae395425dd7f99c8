import { readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { errorShape, type Result } from '../shared/api/errors';
import { decodeBase64, MAX_UPLOAD_BYTES, OpenFileRequest, SaveFilesRequest, uploadedFile, type SavedFiles, type UploadedFile } from '../shared/api/files';
import { AppError } from '../shared/errors/app-error';
import { firstIssue } from '../shared/errors/first-issue';
import { msg, type Message } from '../shared/i18n/message';
import { writeFileAtomicSync } from './services/files/atomic-write';
import { fileError } from './services/files/file-error';

/** The desktop's file dialogs (Electron's in the app); each answers a path the user chose, or null. */
export interface FileDialogs {
  saveFile(options: { title: string; defaultName: string; extensions: string[] }): Promise<string | null>;
  openFile(options: { title: string; extensions: string[] }): Promise<string | null>;
  /** A folder for a set of files (one calendar per person). */
  chooseFolder(options: { title: string }): Promise<string | null>;
}

const failure = (code: 'INVALID_INPUT', message: Message): Result<never> => ({ ok: false, error: { code, message } });

/**
 * The desktop's side of files. The page says what it wants (a title, the extensions, the bytes and
 * a suggested name); only the user, in a native dialog, says where. So a compromised page can read
 * no file the user did not pick and write nowhere the user did not choose.
 */
export function fileHostHandlers(dialogs: FileDialogs) {
  return {
    async open(raw: unknown): Promise<Result<UploadedFile | null>> {
      const request = OpenFileRequest.safeParse(raw);
      if (!request.success) return failure('INVALID_INPUT', firstIssue(request.error).message);
      const path = await dialogs.openFile(request.data);
      if (!path) return { ok: true, data: null };
      try {
        if (statSync(path).size > MAX_UPLOAD_BYTES) return failure('INVALID_INPUT', msg('error.uploadTooLarge', { name: basename(path) }));
        return { ok: true, data: uploadedFile(basename(path), readFileSync(path)) };
      } catch (error) {
        return { ok: false, error: errorShape(fileError('read', path, error)) };
      }
    },

    async save(raw: unknown): Promise<Result<SavedFiles | null>> {
      const request = SaveFilesRequest.safeParse(raw);
      if (!request.success) return failure('INVALID_INPUT', firstIssue(request.error).message);
      const { files, title = 'Lưu tệp' } = request.data;
      const one = files.length === 1 ? files[0]! : null;
      const target = one
        ? await dialogs.saveFile({ title, defaultName: one.name, extensions: [one.name.split('.').pop() ?? ''] })
        : await dialogs.chooseFolder({ title: `${title} (${files.length} tệp)` });
      if (!target) return { ok: true, data: null };
      // basename: the names come from the page, and must not climb out of the chosen folder.
      const paths = one ? [target] : files.map((file) => join(target, basename(file.name)));
      try {
        files.forEach((file, i) => writeFileAtomicSync(paths[i]!, decodeBase64(file.contentBase64)));
      } catch (error) {
        return { ok: false, error: errorShape(error instanceof AppError ? error : fileError('write', target, error)) };
      }
      return { ok: true, data: { kind: 'saved', path: target, count: files.length } };
    },
  };
}
