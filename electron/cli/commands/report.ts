import { extname } from 'node:path';
import { IncidentNoticeOptions } from '../../../shared/paperwork/incident-notice';
import { PaperOverrides } from '../../../shared/paperwork/overrides';
import { firstIssue } from '../../../shared/errors/first-issue';
import { writeFileAtomic } from '../../services/files/atomic-write';
import type { PaperFormat, PaperRequest } from '../../services/paperwork/paper-files';
import { warnUnfinished } from '../checklist';
import { CliError, type Command, COMMON_OPTIONS, EXIT, parse, required } from '../command';
import { emit, json } from '../output';
import { loadPlanArg } from '../plan-arg';

const USAGE =
  'lich-truc report PLAN --kind contacts|incident|after --out FILE.pdf|.docx|.html [--focal STAFF_ID] [--incident SC-01 [--system-owner T] [--impact T] [--request T] [--contact STAFF_ID]] [--remarks T] [--number N] [--date YYYY-MM-DD] [--place P] [--signer-title T] [--signer-name N] [--recipient R]… [--landscape] [--strict] [--json]';

const OPTIONS = {
  ...COMMON_OPTIONS,
  kind: { type: 'string' },
  focal: { type: 'string' },
  incident: { type: 'string' },
  'system-owner': { type: 'string' },
  impact: { type: 'string' },
  request: { type: 'string' },
  contact: { type: 'string' },
  remarks: { type: 'string' },
  number: { type: 'string' },
  date: { type: 'string' },
  place: { type: 'string' },
  'signer-title': { type: 'string' },
  'signer-name': { type: 'string' },
  recipient: { type: 'string', multiple: true },
  landscape: { type: 'boolean', default: false },
  strict: { type: 'boolean', default: false },
} as const;

const isKind = (kind: string): kind is (typeof KINDS)[number] => (KINDS as readonly string[]).includes(kind);
const FORMATS: Record<string, PaperFormat> = { '.pdf': 'pdf', '.docx': 'docx', '.html': 'html' };
/** The papers the letters ask for; the incident notice and the after-holiday report read the duty log. */
const KINDS = ['contacts', 'incident', 'after'] as const;

/** The paper asked for, with what this run writes on it. */
function paperRequest(kind: (typeof KINDS)[number], values: ReturnType<typeof parse<typeof OPTIONS>>['values'], overrides: PaperOverrides): PaperRequest {
  const only = <T extends string | undefined>(value: T, key: string) => (value === undefined ? {} : { [key]: value });
  if (kind === 'contacts') return { kind, options: { ...overrides, ...only(values.focal, 'focalStaffId') } };
  if (kind === 'after') return { kind, options: { ...overrides, ...only(values.remarks, 'remarks') } };
  if (!values.incident) throw new CliError(`--kind incident cần --incident SC-01 (mã sự cố trong sổ nhật ký trực).\nCách dùng: ${USAGE}`, EXIT.usage);
  const options = IncidentNoticeOptions.safeParse({ ...overrides, systemOwner: values['system-owner'], impact: values.impact, request: values.request, contactStaffId: values.contact });
  if (!options.success) throw new CliError(`--${firstIssue(options.error).where}: ${firstIssue(options.error).message}`, EXIT.usage);
  return { kind, incidentId: values.incident, options: options.data };
}

/** One paper of the holiday in the Decree 30 layout, its details editable for this paper only. */
export const reportCommand: Command = {
  name: 'report',
  usage: USAGE,
  async run(ctx) {
    const { values, positionals } = parse(ctx.args, OPTIONS, USAGE);
    const target = required(positionals[0], 'PLAN', USAGE);
    const out = required(values.out, '--out', USAGE);
    const kind = values.kind ?? '';
    if (!isKind(kind)) throw new CliError(`--kind phải là ${KINDS.join(', ')}, không phải "${kind}".\nCách dùng: ${USAGE}`, EXIT.usage);
    const format = FORMATS[extname(out).toLowerCase()];
    if (!format) throw new CliError(`Không biết định dạng của "${out}": tên tệp phải kết thúc .pdf, .docx hoặc .html.`, EXIT.usage);
    const overrides = PaperOverrides.safeParse({
      number: values.number,
      date: values.date,
      place: values.place,
      signerTitle: values['signer-title'],
      signerName: values['signer-name'],
      recipients: values.recipient,
    });
    if (!overrides.success) {
      const { where, message } = firstIssue(overrides.error);
      throw new CliError(`--${where === 'signerTitle' ? 'signer-title' : where === 'signerName' ? 'signer-name' : where === 'recipients' ? 'recipient' : where}: ${message}`, EXIT.usage);
    }
    const { plan } = await loadPlanArg(ctx, target);
    await warnUnfinished(ctx, plan, format, undefined, values.strict);
    const content = await ctx.paper(plan, paperRequest(kind, values, overrides.data), format, values.landscape ? 'landscape' : 'portrait');
    await writeFileAtomic(out, content);
    if (values.json) return (emit(ctx.io, json({ kind, format, path: out })), EXIT.ok);
    ctx.io.out(`Đã ghi ${out}\n`);
    return EXIT.ok;
  },
};
