import { describe, expect, it } from 'vitest';
import { numberLine, placeAndDate, recipientLines } from '../../../shared/export/roster-document';

describe('the parts of the notice Decree 30/2020/NĐ-CP fixes', () => {
  it('writes the date with a leading zero only for days below 10 and months 1 and 2', () => {
    expect(placeAndDate('Hà Nội', '2026-04-05')).toBe('Hà Nội, ngày 05 tháng 4 năm 2026');
    expect(placeAndDate('Hà Nội', '2026-04-15')).toBe('Hà Nội, ngày 15 tháng 4 năm 2026');
    expect(placeAndDate('Bình Sơn', '2026-02-05')).toBe('Bình Sơn, ngày 05 tháng 02 năm 2026');
    expect(placeAndDate('Huế', '2027-01-31')).toBe('Huế, ngày 31 tháng 01 năm 2027');
    expect(placeAndDate('Huế', '2026-12-09')).toBe('Huế, ngày 09 tháng 12 năm 2026');
    expect(placeAndDate('Huế', '2026-10-20')).toBe('Huế, ngày 20 tháng 10 năm 2026');
  });

  it('numbers a THÔNG BÁO "Số: …/TB-<unit>", leaving room for the clerk, and keeps a number written in full', () => {
    expect(numberLine({ number: '15', unitAbbreviation: 'TTCNTT' })).toBe('Số: 15/TB-TTCNTT');
    expect(numberLine({ number: '', unitAbbreviation: 'TTCNTT' })).toMatch(/^Số: \s{3,}\/TB-TTCNTT$/u);
    expect(numberLine({ number: '07/TB-STTTT', unitAbbreviation: 'TTCNTT' })).toBe('Số: 07/TB-STTTT');
  });

  it('ends each recipient with ";" and closes with "- Lưu: VT, <unit>." once, whatever the list held', () => {
    expect(recipientLines({ recipients: ['Như trên', '- Ban Giám đốc;', 'Lưu: VT', ''], unitAbbreviation: 'ATTT' })).toEqual(['- Như trên;', '- Ban Giám đốc;', '- Lưu: VT, ATTT.']);
    expect(recipientLines({ recipients: [], unitAbbreviation: '' })).toEqual(['- Lưu: VT.']);
  });
});
