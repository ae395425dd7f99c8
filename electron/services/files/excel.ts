import type ExcelJS from 'exceljs';

/**
 * ExcelJS, loaded when a workbook is first read or written: it costs ~0.9 s of CPU to load, and
 * most CLI commands (publish, log, readiness …) never touch a workbook.
 */
export async function excel(): Promise<typeof ExcelJS> {
  return (await import('exceljs')).default;
}
