import { ApiError, callerOver, type ApiCaller } from '../../shared/api/client';
import { AppError } from '../../shared/errors/app-error';
import { noEvents, randomIds, systemClock, type Clock, type IdGenerator } from '../services/adapters';
import type { Services } from '../services/app';
import type { CaldavOptions } from '../services/caldav/service';
import { defaultDataDir } from '../services/paths';
import { CliError, EXIT, type CliContext, type CliIO } from './command';
import { COMMANDS } from './commands';

export interface CliEnv {
  env?: NodeJS.ProcessEnv;
  clock?: Clock;
  ids?: IdGenerator;
  caldav?: CaldavOptions;
}

const HELP = `Lịch Trực — dòng lệnh (chạy không cần giao diện)
Cách dùng: lich-truc [--data-dir THƯ_MỤC] LỆNH ...
${COMMANDS.map((c) => `  ${c.usage}`).join('\n')}
PLAN là đường dẫn tệp .lichtruc.json hoặc mã một kế hoạch đã lưu.`;

/**
 * Pulls the global --data-dir option out, wherever it stands. A missing folder is an error: falling
 * back to the default would silently read and write the app's real data instead of the one meant.
 */
function takeDataDir(argv: string[]): { dataDir?: string; rest: string[] } {
  const rest: string[] = [];
  let dataDir: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--data-dir') dataDir = argv[++i] ?? '';
    else if (arg.startsWith('--data-dir=')) dataDir = arg.slice('--data-dir='.length);
    else rest.push(arg);
    if (dataDir === '' || dataDir?.startsWith('-')) throw new CliError('--data-dir cần một thư mục, ví dụ --data-dir ./du-lieu', EXIT.usage);
  }
  return { dataDir, rest };
}

export async function runCli(argv: string[], io: CliIO, options: CliEnv = {}): Promise<number> {
  let parsed: ReturnType<typeof takeDataDir>;
  try {
    parsed = takeDataDir(argv);
  } catch (error) {
    return failure(io, error);
  }
  const { dataDir, rest } = parsed;
  const [name, ...args] = rest;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(`${HELP}\n`);
    return name ? EXIT.ok : EXIT.usage;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`Lệnh không tồn tại: ${name}. Gõ lich-truc --help để xem các lệnh.\n`);
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
    return failure(io, error);
  } finally {
    // Files found unreadable while the command ran (moved aside, restored from a backup) are never silent.
    const notices = services ? await ctx.client().call('store:recoveryNotices', undefined) : [];
    for (const n of notices) io.err(`Cảnh báo: ${n.file}: ${n.reason}. ${n.outcome}${n.movedTo ? ` (tệp hỏng: ${n.movedTo})` : ''}\n`);
  }
}

function failure(io: CliIO, error: unknown): number {
  if (error instanceof CliError || error instanceof AppError || error instanceof ApiError) {
    io.err(`Lỗi: ${error.message}\n`);
    return error instanceof CliError ? error.exitCode : EXIT.error;
  }
  io.err(`Lỗi nội bộ: ${error instanceof Error ? error.message : String(error)}\n`);
  return EXIT.error;
}
