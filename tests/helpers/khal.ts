import { execFile, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Debian's khal (a calendar that reads vdirs) and vdirsyncer (which subscribes to an http .ics
 * the way a phone does, into a vdir), each with a config of its own in a temp folder.
 */
export interface KhalEvent {
  calendar: string;
  start: string;
  end: string;
  uid: string;
  status: string;
  title: string;
}

const FORMAT = '{calendar}\t{start}\t{end}\t{uid}\t{status}\t{title}';

function run(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: 'utf8', env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' } });
  if (result.error || result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}): ${result.error?.message ?? ''}${result.stderr}`);
  return result.stdout;
}

/** Asynchronous, so a server in this process (the feed's) can answer it meanwhile. */
function runAsync(command: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) =>
    execFile(command, args, { encoding: 'utf8', timeout: 60_000 }, (error, stdout, stderr) =>
      error ? reject(new Error(`${command} ${args.join(' ')} failed: ${error.message}${stderr}`)) : resolve(stdout),
    ),
  );
}

const parseRows = (out: string): KhalEvent[] =>
  out
    .split('\n')
    .filter((line) => line.includes('\t'))
    .map((line) => {
      const [calendar, start, end, uid, status, title] = line.split('\t').map((s) => s.trim());
      return { calendar: calendar!, start: start!, end: end!, uid: uid!, status: status!, title: title! };
    });

export class Khal {
  readonly config: string;

  /** `calendars`: name → vdir folder (created). Times print as dd/MM/yyyy HH:mm in Vietnam, whatever the machine's zone. */
  constructor(
    readonly folder: string,
    calendars: string[],
  ) {
    const sections = calendars.map((name) => {
      mkdirSync(this.vdir(name), { recursive: true });
      return `[[${name}]]\npath = ${this.vdir(name)}\ntype = calendar\n`;
    });
    this.config = join(folder, 'khal.conf');
    writeFileSync(
      this.config,
      `[calendars]\n${sections.join('\n')}\n[sqlite]\npath = ${join(folder, 'khal.db')}\n\n[locale]\ntimeformat = %H:%M\ndateformat = %d/%m/%Y\nlongdateformat = %d/%m/%Y\ndatetimeformat = %d/%m/%Y %H:%M\nlongdatetimeformat = %d/%m/%Y %H:%M\nlocal_timezone = Asia/Ho_Chi_Minh\ndefault_timezone = Asia/Ho_Chi_Minh\n\n[default]\ndefault_calendar = ${calendars[0]}\n`,
    );
  }

  vdir(name: string): string {
    return join(this.folder, 'calendars', name);
  }

  /** Every event of every calendar from a date (dd/MM/yyyy) for `days` days, each once, by calendar. */
  list(from: string, days: number): Map<string, KhalEvent[]> {
    const byCalendar = new Map<string, KhalEvent[]>();
    for (const event of parseRows(run('khal', ['-c', this.config, 'list', '--once', '--format', FORMAT, from, `${days}d`]))) {
      byCalendar.set(event.calendar, [...(byCalendar.get(event.calendar) ?? []), event]);
    }
    return byCalendar;
  }

  /** `khal import --batch`: an event whose UID is already there is replaced, not added. */
  import(calendar: string, ics: string): void {
    run('khal', ['-c', this.config, 'import', '--batch', '-a', calendar, ics]);
  }

  printics(ics: string): KhalEvent[] {
    return parseRows(run('khal', ['-c', this.config, 'printics', '--format', FORMAT, ics]));
  }
}

/** vdirsyncer subscribing to http feeds (read-only `http` storage) into khal's vdirs, as `vdirsyncer sync` on a schedule would. */
export class Subscriptions {
  readonly config: string;

  private constructor(config: string) {
    this.config = config;
  }

  static async discover(folder: string, feeds: Record<string, { url: string; vdir: string }>) {
    const config = join(folder, 'vdirsyncer.conf');
    mkdirSync(join(folder, 'status'), { recursive: true });
    const pairs = Object.entries(feeds).map(
      ([name, { url, vdir }]) =>
        `[pair ${name}]\na = "${name}_feed"\nb = "${name}_local"\ncollections = null\nconflict_resolution = "a wins"\n\n[storage ${name}_feed]\ntype = "http"\nurl = "${url}"\n\n[storage ${name}_local]\ntype = "filesystem"\npath = "${vdir}"\nfileext = ".ics"\n`,
    );
    writeFileSync(config, `[general]\nstatus_path = "${join(folder, 'status')}/"\n\n${pairs.join('\n')}`);
    await runAsync('vdirsyncer', ['-c', config, 'discover']);
    return new Subscriptions(config);
  }

  async sync(): Promise<void> {
    await runAsync('vdirsyncer', ['-c', this.config, 'sync']);
  }
}
