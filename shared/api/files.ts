import { z } from 'zod';
import type { Result } from './errors';

/**
 * Files cross the contract as bytes with a name, never as a path: where a file comes from or goes
 * to is the host's (Electron's dialogs, the browser's uploads and downloads, the CLI's arguments),
 * so the page can never make the app read or write a path it chose.
 */

/** The largest file accepted from the page: a staff list or a plan file is far smaller. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
const base64Length = (bytes: number) => Math.ceil(bytes / 3) * 4;

/** A file's own name (for messages and format detection), never a path. */
export const FileName = z
  .string()
  .min(1, 'schema.fileNameMissing')
  .max(255, 'schema.fileNameTooLong')
  .refine((name) => !/[/\\\u0000-\u001f\u007f]/.test(name) && name !== '.' && name !== '..', 'schema.fileNameUnsafe');

/** What an import channel takes: the content the user picked and the name it had. */
export const UploadedFile = z.object({
  name: FileName,
  contentBase64: z.base64('schema.notBase64').max(base64Length(MAX_UPLOAD_BYTES), 'schema.fileTooLarge'),
});
export type UploadedFile = z.infer<typeof UploadedFile>;

/** What an export channel returns: the bytes, a suggested name and the type a download needs. */
export const DownloadFile = z.object({ name: FileName, mime: z.string(), contentBase64: z.base64() });
export type DownloadFile = z.infer<typeof DownloadFile>;

// btoa/atob exist in browsers and in Node ≥ 16; chunks keep String.fromCharCode's arguments small.
export function encodeBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function decodeBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const toBytes = (content: string | Uint8Array) => (typeof content === 'string' ? new TextEncoder().encode(content) : content);

export function downloadFile(name: string, mime: string, content: string | Uint8Array): DownloadFile {
  return { name, mime, contentBase64: encodeBase64(toBytes(content)) };
}

export function uploadedFile(name: string, content: string | Uint8Array): UploadedFile {
  return { name, contentBase64: encodeBase64(toBytes(content)) };
}

/** What the page asks of the host's file dialog (Electron) or picker (browser): never a path. */
export const OpenFileRequest = z.object({
  title: z.string().max(200),
  extensions: z
    .array(z.string().regex(/^[a-z0-9]{1,10}$/))
    .min(1)
    .max(10),
});
export type OpenFileRequest = z.infer<typeof OpenFileRequest>;

/** Files to hand to the user; several (one per person) go into a folder, or a .zip named `bundleName`. */
export const SaveFilesRequest = z.object({ files: z.array(DownloadFile).min(1).max(5000), bundleName: FileName, title: z.string().max(200).optional() });
export type SaveFilesRequest = z.infer<typeof SaveFilesRequest>;

/** Where they went: a path the user chose in a save dialog, or the browser's downloads. */
export const SavedFiles = z.union([z.object({ kind: z.literal('saved'), path: z.string(), count: z.number().int() }), z.object({ kind: z.literal('downloaded'), name: z.string() })]);
export type SavedFiles = z.infer<typeof SavedFiles>;

/**
 * The host's side of files, next to the contract: Electron's dialogs (the preload), or the browser's
 * picker and downloads (renderer/src/api/web-files.ts). Null means the user cancelled.
 */
export interface FileHost {
  open(request: OpenFileRequest): Promise<Result<UploadedFile | null>>;
  save(request: SaveFilesRequest): Promise<Result<SavedFiles | null>>;
}

/** IPC channels of the Electron file host; not in the handler table, since only the desktop has dialogs. */
export const FILE_HOST_CHANNELS = { open: 'files:open', save: 'files:save' } as const;
