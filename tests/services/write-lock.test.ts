import { describe, expect, it } from 'vitest';
import type { Services } from '../../electron/services/app';
import { planInput } from '../helpers/tet-plan';
import { sequentialIds, tempServices } from '../helpers/services';

const ROUNDS = 20;
const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

/** The app and the CLI: two sets of services over one data folder, each with its own queue. */
function appAndCli() {
  const app = tempServices({ ids: sequentialIds('app') });
  const cli = tempServices({ dataDir: app.dataDir, clock: app.clock, ids: sequentialIds('cli') });
  return { app: app.services, cli: cli.services };
}

/**
 * A read-modify-write that appends one participant. It yields between reading and writing, as
 * real work between processes does, so only the lock keeps the other side from writing in between.
 */
const addParticipant = (services: Services, planId: string, staffId: string) =>
  services.ctx.store.lock.run(async () => {
    const plan = services.plans.get(planId);
    await new Promise((resolve) => setImmediate(resolve));
    services.ctx.store.write({ dir: 'plans', name: planId }, { ...plan, participants: [...plan.participants, { staffId }] });
  });

describe('two processes writing the same data folder', () => {
  it('lose no appended change when their writes interleave', async () => {
    const { app, cli } = appAndCli();
    const plan = await app.plans.create(planInput());

    await Promise.all(range(ROUNDS).flatMap((i) => [addParticipant(app, plan.id, `app-${i}`), addParticipant(cli, plan.id, `cli-${i}`)]));

    const ids = app.plans.get(plan.id).participants.map((p) => p.staffId);
    expect(ids).toHaveLength(2 * ROUNDS);
    expect(new Set(ids)).toEqual(new Set(range(ROUNDS).flatMap((i) => [`app-${i}`, `cli-${i}`])));
  });

  it('keep each side’s field when one renames while the other edits', async () => {
    const { app, cli } = appAndCli();
    const plan = await app.plans.create(planInput());

    // Each side's own queue runs its calls in order, so its last value is the one that must remain.
    await Promise.all(range(ROUNDS).flatMap((i) => [app.plans.rename(plan.id, `Tên ${i}`), cli.plans.update(plan.id, { subject: `Trích yếu ${i}` })]));

    expect(cli.plans.get(plan.id)).toMatchObject({ name: `Tên ${ROUNDS}`, subject: `Trích yếu ${ROUNDS}` });
  });

  it('both see every plan the other created', async () => {
    const { app, cli } = appAndCli();

    await Promise.all(range(ROUNDS).flatMap((i) => [app.plans.create(planInput({ name: `App ${i}` })), cli.plans.create(planInput({ name: `CLI ${i}` }))]));

    expect(app.plans.list()).toHaveLength(2 * ROUNDS);
    expect(
      cli.plans
        .list()
        .map((p) => p.id)
        .sort(),
    ).toEqual(
      app.plans
        .list()
        .map((p) => p.id)
        .sort(),
    );
  });
});
