import { posix, win32 } from 'node:path';
import { describe, expect, it } from 'vitest';
import { externalUrl, isAppUrl, permissionAllowed, resolveAppPath } from '../../electron/security';

describe('externalUrl', () => {
  it.each([
    'mailto:an@example.vn?subject=L%E1%BB%8Bch%20tr%E1%BB%B1c',
    'mailto:an@example.vn?subject=x&body=y&cc=binh@example.vn',
    'tel:+84912000000',
    'https://vncert.vn/',
    'https://thuvienphapluat.vn/van-ban/abc',
  ])('opens %s in the user’s programs', (url) => expect(externalUrl(url)).toBe(new URL(url).href));

  it('hands over the URL as parsed and written out again, not the raw string', () => {
    expect(externalUrl('HTTPS://VNCERT.VN/a/../b c')).toBe('https://vncert.vn/b%20c');
    // A backslash is a slash to the URL parser: the host really is vncert.vn, and that is what is opened.
    expect(externalUrl('https://vncert.vn\\@evil.example/')).toBe('https://vncert.vn/@evil.example/');
    expect(externalUrl(' https://vncert.vn/\n')).toBe('https://vncert.vn/');
  });

  it.each([
    ['plain http', 'http://vncert.vn/'],
    ['a local file', 'file:///etc/passwd'],
    ['script', 'javascript:alert(1)'],
    ['another host', 'https://example.com/'],
    ['a look-alike host', 'https://vncert.vn.evil.example/'],
    ['credentials before the host', 'https://vncert.vn@evil.example/'],
    ['a user name on an allowed host', 'https://user:pass@vncert.vn/'],
    ['the app itself', 'app://lich-truc/index.html'],
    ['a relative path', '/index.html'],
    ['nothing', ''],
    ['a malformed URL', 'https://[vncert.vn/'],
    ['a mail with a file attached', 'mailto:an@example.vn?subject=x&attach=/home/an/.ssh/id_rsa'],
    ['a mail with an attachment, spelled otherwise', 'mailto:an@example.vn?ATTACHMENT=C:%5CUsers%5Can%5Ckey.pem'],
    ['a mail with a hidden copy', 'mailto:an@example.vn?bcc=evil@example.com'],
    ['a hidden copy spelled in capitals', 'mailto:an@example.vn?subject=x&BCC=evil@example.com'],
  ])('refuses %s', (_label, url) => expect(externalUrl(url)).toBeNull());
});

describe('permissionAllowed (the permission request and check handlers)', () => {
  it("lets the app's own page show notifications", () => {
    expect(permissionAllowed('notifications', 'app://lich-truc')).toBe(true);
    expect(permissionAllowed('notifications', 'app://lich-truc/index.html#/reminders')).toBe(true);
  });
  it.each([
    ['the camera and microphone', 'media', 'app://lich-truc'],
    ['the location', 'geolocation', 'app://lich-truc/'],
    ['reading the clipboard', 'clipboard-read', 'app://lich-truc/'],
    ['HID devices', 'hid', 'app://lich-truc'],
    ['serial ports', 'serial', 'app://lich-truc'],
    ['USB devices', 'usb', 'app://lich-truc'],
    ['notifications for another origin', 'notifications', 'https://evil.example'],
    ['notifications for an unknown origin', 'notifications', ''],
  ])('denies %s', (_label, permission, origin) => expect(permissionAllowed(permission, origin)).toBe(false));
});

describe('isAppUrl', () => {
  it.each(['app://lich-truc/index.html', 'app://lich-truc/'])('accepts %s', (url) => expect(isAppUrl(url)).toBe(true));
  it.each(['app://other/index.html', 'https://lich-truc/', 'file:///index.html', 'http://localhost:5173/', 'not a url'])('refuses %s', (url) => expect(isAppUrl(url)).toBe(false));
});

describe('resolveAppPath', () => {
  const root = '/opt/lich-truc/renderer';

  it('maps the app root to index.html and other paths to files inside the renderer', () => {
    expect(resolveAppPath('app://lich-truc/', root, posix)).toBe('/opt/lich-truc/renderer/index.html');
    expect(resolveAppPath('app://lich-truc/assets/index-abc.js?v=1#x', root, posix)).toBe('/opt/lich-truc/renderer/assets/index-abc.js');
    expect(resolveAppPath('app://lich-truc/fonts/Be%20Vietnam.woff2', root, posix)).toBe('/opt/lich-truc/renderer/fonts/Be Vietnam.woff2');
  });

  it.each(['app://lich-truc/../../etc/passwd', 'app://lich-truc/%2e%2e/%2e%2e/etc/passwd', 'app://lich-truc/..%2f..%2fetc%2fpasswd', 'app://lich-truc/%2e%2e%2f%2e%2e%2fetc%2fpasswd'])(
    'never serves a file outside the renderer: %s',
    (url) => {
      const file = resolveAppPath(url, root, posix);
      expect(file === null || file.startsWith(`${root}/`)).toBe(true);
    },
  );

  // A bare prefix test would take `renderer-private` for a folder inside `renderer`.
  it('refuses a sibling folder sharing the renderer folder’s name as a prefix', () => {
    expect(resolveAppPath('app://lich-truc/..%2frenderer-private%2fkey.pem', root, posix)).toBeNull();
  });

  it('refuses backslash traversal on Windows', () => {
    const winRoot = 'C:\\Program Files\\Lich Truc\\resources\\renderer';
    expect(resolveAppPath('app://lich-truc/..%5c..%5c..%5cWindows%5cwin.ini', winRoot, win32)).toBeNull();
    expect(resolveAppPath('app://lich-truc/assets/a.js', winRoot, win32)).toBe(`${winRoot}\\assets\\a.js`);
  });

  it('refuses other origins and malformed escapes instead of throwing', () => {
    expect(resolveAppPath('app://other/index.html', root, posix)).toBeNull();
    expect(resolveAppPath('app://lich-truc/%E0%A4%A', root, posix)).toBeNull();
  });
});
