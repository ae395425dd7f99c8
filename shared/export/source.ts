import type { Plan, PlanCore } from '../plan/schema';
import { epochToVn } from '../time/zone';

/** What an export is made from: the latest published version, or the working copy of a plan never published. */
export interface ExportSource {
  core: PlanCore;
  /** Every published version, oldest first (SEQUENCE and cancellations are computed over them). */
  history: PlanCore[];
  version: number | null;
  publishedAt: string | null;
  /** The VN date printed on the document ("ngày … tháng … năm …"). */
  issuedOn: string;
  /** The instant written as DTSTAMP: fixed per version so re-exports are identical. */
  stamp: string;
}

export function exportSource(plan: Plan, now: Date): ExportSource {
  const latest = plan.versions.at(-1);
  // Calendar UIDs hang on the plan's own id, whatever id a frozen version (or a copied file) carries.
  const history = plan.versions.map((v) => ({ ...v.plan, id: plan.id }));
  if (latest) {
    return {
      core: { ...latest.plan, id: plan.id },
      history,
      version: latest.version,
      publishedAt: latest.publishedAt,
      issuedOn: epochToVn(Date.parse(latest.publishedAt)).slice(0, 10),
      stamp: latest.publishedAt,
    };
  }
  return { core: plan, history, version: null, publishedAt: null, issuedOn: epochToVn(now.getTime()).slice(0, 10), stamp: plan.updatedAt };
}
