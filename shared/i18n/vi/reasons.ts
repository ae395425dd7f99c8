/**
 * Why a step recorded in a status or a log went as it did — an event not published, a reminder not
 * sent — kept as messages in those documents and said when they are shown.
 */
export const viReasons = {
  'caldav.reason.editedNotDeleted': 'Sự kiện đã bị sửa trên máy chủ sau lần xuất bản trước (412); không xoá.',
  'caldav.reason.deletedNotRemade': 'Sự kiện đã bị xoá trên máy chủ sau lần xuất bản trước (412); không tạo lại.',
  'caldav.reason.editedKept': 'Sự kiện đã bị sửa trên máy chủ sau lần xuất bản trước (412); bản trên máy chủ được giữ nguyên.',
  'caldav.reason.notSent': 'Chưa gửi: {reason}',
  'reminders.reason.interrupted': 'Ứng dụng dừng đột ngột trong lúc gửi; không rõ đã tới người nhận chưa nên không gửi lại.',
  'reminders.reason.lostLog': 'Nhật ký nhắc nhở bị hỏng và không khôi phục được; nhắc nhở đến hạn trước đó được coi là đã gửi nên không gửi lại.',
  'reminders.reason.missed': 'Đến giờ nhắc khi máy tắt, ngủ hoặc ứng dụng không chạy; ca đã bắt đầu nên không nhắc muộn.',
  'reminders.reason.notShown': 'Không hiện được thông báo: {detail}',
  'reminders.reason.noBrowserTab': 'không có thẻ trình duyệt nào đang mở Lịch Trực',
  'caldav.reason.other': 'lỗi khi gửi: {detail}',
} as const;
