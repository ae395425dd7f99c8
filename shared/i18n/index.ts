import type { Language } from '../settings/schema';
import { enCommon } from './en/common';
import { enExports } from './en/exports';
import { enPlans } from './en/plans';
import { enSettings } from './en/settings';
import { viCommon } from './vi/common';
import { viExports } from './vi/exports';
import { viPlans } from './vi/plans';
import { viSettings } from './vi/settings';

/** Vietnamese is the reference; each area adds its own pair of files here. */
const vi = { ...viCommon, ...viPlans, ...viSettings, ...viExports };
export type MessageKey = keyof typeof vi;
const en: Record<MessageKey, string> = { ...enCommon, ...enPlans, ...enSettings, ...enExports };

const dictionaries: Record<Language, Record<MessageKey, string>> = { vi, en };

export type MessageParams = Record<string, string | number>;

export function translate(language: Language, key: MessageKey, params: MessageParams = {}): string {
  const template = dictionaries[language][key] ?? vi[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
