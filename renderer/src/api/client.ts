import type { z } from 'zod';
import type { Bridge, Channel, Contract } from '../../../shared/api/contract';
import type { ApiErrorShape } from '../../../shared/api/errors';
import type { AppEventName, AppEvents } from '../../../shared/api/events';
import type { FileHost, OpenFileRequest, SavedFiles, SaveFilesRequest, UploadedFile } from '../../../shared/api/files';
import type { Result } from '../../../shared/api/errors';
import { webFiles } from './web-files';

export class ApiError extends Error {
  constructor(readonly shape: ApiErrorShape) {
    super(shape.message);
  }
}

/** The renderer's one way to the main process: typed calls that throw ApiError on failure. */
export interface ApiClient {
  call<C extends Channel>(channel: C, input: z.input<Contract[C]['input']>): Promise<z.output<Contract[C]['output']>>;
  listen<E extends AppEventName>(event: E, callback: (payload: AppEvents[E]) => void): () => void;
  /** A file the user picks (Electron's dialog, or the browser's picker); null when cancelled. */
  openFile(request: OpenFileRequest): Promise<UploadedFile | null>;
  /** Hands files to the user (a save dialog, or a download); null when cancelled. */
  saveFiles(request: SaveFilesRequest): Promise<SavedFiles | null>;
}

async function unwrap<T>(result: Promise<Result<T>>): Promise<T> {
  const settled = await result;
  if (!settled.ok) throw new ApiError(settled.error);
  return settled.data;
}

/** The bridge's calls; its file dialogs where the host has them (Electron), the browser's otherwise. */
export function clientFromBridge(bridge: Bridge, files: FileHost = bridge.files ?? webFiles): ApiClient {
  return {
    async call(channel, input) {
      const method = bridge[channel] as (i: unknown) => Promise<{ ok: true; data: never } | { ok: false; error: ApiErrorShape }>;
      const result = await method(input);
      if (!result.ok) throw new ApiError(result.error);
      return result.data;
    },
    listen: (event, callback) => bridge.listen(event, callback),
    openFile: (request) => unwrap(files.open(request)),
    saveFiles: (request) => unwrap(files.save(request)),
  };
}
