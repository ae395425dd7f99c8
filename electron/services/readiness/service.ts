import type { HandlersOf } from '../../../shared/api/define';
import { AppError } from '../../../shared/errors/app-error';
import type { ErrorCode } from '../../../shared/errors/error-code';
import type { ReadinessView, readinessChannels } from '../../../shared/api/readiness';
import { translate } from '../../../shared/i18n';
import type { Plan } from '../../../shared/plan/schema';
import { defaultDue, dueBeforeWindow, isOverdue, lastDueDay, vnToday } from '../../../shared/readiness/due';
import * as edits from '../../../shared/readiness/edits';
import { ReadinessError, type ReadinessErrorCode } from '../../../shared/readiness/errors';
import type { ReadinessPlan } from '../../../shared/readiness/reminders';
import type { ReadinessDocument, ReadinessTask } from '../../../shared/readiness/schema';
import { seededChecklist } from '../../../shared/readiness/seed';
import type { StaffMember } from '../../../shared/staff/schema';
import type { ServiceContext } from '../context';
import type { PlanService } from '../plans';
import type { DocRef } from '../store/document-store';
import type { SettingsService } from '../settings';
import type { StaffDirectoryStore } from '../staff-directory';
import type { ReadinessStore } from './store';
import { msg } from '../../../shared/i18n/message';

const ERROR_CODE: Record<ReadinessErrorCode, ErrorCode> = {
  UNKNOWN_TASK: 'NOT_FOUND',
  UNKNOWN_STAFF: 'NOT_FOUND',
  DUE_NOT_BEFORE_WINDOW: 'INVALID_INPUT',
  TOO_MANY_TASKS: 'CONFLICT',
  DUPLICATE_TASK: 'CONFLICT',
};

function guarded<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof ReadinessError)) throw error;
    throw new AppError(ERROR_CODE[error.code], msg(`readiness.error.${error.code}`, error.params), error.code);
  }
}

type Edit = (doc: ReadinessDocument, ctx: edits.EditContext) => ReadinessDocument;

/**
 * The readiness checklist of each plan (draft or published: the work comes before the holiday).
 * Reads show the letters' seed until something is written; every change is a pure edit run under the
 * data folder's write lock (shared with the CLI), backed up, written atomically and announced as
 * `readiness:changed`, which re-plans the reminders.
 */
export class ReadinessService {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly plans: PlanService,
    private readonly settings: SettingsService,
    private readonly directory: StaffDirectoryStore,
    private readonly store: ReadinessStore,
  ) {}

  view(planId: string): ReadinessView {
    const plan = this.plans.get(planId);
    const doc = this.store.read(planId);
    return this.#view(plan, doc ?? this.#seed(plan), doc !== undefined);
  }

  async add(planId: string, fields: { title: string; assigneeId?: string | null; due?: string; note?: string }): Promise<ReadinessView & { taskId: string }> {
    let taskId = '';
    const view = await this.#edit(planId, (doc, ctx) => {
      const added = edits.addTask(doc, ctx, fields);
      taskId = added.task.id;
      return added.doc;
    });
    return { ...view, taskId };
  }

  update(planId: string, taskId: string, changes: Partial<edits.TaskFields>): Promise<ReadinessView> {
    return this.#edit(planId, (doc, ctx) => edits.updateTask(doc, ctx, taskId, changes));
  }

  async remove(planId: string, taskId: string): Promise<ReadinessView & { removed: { task: ReadinessTask; index: number } }> {
    let removed: { task: ReadinessTask; index: number } | undefined;
    const view = await this.#edit(planId, (doc, ctx) => {
      const result = edits.removeTask(doc, ctx, taskId);
      removed = result.removed;
      return result.doc;
    });
    return { ...view, removed: removed! };
  }

  restore(planId: string, removed: { task: ReadinessTask; index: number }): Promise<ReadinessView> {
    return this.#edit(planId, (doc, ctx) => edits.restoreTask(doc, ctx, removed));
  }

  move(planId: string, taskId: string, to: number): Promise<ReadinessView> {
    return this.#edit(planId, (doc, ctx) => edits.moveTask(doc, ctx, taskId, to));
  }

  /** A plan's tasks as its screen shows them (the seed until something is written); the plan may be a file's, not the store's. */
  tasksOf(plan: Plan): ReadinessTask[] {
    return (this.store.read(plan.id) ?? this.#seed(plan)).tasks;
  }

  /** Every stored plan's written checklist with its assignees' addresses, for the reminder engine. */
  remindable(): ReadinessPlan[] {
    const directory = this.directory.members();
    return this.store.planIds().flatMap((planId) => {
      const doc = this.store.read(planId);
      if (!doc || !doc.tasks.some((t) => t.assigneeId !== null && t.status !== 'done')) return [];
      let plan: Plan;
      try {
        plan = this.plans.get(planId);
      } catch {
        return []; // A checklist left behind by a plan that is gone reminds nobody.
      }
      const people = new Map([...directory, ...plan.staff].map((m) => [m.id, { fullName: m.fullName, email: m.email }]));
      return [{ planId, planName: plan.name, window: plan.window, tasks: doc.tasks, people }];
    });
  }

  /** The stored checklists' files: the reminder engine re-plans when one changes on disk (the CLI). */
  documents(): DocRef[] {
    return this.store.planIds().map((id) => this.store.ref(id));
  }

  handlers() {
    return {
      'readiness:get': ({ planId }) => this.view(planId),
      'readiness:add': ({ planId, ...fields }) => this.add(planId, fields),
      'readiness:update': ({ planId, taskId, changes }) => this.update(planId, taskId, changes),
      'readiness:remove': ({ planId, taskId }) => this.remove(planId, taskId),
      'readiness:restore': ({ planId, task, index }) => this.restore(planId, { task, index }),
      'readiness:move': ({ planId, taskId, to }) => this.move(planId, taskId, to),
    } satisfies HandlersOf<typeof readinessChannels>;
  }

  #now(): string {
    return this.ctx.clock.now().toISOString();
  }

  #seed(plan: Plan): ReadinessDocument {
    const language = this.settings.get().language;
    return seededChecklist(plan.id, plan.window, plan.updatedAt, (id) => translate(language, `readiness.seed.${id}`));
  }

  /** The plan's staff first (they know the systems), then the directory's other active members. */
  #people(plan: Plan): StaffMember[] {
    const inPlan = new Set(plan.staff.map((s) => s.id));
    return [...plan.staff, ...this.directory.members().filter((m) => m.active && !inPlan.has(m.id))];
  }

  #view(plan: Plan, doc: ReadinessDocument, stored: boolean): ReadinessView {
    const today = vnToday(this.ctx.clock.now().getTime());
    return {
      plan: { id: plan.id, name: plan.name, window: plan.window },
      stored,
      tasks: doc.tasks,
      today,
      defaultDue: defaultDue(plan.window),
      latestDue: lastDueDay(plan.window),
      overdue: doc.tasks.filter((t) => isOverdue(t, today)).map((t) => t.id),
      late: doc.tasks.filter((t) => t.status !== 'done' && !dueBeforeWindow(t.due, plan.window)).map((t) => t.id),
      people: this.#people(plan).map((m) => ({ id: m.id, fullName: m.fullName })),
    };
  }

  /** Runs one edit on the latest stored checklist (or the seed) inside the write lock; writes, backs up and announces it. */
  #edit(planId: string, edit: Edit): Promise<ReadinessView> {
    return this.ctx.store.lock.run(() =>
      guarded(() => {
        const plan = this.plans.get(planId);
        const people = new Map(this.#people(plan).map((m) => [m.id, m]));
        const ctx: edits.EditContext = { window: plan.window, now: this.#now(), newId: () => this.ctx.ids.newId(), person: (id) => people.get(id) };
        const doc = edit(this.store.read(planId) ?? this.#seed(plan), ctx);
        this.store.write(doc);
        this.ctx.events.emit('readiness:changed', { planId });
        return this.#view(plan, doc, true);
      }),
    );
  }
}
