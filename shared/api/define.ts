import type { z } from 'zod';
import type { Result } from './errors';

/** One request channel: what goes in, what comes back. */
export interface ChannelSpec {
  input: z.ZodType;
  output: z.ZodType;
}
export type ChannelTable = Record<string, ChannelSpec>;

export function defineChannels<T extends ChannelTable>(table: T): T {
  return table;
}

/** What a service implements for a table: validated input in, plain output back. */
export type HandlersOf<T extends ChannelTable> = {
  [K in keyof T]: (input: z.output<T[K]['input']>) => Promise<z.input<T[K]['output']>> | z.input<T[K]['output']>;
};

/** What the renderer calls: one method per channel, never throwing across IPC. */
export type BridgeMethodsOf<T extends ChannelTable> = {
  [K in keyof T]: (input: z.input<T[K]['input']>) => Promise<Result<z.output<T[K]['output']>>>;
};
