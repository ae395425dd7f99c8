import { describe, expect, it } from 'vitest';
import { say } from '../../../shared/i18n';
import { formatPhone, normalizePhone } from '../../../shared/staff/phone';
import { normalizeEmail } from '../../../shared/staff/email';

const ok = (value: string) => ({ ok: true, value });

describe('normalizePhone', () => {
  it.each([
    ['0912345678', '0912345678'],
    ['0912 345 678', '0912345678'],
    ['086.9100.317', '0869100317'],
    ['+84 912 345 678', '0912345678'],
    ['+84912345678', '0912345678'],
    ['84912345678', '0912345678'],
    ['0084 912 345 678', '0912345678'],
    ['912345678', '0912345678'], // Excel dropped the 0
    ['389942878', '0389942878'],
    ['(024) 3825 1234', '02438251234'],
    ['2438251234', '02438251234'], // landline whose 0 Excel dropped
    ['+84 236 3822 123', '02363822123'],
    ["'0912345678", '0912345678'],
    ['', ''],
    ['   ', ''],
  ])('%s → %s', (raw, expected) => {
    expect(normalizePhone(raw)).toEqual(ok(expected));
  });

  it.each(['0912 34', '09123456789', '0112345678', '12345', '+1 202 555 0100', '0912-abc-678', '=1+1'])('refuses %s', (raw) => {
    const result = normalizePhone(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(say('vi', result.text)).toContain(raw.trim());
  });
});

describe('formatPhone', () => {
  it('groups mobiles 4-3-3 and landlines after the area code', () => {
    expect(formatPhone('0912345678')).toBe('0912 345 678');
    expect(formatPhone('02438251234')).toBe('024 3825 1234');
    expect(formatPhone('02363822123')).toBe('0236 382 2123');
  });

  it('leaves anything else alone', () => {
    expect(formatPhone('12345')).toBe('12345');
  });

  it('reads back as the same number', () => {
    for (const phone of ['0912345678', '02438251234', '02363822123']) expect(normalizePhone(formatPhone(phone))).toEqual(ok(phone));
  });
});

describe('normalizeEmail', () => {
  it('accepts plain addresses, lower-cased, and a mailto: link', () => {
    expect(normalizeEmail(' NVHung@BinhSon.gov.vn ')).toEqual(ok('nvhung@binhson.gov.vn'));
    expect(normalizeEmail('mailto:ir@vncert.vn')).toEqual(ok('ir@vncert.vn'));
    expect(normalizeEmail('')).toEqual(ok(''));
  });

  it.each(['nguyen@@binhson', 'nguyen van a@x.vn', 'khong-co-a-cong', 'a@b'])('refuses %s', (raw) => {
    expect(normalizeEmail(raw).ok).toBe(false);
  });
});
