/**
 * Why a server (CalDAV or the unit's mail server) could not be reached or refused a request, said
 * inside the services' errors and the publish and delivery logs. The server's own words, when it
 * gave any, are a parameter: they are in its language, not ours.
 */
export const viNetwork = {
  'net.tls.selfSigned': 'TLS: chứng chỉ tự ký, không được tin cậy (hãy nhập chứng chỉ CA của đơn vị hoặc ghim dấu vân tay)',
  'net.tls.untrustedCa': 'TLS: chứng chỉ do một CA không được tin cậy cấp (hãy nhập chứng chỉ CA của đơn vị)',
  'net.tls.unverified': 'TLS: không xác minh được chứng chỉ của máy chủ (hãy nhập chứng chỉ CA của đơn vị)',
  'net.tls.expired': 'TLS: chứng chỉ của máy chủ đã hết hạn',
  'net.tls.notYetValid': 'TLS: chứng chỉ của máy chủ chưa đến ngày hiệu lực',
  'net.tls.wrongName': 'TLS: chứng chỉ không mang tên máy chủ này',
  'net.tls.pinMismatch': 'TLS: chứng chỉ của máy chủ không khớp dấu vân tay đã ghim',
  'net.refused': 'máy chủ từ chối kết nối (không chạy hoặc sai cổng)',
  'net.cut': 'kết nối bị ngắt giữa chừng',
  'net.noHost': 'không tìm thấy tên máy chủ',
  'net.dns': 'không phân giải được tên máy chủ',
  'net.connectTimeout': 'hết thời gian chờ kết nối',
  'net.hostUnreachable': 'không tới được máy chủ',
  'net.noRoute': 'không có đường mạng tới máy chủ',
  'net.slow': 'máy chủ không trả lời kịp',
  'net.other': 'lỗi mạng: {detail}',
  'net.redirectElsewhere': 'máy chủ chuyển hướng sang địa chỉ khác ({origin}); không gửi mật khẩu tới đó',
  'net.needsTls': 'địa chỉ không dùng https: mật khẩu chỉ được gửi qua kết nối mã hoá (trừ tới chính máy này)',
  'net.http': 'máy chủ trả lời {status}',
  'net.httpSaid': 'máy chủ trả lời {status} — {said}',
  'net.mailAnswer': 'máy chủ thư trả lời: {response}',
  'net.mailAuth': 'máy chủ thư từ chối tên đăng nhập hoặc mật khẩu',
  'net.mailTls': 'không thiết lập được kết nối mã hoá với máy chủ thư',
} as const;
