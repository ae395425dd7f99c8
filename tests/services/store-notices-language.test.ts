import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { say } from '../../shared/i18n';
import { RecoveryNotice } from '../../shared/store/recovery';
import { planInput } from '../helpers/tet-plan';
import { VIETNAMESE_LETTER } from '../helpers/said';
import { tempServices } from '../helpers/services';

describe('what the recovery banner says of a damaged data file', () => {
  it('carries why and what was done as messages, which English says without Vietnamese', () => {
    const env = tempServices({ now: '2026-01-10T02:00:00.000Z' });
    writeFileSync(join(env.dataDir, 'settings.json'), '{"schemaVersion": 1, "language": "vi"');

    const [notice] = env.restart().startupCheck();

    expect(RecoveryNotice.parse(notice)).toMatchObject({
      reason: { code: 'store.reason.badJson', params: { mistake: { code: 'file.json.truncated', params: { line: 1, column: 38 } } } },
      outcome: { code: 'store.outcome.settings', params: {} },
    });
    expect(say('en', notice!.reason)).toBe('the JSON content is damaged (the content is cut short (it ends at line 1, column 38))');
    expect(say('en', notice!.outcome)).toBe('No valid backup; the default settings are used. Enter the unit’s details again.');
  });

  it('names the backup it restored by its time, written where it is read', async () => {
    const env = tempServices({ now: '2026-01-10T02:00:00.000Z' });
    const plan = await env.services.plans.create(planInput({ name: 'Trực Tết' }));
    env.clock.advance(10 * 60_000);
    await env.services.plans.rename(plan.id, 'Trực Tết 2026');
    writeFileSync(join(env.dataDir, 'plans', `${plan.id}.json`), '{');

    const restarted = env.restart();
    expect(restarted.plans.list().map((p) => p.name)).toEqual(['Trực Tết']);
    const [notice] = restarted.ctx.store.notices();

    expect(notice?.outcome).toEqual({ code: 'store.outcome.restored', params: { time: { moment: '2026-01-10T09:10', year: true } } });
    expect(say('en', notice!.outcome)).toBe('Restored from the backup of 10/01/2026 09:10.');
    expect(say('vi', notice!.outcome)).toBe('Đã khôi phục từ bản sao lưu lúc 10/01/2026 09:10.');
    expect(say('en', notice!.reason)).not.toMatch(VIETNAMESE_LETTER);
  });
});
