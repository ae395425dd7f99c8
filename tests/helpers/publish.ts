import type { Services } from '../../electron/services/app';
import { PlanCore, type Plan } from '../../shared/plan/schema';

/**
 * Publishes the stored plan as its next version, the way the roster editor's publish step will:
 * the whole core frozen into `versions`, status published. Status and versions are the service's
 * own fields, not PlanChanges, so this writes the document directly.
 */
export async function publishVersion(services: Services, id: string, publishedAt?: string): Promise<Plan> {
  return services.ctx.store.lock.run(() => {
    const plan = services.plans.get(id);
    const at = publishedAt ?? services.ctx.clock.now().toISOString();
    const core = PlanCore.parse({ ...plan, status: 'published' });
    const next: Plan = { ...plan, status: 'published', versions: [...plan.versions, { version: plan.versions.length + 1, publishedAt: at, note: '', plan: core }] };
    services.ctx.store.write({ dir: 'plans', name: id }, next);
    services.ctx.events.emit('plans:changed', { id });
    return next;
  });
}
