import type { Language } from '../settings/schema';
import { dictionaries, vi, type MessageKey } from './catalog';
import { formatDateLong, formatDateTime, formatDayMonthTime } from './dates';
import type { Message, MessageParam, ParamArgs } from './message';

export type { MessageKey } from './catalog';
export { msg, type Message, type MessageParam } from './message';

/** Numbers as each language writes them: 7,5 giờ in Vietnamese, 7.5 hours in English. */
function formatNumber(language: Language, value: number): string {
  return language === 'vi' ? String(value).replace('.', ',') : String(value);
}

function formatParam(language: Language, value: MessageParam): string {
  if (typeof value === 'number') return formatNumber(language, value);
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map((item: MessageParam) => formatParam(language, item)).join(', ');
  if ('moment' in value) return value.year ? formatDateTime(value.moment) : formatDayMonthTime(value.moment);
  if ('day' in value) return formatDateLong(value.day, language);
  return say(language, value as Message);
}

function fill(language: Language, key: MessageKey, params: Readonly<Record<string, MessageParam>>): string {
  const template = dictionaries[language][key] ?? vi[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? formatParam(language, params[name]!) : whole));
}

/** The text of a key in a language; the parameters are checked against the Vietnamese template. */
export function translate<K extends MessageKey>(language: Language, key: K, ...[params]: ParamArgs<K>): string {
  return fill(language, key, params ?? {});
}

/** A message carried across a boundary, in words. */
export function say(language: Language, message: Message): string {
  return fill(language, message.code, message.params);
}

/** Vietnamese, then English: for a terminal that is used before anyone has chosen a language. */
export const sayBoth = (message: Message): string => `${say('vi', message)} / ${say('en', message)}`;
