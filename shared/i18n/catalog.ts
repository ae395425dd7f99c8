import type { Language } from '../settings/schema';
import { enCaldav } from './en/caldav';
import { enCalendar } from './en/calendar';
import { enCli } from './en/cli';
import { enChecklist } from './en/checklist';
import { enCommon } from './en/common';
import { enDutyLog } from './en/duty-log';
import { enErrors } from './en/errors';
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
import { enSetupProblems } from './en/setup-problems';
import { enStaff } from './en/staff';
import { enStaffImport } from './en/staff-import';
import { enVerdicts } from './en/verdicts';
import { enNetwork } from './en/network';
import { enReasons } from './en/reasons';
import { enStaffDraft } from './en/staff-draft';
import { enStoreRecovery } from './en/store-recovery';
import { enGenerator } from './en/generator';
import { enBrowserMode } from './en/browser-mode';
import { viCaldav } from './vi/caldav';
import { viCalendar } from './vi/calendar';
import { viCli } from './vi/cli';
import { viChecklist } from './vi/checklist';
import { viCommon } from './vi/common';
import { viDutyLog } from './vi/duty-log';
import { viErrors } from './vi/errors';
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
import { viSetupProblems } from './vi/setup-problems';
import { viStaff } from './vi/staff';
import { viStaffImport } from './vi/staff-import';
import { viVerdicts } from './vi/verdicts';
import { viNetwork } from './vi/network';
import { viReasons } from './vi/reasons';
import { viStaffDraft } from './vi/staff-draft';
import { viStoreRecovery } from './vi/store-recovery';
import { viGenerator } from './vi/generator';
import { viBrowserMode } from './vi/browser-mode';

/**
 * Every text the app shows, by key. Vietnamese is the reference: its templates declare the keys and,
 * with their `{placeholders}`, the parameters each message takes (see message.ts). Each area adds a
 * pair of files (vi/<area>.ts, en/<area>.ts) and lists them here.
 */
export const vi = {
  ...viCommon,
  ...viPlans,
  ...viSettings,
  ...viCalendar,
  ...viStaff,
  ...viSetup,
  ...viSetupProblems,
  ...viExports,
  ...viRoster,
  ...viReminders,
  ...viCaldav,
  ...viDutyLog,
  ...viChecklist,
  ...viHost,
  ...viFeed,
  ...viPaperwork,
  ...viReadiness,
  ...viVerdicts,
  ...viStaffImport,
  ...viErrors,
  ...viNetwork,
  ...viReasons,
  ...viStaffDraft,
  ...viStoreRecovery,
  ...viGenerator,
  ...viBrowserMode,
  ...viCli,
};
export type Templates = typeof vi;
export type MessageKey = keyof Templates;

const en: Record<MessageKey, string> = {
  ...enCommon,
  ...enPlans,
  ...enSettings,
  ...enCalendar,
  ...enStaff,
  ...enSetup,
  ...enSetupProblems,
  ...enExports,
  ...enRoster,
  ...enReminders,
  ...enCaldav,
  ...enDutyLog,
  ...enChecklist,
  ...enHost,
  ...enFeed,
  ...enPaperwork,
  ...enReadiness,
  ...enVerdicts,
  ...enStaffImport,
  ...enErrors,
  ...enNetwork,
  ...enReasons,
  ...enStaffDraft,
  ...enStoreRecovery,
  ...enGenerator,
  ...enBrowserMode,
  ...enCli,
};

export const dictionaries: Record<Language, Record<MessageKey, string>> = { vi, en };

/** The area files one by one, so a test can see that no key is declared in two of them. */
export const AREA_FILES = [
  viCommon,
  viPlans,
  viSettings,
  viCalendar,
  viStaff,
  viSetup,
  viSetupProblems,
  viExports,
  viRoster,
  viReminders,
  viCaldav,
  viDutyLog,
  viChecklist,
  viHost,
  viFeed,
  viPaperwork,
  viReadiness,
  viVerdicts,
  viStaffImport,
  viErrors,
  viNetwork,
  viReasons,
  viStaffDraft,
  viStoreRecovery,
  viGenerator,
  viBrowserMode,
  viCli,
];

export const MESSAGE_KEYS = Object.keys(vi) as [MessageKey, ...MessageKey[]];
