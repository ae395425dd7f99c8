import { describe, expect, it } from 'vitest';
import { DEFAULT_CONTACTS } from '../../shared/paperwork/contacts';
import { parseSettings } from '../../shared/settings/parse';
import { SETTINGS_SCHEMA_VERSION } from '../../shared/settings/schema';

/** A settings file as the previous version of the app wrote it. */
const schema1 = (document: Record<string, unknown>, contacts?: unknown[]) => ({
  schemaVersion: 1,
  document: { supervisingAgency: 'UBND TỈNH BÌNH SƠN', unitName: 'TRUNG TÂM CNTT', place: 'Bình Sơn', signerTitle: 'GIÁM ĐỐC', signerName: 'Trần Văn A', ...document },
  ...(contacts ? { contacts } : {}),
});
const OLD_DEFAULTS = [
  { name: 'Trung tâm Ứng cứu khẩn cấp không gian mạng Việt Nam (VNCERT/CC)', phone: '086.9100.317', email: 'ir@vncert.vn', note: 'Theo công văn năm 2024', toVerify: true },
  { name: 'Trung tâm Giám sát an toàn không gian mạng quốc gia (NCSC)', phone: '0389942878', email: 'ais@mic.gov.vn', note: 'Theo công văn năm 2024', toVerify: true },
];

describe('settings written by the previous version', () => {
  it('take the unit abbreviation from the number or the archive line, and leave the archive line to the app', () => {
    const settings = parseSettings(schema1({ number: '     /LT-TTCNTT', recipients: ['Như trên', 'Lãnh đạo đơn vị', 'Lưu: VT'] }));
    expect(SETTINGS_SCHEMA_VERSION).toBe(2);
    expect(settings.document).toMatchObject({ number: '', unitAbbreviation: 'TTCNTT', recipients: ['Như trên', 'Lãnh đạo đơn vị'] });
    expect(parseSettings(schema1({ number: '15', recipients: ['Ban Giám đốc', 'Lưu: VT, ATTT.'] })).document).toMatchObject({ number: '15', unitAbbreviation: 'ATTT', recipients: ['Ban Giám đốc'] });
  });

  it('replace the MIC-era default contacts nobody touched by the bodies in charge since 1 March 2025, and keep the unit’s own', () => {
    expect(parseSettings(schema1({ number: '', recipients: [] }, OLD_DEFAULTS)).contacts).toEqual(DEFAULT_CONTACTS);
    const confirmed = [{ ...OLD_DEFAULTS[0]!, toVerify: false }, OLD_DEFAULTS[1]!];
    expect(parseSettings(schema1({ number: '', recipients: [] }, confirmed)).contacts.map((c) => c.toVerify)).toEqual([false, true]);
    expect(DEFAULT_CONTACTS[0]!.name).toContain('Bộ Công an');
    expect(DEFAULT_CONTACTS.every((c) => c.toVerify)).toBe(true);
  });
});
