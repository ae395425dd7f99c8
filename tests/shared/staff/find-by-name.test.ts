import { describe, expect, it } from 'vitest';
import { findByName } from '../../../shared/staff/find-by-name';
import { matchesNamePrefix } from '../../../shared/staff/normalize';
import { shortName } from '../../../shared/staff/short-name';

const people = [
  { id: 'a', name: 'Nguyễn Văn An' },
  { id: 'b', name: 'Trần Thị Lan' },
  { id: 'c', name: 'Lê Văn Ân' },
  { id: 'd', name: 'Đặng Quốc Dũng' },
];

describe('names typed or pasted into a seat', () => {
  it('shortens a name to the given name and the family initial', () => {
    expect(shortName('Nguyễn Văn An')).toBe('An N.');
    expect(shortName('  Đặng   Quốc Dũng ')).toBe('Dũng Đ.');
    expect(shortName('Hùng')).toBe('Hùng');
  });

  it('matches typed words against the starts of the name words, diacritics ignored', () => {
    expect(matchesNamePrefix('Nguyễn Văn An', 'an')).toBe(true);
    expect(matchesNamePrefix('Trần Thị Lan', 'an')).toBe(false);
    expect(matchesNamePrefix('Nguyễn Văn An', 'an ng')).toBe(true);
    expect(matchesNamePrefix('Đặng Quốc Dũng', 'dung d')).toBe(true);
    expect(matchesNamePrefix('Đặng Quốc Dũng', '')).toBe(true);
  });

  it('finds the one person a name means, exact marks first, and refuses to guess between two', () => {
    expect(findByName(people, 'Lê Văn Ân')?.id).toBe('c');
    expect(findByName(people, ' nguyen  van an ')?.id).toBe('a');
    expect(findByName(people, 'Dũng')?.id).toBe('d');
    // "an" starts both An and Ân once the marks are gone: nobody is chosen.
    expect(findByName(people, 'an')).toBeUndefined();
    expect(findByName(people, 'Phạm Hùng')).toBeUndefined();
    expect(findByName(people, '')).toBeUndefined();
  });
});
