import { readFileSync } from 'node:fs';
import { AppError } from '../../../shared/errors/app-error';
import { fileError } from './file-error';

/** Line and column (from 1) of a character offset, as an editor shows them. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/**
 * Parses JSON that a user may have edited by hand; a mistake is named by line and column, in
 * Vietnamese (the engine's English message and its character offset help nobody).
 */
export function parseJsonText(text: string, label: string): unknown {
  const clean = text.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(clean);
  } catch (error) {
    const offset = /position (\d+)/.exec((error as Error).message)?.[1];
    if (offset === undefined) throw new AppError('PLAN_FILE_INVALID', `${label} không phải JSON hợp lệ: nội dung bị cắt cụt hoặc trống.`);
    const { line, column } = lineAndColumn(clean, Number(offset));
    throw new AppError('PLAN_FILE_INVALID', `${label} không phải JSON hợp lệ: lỗi ở dòng ${line}, cột ${column}.`, `dòng ${line}`);
  }
}

export function readJsonFile(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw fileError('read', path, error);
  }
  return parseJsonText(text, `Tệp ${path}`);
}
