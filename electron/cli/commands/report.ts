import { extname } from 'node:path';
import { PaperOverrides } from '../../../shared/paperwork/overrides';
import { firstIssue } from '../../../shared/errors/first-issue';
import { writeFileAtomic } from '../../services/files/atomic-write';
import type { PaperFormat } from '../../services/paperwork/paper-files';
import { warnUnfinished } from '../checklist';
import { CliError, type Command, COMMON_OPTIONS, EXIT, parse, required } from '../command';
import { emit, json } from '../output';
import { loadPlanArg } from '../plan-arg';

const USAGE =
  'lich-truc report PLAN --kind contacts --out FILE.pdf|.docx|.html [--focal STAFF_ID] [--number N] [--date YYYY-MM-DD] [--place P] [--signer-title T] [--signer-name N] [--recipient R]… [--landscape] [--strict] [--json]';

const OPTIONS = {
  ...COMMON_OPTIONS,
  kind: { type: 'string' },
  focal: { type: 'string' },
  number: { type: 'string' },
  date: { type: 'string' },
  place: { type: 'string' },
  'signer-title': { type: 'string' },
  'signer-name': { type: 'string' },
  recipient: { type: 'string', multiple: true },
  landscape: { type: 'boolean', default: false },
  strict: { type: 'boolean', default: false },
} as const;

const FORMATS: Record<string, PaperFormat> = { '.pdf': 'pdf', '.docx': 'docx', '.html': 'html' };
/** The papers the letters ask for; the incident notice and the after-holiday report build on the duty log. */
const KINDS = ['contacts'] as const;

/** One paper of the holiday in the Decree 30 layout, its details editable for this paper only. */
export const reportCommand: Command = {
  name: 'report',
  usage: USAGE,
  async run(ctx) {
    const { values, positionals } = parse(ctx.args, OPTIONS, USAGE);
    const target = required(positionals[0], 'PLAN', USAGE);
    const out = required(values.out, '--out', USAGE);
    const kind = values.kind ?? '';
    if (!(KINDS as readonly string[]).includes(kind)) throw new CliError(`--kind phải là ${KINDS.join(', ')}, không phải "${kind}".\nCách dùng: ${USAGE}`, EXIT.usage);
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
    const content = await ctx.paper(plan, 'contacts', format, {
      ...overrides.data,
      ...(values.focal === undefined ? {} : { focalStaffId: values.focal }),
      orientation: values.landscape ? 'landscape' : 'portrait',
    });
    await writeFileAtomic(out, content);
    if (values.json) return (emit(ctx.io, json({ kind, format, path: out })), EXIT.ok);
    ctx.io.out(`Đã ghi ${out}\n`);
    return EXIT.ok;
  },
};
