import { describe, expect, it } from 'vitest';
import { say } from '../../../shared/i18n';
import { StaffDraft, validateStaffDraft } from '../../../shared/staff/draft';
import { DEFAULT_SKILLS } from '../../../shared/staff/schema';
import { VIETNAMESE_LETTER } from '../../helpers/said';

const typed = StaffDraft.parse({ fullName: '  ', phone: '0912 34', email: 'a@@b', roles: [], skills: ['cooking'] });

describe('a person typed into the staff form', () => {
  const checked = validateStaffDraft(typed, DEFAULT_SKILLS);
  const errors = checked.ok ? {} : checked.errors;

  it('is refused field by field with messages, not Vietnamese sentences', () => {
    expect(errors).toEqual({
      fullName: { code: 'staff.draft.fullName', params: {} },
      phone: { code: 'staff.draft.phone', params: { problem: { code: 'staffImport.phone.invalid', params: { phone: '0912 34' } } } },
      email: { code: 'staff.draft.email', params: { problem: { code: 'staffImport.email.invalid', params: { email: 'a@@b' } } } },
      roles: { code: 'staff.draft.roles', params: {} },
      skills: { code: 'staff.draft.skills', params: { skills: ['cooking'] } },
    });
  });

  it('reads each problem in Vietnamese as before, and in English with no Vietnamese letter', () => {
    expect(say('vi', errors.phone!)).toMatch(/^Điện thoại: Số điện thoại "0912 34" không hợp lệ/);
    expect(say('vi', errors.skills!)).toBe('Kỹ năng: không có trong danh sách của Cài đặt: cooking');
    expect(say('en', errors.phone!)).toMatch(/^Phone: Phone number "0912 34" is not valid/);
    expect(say('en', errors.skills!)).toBe('Skills: not in the list in Settings: cooking');
    for (const message of Object.values(errors)) expect(say('en', message)).not.toMatch(VIETNAMESE_LETTER);
  });
});
