import { z } from 'zod';

export const StaffRole = z.enum(['leader', 'technician']);
export type StaffRole = z.infer<typeof StaffRole>;

export const StaffId = z.string().min(1).max(64);

/** One person of the global staff directory. */
export const StaffMember = z.object({
  id: StaffId,
  fullName: z.string().trim().min(1, 'schema.fullNameMissing').max(120),
  title: z.string().trim().max(120).default(''),
  unit: z.string().trim().max(120).default(''),
  phone: z.string().trim().max(32).default(''),
  email: z.string().trim().max(254).default(''),
  roles: z.array(StaffRole).min(1, 'schema.rolesMissing'),
  skills: z.array(z.string().min(1)).default([]),
  active: z.boolean().default(true),
  notes: z.string().max(2000).default(''),
});
export type StaffMember = z.infer<typeof StaffMember>;

/** A skill of the user-editable list (Settings); staff and seats refer to it by id, people see its label. */
export const Skill = z.object({
  id: z.string().min(1).max(40),
  label: z.string().trim().min(1).max(80),
  /**
   * Other names offices write for it ("ATTT", "Bảo mật"), matched on import without diacritics.
   * Absent on a skill saved before the list had synonyms: the seeded ones of its id apply (skillNames).
   */
  synonyms: z.array(z.string().trim().min(1).max(80)).max(40).optional(),
});
export type Skill = z.infer<typeof Skill>;

export const DEFAULT_SKILLS: Skill[] = [
  { id: 'network', label: 'Mạng', synonyms: ['Hạ tầng', 'Hạ tầng mạng', 'Network'] },
  { id: 'servers', label: 'Máy chủ', synonyms: ['Hệ thống', 'Quản trị hệ thống', 'Server'] },
  { id: 'security', label: 'An toàn thông tin / SOC', synonyms: ['ATTT', 'Bảo mật', 'Giám sát ATTT', 'An ninh mạng', 'Security'] },
  { id: 'applications', label: 'Ứng dụng', synonyms: ['Phần mềm', 'Application'] },
  { id: 'database', label: 'Cơ sở dữ liệu', synonyms: ['CSDL', 'Database'] },
];
