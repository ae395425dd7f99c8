import { z } from 'zod';
import { LocalTime } from '../time/local';
import { DEFAULT_SKILLS, Skill } from '../staff/schema';
import { PayRule, defaultPayRule } from './pay-rule';
import { DEFAULT_CONTACTS } from '../paperwork/contacts';

export const SETTINGS_SCHEMA_VERSION = 2;

export const EmergencyContact = z.object({
  name: z.string().min(1).max(200),
  phone: z.string().max(40).default(''),
  email: z.string().max(254).default(''),
  note: z.string().max(300).default(''),
  /** True until the unit confirms it: defaults come from letters older than the 2025 reorganisation. */
  toVerify: z.boolean().default(false),
});
export type EmergencyContact = z.infer<typeof EmergencyContact>;

/** The header, number and signature of the printed roster. */
export const DocumentInfo = z.object({
  supervisingAgency: z.string().max(200),
  unitName: z.string().max(200),
  /** "TTCNTT": after the type in the number (`Số: …/TB-TTCNTT`) and in "Lưu: VT, TTCNTT." */
  unitAbbreviation: z.string().max(40),
  /** The number alone ("15"), usually left blank for the records clerk; a full "15/TB-…" is printed as written. */
  number: z.string().max(80),
  place: z.string().max(80),
  signerTitle: z.string().max(200),
  signerName: z.string().max(120),
  recipients: z.array(z.string().max(200)),
});
export type DocumentInfo = z.infer<typeof DocumentInfo>;

export const Language = z.enum(['vi', 'en']);
export type Language = z.infer<typeof Language>;

export const Settings = z.object({
  schemaVersion: z.literal(SETTINGS_SCHEMA_VERSION),
  language: Language.default('vi'),
  organisation: z
    .object({
      unitEmail: z.string().max(254).default(''),
    })
    .default({ unitEmail: '' }),
  document: DocumentInfo.default({
    supervisingAgency: 'UBND TỈNH …',
    unitName: 'TRUNG TÂM …',
    unitAbbreviation: '',
    number: '',
    place: 'Hà Nội',
    signerTitle: 'GIÁM ĐỐC',
    signerName: '',
    recipients: ['Lãnh đạo đơn vị (để báo cáo)', 'Các phòng, bộ phận liên quan', 'Cán bộ có tên trong lịch trực'],
  }),
  contacts: z.array(EmergencyContact).default(() => DEFAULT_CONTACTS.map((c) => ({ ...c }))),
  dutyWindowDefaults: z.object({ endOfWorkday: LocalTime.default('17:00'), startOfWorkday: LocalTime.default('07:30') }).default({ endOfWorkday: '17:00', startOfWorkday: '07:30' }),
  skills: z.array(Skill).default(() => DEFAULT_SKILLS.map((s) => ({ ...s }))),
  /** How the timesheet weighs duty hours (enterprise or state body, percentages per kind of day). */
  pay: PayRule.default(defaultPayRule),
  /** The desktop shell: start with the computer (in the tray), and whether the close-to-tray hint was shown. */
  desktop: z.object({ startAtLogin: z.boolean().default(false), trayHintShown: z.boolean().default(false) }).default({ startAtLogin: false, trayHintShown: false }),
  /** On a staff member's own install: whose shifts this computer reminds of. */
  thisIsMe: z.string().nullable().default(null),
  /** The plan last opened in Lịch trực or Xuất bản: their sidebar links open it directly. */
  lastPlanId: z.string().max(200).nullable().default(null),
});
export type Settings = z.infer<typeof Settings>;

export function defaultSettings(): Settings {
  return Settings.parse({ schemaVersion: SETTINGS_SCHEMA_VERSION });
}
