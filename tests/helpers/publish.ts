import type { Services } from '../../electron/services/app';
import { Plan } from '../../shared/plan/schema';

/**
 * The plan with its current core frozen as the next version, the way the roster editor's publish
 * step will do it. Status and versions are the service's own fields, not PlanChanges.
 */
export function publish(plan: Plan, publishedAt: string): Plan {
  const { versions, ...core } = plan;
  return Plan.parse({ ...plan, status: 'published', versions: [...versions, { version: versions.length + 1, publishedAt, plan: { ...core, status: 'published' } }] });
}

/** Writes a plan document as it is and announces it, as a publish would. */
export async function storePlan(services: Services, plan: Plan): Promise<void> {
  await services.ctx.store.lock.run(() => services.ctx.store.write({ dir: 'plans', name: plan.id }, plan));
  services.ctx.events.emit('plans:changed', { id: plan.id });
}

/** Publishes the stored plan as its next version. */
export async function publishVersion(services: Services, id: string, publishedAt?: string): Promise<Plan> {
  const next = publish(services.plans.get(id), publishedAt ?? services.ctx.clock.now().toISOString());
  await storePlan(services, next);
  return next;
}
