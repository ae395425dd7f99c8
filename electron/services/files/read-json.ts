import { readFileSync } from 'node:fs';
import { AppError } from '../../../shared/errors/app-error';
import { jsonErrorPlace } from '../../../shared/text/json-error';
import { fileError } from './file-error';

/** What is wrong in a text that is not JSON, where an editor would show it. */
export function jsonMistake(text: string): string {
  const { line, column, truncated } = jsonErrorPlace(text);
  if (!text.trim()) return 'tệp trống';
  return truncated ? `nội dung bị cắt cụt (hết ở dòng ${line}, cột ${column})` : `lỗi ở dòng ${line}, cột ${column}`;
}

/**
 * Parses JSON that a user may have edited by hand; a mistake is named by line and column, in
 * Vietnamese (the engine's English message and its character offset help nobody).
 */
export function parseJsonText(text: string, label: string): unknown {
  const clean = text.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(clean);
  } catch {
    const { line } = jsonErrorPlace(clean);
    throw new AppError('PLAN_FILE_INVALID', `${label} không phải JSON hợp lệ: ${jsonMistake(clean)}.`, `dòng ${line}`);
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
