import type { Plan, PlanCore, PublishedVersion } from './schema';

/** The working copy without its history: what a published version freezes. */
export function planCore(plan: Plan): PlanCore {
  const { versions: _versions, ...core } = plan;
  return structuredClone(core);
}

/** Publishes the working copy as the next numbered version. */
export function publishPlan(plan: Plan, publishedAt: string, note = ''): Plan {
  const version: PublishedVersion = {
    version: (plan.versions.at(-1)?.version ?? 0) + 1,
    publishedAt,
    note,
    plan: { ...planCore(plan), status: 'published', updatedAt: publishedAt },
  };
  return { ...plan, status: 'published', updatedAt: publishedAt, versions: [...plan.versions, version] };
}

export function latestVersion(plan: Pick<Plan, 'versions'>): PublishedVersion | undefined {
  return plan.versions.at(-1);
}

export function findVersion(plan: Pick<Plan, 'versions'>, version: number): PublishedVersion | undefined {
  return plan.versions.find((v) => v.version === version);
}
