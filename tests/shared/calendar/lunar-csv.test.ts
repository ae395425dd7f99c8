import { describe, expect, it } from 'vitest';
import { lunarJson, lunarRangeCsv } from '../../../shared/calendar/lunar-csv';

describe('CLI output shapes', () => {
  it('prints one lunar date as JSON', () => {
    expect(lunarJson('2026-02-17')).toBe('{"day":1,"month":1,"year":2026,"leap":false,"yearName":"Bính Ngọ"}');
    expect(lunarJson('2025-07-25')).toBe('{"day":1,"month":6,"year":2025,"leap":true,"yearName":"Ất Tỵ"}');
  });

  it('prints a range as CSV', () => {
    expect(lunarRangeCsv('2026-02-16', '2026-02-17')).toBe('gregorian,lunar_day,lunar_month,lunar_year,is_leap_month\n2026-02-16,29,12,2025,0\n2026-02-17,1,1,2026,0\n');
    expect(lunarRangeCsv('2025-07-25', '2025-07-25')).toContain('\n2025-07-25,1,6,2025,1\n');
    const year2000 = lunarRangeCsv('2000-01-01', '2000-12-31').trimEnd().split('\n');
    expect(year2000).toHaveLength(367);
    expect(year2000).toContain('2000-02-05,1,1,2000,0');
  });

  it('rejects bad ranges', () => {
    expect(() => lunarRangeCsv('2026-02-30', '2026-03-01')).toThrow(/không hợp lệ/);
    expect(() => lunarRangeCsv('2026-03-01', '2026-02-01')).toThrow(/sau ngày kết thúc/);
    expect(() => lunarRangeCsv('2100-12-01', '2101-01-01')).toThrow(/1900–2100/);
  });
});
