import { ApiError, callerOver, type ApiCaller } from '../../shared/api/client';
import { errorMessage } from '../../shared/api/error-message';
import { AppError } from '../../shared/errors/app-error';
import { msg, say, translate, type Message } from '../../shared/i18n';
import { Language } from '../../shared/settings/schema';
import { noEvents, randomIds, systemClock, type Clock, type IdGenerator } from '../services/adapters';
import type { Services } from '../services/app';
import type { CaldavOptions } from '../services/caldav/service';
import { defaultDataDir } from '../services/paths';
import { CliError, EXIT, type CliContext, type CliIO } from './command';
import { COMMANDS } from './commands';
import { cliLanguage } from './language';

export interface CliEnv {
  env?: NodeJS.ProcessEnv;
  clock?: Clock;
  ids?: IdGenerator;
  caldav?: CaldavOptions;
}

/** The help, in the CLI's language: every command's usage line under the global options. */
const help = (language: Language) => translate(language, 'cli.help', { commands: COMMANDS.map((c) => `  ${say(language, c.usage)}`).join('\n') });

interface Globals {
  dataDir?: string;
  lang?: Language;
  /** `--lang` named a language the CLI does not speak. */
  langUnknown?: boolean;
  /** `--data-dir` without a folder. */
  dataDirMissing?: boolean;
  rest: string[];
}

/** The value of a global option written `--name VALUE` or `--name=VALUE` at `argv[i]`, and how many words it took. */
function globalValue(argv: string[], i: number, name: string): { value: string; taken: number } | null {
  const arg = argv[i]!;
  if (arg === name) return { value: argv[i + 1] ?? '', taken: 2 };
  if (arg.startsWith(`${name}=`)) return { value: arg.slice(name.length + 1), taken: 1 };
  return null;
}

/**
 * Pulls the global options out, wherever they stand, noting those that cannot be understood. A missing
 * folder is an error: falling back to the default would silently read and write the app's real data
 * instead of the one meant.
 */
function takeGlobals(argv: string[]): Globals {
  const globals: Globals = { rest: [] };
  for (let i = 0; i < argv.length;) {
    const dataDir = globalValue(argv, i, '--data-dir');
    const lang = globalValue(argv, i, '--lang');
    if (dataDir) {
      if (dataDir.value === '' || dataDir.value.startsWith('-')) globals.dataDirMissing = true;
      else globals.dataDir = dataDir.value;
    } else if (lang) {
      const chosen = Language.safeParse(lang.value);
      if (chosen.success) globals.lang = chosen.data;
      else globals.langUnknown = true;
    } else globals.rest.push(argv[i]!);
    i += dataDir?.taken ?? lang?.taken ?? 1;
  }
  return globals;
}

export async function runCli(argv: string[], io: CliIO, options: CliEnv = {}): Promise<number> {
  const parsed = takeGlobals(argv);
  // A language the CLI does not speak leaves it without one: the refusal is said in both, Vietnamese first.
  if (parsed.langUnknown) return refuseGlobal(io, msg('cli.langInvalid'), ['vi', 'en']);
  if (parsed.dataDirMissing) return refuseGlobal(io, msg('cli.dataDirMissing'), [parsed.lang ?? 'vi']);
  const { dataDir, rest } = parsed;
  const language = cliLanguage(parsed.lang, dataDir ?? defaultDataDir(options.env));
  const [name, ...args] = rest;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(`${help(language)}\n`);
    return name ? EXIT.ok : EXIT.usage;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`${translate(language, 'cli.unknownCommand', { name })}\n`);
    return EXIT.usage;
  }
  const clock = options.clock ?? systemClock;
  // Loaded on first use: the calendar commands never need the services (nor their mail, office and
  // browser libraries), so they start at once.
  let services: Promise<Services> | undefined;
  const servicesOver = (folder = dataDir ?? defaultDataDir(options.env)) =>
    (services ??= Promise.all([import('../services/app'), import('../services/store/conf-factory')]).then(([{ createServices }, { confFactory }]) =>
      createServices(
        { dataDir: folder, confFactory, clock, ids: options.ids ?? randomIds, events: noEvents, ...(options.caldav ? { caldav: options.caldav } : {}) },
        { error: (message, error) => io.err(`${message}: ${error instanceof Error ? error.message : String(error)}\n`) },
      ),
    ));
  let client: ApiCaller | undefined;
  const ctx: CliContext = {
    args,
    io,
    language,
    say: (message) => say(language, message),
    env: options.env ?? process.env,
    dataDir,
    now: () => clock.now(),
    client: (folder) => (client ??= callerOver(async (channel, input) => (await servicesOver(folder)).registry.dispatch(channel, input))),
    buildExport: async (plan, request) => (await servicesOver()).exports.build(plan, request),
    paper: async (...args) => (await servicesOver()).paperwork.paper(...args),
    feedServices: async () => await servicesOver(),
    checklistOf: async (plan, kind, organizer) => (await servicesOver()).paperwork.checklistOf(plan, kind, organizer),
    publishCaldav: async ({ account, target, ...request }) => {
      const { caldav, caldavSettings } = await servicesOver();
      if (target) await caldav.setTarget(request.planId, target);
      return caldav.publish({ ...request, account: { ...account, trust: account.trust ?? caldavSettings.trustFor(account.url) } });
    },
  };
  try {
    return await command.run(ctx);
  } catch (error) {
    return failure(io, error, language);
  } finally {
    // Files found unreadable while the command ran (moved aside, restored from a backup) are never silent.
    const notices = services ? await ctx.client().call('store:recoveryNotices', undefined) : [];
    for (const { file, reason, outcome, movedTo } of notices)
      io.err(`${movedTo ? translate(language, 'cli.recovery.moved', { file, reason, outcome, movedTo }) : translate(language, 'cli.recovery', { file, reason, outcome })}\n`);
  }
}

/** A global option that cannot be understood, refused before any command runs: one line per language, exit 2. */
function refuseGlobal(io: CliIO, reason: Message, languages: readonly Language[]): number {
  for (const language of languages) io.err(`${translate(language, 'cli.error', { message: say(language, reason) })}\n`);
  return EXIT.usage;
}

/** One line on stderr, in the CLI's language, and the exit code. */
function failure(io: CliIO, error: unknown, language: Language): number {
  if (error instanceof CliError) {
    io.err(`${translate(language, 'cli.error', { message: error.reason ? say(language, error.reason) : error.message })}\n`);
    return error.exitCode;
  }
  if (error instanceof AppError || error instanceof ApiError) {
    io.err(`${translate(language, 'cli.error', { message: say(language, errorMessage(error)) })}\n`);
    return EXIT.error;
  }
  io.err(`${translate(language, 'cli.internal', { message: error instanceof Error ? error.message : String(error) })}\n`);
  return EXIT.error;
}
