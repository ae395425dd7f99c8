import type { StaffMember, StaffRole } from './schema';

/** A fictional province, so the demo never shows a real agency's people. */
export const SAMPLE_ORGANISATION = 'Trung tâm Công nghệ thông tin tỉnh Bình Sơn';

const BGD = 'Ban Giám đốc';
const HT = 'Phòng Hạ tầng kỹ thuật';
const AT = 'Phòng An toàn thông tin';
const UD = 'Phòng Phát triển ứng dụng';
const DL = 'Phòng Dữ liệu và Chuyển đổi số';

type Row = [fullName: string, title: string, unit: string, phone: string, email: string, roles: StaffRole[], skills: string[]];

const L: StaffRole[] = ['leader'];
const T: StaffRole[] = ['technician'];

// 6 leaders and 24 technicians; two different people are both called Nguyễn Văn Hùng.
const ROWS: Row[] = [
  ['Trần Quốc Bảo', 'Giám đốc', BGD, '0912345601', 'tqbao@binhson.gov.vn', L, []],
  ['Lê Thị Thu Hà', 'Phó Giám đốc', BGD, '0983456702', 'ltthha@binhson.gov.vn', L, ['applications']],
  ['Nguyễn Đức Mạnh', 'Phó Giám đốc', BGD, '0904567803', 'ndmanh@binhson.gov.vn', L, ['network']],
  ['Phạm Minh Tuấn', 'Trưởng phòng', HT, '0975678904', 'pmtuan@binhson.gov.vn', L, ['network', 'servers']],
  ['Đỗ Thị Lan Anh', 'Trưởng phòng', AT, '0366789005', 'dtlanh@binhson.gov.vn', L, ['security']],
  ['Vũ Hoàng Long', 'Trưởng phòng', UD, '0387890106', 'vhlong@binhson.gov.vn', L, ['applications']],
  ['Nguyễn Văn Hùng', 'Phó Trưởng phòng', HT, '0918901207', 'nvhung.ht@binhson.gov.vn', T, ['network', 'servers']],
  ['Nguyễn Văn Hùng', 'Chuyên viên', UD, '0909012308', 'nvhung.ud@binhson.gov.vn', T, ['applications']],
  ['Hoàng Thị Mai', 'Chuyên viên', AT, '0345123409', 'htmai@binhson.gov.vn', T, ['security']],
  ['Bùi Xuân Trường', 'Chuyên viên', HT, '0856234510', 'bxtruong@binhson.gov.vn', T, ['network']],
  ['Đặng Ngọc Ánh', 'Chuyên viên', DL, '0937345611', 'dnanh@binhson.gov.vn', T, ['servers', 'applications']],
  ['Ngô Quang Huy', 'Phó Trưởng phòng', AT, '0778456712', 'nqhuy@binhson.gov.vn', T, ['security', 'network']],
  ['Trịnh Văn Đông', 'Kỹ sư', HT, '0328567813', 'tvdong@binhson.gov.vn', T, ['servers']],
  ['Lý Thị Hồng Nhung', 'Chuyên viên', UD, '0394678914', 'lthnhung@binhson.gov.vn', T, ['applications']],
  ['Phan Thanh Sơn', 'Kỹ sư', AT, '0868789015', 'ptson@binhson.gov.vn', T, ['security', 'servers']],
  ['Nguyễn Thị Bích Ngọc', 'Chuyên viên', DL, '0946890116', 'ntbngoc@binhson.gov.vn', T, ['applications']],
  ['Trần Đình Khoa', 'Kỹ sư', HT, '0589901217', 'tdkhoa@binhson.gov.vn', T, ['network']],
  ['Lê Văn Thắng', 'Chuyên viên', AT, '0702012318', 'lvthang@binhson.gov.vn', T, ['security']],
  ['Võ Thị Kim Oanh', 'Chuyên viên', UD, '0965123419', 'vtkoanh@binhson.gov.vn', T, ['applications', 'servers']],
  ['Đinh Công Hậu', 'Kỹ sư', HT, '0833234520', 'dchau@binhson.gov.vn', T, ['servers', 'network']],
  ['Hà Minh Châu', 'Chuyên viên', DL, '0399345621', 'hmchau@binhson.gov.vn', T, ['servers']],
  ['Cao Thị Thanh Hương', 'Chuyên viên', AT, '0914456722', 'ctthuong@binhson.gov.vn', T, ['security', 'applications']],
  ['Dương Văn Phúc', 'Kỹ thuật viên', HT, '0372567823', 'dvphuc@binhson.gov.vn', T, ['network']],
  ['Nguyễn Hữu Thành', 'Kỹ sư', UD, '0988678924', 'nhthanh@binhson.gov.vn', T, ['applications']],
  ['Tạ Thu Trang', 'Chuyên viên', DL, '0856789025', 'tttrang@binhson.gov.vn', T, ['applications']],
  ['Mai Xuân Quang', 'Kỹ thuật viên', HT, '0923890126', 'mxquang@binhson.gov.vn', T, ['servers']],
  ['Lương Đức Anh', 'Kỹ sư', AT, '0794901227', 'ldanh@binhson.gov.vn', T, ['security', 'network']],
  ['Trần Thị Yến', 'Chuyên viên', UD, '0347012328', 'ttyen@binhson.gov.vn', T, ['applications']],
  ['Kiều Văn Tâm', 'Kỹ thuật viên', HT, '0825123429', 'kvtam@binhson.gov.vn', T, ['network', 'servers']],
  ['Phạm Thị Diệu Linh', 'Chuyên viên', DL, '0968234530', 'ptdlinh@binhson.gov.vn', T, ['servers']],
];

/** The demo's directory; every member also appears in tests/fixtures/sample-staff.csv. */
export const SAMPLE_STAFF: readonly StaffMember[] = ROWS.map(([fullName, title, unit, phone, email, roles, skills], i) => ({
  id: `sample-${String(i + 1).padStart(2, '0')}`,
  fullName,
  title,
  unit,
  phone,
  email,
  roles,
  skills,
  active: true,
  notes: '',
}));
