import { previewRowName, type StaffImportPreview } from '../../../shared/api/staff';
import { decodeBase64, uploadedFile } from '../../../shared/api/files';
import { formatPhone } from '../../../shared/staff/phone';
import { msg, translate } from '../../../shared/i18n';
import { formatRoles } from '../../../shared/staff/roles';
import { type CliContext, CliError, type Command, COMMON_OPTIONS, EXIT, parse, required, syntax, usageError } from '../command';
import { readNamedFile, writeDownloads } from '../files';
import { emit, json } from '../output';

const USAGE = syntax('lich-truc staff list [--json] | staff import FILE [--sheet NAME] [--yes] [--update-existing] [--json] | staff export --format csv|xlsx [-o FILE]');

const OPTIONS = {
  ...COMMON_OPTIONS,
  yes: { type: 'boolean', short: 'y', default: false },
  'update-existing': { type: 'boolean', default: false },
  /** A workbook's sheet by name; without it, the first sheet with a recognised header. */
  sheet: { type: 'string' },
  format: { type: 'string' },
} as const;

export const staffCommand: Command = {
  name: 'staff',
  usage: USAGE,
  async run(ctx) {
    const { values, positionals } = parse(ctx.args, OPTIONS, USAGE);
    const [action, target] = positionals;
    switch (action) {
      case 'list':
        return list(ctx, values.json);
      case 'import':
        return importFile(ctx, required(target, 'FILE', USAGE), { yes: values.yes, update: values['update-existing'], json: values.json, sheet: values.sheet });
      case 'export':
        return exportFile(ctx, values.format, values.out);
      default:
        throw usageError(msg('cli.badSubcommand', { action: action ?? msg('cli.nothing') }), USAGE);
    }
  },
};

async function list(ctx: CliContext, asJson: boolean): Promise<number> {
  const members = await ctx.client().call('staff:list', undefined);
  if (asJson) return (emit(ctx.io, json(members)), EXIT.ok);
  if (!members.length) return (ctx.io.out(`${translate(ctx.language, 'cli.staff.empty')}\n`), EXIT.ok);
  for (const m of members) {
    const state = m.active ? '' : `  ${translate(ctx.language, 'cli.staff.inactive')}`;
    ctx.io.out(`${m.fullName}  ${m.unit}  ${m.phone ? formatPhone(m.phone) : '-'}  ${formatRoles(m.roles)}${state}\n`);
  }
  ctx.io.out(`${translate(ctx.language, 'cli.staff.count', { total: members.length, active: members.filter((m) => m.active).length })}\n`);
  return EXIT.ok;
}

/**
 * Without --yes: the preview, every row with its problems, and nothing changed. With it: the good
 * rows imported and the refused ones named. Nothing importable is a failure either way, so a
 * script notices a wrong file.
 */
async function importFile(ctx: CliContext, file: string, options: { yes: boolean; update: boolean; json: boolean; sheet: string | undefined }): Promise<number> {
  const client = ctx.client();
  const { name, bytes } = readNamedFile(file);
  const first = await client.call('staff:importPreview', { file: uploadedFile(name, bytes) });
  // The same two steps as the app's preview: the file's first recognised sheet, then the one asked for.
  const preview = options.sheet === undefined ? first : await client.call('staff:importSheet', { token: first.token, sheet: options.sheet });
  // Columns are mapped in the app's preview; once confirmed there, the same headers are read here too.
  if (preview.mapping?.missing.length) throw new CliError(msg('cli.staff.mapColumns', { file: preview.fileName, problem: preview.mapping.text }), EXIT.incomplete);
  const importable = preview.counts.new + (options.update ? preview.counts['duplicate-of-existing'] : 0);
  if (!options.yes) {
    if (options.json) emit(ctx.io, json(withoutToken(preview)));
    else printPreview(ctx, preview);
    if (importable === 0) throw new CliError(msg('cli.staff.noneImportable'), EXIT.incomplete);
    if (!options.json) ctx.io.out(`${translate(ctx.language, 'cli.staff.dryRun', { count: importable })}\n`);
    return EXIT.ok;
  }
  if (importable === 0) {
    if (!options.json) printPreview(ctx, preview);
    throw new CliError(msg('cli.staff.noneImportableUnchanged'), EXIT.incomplete);
  }
  const result = await client.call('staff:importConfirm', { token: preview.token, duplicates: options.update ? 'update' : 'skip' });
  if (options.json) return (emit(ctx.io, json(result)), EXIT.ok);
  const { added, updated } = result;
  ctx.io.out(`${updated ? translate(ctx.language, 'cli.staff.importedUpdated', { added, updated }) : translate(ctx.language, 'cli.staff.imported', { added })}\n`);
  if (result.skippedDuplicates) ctx.io.out(`${translate(ctx.language, 'cli.staff.skipped', { count: result.skippedDuplicates })}\n`);
  if (result.refusedRows.length) ctx.io.out(`${translate(ctx.language, 'cli.staff.refused', { rows: result.refusedRows.join(', ') })}\n`);
  return EXIT.ok;
}

function printPreview(ctx: CliContext, preview: StaffImportPreview): void {
  const c = preview.counts;
  const counts = { rows: preview.rows.length, new: c.new, existing: c['duplicate-of-existing'], inFile: c['duplicate-in-file'], errors: c.error };
  ctx.io.out(`${translate(ctx.language, 'cli.staff.preview', { file: preview.fileName, ...counts })}\n`);
  for (const row of preview.rows) {
    const name = previewRowName(preview, row) || translate(ctx.language, 'cli.staff.noName');
    ctx.io.out(`${translate(ctx.language, 'cli.staff.row', { row: row.rowNumber, name, status: msg(`cli.staff.status.${row.status}`) })}\n`);
    for (const p of row.problems) ctx.io.out(`${translate(ctx.language, p.severity === 'error' ? 'cli.staff.problem.error' : 'cli.staff.problem.warning', { problem: p.text })}\n`);
  }
}

function withoutToken({ token: _token, ...rest }: StaffImportPreview) {
  return rest;
}

async function exportFile(ctx: CliContext, format: string | undefined, out: string | undefined): Promise<number> {
  if (format !== 'csv' && format !== 'xlsx') throw usageError(msg('cli.staff.format'), USAGE);
  if (format === 'xlsx' && !out) throw new CliError(msg('cli.staff.xlsxNeedsOut'), EXIT.usage);
  const { file } = await ctx.client().call('staff:export', { format });
  if (out) {
    writeDownloads([file], out, { folder: false });
    ctx.io.err(`${translate(ctx.language, 'cli.wrote', { path: out })}\n`);
  } else {
    // The BOM stays: output redirected to a file must still open in Excel as UTF-8.
    ctx.io.out(new TextDecoder('utf-8', { ignoreBOM: true }).decode(decodeBase64(file.contentBase64)));
  }
  return EXIT.ok;
}
