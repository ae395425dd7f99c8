import type { Language } from '../settings/schema';
import { enCaldav } from './en/caldav';
import { enCalendar } from './en/calendar';
import { enChecklist } from './en/checklist';
import { enCommon } from './en/common';
import { enDutyLog } from './en/duty-log';
import { enExports } from './en/exports';
import { enFeed } from './en/feed';
import { enHost } from './en/host';
import { enPaperwork } from './en/paperwork';
import { enPlans } from './en/plans';
import { enRoster } from './en/roster';
import { enReadiness } from './en/readiness';
import { enReminders } from './en/reminders';
import { enSettings } from './en/settings';
import { enSetup } from './en/setup';
import { enStaff } from './en/staff';
import { viCaldav } from './vi/caldav';
import { viCalendar } from './vi/calendar';
import { viChecklist } from './vi/checklist';
import { viCommon } from './vi/common';
import { viDutyLog } from './vi/duty-log';
import { viExports } from './vi/exports';
import { viFeed } from './vi/feed';
import { viHost } from './vi/host';
import { viPaperwork } from './vi/paperwork';
import { viPlans } from './vi/plans';
import { viRoster } from './vi/roster';
import { viReadiness } from './vi/readiness';
import { viReminders } from './vi/reminders';
import { viSettings } from './vi/settings';
import { viSetup } from './vi/setup';
import { viStaff } from './vi/staff';

/** Vietnamese is the reference; each area adds its own pair of files here. */
const vi = {
  ...viCommon,
  ...viPlans,
  ...viSettings,
  ...viCalendar,
  ...viStaff,
  ...viSetup,
  ...viExports,
  ...viRoster,
  ...viReminders,
  ...viCaldav,
  ...viDutyLog,
  ...viChecklist,
  ...viFeed,
  ...viHost,
  ...viPaperwork,
  ...viReadiness,
};
export type MessageKey = keyof typeof vi;
const en: Record<MessageKey, string> = {
  ...enCommon,
  ...enPlans,
  ...enSettings,
  ...enCalendar,
  ...enStaff,
  ...enSetup,
  ...enExports,
  ...enRoster,
  ...enReminders,
  ...enCaldav,
  ...enDutyLog,
  ...enChecklist,
  ...enFeed,
  ...enHost,
  ...enPaperwork,
  ...enReadiness,
};

const dictionaries: Record<Language, Record<MessageKey, string>> = { vi, en };

export type MessageParams = Record<string, string | number>;

export function translate(language: Language, key: MessageKey, params: MessageParams = {}): string {
  const template = dictionaries[language][key] ?? vi[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
