import { readFileSync } from 'node:fs';
import { AppError } from '../../../shared/errors/app-error';
import { jsonErrorPlace } from '../../../shared/text/json-error';
import { fileError } from './file-error';
import { msg } from '../../../shared/i18n/message';
import type { Message } from '../../../shared/i18n/message';

/** What is wrong in a text that is not JSON, where an editor would show it. */
export function jsonMistake(text: string): Message {
  const { line, column, truncated } = jsonErrorPlace(text);
  if (!text.trim()) return msg('file.json.empty');
  return truncated ? msg('file.json.truncated', { line, column }) : msg('file.json.at', { line, column });
}

/**
 * Parses JSON that a user may have edited by hand; a mistake is named by line and column, in
 * Vietnamese (the engine's English message and its character offset help nobody).
 */
export function parseJsonText(text: string, label: Message): unknown {
  const clean = text.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(clean);
  } catch {
    const { line } = jsonErrorPlace(clean);
    throw new AppError('PLAN_FILE_INVALID', msg('file.json.invalid', { label, mistake: jsonMistake(clean) }), `dòng ${line}`);
  }
}

export function readJsonFile(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw fileError('read', path, error);
  }
  return parseJsonText(text, msg('plans.file.kind', { name: path }));
}
