import { zipSync } from 'fflate';
import type { Result } from '../../../shared/api/errors';
import { decodeBase64, MAX_UPLOAD_BYTES, uploadedFile, type FileHost, type UploadedFile } from '../../../shared/api/files';
import { msg } from '../../../shared/i18n/message';

/** A file picked in the browser's own dialog; null when the user closes it. */
function pick(extensions: string[]): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = extensions.map((e) => `.${e}`).join(',');
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => resolve(null), { once: true });
    input.click();
  });
}

/** Hands bytes to the browser as a download under `name`. */
function download(name: string, mime: string, bytes: Uint8Array): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // Long enough for the browser to have taken the bytes; the blob is then freed.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Browser mode's files: an import is the browser's file picker, an export a download of the very
 * bytes the desktop app would save. Several files (one calendar per person) come as one .zip, so the
 * browser asks nothing more than for one file.
 */
export const webFiles: FileHost = {
  async open({ extensions }): Promise<Result<UploadedFile | null>> {
    const file = await pick(extensions);
    if (!file) return { ok: true, data: null };
    if (file.size > MAX_UPLOAD_BYTES) return { ok: false, error: { code: 'INVALID_INPUT', message: msg('error.uploadTooLarge', { name: file.name }) } };
    return { ok: true, data: uploadedFile(file.name, new Uint8Array(await file.arrayBuffer())) };
  },
  async save({ files, bundleName }) {
    if (files.length === 1) {
      const [file] = files;
      download(file!.name, file!.mime, decodeBase64(file!.contentBase64));
      return { ok: true, data: { kind: 'downloaded', name: file!.name } };
    }
    const zipName = `${bundleName}.zip`;
    download(zipName, 'application/zip', zipSync(Object.fromEntries(files.map((f) => [f.name, decodeBase64(f.contentBase64)]))));
    return { ok: true, data: { kind: 'downloaded', name: zipName } };
  },
};
