import { describe, expect, it } from 'vitest';
import { compareVietnameseNames, foldDiacritics, matchesSearch } from '../../../shared/staff/normalize';
import { SAMPLE_STAFF } from '../../../shared/staff/sample';

describe('foldDiacritics', () => {
  it('strips tones and vowel marks, đ becomes d', () => {
    expect(foldDiacritics('Nguyễn Văn A')).toBe('nguyen van a');
    expect(foldDiacritics('  ĐẶNG   Đức  ')).toBe('dang duc');
    expect(foldDiacritics('Phòng An toàn thông tin')).toBe('phong an toan thong tin');
  });

  it('folds decomposed (NFD) input the same as precomposed', () => {
    expect(foldDiacritics('Nguyễn'.normalize('NFD'))).toBe(foldDiacritics('Nguyễn'));
  });
});

describe('matchesSearch', () => {
  const hung = SAMPLE_STAFF.find((s) => s.unit === 'Phòng Hạ tầng kỹ thuật' && s.fullName === 'Nguyễn Văn Hùng')!;

  it('ignores diacritics and case', () => {
    expect(matchesSearch(hung, 'nguyen van hung')).toBe(true);
    expect(matchesSearch(hung, 'NGUYỄN VĂN HÙNG')).toBe(true);
    expect(matchesSearch(hung, 'hung ha tang')).toBe(true);
  });

  it('searches unit, title, phone (with or without grouping) and email', () => {
    expect(matchesSearch(hung, 'pho truong phong')).toBe(true);
    expect(matchesSearch(hung, '0918901')).toBe(true);
    expect(matchesSearch({ ...hung, phone: '0918 901 207' }, '0918901207')).toBe(true);
    expect(matchesSearch(hung, 'nvhung.ht@')).toBe(true);
  });

  it('needs every word to match, and an empty query matches everyone', () => {
    expect(matchesSearch(hung, 'hung ung dung')).toBe(false);
    expect(matchesSearch(hung, '   ')).toBe(true);
  });

  it('finds both people named Nguyễn Văn Hùng', () => {
    expect(SAMPLE_STAFF.filter((s) => matchesSearch(s, 'nguyen van hung'))).toHaveLength(2);
  });
});

describe('compareVietnameseNames', () => {
  it('sorts by given name, then family and middle names', () => {
    const names = ['Nguyễn Thị Bình', 'Trần Văn An', 'Lê Văn An', 'Đỗ Đức', 'Phạm Dũng', 'Vũ Ánh', 'Hà Anh'];
    expect([...names].sort(compareVietnameseNames)).toEqual(['Lê Văn An', 'Trần Văn An', 'Hà Anh', 'Vũ Ánh', 'Nguyễn Thị Bình', 'Phạm Dũng', 'Đỗ Đức']);
  });

  it('puts Đ after D, as the Vietnamese alphabet does', () => {
    expect(compareVietnameseNames('Trần Đạt', 'Trần Dũng')).toBeGreaterThan(0);
  });
});
