import type { z } from 'zod';
import type { Invoke } from './bridge';
import type { Bridge, Channel, Contract } from './contract';
import type { ApiErrorShape } from './errors';
import type { AppEventName, AppEvents } from './events';

/** A failure the handler table answered with, thrown by the client so callers can simply await. */
export class ApiError extends Error {
  constructor(readonly shape: ApiErrorShape) {
    super(shape.message);
    this.name = 'ApiError';
  }
}

/**
 * Typed calls over the handler table, whatever carries them: the renderer over the bridge (IPC, or
 * the browser tests' stand-in), the CLI over the registry itself. Either way every input and output
 * is validated by the registry, and a failure arrives as an ApiError.
 */
export interface ApiCaller {
  call<C extends Channel>(channel: C, input: z.input<Contract[C]['input']>): Promise<z.output<Contract[C]['output']>>;
}

/** The renderer's one way to the main process: calls, and the events it pushes. */
export interface ApiClient extends ApiCaller {
  listen<E extends AppEventName>(event: E, callback: (payload: AppEvents[E]) => void): () => void;
}

export function callerOver(invoke: Invoke): ApiCaller {
  return {
    async call(channel, input) {
      const result = await invoke(channel, input);
      if (!result.ok) throw new ApiError(result.error);
      return result.data as never;
    },
  };
}

export function clientFromBridge(bridge: Bridge): ApiClient {
  const invoke: Invoke = (channel, input) => (bridge[channel as Channel] as (i: unknown) => ReturnType<Invoke>)(input);
  return { ...callerOver(invoke), listen: (event, callback) => bridge.listen(event, callback) };
}
