import { ExportFormat } from '../../../shared/api/exports';
import { EXPORT_FORMATS, EXPORT_FORMAT_NAMES, PER_PERSON_FORMATS } from '../../../shared/export/formats';
import { formatDateTime } from '../../../shared/i18n/dates';
import { epochToVn } from '../../../shared/time/zone';
import type { ExportedFrom } from '../../../shared/api/exports';
import { msg, type Message } from '../../../shared/i18n';
import { CliError, type Command, COMMON_OPTIONS, EXIT, parse, required, syntax, usageError } from '../command';
import { warnUnfinished } from '../checklist';
import { writeDownloads, writeExportFiles } from '../files';
import { emit, json } from '../output';
import { loadPlanArg } from '../plan-arg';

const FORMATS = EXPORT_FORMAT_NAMES.filter((f) => f !== 'ics-per-person');
const USAGE = syntax(
  `lich-truc export ${FORMATS.join('|')} PLAN --out FILE|DIR [--per-person] [--landscape] [--staff STAFF_ID (${PER_PERSON_FORMATS.join(', ')})] [--organizer EMAIL] [--comma] [--strict] [--json]`,
);

const OPTIONS = {
  ...COMMON_OPTIONS,
  'per-person': { type: 'boolean', default: false },
  landscape: { type: 'boolean', default: false },
  staff: { type: 'string' },
  organizer: { type: 'string' },
  /** CSV with `,` and decimal points instead of Vietnamese Excel's `;` and decimal commas. */
  comma: { type: 'boolean', default: false },
  /** Refuse instead of warning when the checklist finds something unfinished. */
  strict: { type: 'boolean', default: false },
} as const;

function describe(from: ExportedFrom): Message {
  if (from.version === null) return msg('cli.export.fromDraft');
  return msg('cli.export.fromVersion', { version: from.version, at: formatDateTime(epochToVn(Date.parse(from.publishedAt ?? ''))) });
}

/** Every export format from the command line; PDF needs Chromium and says so when it is missing. */
export const exportCommand: Command = {
  name: 'export',
  usage: USAGE,
  async run(ctx) {
    const { values, positionals } = parse(ctx.args, OPTIONS, USAGE);
    const [kind, planArg] = positionals;
    const format = ExportFormat.safeParse(kind === 'ics' && values['per-person'] ? 'ics-per-person' : kind);
    if (!format.success || kind === 'ics-per-person') throw usageError(msg('cli.export.badFormat', { format: kind ?? msg('cli.nothing') }), USAGE);
    const spec = EXPORT_FORMATS[format.data];
    // Refused rather than quietly writing the whole roster under a person's name.
    if (values.staff && !spec.perPerson) {
      throw new CliError(msg('cli.export.notPerPerson', { format: `${kind}${values['per-person'] ? ' --per-person' : ''}`, formats: PER_PERSON_FORMATS.join(', ') }), EXIT.usage);
    }
    const target = required(planArg, 'PLAN', USAGE);
    const out = required(values.out, '--out', USAGE);
    const { plan, source } = await loadPlanArg(ctx, target);
    await warnUnfinished(ctx, plan, format.data, values.organizer, values.strict);
    const request = {
      format: format.data,
      planId: plan.id,
      ...(spec.orientation ? { orientation: values.landscape ? ('landscape' as const) : ('portrait' as const) } : {}),
      ...(values.staff ? { staffId: values.staff } : {}),
      ...(values.organizer ? { organizerEmail: values.organizer } : {}),
      ...(format.data === 'csv' ? { csvStyle: values.comma ? ('comma' as const) : ('excel-vi' as const) } : {}),
    };
    const folder = spec.files === 'per-person';
    // A stored plan through the contract, as the app asks it; a plan file (not in the store) with the same builder.
    const result =
      source === 'store'
        ? await ctx
            .client()
            .call('exports:build', request)
            .then((built) => ({ paths: writeDownloads(built.files, out, { folder }), from: built.from }))
        : await ctx.buildExport(plan, request).then((built) => ({ paths: writeExportFiles(built.files, out, { folder }), from: built.from }));
    if (values.json) return (emit(ctx.io, json(result)), EXIT.ok);
    ctx.io.out(`${ctx.say(msg('cli.export.from', { from: describe(result.from), name: plan.name }))}\n`);
    const [only] = result.paths;
    ctx.io.out(`${ctx.say(result.paths.length === 1 && only ? msg('cli.wrote', { path: only }) : msg('cli.export.wroteMany', { count: result.paths.length, folder: out }))}\n`);
    return EXIT.ok;
  },
};
