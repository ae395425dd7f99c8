import type { z } from 'zod';
import type { Bridge, Channel, Contract } from '../../../shared/api/contract';
import type { ApiErrorShape } from '../../../shared/api/errors';
import type { AppEventName, AppEvents } from '../../../shared/api/events';

export class ApiError extends Error {
  constructor(readonly shape: ApiErrorShape) {
    super(shape.message);
  }
}

/** The renderer's one way to the main process: typed calls that throw ApiError on failure. */
export interface ApiClient {
  call<C extends Channel>(channel: C, input: z.input<Contract[C]['input']>): Promise<z.output<Contract[C]['output']>>;
  listen<E extends AppEventName>(event: E, callback: (payload: AppEvents[E]) => void): () => void;
}

export function clientFromBridge(bridge: Bridge): ApiClient {
  return {
    async call(channel, input) {
      const method = bridge[channel] as (i: unknown) => Promise<{ ok: true; data: never } | { ok: false; error: ApiErrorShape }>;
      const result = await method(input);
      if (!result.ok) throw new ApiError(result.error);
      return result.data;
    },
    listen: (event, callback) => bridge.listen(event, callback),
  };
}
