import type { Language } from '../settings/schema';
import { enCommon } from './en/common';
import { enPlans } from './en/plans';
import { enReminders } from './en/reminders';
import { enSettings } from './en/settings';
import { viCommon } from './vi/common';
import { viPlans } from './vi/plans';
import { viReminders } from './vi/reminders';
import { viSettings } from './vi/settings';

/** Vietnamese is the reference; each area adds its own pair of files here. */
const vi = { ...viCommon, ...viPlans, ...viSettings, ...viReminders };
export type MessageKey = keyof typeof vi;
const en: Record<MessageKey, string> = { ...enCommon, ...enPlans, ...enSettings, ...enReminders };

const dictionaries: Record<Language, Record<MessageKey, string>> = { vi, en };

export type MessageParams = Record<string, string | number>;

export function translate(language: Language, key: MessageKey, params: MessageParams = {}): string {
  const template = dictionaries[language][key] ?? vi[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
