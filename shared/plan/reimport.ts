import { z } from 'zod';
import { latestVersion, planCore, publishPlan } from './publish';
import type { Plan, PlanCore } from './schema';

/**
 * What to do with a plan file whose plan is already stored. Never decided silently: a second
 * published copy (new id, so new event UIDs) would send every reminder and invitation twice.
 */
export const ImportChoice = z.enum(['replace', 'keep-both']);
export type ImportChoice = z.infer<typeof ImportChoice>;

/** What people are told about: everything but when it was saved and its status. */
const content = ({ updatedAt: _u, status: _s, createdAt: _c, ...rest }: PlanCore) => JSON.stringify(rest);

/**
 * The stored plan with the file's working copy: same id (so the same calendar events, updated in
 * place) and its own history kept. A plan that was published — stored or in the file — gets the
 * file as its next version, unless that is what was last published.
 */
export function replaceWith(stored: Plan, imported: Plan, at: string, note: string): Plan {
  const next: Plan = { ...planCore(imported), id: stored.id, createdAt: stored.createdAt, updatedAt: at, status: stored.status, versions: stored.versions };
  const latest = latestVersion(stored);
  const published = latest !== undefined || imported.status === 'published';
  if (!published || (latest && content(latest.plan) === content(planCore(next)))) return next;
  return publishPlan(next, at, note);
}

const COPY_SUFFIX = ' (bản nhập)';

/** A second plan from the file: a new id, and a draft until someone publishes it on purpose. */
export function importedCopy(imported: Plan, id: string, at: string): Plan {
  const name = `${imported.name.slice(0, 200 - COPY_SUFFIX.length)}${COPY_SUFFIX}`;
  return { ...imported, id, name, status: 'draft', versions: [], createdAt: at, updatedAt: at };
}
