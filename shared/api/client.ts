import type { z } from 'zod';
import { say } from '../i18n';
import type { Invoke } from './bridge';
import type { Bridge, Channel, Contract } from './contract';
import type { ApiErrorShape, Result } from './errors';
import type { AppEventName, AppEvents } from './events';
import type { FileHost, OpenFileRequest, SavedFiles, SaveFilesRequest, UploadedFile } from './files';

/** A failure the handler table answered with, thrown by the client so callers can simply await. */
export class ApiError extends Error {
  constructor(readonly shape: ApiErrorShape) {
    super(say('vi', shape.message));
    this.name = 'ApiError';
  }
}

/**
 * Typed calls over the handler table, whatever carries them: the renderer over the bridge (IPC, HTTP
 * in browser mode, or the browser tests' stand-in), the CLI over the registry itself. Either way every
 * input and output is validated by the registry, and a failure arrives as an ApiError.
 */
export interface ApiCaller {
  call<C extends Channel>(channel: C, input: z.input<Contract[C]['input']>): Promise<z.output<Contract[C]['output']>>;
}

/** The renderer's one way to the main process: calls, the events it pushes, and the host's files. */
export interface ApiClient extends ApiCaller {
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

export function callerOver(invoke: Invoke): ApiCaller {
  return {
    call: (channel, input) => unwrap(invoke(channel, input)) as never,
  };
}

/** The bridge's calls, and the file host the page has: the desktop's dialogs, or the browser's picker. */
export function clientFromBridge(bridge: Bridge, files: FileHost): ApiClient {
  const invoke: Invoke = (channel, input) => (bridge[channel as Channel] as (i: unknown) => ReturnType<Invoke>)(input);
  return {
    ...callerOver(invoke),
    listen: (event, callback) => bridge.listen(event, callback),
    openFile: (request) => unwrap(files.open(request)),
    saveFiles: (request) => unwrap(files.save(request)),
  };
}
