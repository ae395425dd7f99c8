import { describe, expect, it } from 'vitest';
import { FIRST_LUNAR_YEAR, LUNAR_YEARS } from '../../../shared/calendar/lunar-table';
import { LAST_LUNAR_YEAR } from '../../../scripts/gen-lunar-table';
import { packedLunarYears } from '../../../scripts/lunar-astronomy';

describe('the shipped lunar table', () => {
  it('equals a fresh computation from astronomy-engine for every lunar year 1899–2101', () => {
    const fresh = packedLunarYears(FIRST_LUNAR_YEAR, LAST_LUNAR_YEAR);
    expect(fresh).toHaveLength(203);
    expect(LUNAR_YEARS).toEqual(fresh);
  });
});
