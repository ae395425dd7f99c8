import { extname } from 'node:path';
import type { z } from 'zod';
import { AfterReportOptions } from '../../../shared/paperwork/after-report';
import { ContactListOptions } from '../../../shared/paperwork/contact-list';
import { IncidentNoticeOptions } from '../../../shared/paperwork/incident-notice';
import { PaperOverrides } from '../../../shared/paperwork/overrides';
import { firstIssue } from '../../../shared/errors/first-issue';
import { writeFileAtomic } from '../../services/files/atomic-write';
import type { PaperFormat, PaperRequest } from '../../services/paperwork/paper-files';
import { warnUnfinished } from '../checklist';
import { CliError, type Command, COMMON_OPTIONS, EXIT, parse, required, syntax, usageError } from '../command';
import { emit, json } from '../output';
import { loadPlanArg } from '../plan-arg';
import { msg } from '../../../shared/i18n/message';
import { translate } from '../../../shared/i18n';

const USAGE = syntax(
  'lich-truc report PLAN --kind contacts|incident|after --out FILE.pdf|.docx|.html [--focal STAFF_ID] [--incident SC-01 [--system-owner T] [--impact T] [--request T] [--contact STAFF_ID]] [--remarks T] [--number N] [--date YYYY-MM-DD] [--place P] [--signer-title T] [--signer-name N] [--recipient R]… [--landscape] [--strict] [--json]',
);

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

/** The flag that gives each field of a paper's options, where the two names differ. */
const FLAG: Record<string, string> = {
  signerTitle: 'signer-title',
  signerName: 'signer-name',
  recipients: 'recipient',
  systemOwner: 'system-owner',
  contactStaffId: 'contact',
  focalStaffId: 'focal',
};

/**
 * The options checked by the schema the app's `paperwork:build` checks them with, so the command
 * refuses what the dialog refuses (a too long text, a bad date), naming the flag to change.
 */
function checked<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const { where, message } = firstIssue(result.error);
  const field = where.replace(/\[\d+\]$/, '');
  throw new CliError(msg('cli.flagInvalid', { flag: `--${FLAG[field] ?? field}`, problem: message }), EXIT.usage);
}

/** The paper asked for, with what this run writes on it. */
function paperRequest(kind: (typeof KINDS)[number], values: ReturnType<typeof parse<typeof OPTIONS>>['values'], overrides: PaperOverrides): PaperRequest {
  if (kind === 'contacts') return { kind, options: checked(ContactListOptions, { ...overrides, focalStaffId: values.focal }) };
  if (kind === 'after') return { kind, options: checked(AfterReportOptions, { ...overrides, remarks: values.remarks }) };
  if (!values.incident) throw usageError(msg('cli.report.needsIncident'), USAGE);
  const options = checked(IncidentNoticeOptions, { ...overrides, systemOwner: values['system-owner'], impact: values.impact, request: values.request, contactStaffId: values.contact });
  return { kind, incidentId: values.incident, options };
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
    if (!isKind(kind)) throw usageError(msg('cli.report.badKind', { kinds: KINDS.join(', '), kind: kind ?? '' }), USAGE);
    const format = FORMATS[extname(out).toLowerCase()];
    if (!format) throw new CliError(msg('cli.report.badFormat', { out }), EXIT.usage);
    const overrides = checked(PaperOverrides, {
      number: values.number,
      date: values.date,
      place: values.place,
      signerTitle: values['signer-title'],
      signerName: values['signer-name'],
      recipients: values.recipient,
    });
    // A wrong option is told before the plan is read or its checklist is warned about.
    const request = paperRequest(kind, values, overrides);
    const { plan } = await loadPlanArg(ctx, target);
    await warnUnfinished(ctx, plan, format, undefined, values.strict);
    const content = await ctx.paper(plan, request, format, values.landscape ? 'landscape' : 'portrait');
    await writeFileAtomic(out, content);
    if (values.json) return (emit(ctx.io, json({ kind, format, path: out })), EXIT.ok);
    ctx.io.out(`${translate(ctx.language, 'cli.wrote', { path: out })}\n`);
    return EXIT.ok;
  },
};
