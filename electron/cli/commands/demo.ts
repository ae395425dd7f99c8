import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ExportFormat } from '../../../shared/api/exports';
import { EXPORT_FORMATS } from '../../../shared/export/formats';
import { dutyWindowFor } from '../../../shared/calendar/duty-window';
import { holidayPlanInput } from '../../../shared/calendar/holiday-plan';
import { holidayOf } from '../../../shared/calendar/holidays';
import { MAX_YEAR, tetDate } from '../../../shared/calendar/lunar';
import { generateForPlan } from '../../../shared/roster/for-plan';
import { SAMPLE_ORGANISATION } from '../../../shared/staff/sample';
import { epochToVn } from '../../../shared/time/zone';
import { CliError, type Command, COMMON_OPTIONS, EXIT, parse, required, syntax } from '../command';
import { writeDownloads } from '../files';
import { warnUnfinished } from '../checklist';
import { emit, json } from '../output';
import { msg, type Message } from '../../../shared/i18n';

const USAGE = syntax('lich-truc demo --out DIR [--year Y] [--data-dir DIR] [--json]');

/** Files the demo writes, by format: the whole pipeline's output side by side. */
const OUTPUTS: [ExportFormat, string][] = [
  ['ics', 'lich-truc.ics'],
  ['ics-per-person', 'ics-theo-nguoi'],
  ['pdf', 'lich-truc.pdf'],
  ['html', 'lich-truc.html'],
  ['docx', 'thong-bao-lich-truc.docx'],
  ['xlsx', 'lich-truc.xlsx'],
  ['csv', 'lich-truc.csv'],
];

/** Emergency contacts of the sample province (Bình Sơn is made up), confirmed, at reserved example addresses. */
const SAMPLE_CONTACTS = [
  {
    name: 'Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao (PA05), Công an tỉnh Bình Sơn (dữ liệu mẫu)',
    phone: '',
    email: 'pa05@binhson.example.vn',
    note: 'Dữ liệu mẫu của lệnh demo',
    toVerify: false,
  },
  { name: 'Đội ứng cứu sự cố an toàn thông tin mạng tỉnh Bình Sơn (dữ liệu mẫu)', phone: '', email: 'ungcuu@binhson.example.vn', note: 'Dữ liệu mẫu của lệnh demo', toVerify: false },
];

/** The year of the next Tết after today (Vietnam's date), unless one is asked for. */
function tetYear(asked: string | undefined, now: Date): number {
  if (asked !== undefined) {
    const year = Number(asked);
    if (!Number.isInteger(year) || year < 1900 || year > MAX_YEAR) throw new CliError(msg('cli.demo.badYear', { max: String(MAX_YEAR), asked }), EXIT.usage);
    return year;
  }
  const today = epochToVn(now.getTime()).slice(0, 10);
  const year = Number(today.slice(0, 4));
  return today < tetDate(year) ? year : year + 1;
}

/**
 * The quickest way to see the app's work without a display: sample staff, the Tết preset,
 * generate, publish version 1, export every format and the plan file. It works in a temporary
 * data folder unless --data-dir names one.
 */
export const demoCommand: Command = {
  name: 'demo',
  usage: USAGE,
  async run(ctx) {
    const { values } = parse(ctx.args, { ...COMMON_OPTIONS, year: { type: 'string' } }, USAGE);
    const out = resolve(required(values.out, '--out', USAGE));
    mkdirSync(out, { recursive: true });
    const year = tetYear(values.year, ctx.now());
    const dataDir = ctx.dataDir ?? mkdtempSync(join(tmpdir(), 'lich-truc-demo-'));
    const client = ctx.client(dataDir);
    const say = (line: Message) => !values.json && ctx.io.out(`${ctx.say(line)}\n`);

    const directory = await client.call('staff:list', undefined);
    const staff = directory.length ? directory : await client.call('staff:loadSample', undefined);
    const settings = await client.call('settings:get', undefined);
    if (!settings.organisation.unitEmail) {
      // A complete sample unit, signer and confirmed contacts: the demo's papers have nothing unfinished.
      await client.call('settings:update', {
        organisation: { unitEmail: 'ttcntt@binhson.gov.vn' },
        document: {
          ...settings.document,
          supervisingAgency: 'UBND TỈNH BÌNH SƠN',
          unitName: SAMPLE_ORGANISATION.toUpperCase(),
          unitAbbreviation: 'TTCNTT',
          place: 'Bình Sơn',
          signerTitle: 'GIÁM ĐỐC',
          signerName: 'Trần Quốc Bảo',
        },
        contacts: SAMPLE_CONTACTS.map((c) => ({ ...c })),
      });
    }
    say(msg('cli.demo.staff', { count: staff.length, folder: dataDir }));

    const tet = holidayOf(year, 'tet-nguyen-dan');
    const created = await client.call('plans:create', holidayPlanInput(tet, dutyWindowFor(tet, settings.dutyWindowDefaults)));
    say(msg('cli.demo.plan', { name: created.name, status: msg(tet.status === 'official' ? 'cli.demo.official' : 'cli.demo.proposed') }));

    const { plan: rostered, result } = generateForPlan(created, settings.skills, { seed: created.seed, mode: 'regenerate' });
    await client.call('plans:update', { id: created.id, changes: { assignments: rostered.assignments } });
    say(msg('cli.demo.rostered', { filled: result.assignments.length, seats: result.assignments.length + result.unfilled.length, score: result.stats.balanceScore.toFixed(1) }));

    const published = await client.call('plans:publish', { id: created.id, note: 'Bản demo' });
    say(msg('cli.demo.published', { version: published.versions.at(-1)?.version ?? '' }));

    const files: string[] = [];
    const planFile = await client.call('plans:exportFile', { id: created.id });
    files.push(...writeDownloads([planFile.file], join(out, 'ke-hoach.lichtruc.json'), { folder: false }));
    const failures: string[] = [];
    for (const [format, name] of OUTPUTS) {
      try {
        await warnUnfinished(ctx, published, format, undefined, false);
        const built = await client.call('exports:build', { format, planId: published.id });
        files.push(...writeDownloads(built.files, join(out, name), { folder: EXPORT_FORMATS[format].files === 'per-person' }));
      } catch (error) {
        // PDF needs Chromium; the other formats are still worth having.
        failures.push(`${format}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    if (values.json) emit(ctx.io, json({ dataDir, planId: created.id, year, files, failures, unfilled: result.unfilled.length }));
    else {
      say(msg('cli.demo.wrote', { count: files.length, folder: out }));
      for (const failure of failures) ctx.io.err(`${ctx.say(msg('cli.demo.failed', { failure }))}\n`);
    }
    return failures.length ? EXIT.error : result.unfilled.length ? EXIT.incomplete : EXIT.ok;
  },
};
