import { previewRowName, type StaffImportPreview } from '../../../shared/api/staff';
import { decodeBase64, uploadedFile } from '../../../shared/api/files';
import { formatPhone } from '../../../shared/staff/phone';
import { say } from '../../../shared/i18n';
import { formatRoles } from '../../../shared/staff/roles';
import { type CliContext, CliError, type Command, COMMON_OPTIONS, EXIT, parse, required } from '../command';
import { readNamedFile, writeDownloads } from '../files';
import { emit, json } from '../output';

const USAGE = 'lich-truc staff list [--json] | staff import FILE [--sheet NAME] [--yes] [--update-existing] [--json] | staff export --format csv|xlsx [-o FILE]';

const OPTIONS = {
  ...COMMON_OPTIONS,
  yes: { type: 'boolean', short: 'y', default: false },
  'update-existing': { type: 'boolean', default: false },
  /** A workbook's sheet by name; without it, the first sheet with a recognised header. */
  sheet: { type: 'string' },
  format: { type: 'string' },
} as const;

const STATUS_TEXT: Record<StaffImportPreview['rows'][number]['status'], string> = {
  new: 'nhập',
  'duplicate-of-existing': 'bỏ qua (đã có)',
  'duplicate-in-file': 'bỏ qua (trùng trong tệp)',
  error: 'LỖI',
};

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
        throw new CliError(`Lệnh con không hợp lệ: ${action ?? '(trống)'}\nCách dùng: ${USAGE}`, EXIT.usage);
    }
  },
};

async function list(ctx: CliContext, asJson: boolean): Promise<number> {
  const members = await ctx.client().call('staff:list', undefined);
  if (asJson) return (emit(ctx.io, json(members)), EXIT.ok);
  if (!members.length) return (ctx.io.out('Danh bạ trống. Dùng "lich-truc staff import FILE --yes" để nhập.\n'), EXIT.ok);
  for (const m of members) {
    const state = m.active ? '' : '  [ngừng hoạt động]';
    ctx.io.out(`${m.fullName}  ${m.unit}  ${m.phone ? formatPhone(m.phone) : '-'}  ${formatRoles(m.roles)}${state}\n`);
  }
  ctx.io.out(`${members.length} người, ${members.filter((m) => m.active).length} đang hoạt động.\n`);
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
  if (preview.mapping?.missing.length)
    throw new CliError(
      `${preview.fileName}: ${say('vi', preview.mapping.text)} Hãy ghép cột một lần trong ứng dụng (Nhân sự → Nhập từ tệp…); lần sau tệp cùng tiêu đề được đọc như vậy.`,
      EXIT.incomplete,
    );
  const importable = preview.counts.new + (options.update ? preview.counts['duplicate-of-existing'] : 0);
  if (!options.yes) {
    if (options.json) emit(ctx.io, json(withoutToken(preview)));
    else printPreview(ctx, preview);
    if (importable === 0) throw new CliError('Không có dòng nào nhập được.', EXIT.incomplete);
    if (!options.json) ctx.io.out(`Chưa nhập gì. Chạy lại với --yes để nhập ${importable} dòng.\n`);
    return EXIT.ok;
  }
  if (importable === 0) {
    if (!options.json) printPreview(ctx, preview);
    throw new CliError('Không có dòng nào nhập được; danh bạ không thay đổi.', EXIT.incomplete);
  }
  const result = await client.call('staff:importConfirm', { token: preview.token, duplicates: options.update ? 'update' : 'skip' });
  if (options.json) return (emit(ctx.io, json(result)), EXIT.ok);
  ctx.io.out(`Đã nhập ${result.added} người mới${result.updated ? `, cập nhật ${result.updated} người đã có` : ''}.\n`);
  if (result.skippedDuplicates) ctx.io.out(`Bỏ qua ${result.skippedDuplicates} người đã có trong danh bạ (dùng --update-existing để cập nhật).\n`);
  if (result.refusedRows.length) ctx.io.out(`Không nhập các dòng: ${result.refusedRows.join(', ')}.\n`);
  return EXIT.ok;
}

function printPreview(ctx: CliContext, preview: StaffImportPreview): void {
  const c = preview.counts;
  ctx.io.out(`Tệp ${preview.fileName}: ${preview.rows.length} dòng — ${c.new} mới, ${c['duplicate-of-existing']} đã có, ${c['duplicate-in-file']} trùng trong tệp, ${c.error} lỗi.\n`);
  for (const row of preview.rows) {
    ctx.io.out(`Dòng ${row.rowNumber}: ${previewRowName(preview, row) || '(không có họ tên)'} — ${STATUS_TEXT[row.status]}\n`);
    for (const p of row.problems) ctx.io.out(`    ${p.severity === 'error' ? 'lỗi' : 'lưu ý'}: ${say('vi', p.text)}\n`);
  }
}

function withoutToken({ token: _token, ...rest }: StaffImportPreview) {
  return rest;
}

async function exportFile(ctx: CliContext, format: string | undefined, out: string | undefined): Promise<number> {
  if (format !== 'csv' && format !== 'xlsx') throw new CliError(`--format phải là csv hoặc xlsx.\nCách dùng: ${USAGE}`, EXIT.usage);
  if (format === 'xlsx' && !out) throw new CliError('Tệp XLSX cần --out TỆP (không ghi ra màn hình).', EXIT.usage);
  const { file } = await ctx.client().call('staff:export', { format });
  if (out) {
    writeDownloads([file], out, { folder: false });
    ctx.io.err(`Đã ghi ${out}\n`);
  } else {
    // The BOM stays: output redirected to a file must still open in Excel as UTF-8.
    ctx.io.out(new TextDecoder('utf-8', { ignoreBOM: true }).decode(decodeBase64(file.contentBase64)));
  }
  return EXIT.ok;
}
