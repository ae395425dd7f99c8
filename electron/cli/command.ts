import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { ApiCaller } from '../../shared/api/client';
import type { ExportRequestInput } from '../../shared/api/exports';
import type { CheckItem, OutgoingKind } from '../../shared/paperwork/checklist';
import type { Plan } from '../../shared/plan/schema';
import type { CaldavPublishResult } from '../../shared/caldav/result';
import type { CaldavTarget, CaldavTrust } from '../../shared/caldav/settings';
import type { PublishRequest } from '../services/caldav/service';
import type { ServerAccount } from '../services/caldav/server';
import type { BuiltExport } from '../services/exports/export-service';
import type { PaperworkService } from '../services/paperwork';
import type { Services } from '../services/app';
import { msg, say, type Message } from '../../shared/i18n';
import type { Language } from '../../shared/settings/schema';

export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  /** Asks a question answered by one typed line; absent (or null) when there is no terminal to ask on. */
  ask?(question: string): Promise<string | null>;
  /** Asks for a secret without echoing it; absent (or null) when there is no terminal to ask on. */
  askSecret?(question: string): Promise<string | null>;
}

/**
 * What a command gets: its arguments after the command name, the output streams, and its ways to the
 * data. How a command reaches the data is the same for every command, and new ones follow it:
 *
 * - The store (plans, staff, settings, reminders) only through `ctx.client()`: typed calls over the
 *   same handler table the app's IPC binds, so every input and output is validated exactly as for the
 *   app, and a refusal is thrown as an ApiError that run.ts prints as one line (exit 1):
 *
 *       const plans = await ctx.client().call('plans:list', undefined);
 *       await ctx.client().call('plans:update', { id, changes: { assignments } });
 *
 *   When a command needs something the contract lacks, add the channel to shared/api (and its handler
 *   to the service); never reach for a service object.
 * - A file the user names on the command line is not the store: read a plan with `loadPlanArg`, compute
 *   with shared/ functions (generate, check, publish), write with `emit`, or build its files with
 *   `ctx.buildExport` and write them with `writeExportFiles` (files.ts), as `exports:build`'s are with `writeDownloads`.
 * - A CalDAV account named on the command line (its password from the environment or the terminal)
 *   is not the store either, and the contract never carries a password: `ctx.publishCaldav`.
 * - The time is `ctx.now()`, so tests run the CLI on a fixed clock.
 */
export interface CliContext {
  args: string[];
  io: CliIO;
  /** What the CLI speaks (--lang, else Settings' language, else Vietnamese); every line it prints goes through `say`. */
  language: Language;
  say(message: Message): string;
  /** The process environment (LICH_TRUC_CALDAV_PASSWORD). */
  env: NodeJS.ProcessEnv;
  /** The --data-dir given, if any. */
  dataDir: string | undefined;
  now(): Date;
  /** The store over --data-dir, else the app's own folder; a command may name another folder the first time. */
  client(folder?: string): ApiCaller;
  /** Builds an export of a plan that is not in the store (a plan file), with the builder `exports:build` uses. */
  buildExport(plan: Plan, request: ExportRequestInput): Promise<BuiltExport>;
  /** Makes a paper of a plan (a file's or the store's), with the writer the app's paperwork uses. */
  paper: PaperworkService['paper'];
  /** The feed folder's service and settings: the folder is the user's on this computer, and a plan file is not in the store. */
  feedServices(): Promise<Pick<Services, 'feed' | 'feedSettings'>>;
  /** What is unfinished before a plan (a file's or the store's) goes out, as the app's checklist says. */
  checklistOf(plan: Plan, kind: OutgoingKind, organizer: string | undefined): Promise<CheckItem[]>;
  /**
   * Publishes a plan (a file's or the store's) to the account given on the command line; without
   * `trust`, Settings' trust for that server; `target` is remembered for the plan's id, as the app does.
   */
  publishCaldav(
    request: Omit<PublishRequest, 'account'> & { account: Omit<ServerAccount, 'trust'> & { trust?: CaldavTrust | undefined }; target?: CaldavTarget | undefined },
  ): Promise<CaldavPublishResult>;
}

export interface Command {
  name: string;
  /** Its usage line, said in the CLI's language: `syntax(...)` when it has no words to translate. */
  usage: Message;
  run(ctx: CliContext): Promise<number>;
}

/**
 * A failure with its exit code; the message is printed as one line. Given as a message
 * ({code, params}), it is said in the CLI's language (--lang); a text is printed as written.
 */
export class CliError extends Error {
  readonly reason: Message | undefined;

  constructor(
    message: string | Message,
    readonly exitCode = 1,
  ) {
    super(typeof message === 'string' ? message : say('vi', message));
    this.reason = typeof message === 'string' ? undefined : message;
  }
}

export const EXIT = { ok: 0, error: 1, usage: 2, incomplete: 3 } as const;

/** Options every command shares: --out/-o for files, --json for machines. */
export const COMMON_OPTIONS = {
  out: { type: 'string', short: 'o' },
  json: { type: 'boolean', default: false },
} as const satisfies ParseArgsConfig['options'];

/** A usage line that is only syntax (options, PLAN, FILE): the same in every language. */
export const syntax = (text: string): Message => msg('cli.syntax', { text });

/** A command line that cannot be understood: what is wrong, then how to write it; exit 2. */
export function usageError(problem: Message | string, usage: Message): CliError {
  return new CliError(msg('cli.withUsage', { problem, usage }), EXIT.usage);
}

export function parse<O extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: O, usage: Message) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    // Node words its own refusal (in English); the usage line after it is said in the CLI's language.
    throw usageError((error as Error).message, usage);
  }
}

/** A required argument or option: its absence is a usage error naming it, with the usage line. */
export function required(value: string | undefined, name: string | Message, usage: Message): string {
  if (!value) throw usageError(msg('cli.missing', { name }), usage);
  return value;
}
