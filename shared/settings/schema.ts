import { z } from 'zod';
import { LocalTime } from '../time/local';
import { DEFAULT_SKILLS, Skill } from '../staff/schema';
import { PayRule, defaultPayRule } from './pay-rule';

export const SETTINGS_SCHEMA_VERSION = 1;

export const EmergencyContact = z.object({
  name: z.string().min(1).max(200),
  phone: z.string().max(40).default(''),
  email: z.string().max(254).default(''),
  note: z.string().max(300).default(''),
  /** True for defaults copied from old official letters: agencies were reorganised in 2025. */
  toVerify: z.boolean().default(false),
});
export type EmergencyContact = z.infer<typeof EmergencyContact>;

/** The header, number and signature of the printed roster. */
export const DocumentInfo = z.object({
  supervisingAgency: z.string().max(200),
  unitName: z.string().max(200),
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
    unitName: 'TRUNG TÂM CÔNG NGHỆ THÔNG TIN',
    number: '     /LT-TTCNTT',
    place: 'Hà Nội',
    signerTitle: 'GIÁM ĐỐC',
    signerName: '',
    recipients: ['Như trên', 'Lãnh đạo đơn vị', 'Lưu: VT'],
  }),
  contacts: z.array(EmergencyContact).default([
    {
      name: 'Trung tâm Ứng cứu khẩn cấp không gian mạng Việt Nam (VNCERT/CC)',
      phone: '086.9100.317',
      email: 'ir@vncert.vn',
      note: 'Theo công văn năm 2024 — cần kiểm tra lại sau sắp xếp bộ máy 2025',
      toVerify: true,
    },
    {
      name: 'Trung tâm Giám sát an toàn không gian mạng quốc gia (NCSC)',
      phone: '0389942878',
      email: 'ais@mic.gov.vn',
      note: 'Theo công văn năm 2024 — cần kiểm tra lại sau sắp xếp bộ máy 2025',
      toVerify: true,
    },
  ]),
  dutyWindowDefaults: z.object({ endOfWorkday: LocalTime.default('17:00'), startOfWorkday: LocalTime.default('07:30') }).default({ endOfWorkday: '17:00', startOfWorkday: '07:30' }),
  skills: z.array(Skill).default(() => DEFAULT_SKILLS.map((s) => ({ ...s }))),
  /** How the timesheet weighs duty hours (enterprise or state body, percentages per kind of day). */
  pay: PayRule.default(defaultPayRule),
  /** The desktop shell: start with the computer (in the tray), and whether the close-to-tray hint was shown. */
  desktop: z.object({ startAtLogin: z.boolean().default(false), trayHintShown: z.boolean().default(false) }).default({ startAtLogin: false, trayHintShown: false }),
  /** On a staff member's own install: whose shifts this computer reminds of. */
  thisIsMe: z.string().nullable().default(null),
});
export type Settings = z.infer<typeof Settings>;

export function defaultSettings(): Settings {
  return Settings.parse({ schemaVersion: SETTINGS_SCHEMA_VERSION });
}
