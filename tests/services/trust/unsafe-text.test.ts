import { describe, expect, it } from 'vitest';
import { say } from '../../../shared/i18n';
import type { Services } from '../../../electron/services/app';
import { previewStaffImport } from '../../../shared/staff/import-rows';
import { planInput } from '../../helpers/tet-plan';
import { tempServices } from '../../helpers/services';
import { rosteredTetPlan } from '../../shared/export/helpers';
import { context } from '../../shared/staff/helpers';
import { inVietnamese } from '../../helpers/said';

/** As the renderer calls it: through the handler table. */
const call = (services: Services, channel: string, input: unknown) => services.registry.dispatch(channel, input);
const refused = (where: string, char: string) => ({ ok: false, error: { code: 'INVALID_INPUT', where, message: expect.stringContaining(`chứa ký tự điều khiển ${char}`) } });

const PERSON = { fullName: 'Trần Quốc Bảo', phone: '0912345601', email: 'tqbao@binhson.gov.vn', roles: ['leader'] };

describe('control characters in what is typed (#12 item 9)', () => {
  it.each([
    ['a line break in a name', 'staff:save', { ...PERSON, fullName: 'Evil\r\nATTENDEE:mailto:evil@x' }, 'fullName', 'U+000D'],
    ['NUL in a title', 'staff:save', { ...PERSON, title: 'Giám đốc\u0000' }, 'title', 'U+0000'],
    ['ESC in a unit', 'staff:save', { ...PERSON, unit: 'Phòng \u001b[31mATTT' }, 'unit', 'U+001B'],
    ['a bidi override in a plan name', 'plans:create', { ...planInput(), name: 'Trực Tết \u202Efdp.exe' }, 'name', 'U+202E'],
    ["a line break in the unit's name", 'settings:update', { document: { unitName: 'TRUNG TÂM\nX-EVIL:1' } }, 'document.unitName', 'U+000A'],
    ["a line break in the mail sender's name", 'mail:settings:update', { senderName: 'Lịch Trực\r\nBcc: evil@x' }, 'senderName', 'U+000D'],
  ])('refuses %s, naming the field and the character, and stores nothing', async (_what, channel, input, where, char) => {
    const { services } = tempServices();
    const before = { staff: services.staff.list(), plans: services.plans.list(), settings: services.settings.get() };
    expect(inVietnamese(await call(services, channel, input))).toEqual(refused(where, char));
    expect({ staff: services.staff.list(), plans: services.plans.list(), settings: services.settings.get() }).toEqual(before);
  });

  it("keeps line breaks where text has lines: a person's notes, the signer's title", async () => {
    const { services } = tempServices();
    expect(await call(services, 'staff:save', { ...PERSON, notes: 'Dòng 1\nDòng 2' })).toMatchObject({ ok: true });
    expect(await call(services, 'settings:update', { document: { signerTitle: 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC' } })).toMatchObject({ ok: true });
  });

  it('refuses a plan file whose names hold one, and stores nothing', async () => {
    const { services } = tempServices();
    const plan = rosteredTetPlan();
    const text = JSON.stringify({ ...plan, staff: plan.staff.map((s, i) => (i === 2 ? { ...s, fullName: `${s.fullName}\r\nATTENDEE:mailto:evil@x` } : s)) });
    await expect(services.plans.importFile('tet.lichtruc.json', text)).rejects.toMatchObject({
      code: 'PLAN_FILE_INVALID',
      where: 'staff[2].fullName',
      message: expect.stringMatching(/: chứa ký tự điều khiển U\+000D \(xuống dòng CR\) \(ở "staff\[2\]\.fullName"\); tệp không được nhập/),
    });
    expect(services.plans.list()).toEqual([]);
  });

  it('refuses a staff import row (CSV or XLSX) with one, naming the column', () => {
    const header = ['Họ và tên', 'Chức vụ', 'Điện thoại', 'Vai trò'];
    const result = previewStaffImport(
      {
        rows: [
          header,
          ['Trần Quốc Bảo\u001b[2J', 'Giám đốc', '0912345601', 'Lãnh đạo trực'],
          ['Lê Văn Hùng', 'Phó\u202Egiám đốc', '0912345602', 'Lãnh đạo trực'],
          ['Phạm Thị Lan', 'Trưởng phòng', '0912345603', 'Lãnh đạo trực'],
        ],
        notes: [],
      },
      context(),
    );
    if (!result.ok) throw new Error(say('vi', result.error));
    expect(result.value.rows.map((r) => [r.status, r.problems.filter((p) => p.severity === 'error').map((p) => `${p.field}: ${say('vi', p.text)}`)])).toEqual([
      ['error', ['fullName: Chứa ký tự điều khiển U+001B (ESC) — hãy xoá ký tự này trong tệp']],
      ['error', ['title: Chứa ký tự điều khiển U+202E (đổi chiều chữ) — hãy xoá ký tự này trong tệp']],
      ['new', []],
    ]);
  });
});
