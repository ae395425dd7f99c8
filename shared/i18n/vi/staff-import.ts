/**
 * What the staff import says about a file's rows and cells (shared/staff/import-rows.ts, the XLSX
 * reader's cell notes). Cell values and the file's own headers stay as written: they are the file's words.
 */
export const viStaffImport = {
  'staffImport.unsafe': 'Chứa {char} — hãy xoá ký tự này trong tệp',
  'staffImport.noName': 'Thiếu họ và tên',
  'staffImport.phone.chars': 'Số điện thoại "{phone}" chứa ký tự không hợp lệ',
  'staffImport.phone.foreign': 'Số điện thoại "{phone}" không phải số Việt Nam (+84)',
  'staffImport.phone.invalid': 'Số điện thoại "{phone}" không hợp lệ (di động 10 chữ số 03/05/07/08/09…, cố định 02…)',
  'staffImport.email.invalid': 'Email "{email}" không hợp lệ',
  'staffImport.roles.unknown': 'Vai trò không rõ: {roles} — chọn vai trò cho dòng này (Lãnh đạo trực hoặc Cán bộ kỹ thuật)',
  'staffImport.roles.missing': 'Thiếu vai trò — chọn vai trò cho dòng này (Lãnh đạo trực hoặc Cán bộ kỹ thuật)',
  'staffImport.roles.skipped': 'Không nhập dòng này (bạn chọn)',
  'staffImport.active.unknown': 'Trạng thái không rõ: "{value}" (dùng "Đang hoạt động" hoặc "Ngừng hoạt động")',
  'staffImport.invalid': '{text}',
  'staffImport.duplicate.existing': 'Trùng với {person} đã có trong danh bạ (cùng họ tên và điện thoại/email) — dòng này sẽ không được nhập',
  'staffImport.duplicate.inFile': 'Trùng với dòng {row} trong tệp (cùng họ tên và điện thoại/email) — dòng này sẽ không được nhập',
  'staffImport.namesake': 'Cùng họ tên với {person} — sẽ được nhập như một người khác',
  'staffImport.skill.new': 'Kỹ năng mới "{name}" — sẽ được thêm vào danh sách kỹ năng khi nhập',
  'staffImport.skill.ignored': 'Kỹ năng "{name}" không có trong danh sách — bỏ qua theo lựa chọn của bạn',
  'staffImport.missingColumns': 'Thiếu cột bắt buộc: {missing}. Các cột tìm thấy ở dòng {row}: {found}.',
  'staffImport.noColumns': '(không có)',
  'staffImport.cell.merged': 'Ô gộp (merged) với ô {cell} — để trống',
  'staffImport.cell.formulaNoResult': 'Ô chứa công thức chưa có kết quả — để trống',
  'staffImport.cell.formula': 'Ô chứa công thức — dùng kết quả đã tính',
  'staffImport.cell.error': 'Ô chứa lỗi của Excel — để trống',
} as const;
