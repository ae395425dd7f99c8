import { describe, expect, it } from 'vitest';
import type { Services } from '../../../electron/services/app';
import { defaultPayRule } from '../../../shared/settings/pay-rule';
import { SETTINGS_SCHEMA_VERSION, type Settings } from '../../../shared/settings/schema';
import { staffMember } from '../../helpers/plans';
import { planInput } from '../../helpers/tet-plan';
import { publishVersion } from '../../helpers/publish';
import { tempServices } from '../../helpers/services';

/** Every update channel, through the handler table as the renderer calls it. */
async function call<T>(services: Services, channel: string, input: unknown): Promise<T> {
  const result = await services.registry.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.data as T;
}

/** Settings where no field has its default value, so a reset shows. */
const CUSTOM: Omit<Settings, 'schemaVersion'> = {
  language: 'en',
  organisation: { unitEmail: 'ttcntt@binhson.gov.vn' },
  document: {
    supervisingAgency: 'UBND TỈNH BÌNH SƠN',
    unitName: 'TRUNG TÂM CNTT BÌNH SƠN',
    unitAbbreviation: 'TTCNTT-BS',
    number: '12/TB-TTCNTT',
    place: 'Bình Sơn',
    signerTitle: 'PHÓ GIÁM ĐỐC',
    signerName: 'Trần Quốc Bảo',
    recipients: ['Sở TT&TT'],
  },
  contacts: [{ name: 'Đội ứng cứu tỉnh', phone: '0912345678', email: 'ir@binhson.gov.vn', note: '', toVerify: false }],
  dutyWindowDefaults: { endOfWorkday: '16:30', startOfWorkday: '08:00' },
  skills: [{ id: 'mang', label: 'Mạng' }],
  pay: { ...defaultPayRule('enterprise'), percent: { ...defaultPayRule('enterprise').percent, 'working.night': 210 } },
  desktop: { startAtLogin: true, trayHintShown: true },
  thisIsMe: 'nv-01',
  lastPlanId: 'ke-hoach-tet',
};

/** A different value for each top-level field. */
const OTHER: Omit<Settings, 'schemaVersion'> = {
  language: 'vi',
  organisation: { unitEmail: 'khac@binhson.gov.vn' },
  document: { ...CUSTOM.document, signerName: 'Lê Văn Khác' },
  contacts: [],
  dutyWindowDefaults: { endOfWorkday: '17:00', startOfWorkday: '07:00' },
  skills: [{ id: 'may-chu', label: 'Máy chủ' }],
  pay: defaultPayRule('state'),
  desktop: { startAtLogin: false, trayHintShown: true },
  thisIsMe: null,
  lastPlanId: null,
};

describe('settings:update', () => {
  it.each(Object.keys(OTHER) as (keyof typeof OTHER)[])('changing only "%s" keeps every other field', async (field) => {
    const { services } = tempServices();
    await call(services, 'settings:update', CUSTOM);

    const saved = await call<Settings>(services, 'settings:update', { [field]: OTHER[field] });

    expect(saved).toEqual({ schemaVersion: SETTINGS_SCHEMA_VERSION, ...CUSTOM, [field]: OTHER[field] });
    expect(services.settings.get()).toEqual(saved);
  });

  it('changes one field of a nested object and keeps its siblings', async () => {
    const { services } = tempServices();
    await call(services, 'settings:update', CUSTOM);

    await call(services, 'settings:update', { desktop: { startAtLogin: false } });
    await call(services, 'settings:update', { document: { signerName: 'Phạm Thị Mới' } });

    expect(services.settings.get()).toMatchObject({ desktop: { startAtLogin: false, trayHintShown: true }, document: { ...CUSTOM.document, signerName: 'Phạm Thị Mới' } });
  });
});

describe('mail:settings:update', () => {
  const full = { host: 'smtp.binhson.gov.vn', port: 465, security: 'tls', user: 'lichtruc', senderName: 'Trung tâm CNTT', senderAddress: 'lichtruc@binhson.gov.vn' };

  it.each(Object.entries({ host: 'mail.binhson.gov.vn', port: 587, security: 'starttls', user: 'khac', senderName: 'Khác', senderAddress: 'khac@binhson.gov.vn' }))(
    'changing only "%s" keeps every other field',
    async (field, value) => {
      const { services } = tempServices();
      await call(services, 'mail:settings:update', full);

      const view = await call<Record<string, unknown>>(services, 'mail:settings:update', { [field]: value });

      expect(view).toMatchObject({ ...full, [field]: value });
    },
  );
});

describe('plan update channels', () => {
  it('plans:update with one field keeps the pattern, seats, participants and assignments', async () => {
    const { services } = tempServices();
    const plan = await services.plans.create(planInput());
    const edited = await services.plans.update(plan.id, {
      subject: 'Trích yếu',
      assignments: [{ seatId: '2026-02-14/ca-1/ky-thuat-1', staffId: 'nv-01', locked: true }],
      rules: { ...plan.rules, minRestHours: 8 },
    });

    const renamed = await call<typeof plan>(services, 'plans:update', { id: plan.id, changes: { name: 'Tên mới' } });

    expect(renamed).toEqual({ ...edited, name: 'Tên mới', updatedAt: renamed.updatedAt });
  });

  it('plans:rename and reminders:setOffsets keep every other field', async () => {
    const { services } = tempServices();
    const plan = await services.plans.create(planInput());
    const edited = await services.plans.update(plan.id, { subject: 'Trích yếu', seed: 42 });
    await publishVersion(services, plan.id);
    const published = services.plans.get(plan.id);

    await call(services, 'plans:rename', { id: plan.id, name: 'Tên mới' });
    await call(services, 'reminders:setOffsets', { planId: plan.id, offsetsMinutes: [30] });

    const after = services.plans.get(plan.id);
    expect(after).toEqual({ ...published, name: 'Tên mới', reminders: { offsetsMinutes: [30] }, updatedAt: after.updatedAt });
    expect(after).toMatchObject({ subject: edited.subject, seed: 42 });
  });
});

describe('staff update channels', () => {
  it('staff:setActive changes only the active flag', async () => {
    const { services } = tempServices();
    await services.ctx.store.lock.run(() => services.directory.write([staffMember('nv-01', { notes: 'Trực được đêm', skills: [] })]));

    const changed = await call(services, 'staff:setActive', { id: 'nv-01', active: false });

    expect(changed).toEqual({ ...staffMember('nv-01', { notes: 'Trực được đêm', skills: [] }), active: false });
  });
});
