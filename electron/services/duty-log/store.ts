import { parseDutyLogDocument } from '../../../shared/duty-log/parse';
import type { DutyLog } from '../../../shared/duty-log/schema';
import type { ServiceContext } from '../context';
import type { DocRef } from '../store/document-store';
import { guardedRead } from '../store/guarded-read';

/**
 * A plan's duty log is `duty-logs/<planId>.json`: named by the plan's id so it follows the plan
 * into the trash (`trash/duty-logs/<planId>.json`) and back, and survives every re-publishing.
 */
export const dutyLogRef = (planId: string): DocRef => ({ dir: 'duty-logs', name: planId });
export const trashedDutyLogRef = (planId: string): DocRef => ({ dir: 'trash/duty-logs', name: planId });

const SAFE_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** The duty log documents, with the plans' guarantees: atomic writes, backups, corrupt files moved aside and reported. */
export class DutyLogStore {
  constructor(private readonly ctx: ServiceContext) {}

  /** The stored log, or undefined when nothing has been written for the plan yet. */
  read(planId: string): DutyLog | undefined {
    if (!SAFE_ID.test(planId)) return undefined;
    return guardedRead(this.ctx.store, this.ctx.backups, dutyLogRef(planId), parseDutyLogDocument);
  }

  /** Plan ids that have a log. */
  planIds(): string[] {
    return this.ctx.store.list('duty-logs');
  }

  /** Call inside the write lock. */
  write(log: DutyLog): void {
    const ref = dutyLogRef(log.planId);
    this.ctx.backups.take(ref);
    this.ctx.store.write(ref, log);
  }

  /** Moves a plan's log with the plan (trash, restore); nothing to do when it has none. */
  moveWithPlan(planId: string, to: 'trash' | 'restore'): void {
    const [from, target] = to === 'trash' ? [dutyLogRef(planId), trashedDutyLogRef(planId)] : [trashedDutyLogRef(planId), dutyLogRef(planId)];
    if (this.ctx.store.exists(from)) this.ctx.store.move(from, target);
  }
}
