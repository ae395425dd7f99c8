import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Services } from '../services/app';

export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  /** Asks a question answered by one typed line; absent (or null) when there is no terminal to ask on. */
  ask?(question: string): Promise<string | null>;
  /** Asks for a secret without echoing it; absent (or null) when there is no terminal to ask on. */
  askSecret?(question: string): Promise<string | null>;
}

/** What a command gets: its arguments after the command name, output streams and, lazily, the services. */
export interface CliContext {
  args: string[];
  io: CliIO;
  /** The process environment (LICH_TRUC_CALDAV_PASSWORD). */
  env: NodeJS.ProcessEnv;
  /** The --data-dir given, if any. */
  dataDir: string | undefined;
  /** The services over --data-dir, else the app's own folder; a command may name another folder the first time. */
  services(folder?: string): Services;
}

export interface Command {
  name: string;
  usage: string;
  run(ctx: CliContext): Promise<number>;
}

/** A failure with its exit code; the message is printed as one line. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

export const EXIT = { ok: 0, error: 1, usage: 2, incomplete: 3 } as const;

/** Options every command shares: --out/-o for files, --json for machines. */
export const COMMON_OPTIONS = {
  out: { type: 'string', short: 'o' },
  json: { type: 'boolean', default: false },
} as const satisfies ParseArgsConfig['options'];

export function parse<O extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: O, usage: string) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError(`${(error as Error).message}\nCách dùng: ${usage}`, EXIT.usage);
  }
}

/** A required argument or option: its absence is a usage error naming it, with the usage line. */
export function required(value: string | undefined, name: string, usage: string): string {
  if (!value) throw new CliError(`Thiếu ${name}.\nCách dùng: ${usage}`, EXIT.usage);
  return value;
}
