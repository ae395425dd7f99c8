import type { PlanCore } from '../plan/schema';
import type { EmergencyContact, Settings } from '../settings/schema';

const REORGANISED = 'Từ 01/3/2025 chức năng bảo đảm an toàn thông tin mạng chuyển từ Bộ Thông tin và Truyền thông sang Bộ Công an';

/**
 * The emergency contacts a new install starts with. On 1 March 2025 the state's information
 * security function moved from the Ministry of Information and Communications (merged into the
 * Ministry of Science and Technology) to the Ministry of Public Security, whose cyber-security
 * department (A05) took over the Authority of Information Security with its centres (VNCERT/CC,
 * NCSC); provinces merged their Sở TT&TT into the Sở KH&CN. Phones and emails of the new bodies are
 * not in any letter this app has seen, so every default is "to verify" until the unit confirms it:
 * an unconfirmed contact is flagged by the checklist and marked wherever it is printed.
 */
export const DEFAULT_CONTACTS: readonly EmergencyContact[] = [
  {
    name: 'Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao (A05), Bộ Công an',
    phone: '',
    email: '',
    note: `${REORGANISED}. Ghi số điện thoại, email đầu mối theo công văn mới nhất.`,
    toVerify: true,
  },
  {
    name: 'Trung tâm Ứng cứu khẩn cấp không gian mạng Việt Nam (VNCERT/CC)',
    phone: '086.9100.317',
    email: 'ir@vncert.vn',
    note: `Số và email theo công văn năm 2024. ${REORGANISED} — cần kiểm tra lại.`,
    toVerify: true,
  },
  {
    name: 'Trung tâm Giám sát an toàn không gian mạng quốc gia (NCSC)',
    phone: '0389942878',
    email: 'ais@mic.gov.vn',
    note: `Số và email theo công văn năm 2024 (tên miền mic.gov.vn của Bộ Thông tin và Truyền thông cũ). ${REORGANISED} — cần kiểm tra lại.`,
    toVerify: true,
  },
  {
    name: 'Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao (PA05), Công an tỉnh, thành phố',
    phone: '',
    email: '',
    note: 'Đầu mối tại địa phương: ghi số trực của Công an tỉnh, thành phố.',
    toVerify: true,
  },
];

/** The defaults of settings schema 1 (MIC-era letters of 2019 and 2024), recognised so the upgrade can replace them. */
export const CONTACTS_BEFORE_2025: readonly Pick<EmergencyContact, 'name' | 'phone' | 'email'>[] = [
  { name: 'Trung tâm Ứng cứu khẩn cấp không gian mạng Việt Nam (VNCERT/CC)', phone: '086.9100.317', email: 'ir@vncert.vn' },
  { name: 'Trung tâm Giám sát an toàn không gian mạng quốc gia (NCSC)', phone: '0389942878', email: 'ais@mic.gov.vn' },
];

/** The plan's own contacts when it has them, else the unit's. */
export function contactsOf(core: Pick<PlanCore, 'contacts'>, settings: Settings): EmergencyContact[] {
  return core.contacts ?? settings.contacts;
}

/** A contact the unit has not confirmed, or that gives no way to reach it. */
export const unconfirmed = (c: EmergencyContact) => c.toVerify;
export const unreachable = (c: EmergencyContact) => !c.phone.trim() && !c.email.trim();

/**
 * "Tên — ĐT: …; Email: …" as every document and calendar prints a contact. One the unit has not
 * confirmed is never printed silently: it says so.
 */
export function contactText(c: EmergencyContact, separator = '; '): { name: string; reach: string; unconfirmed: boolean } {
  const reach = [c.phone && `ĐT: ${c.phone}`, c.email && `Email: ${c.email}`].filter(Boolean).join(separator);
  return { name: c.name, reach, unconfirmed: unconfirmed(c) };
}

export const UNCONFIRMED_MARK = '(chưa xác minh)';
