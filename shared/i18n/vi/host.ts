/** Files handed to the user, and what browser mode cannot do that the desktop app does. */
export const viHost = {
  'files.saved': 'Đã lưu {path}',
  'files.savedMany': 'Đã lưu {count} tệp vào {folder}',
  'files.downloaded': 'Đã tải xuống {name} (thư mục Tải xuống của trình duyệt).',
  'host.browser.reminders':
    'Chế độ trình duyệt: nhắc nhở chạy trong cửa sổ dòng lệnh "npm start" — hãy giữ cửa sổ đó mở. Không có biểu tượng ở khay hệ thống và không tự chạy khi bật máy (chỉ ứng dụng máy tính có).',
  'host.browser.notifications.default': 'Để nhắc nhở hiện thành thông báo trên màn hình, trình duyệt cần cho phép trang này.',
  'host.browser.notifications.allow': 'Cho phép thông báo',
  'host.browser.notifications.denied':
    'Trình duyệt đang chặn thông báo của trang này: nhắc nhở sẽ không hiện trên màn hình (thư điện tử vẫn được gửi). Hãy cho phép trong cài đặt trang của trình duyệt.',
  'host.browser.notifications.granted': 'Thông báo trên màn hình: đã cho phép. Giữ một thẻ Lịch Trực mở để thấy nhắc nhở.',
  'host.secrets.os-encryption': 'Mật khẩu được mã hoá bằng kho khoá của hệ điều hành.',
  'host.secrets.keyring': 'Mật khẩu được lưu trong kho khoá (keyring) của hệ điều hành.',
  'host.secrets.memory': 'Máy này không có kho khoá của hệ điều hành: mật khẩu chỉ được giữ trong bộ nhớ tới khi Lịch Trực dừng, không bao giờ ghi ra tệp, và sẽ được hỏi lại sau khi khởi động lại.',
} as const;
