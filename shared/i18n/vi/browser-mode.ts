/**
 * What `npm start` prints in the terminal when the app runs in the browser. The terminal is used
 * before anyone has chosen a language, so each line is printed in Vietnamese, then in English.
 */
export const viBrowserMode = {
  'browser.howTo': 'mở trong trình duyệt, Ctrl+C để dừng',
  'browser.alreadyRunning': 'Lịch Trực đã chạy trên thư mục dữ liệu này.',
  'browser.portInUse': 'Cổng {port} đang được dùng; hãy chọn cổng khác (--port N).',
  'browser.cannotStart': 'Không mở được máy chủ: {detail}',
  'browser.cannotClaim': 'Không ghi được {path}.',
  'browser.remindersNotStarted': 'Nhắc nhở chưa chạy: {detail}',
  'browser.dataFolder': 'Thư mục dữ liệu: {path}',
  'browser.stopping': 'Đang dừng…',
  'browser.stopped': 'Đã dừng.',
  'launch.inBrowser': 'Chạy Lịch Trực trong trình duyệt ({why}).',
  'launch.why.asked': 'đã chọn --browser',
  'launch.why.noDisplay': 'không có màn hình',
  'launch.why.noElectron': 'không tải được Electron: {detail}',
  'launch.download.progress': 'Đang tải Electron lần đầu',
  'launch.download.noModule': 'thiếu node_modules/electron, hãy chạy npm install',
  'launch.download.stalled': '{seconds} giây không tải thêm được gì',
  'launch.download.failed': 'lỗi {cause}',
  'launch.download.exited': 'install.js dừng với mã {code}',
  'launch.badPort': '--port phải là số cổng từ 0 đến 65535, không phải "{value}".',
  'launch.usage': 'Cách dùng: {usage}',
} as const;
