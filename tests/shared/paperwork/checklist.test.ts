import { describe, expect, it } from 'vitest';
import { mayGoOut, outgoingChecklist, outgoingKindOf } from '../../../shared/paperwork/checklist';
import { checkFieldLabel, checkItemText } from '../../../shared/paperwork/checklist-text';
import { defaultSettings } from '../../../shared/settings/schema';
import { testSettings } from '../export/helpers';

const plan = { document: {}, contacts: null };
const confirmed = () => ({ ...testSettings(), contacts: testSettings().contacts.map((c) => ({ ...c, phone: c.phone || '0900 000 000', toVerify: false })) });

describe('nothing goes out unfinished', () => {
  it('finds every placeholder of a fresh install before a document goes out, each with where to fix it', () => {
    const items = outgoingChecklist({ core: plan, settings: defaultSettings(), kind: 'document' });
    expect(items.map((i) => [i.code, i.field])).toEqual([
      ['UNIT_NAME_MISSING', 'document.unitName'],
      ['SUPERIOR_MISSING', 'document.supervisingAgency'],
      ['UNIT_ABBREVIATION_MISSING', 'document.unitAbbreviation'],
      ['SIGNER_MISSING', 'document.signerName'],
      ['CONTACTS_UNCONFIRMED', 'contacts'],
      ['CONTACTS_UNREACHABLE', 'contacts'],
    ]);
    expect(items.every((i) => i.canOverride)).toBe(true);
    expect(checkItemText(items[1]!, 'vi')).toBe('Cơ quan chủ quản chưa điền ("UBND TỈNH …").');
    expect(checkFieldLabel(items[1]!, 'vi')).toBe('Cơ quan chủ quản');
    expect(checkItemText(items[4]!, 'en')).toMatch(/^4 emergency contacts are not confirmed/);
  });

  it('needs the unit email for a calendar file (no export anyway), and only warns for mail', () => {
    const settings = { ...confirmed(), organisation: { unitEmail: '' } };
    const calendar = outgoingChecklist({ core: plan, settings, kind: 'calendar' });
    expect(calendar).toEqual([{ code: 'UNIT_EMAIL_MISSING', params: {}, field: 'organisation.unitEmail', canOverride: false }]);
    expect(mayGoOut(calendar, true)).toBe(false);
    expect(outgoingChecklist({ core: plan, settings, kind: 'calendar', organizerEmail: 'it@donvi.gov.vn' })).toEqual([]);
    const mail = outgoingChecklist({ core: plan, settings, kind: 'mail' });
    expect(mail.map((i) => i.canOverride)).toEqual([true]);
    expect(mayGoOut(mail, false)).toBe(false);
    expect(mayGoOut(mail, true)).toBe(true);
  });

  it('is empty for a finished unit, and reads the plan’s own details and contacts over the unit’s', () => {
    expect(outgoingChecklist({ core: plan, settings: confirmed(), kind: 'document' })).toEqual([]);
    const own = { document: { signerName: '' }, contacts: [{ name: 'Đội ứng cứu', phone: '', email: '', note: '', toVerify: false }] };
    expect(outgoingChecklist({ core: own, settings: confirmed(), kind: 'document' }).map((i) => i.code)).toEqual(['SIGNER_MISSING', 'CONTACTS_UNREACHABLE']);
    expect(outgoingChecklist({ core: { document: {}, contacts: [] }, settings: confirmed(), kind: 'calendar' }).map((i) => i.code)).toEqual(['NO_CONTACTS']);
  });

  it('checks the documents and the calendars, not the spreadsheets', () => {
    expect(['pdf', 'html', 'docx', 'ics', 'ics-per-person', 'xlsx', 'csv'].map(outgoingKindOf)).toEqual(['document', 'document', 'document', 'calendar', 'calendar', null, null]);
  });
});
