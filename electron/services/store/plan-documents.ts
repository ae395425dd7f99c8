import type { ServiceContext } from '../context';
import type { DocRef } from './document-store';
import { guardedRead } from './guarded-read';

const SAFE_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** What moves with a plan when it goes to the trash and comes back. */
export interface PlanCompanion {
  moveWithPlan(planId: string, to: 'trash' | 'restore'): void;
}

/**
 * Documents kept beside a plan, one per plan, `<dir>/<planId>.json` (the duty log, the readiness
 * checklist): named by the plan's id so they follow it into the trash (`trash/<dir>/`) and back, and
 * never touched by editing or re-publishing the plan. The plans' guarantees hold: atomic writes,
 * backups, unreadable files moved aside and reported, a newer schema refused and left alone.
 */
export class PlanDocumentStore<T extends { planId: string }> implements PlanCompanion {
  constructor(
    protected readonly ctx: ServiceContext,
    readonly dir: string,
    private readonly parse: (raw: unknown) => T,
  ) {}

  ref(planId: string): DocRef {
    return { dir: this.dir, name: planId };
  }

  trashedRef(planId: string): DocRef {
    return { dir: `trash/${this.dir}`, name: planId };
  }

  /** The stored document, or undefined when nothing has been written for the plan yet. */
  read(planId: string): T | undefined {
    if (!SAFE_ID.test(planId)) return undefined;
    return guardedRead(this.ctx.store, this.ctx.backups, this.ref(planId), this.parse);
  }

  /** Plan ids that have one. */
  planIds(): string[] {
    return this.ctx.store.list(this.dir);
  }

  /** Call inside the write lock. */
  write(doc: T): void {
    const ref = this.ref(doc.planId);
    this.ctx.backups.take(ref);
    this.ctx.store.write(ref, doc as unknown as Record<string, unknown>);
  }

  /** Moves a plan's document with the plan (trash, restore); nothing to do when it has none. */
  moveWithPlan(planId: string, to: 'trash' | 'restore'): void {
    const [from, target] = to === 'trash' ? [this.ref(planId), this.trashedRef(planId)] : [this.trashedRef(planId), this.ref(planId)];
    if (this.ctx.store.exists(from)) this.ctx.store.move(from, target);
  }
}
