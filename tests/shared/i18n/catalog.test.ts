import { describe, expect, it } from 'vitest';
import { AREA_FILES, dictionaries, MESSAGE_KEYS } from '../../../shared/i18n/catalog';
import { msg, say, translate } from '../../../shared/i18n';
import { day, MessageSchema, moment } from '../../../shared/i18n/message';

const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the message catalogue', () => {
  it('has an English text for every Vietnamese key, and no other', () => {
    expect(Object.keys(dictionaries.en).sort()).toEqual([...MESSAGE_KEYS].sort());
  });

  it('gives each key the same placeholders in English as in Vietnamese', () => {
    const different = MESSAGE_KEYS.filter((key) => placeholders(dictionaries.en[key]).join() !== placeholders(dictionaries.vi[key]).join());
    expect(different.map((key) => `${key}: vi ${placeholders(dictionaries.vi[key])} / en ${placeholders(dictionaries.en[key])}`)).toEqual([]);
  });

  it('declares each key in one area file only (a second one would silently win)', () => {
    const seen = new Map<string, number>();
    for (const area of AREA_FILES) for (const key of Object.keys(area)) seen.set(key, (seen.get(key) ?? 0) + 1);
    expect([...seen].filter(([, n]) => n > 1).map(([key]) => key)).toEqual([]);
  });

  it('has no empty text', () => {
    expect(MESSAGE_KEYS.filter((key) => !dictionaries.vi[key].trim() || !dictionaries.en[key].trim())).toEqual([]);
  });
});

describe('messages', () => {
  it('are words only where shown, in either language, nested messages and lists included', () => {
    const message = msg('store.recovered.item', { file: 'staff.json', reason: msg('common.error'), outcome: [msg('common.saved'), 'ok'], movedTo: 'corrupt/' });
    expect(say('vi', message)).toBe('staff.json: Lỗi. Đã lưu, ok Tệp hỏng đã được chuyển tới corrupt/.');
    expect(say('en', message)).toBe('staff.json: Error. Saved, ok The damaged file was moved to corrupt/.');
  });

  it('write decimals as each language does', () => {
    expect(translate('vi', 'roster.reason.REST_TOO_SHORT', { hours: 7.5 })).toBe('nghỉ giữa ca < 7,5 giờ');
    expect(translate('en', 'roster.reason.REST_TOO_SHORT', { hours: 7.5 })).toMatch(/7\.5/);
  });

  it('cross the boundary as data: the schema keeps a real one and refuses an unknown code', () => {
    const message = msg('roster.generated', { filled: 3, total: 4, score: 90 });
    expect(MessageSchema.parse(JSON.parse(JSON.stringify(message)))).toEqual(message);
    expect(MessageSchema.safeParse({ code: 'no.such.key', params: {} }).success).toBe(false);
  });

  it('carry a moment as its LocalDateTime, written dd/MM(/yyyy) HH:mm where read, and refuse one that is not a moment', () => {
    const message = msg('setup.problem.leave', { start: moment('2026-02-16T22:00'), end: moment('2027-02-17T06:00', { year: true }) });
    expect(MessageSchema.parse(JSON.parse(JSON.stringify(message)))).toEqual(message);
    expect(say('vi', message)).toBe('16/02 22:00 – 17/02/2027 06:00');
    expect(say('en', message)).toBe('16/02 22:00 – 17/02/2027 06:00');
    expect(MessageSchema.safeParse({ code: 'setup.problem.leave', params: { start: { moment: '16/02 22:00', year: false }, end: '06:00' } }).success).toBe(false);
  });

  it('carry a day as its LocalDate, its weekday written in the language of whoever reads it', () => {
    const message = msg('plans.doubleBooking.shift', { shift: 'Ca đêm 22:00–06:00', day: day('2026-02-16') });
    expect(MessageSchema.parse(JSON.parse(JSON.stringify(message)))).toEqual(message);
    expect(say('vi', message)).toBe('Ca đêm 22:00–06:00, Thứ Hai, 16/02/2026');
    expect(say('en', message)).toBe('Ca đêm 22:00–06:00, Monday, 16/02/2026');
  });
});
