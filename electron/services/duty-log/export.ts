import { excel } from '../files/excel';
import type { DutyLogBundle, DutyLogExportFormat } from '../../../shared/api/duty-log';
import { logTables } from '../../../shared/duty-log/log-rows';
import { dutyLogHtml } from '../../../shared/duty-log/print-html';
import { shiftPages } from '../../../shared/duty-log/shift-page';
import { dutyLogSummary } from '../../../shared/duty-log/summary';
import { documentInfoOf } from '../../../shared/export/document-info';
import { safeFileStem } from '../../../shared/plan/file-name';
import type { SheetTable } from '../../../shared/export/sheet-table';
import type { Settings } from '../../../shared/settings/schema';
import { addTableSheet, addTimesheetSheet } from '../exports/roster-xlsx';
import type { PdfPrinter } from '../adapters';
import { tinosFontCss } from '../exports/print-fonts';

/** The log's tables are words (times already written out): every column text, the header first. */
const textTable = (rows: readonly (readonly (string | number)[])[]): SheetTable => ({
  columns: (rows[0] ?? []).map((h) => ({ header: String(h), type: 'text' })),
  rows: rows.slice(1).map((r) => [...r]),
});

export interface DutyLogFile {
  fileName: string;
  mimeType: string;
  content: Uint8Array;
}

const MIME: Record<DutyLogExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

/** The duty log as a workbook or a printed PDF, from the same tables. */
export class DutyLogFiles {
  constructor(
    private readonly printer: PdfPrinter,
    private readonly settings: () => Settings,
  ) {}

  async build(bundle: DutyLogBundle, format: DutyLogExportFormat, now: number): Promise<DutyLogFile> {
    const { core, log } = bundle;
    const pages = shiftPages(core, log, now);
    const tables = logTables(core, log, pages);
    const summary = dutyLogSummary(core, log, now);
    const fileName = `So-nhat-ky-truc-${safeFileStem(bundle.plan.name)}.${format}`;
    if (format === 'pdf') {
      const html = dutyLogHtml({ core, version: bundle.plan.version, tables, summary, unitName: documentInfoOf(core, this.settings()).unitName, printedAt: now, fontCss: tinosFontCss() });
      return { fileName, mimeType: MIME.pdf, content: await this.printer.print(html) };
    }
    const workbook = new (await excel()).Workbook();
    workbook.creator = 'Lịch Trực';
    for (const [name, rows] of [
      ['Cán bộ trực', tables.attendance],
      ['Kiểm tra', tables.checks],
      ['Sự cố', tables.incidents],
      ['Ghi chép, bàn giao', tables.notes],
    ] as const)
      addTableSheet(workbook, name, textTable(rows));
    // The timesheet of what people actually did, by the same function and columns as the roster's.
    addTimesheetSheet(workbook, 'Chấm công (thực tế)', summary.timesheet.actual, this.settings().pay);
    return { fileName, mimeType: MIME.xlsx, content: new Uint8Array(await workbook.xlsx.writeBuffer()) };
  }
}
