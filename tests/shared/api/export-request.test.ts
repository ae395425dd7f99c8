import { describe, expect, it } from 'vitest';
import { ExportRequest } from '../../../shared/api/exports';
import { EXPORT_FORMAT_NAMES, EXPORT_FORMATS } from '../../../shared/export/formats';

const valid = (input: unknown) => ExportRequest.safeParse(input).success;

describe('the export request follows the formats table', () => {
  it.each(EXPORT_FORMAT_NAMES)('%s takes a person exactly when the table says it can be made for one', (format) => {
    expect(valid({ format, planId: 'p' })).toBe(true);
    expect(valid({ format, planId: 'p', staffId: 's1' })).toBe(EXPORT_FORMATS[format].perPerson);
  });

  it.each(EXPORT_FORMAT_NAMES)('%s takes an orientation exactly when it has pages', (format) => {
    expect(valid({ format, planId: 'p', orientation: 'landscape' })).toBe(EXPORT_FORMATS[format].orientation);
  });

  it('fills the orientation of a printed format, and refuses an unknown format', () => {
    expect(ExportRequest.parse({ format: 'pdf', planId: 'p' })).toEqual({ format: 'pdf', planId: 'p', orientation: 'portrait' });
    expect(valid({ format: 'odt', planId: 'p' })).toBe(false);
  });

  it("takes no path: where the file goes is the host's", () => {
    expect(valid({ format: 'pdf', planId: 'p', path: '/home/user/.bashrc' })).toBe(false);
  });
});
