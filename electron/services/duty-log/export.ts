import ExcelJS from 'exceljs';
import type { DutyLogBundle, DutyLogExportFormat } from '../../../shared/api/duty-log';
import { logTables } from '../../../shared/duty-log/log-rows';
import { dutyLogHtml } from '../../../shared/duty-log/print-html';
import { shiftPages } from '../../../shared/duty-log/shift-page';
import { dutyLogSummary } from '../../../shared/duty-log/summary';
import { documentInfoOf } from '../../../shared/export/document-info';
import { safeFileStem } from '../../../shared/plan/file-name';
import type { Settings } from '../../../shared/settings/schema';
import { addSheet, TIMESHEET_HEADER, timesheetRow } from '../exports/roster-xlsx';
import type { PdfPrinter } from '../adapters';
import { tinosFontCss } from '../exports/print-fonts';

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
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'Lịch Trực';
    addSheet(workbook, 'Cán bộ trực', tables.attendance);
    addSheet(workbook, 'Kiểm tra', tables.checks);
    addSheet(workbook, 'Sự cố', tables.incidents);
    addSheet(workbook, 'Ghi chép, bàn giao', tables.notes);
    // The timesheet of what people actually did, by the same function and columns as the roster's.
    addSheet(workbook, 'Chấm công (thực tế)', [TIMESHEET_HEADER, ...summary.timesheet.actual.map(timesheetRow)]);
    return { fileName, mimeType: MIME.xlsx, content: new Uint8Array(await workbook.xlsx.writeBuffer()) };
  }
}
