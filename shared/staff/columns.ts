import { z } from 'zod';
import { foldDiacritics } from './normalize';

/** The columns of an import or export file, in export order. */
export const STAFF_COLUMNS = [
  {
    field: 'fullName',
    header: 'Họ và tên',
    aliases: ['ho va ten', 'ho ten', 'ten can bo', 'ho va ten can bo', 'ho ten can bo', 'can bo', 'ten nhan vien', 'nhan vien', 'full name', 'fullname', 'name'],
  },
  { field: 'title', header: 'Chức vụ', aliases: ['chuc vu', 'chuc danh', 'chuc vu chuc danh', 'ngach', 'title', 'position', 'job title'] },
  { field: 'unit', header: 'Đơn vị', aliases: ['don vi', 'phong ban', 'phong', 'bo phan', 'don vi cong tac', 'to', 'co quan', 'unit', 'department', 'dept'] },
  {
    field: 'phone',
    header: 'Điện thoại',
    aliases: [
      'dien thoai',
      'so dien thoai',
      'dien thoai di dong',
      'dien thoai lien he',
      'so dien thoai lien he',
      'di dong',
      'so di dong',
      'dt di dong',
      'sdt',
      'so dt',
      'dt',
      'phone',
      'phone number',
      'mobile',
      'telephone',
      'tel',
    ],
  },
  { field: 'email', header: 'Email', aliases: ['email', 'e mail', 'thu dien tu', 'dia chi email', 'mail'] },
  { field: 'roles', header: 'Vai trò', aliases: ['vai tro', 'vai tro truc', 'nhiem vu truc', 'nhiem vu', 'role', 'roles', 'duty role'] },
  { field: 'skills', header: 'Kỹ năng', aliases: ['ky nang', 'chuyen mon', 'linh vuc', 'linh vuc chuyen mon', 'chuyen nganh', 'skill', 'skills', 'expertise'] },
  { field: 'active', header: 'Trạng thái', aliases: ['trang thai', 'status', 'active'] },
  { field: 'notes', header: 'Ghi chú', aliases: ['ghi chu', 'note', 'notes'] },
] as const;

type FieldName = (typeof STAFF_COLUMNS)[number]['field'];
export const StaffField = z.enum(STAFF_COLUMNS.map((c) => c.field) as [FieldName, ...FieldName[]]);
export type StaffField = z.infer<typeof StaffField>;

/** Without these a row cannot become a staff member, so the whole file is refused. */
export const REQUIRED_FIELDS: readonly StaffField[] = ['fullName', 'roles'];

/** "Họ và tên (*)", "HỌ VÀ TÊN:", "E-mail" all name the same column. */
function headerKey(header: string): string {
  return foldDiacritics(header.replace(/\(.*?\)|\*/g, ' '))
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function fieldOfHeader(header: string): StaffField | null {
  const key = headerKey(header);
  return STAFF_COLUMNS.find((c) => (c.aliases as readonly string[]).includes(key))?.field ?? null;
}

export function headerOfField(field: StaffField): string {
  return STAFF_COLUMNS.find((c) => c.field === field)?.header ?? field;
}
