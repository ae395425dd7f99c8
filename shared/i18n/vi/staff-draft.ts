/** What is wrong with a person typed into the staff form, field by field (shown as they type, refused by the service). */
export const viStaffDraft = {
  'staff.draft.fullName': 'Họ và tên: không được để trống',
  'staff.draft.phone': 'Điện thoại: {problem}',
  'staff.draft.email': 'Email: {problem}',
  'staff.draft.roles': 'Vai trò: chọn ít nhất một (Lãnh đạo trực hoặc Cán bộ kỹ thuật)',
  'staff.draft.skills': 'Kỹ năng: không có trong danh sách của Cài đặt: {skills}',
} as const;
