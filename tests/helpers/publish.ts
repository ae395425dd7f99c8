import type { Services } from '../../electron/services/app';
import { publishPlan } from '../../shared/plan/publish';
import type { Plan } from '../../shared/plan/schema';

/** The plan with its current core frozen as the next version, as the app publishes it. */
export { publishPlan as publish } from '../../shared/plan/publish';

/** Writes a plan document as it is and announces it, as a publish would. */
export async function storePlan(services: Services, plan: Plan): Promise<void> {
  await services.ctx.store.lock.run(() => services.ctx.store.write({ dir: 'plans', name: plan.id }, plan));
  services.ctx.events.emit('plans:changed', { id: plan.id });
}

/** Publishes the stored plan as its next version. */
export async function publishVersion(services: Services, id: string, publishedAt?: string): Promise<Plan> {
  const next = publishPlan(services.plans.get(id), publishedAt ?? services.ctx.clock.now().toISOString());
  await storePlan(services, next);
  return next;
}
