import type { PlanCore } from '../plan/schema';

/** What the official letters on holiday cyber-security duty ask of the people on duty. */
export const DEFAULT_DUTIES: readonly string[] = [
  'Theo dõi liên tục màn hình giám sát an toàn thông tin (SOC) và phần mềm phòng chống mã độc',
  'Kiểm tra tình trạng hoạt động của hệ thống mạng, máy chủ, cổng/trang thông tin điện tử',
  'Kiểm tra, cập nhật bản vá lỗ hổng bảo mật theo cảnh báo của cơ quan chức năng',
  'Phát hiện, xử lý ban đầu và báo cáo ngay sự cố cho lãnh đạo trực và cơ quan chức năng',
  'Ghi sổ nhật ký trực và bàn giao ca đầy đủ',
];

export function dutiesOf(core: Pick<PlanCore, 'duties'>): readonly string[] {
  return core.duties ?? DEFAULT_DUTIES;
}
