/**
 * A data file that could not be read at start-up: why, and what the app did about it (restored a
 * backup, started from defaults, left it in place). Said in the recovery banner and by the CLI.
 */
export const viStoreRecovery = {
  'store.reason.badJson': 'nội dung JSON bị hỏng ({mistake})',
  'store.reason.unreadable': 'không đọc được ({detail})',
  'store.reason.notReread': 'không đọc lại được nội dung',
  'store.reason.cannotRead': 'Không đọc được tệp {path}: {why}',
  'store.error.unreadable': '{file}: {reason}. Tệp được giữ nguyên; hãy cấp lại quyền đọc cho thư mục dữ liệu.',
  'store.outcome.kept': 'Tệp được giữ nguyên, không bị thay bằng giá trị mặc định; hãy cấp lại quyền đọc và ghi cho thư mục dữ liệu rồi mở lại.',
  'store.outcome.restored': 'Đã khôi phục từ bản sao lưu lúc {time}.',
  'store.outcome.noBackup': 'Không có bản sao lưu hợp lệ; tệp hỏng được giữ lại để khôi phục thủ công.',
  'store.outcome.noted': '{outcome} {note}',
  'store.outcome.settings': 'Không có bản sao lưu hợp lệ; dùng cài đặt mặc định. Hãy nhập lại thông tin đơn vị.',
  'store.outcome.staff': 'Không có bản sao lưu hợp lệ; danh bạ trống. Tệp cũ được giữ lại để khôi phục.',
  'store.outcome.staffColumns': 'Cách ghép cột đã nhớ được bỏ; lần nhập tới sẽ hỏi lại.',
  'store.outcome.mail': 'Đã xoá cài đặt thư; hãy nhập lại máy chủ SMTP.',
  'store.outcome.caldav': 'Đã xoá cài đặt CalDAV; hãy nhập lại máy chủ lịch.',
  'store.outcome.caldavJournal': 'Đã tạo lại nhật ký xuất bản CalDAV; lần xuất bản sau đối chiếu lại với máy chủ.',
  'store.outcome.feedSettings': 'Đã xoá cài đặt nguồn lịch; hãy chọn lại thư mục và địa chỉ.',
  'store.outcome.feedAddresses': 'Đã tạo lại danh sách địa chỉ nguồn lịch: lần ghi sau mỗi người có địa chỉ mới và phải đăng ký lại.',
  'store.outcome.reminderLog': 'Không có bản sao lưu hợp lệ của nhật ký nhắc nhở.',
  'store.note.reminderLog': 'Mọi nhắc nhở đến hạn trước {time} mà nhật ký không ghi được coi là đã gửi và sẽ không gửi lại.',
} as const;
