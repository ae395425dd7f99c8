import type { HandlersOf } from '../../shared/api/define';
import { AppError } from '../../shared/errors/app-error';
import { decodeBase64, downloadFile, type DownloadFile } from '../../shared/api/files';
import { statSync, utimesSync } from 'node:fs';
import type { CreatePlanInput, ExistingPlan, PlanChanges, TrashedPlan, planChannels } from '../../shared/api/plans';
import { describeDoubleBookings, doubleBookings } from '../../shared/plan/double-booking';
import { parsePlanDocument } from '../../shared/plan/migrations';
import { parsePlanFile } from '../../shared/plan/plan-file';
import { importedCopy, replaceWith, type ImportChoice } from '../../shared/plan/reimport';
import { PLAN_SCHEMA_VERSION, Plan, summarize, type PlanCore, type PlanSummary } from '../../shared/plan/schema';
import { refreshStaffSnapshot } from '../../shared/plan/snapshot';
import { succeedingInstant } from '../../shared/plan/succeeding-instant';
import { isWindowsDeviceName, planFileName } from '../../shared/plan/file-name';
import { diffVersions, type VersionDiff } from '../../shared/plan/diff';
import { findVersion, latestVersion, planCore, publishPlan } from '../../shared/plan/publish';
import { historyFromPublished } from '../../shared/roster/history';
import { actualCore } from '../../shared/duty-log/actual-roster';
import type { ServiceContext } from './context';
import type { DutyLogStore } from './duty-log/store';
import { parseJsonText } from './files/read-json';
import type { StaffDirectoryStore } from './staff-directory';
import { guardedRead } from './store/guarded-read';
import { issueMessage } from '../../shared/errors/zod-message';
import type { PlanCompanion } from './store/plan-documents';
import { msg } from '../../shared/i18n/message';

const planRef = (id: string) => ({ dir: 'plans', name: id });
const trashRef = (id: string) => ({ dir: 'trash', name: id });
const SAFE_ID = /^[A-Za-z0-9_-]{1,64}$/;
/** An imported id that can be the stored file's name on every system (not "con", "nul"…, which Windows keeps). */
const portableId = (id: string) => SAFE_ID.test(id) && !isWindowsDeviceName(id);

export class PlanService {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly directory: StaffDirectoryStore,
    private readonly logs: DutyLogStore,
    /** The plan's other documents (the readiness checklist): they go to the trash and come back with it. */
    private readonly companions: readonly PlanCompanion[] = [],
  ) {}

  /**
   * Plans written by a newer app version are left out rather than failing the whole list: one
   * such file would otherwise stop start-up and hide every other plan. Opening one still says why.
   */
  list(): PlanSummary[] {
    return this.ctx.store
      .list('plans')
      .map((id) => this.#readIfUnderstood(id))
      .filter((p): p is Plan => p !== undefined)
      .map(summarize)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  get(id: string): Plan {
    const plan = this.#read(id);
    if (!plan) throw new AppError('NOT_FOUND', msg('plans.error.notFound', { id }));
    return refreshStaffSnapshot(plan, this.directory.members());
  }

  create(input: CreatePlanInput): Promise<Plan> {
    return this.#write(() => {
      const active = this.directory.members().filter((m) => m.active);
      const now = this.ctx.clock.now().toISOString();
      return Plan.parse({
        schemaVersion: PLAN_SCHEMA_VERSION,
        id: this.ctx.ids.newId(),
        name: input.name,
        createdAt: now,
        updatedAt: now,
        window: input.window,
        holiday: input.holiday ?? null,
        subject: input.subject ?? '',
        specialDays: input.specialDays ?? [],
        participants: active.map((m) => ({ staffId: m.id })),
        staff: active,
        ...this.#publishedHistory(),
      });
    });
  }

  update(id: string, changes: PlanChanges, baseUpdatedAt?: string): Promise<Plan> {
    return this.#write(() => {
      const current = this.get(id);
      if (baseUpdatedAt !== undefined && baseUpdatedAt !== current.updatedAt) {
        throw new AppError('CONFLICT', msg('plans.error.changedElsewhere'));
      }
      return this.#touch({ ...current, ...changes });
    });
  }

  rename(id: string, name: string): Promise<Plan> {
    return this.update(id, { name });
  }

  duplicate(id: string): Promise<Plan> {
    return this.#write(() => {
      const source = this.get(id);
      const now = this.ctx.clock.now().toISOString();
      // A copy is a new plan: new id (so calendar UIDs differ), a fresh draft with no versions.
      return Plan.parse({ ...source, id: this.ctx.ids.newId(), name: `${source.name} (bản sao)`, createdAt: now, updatedAt: now, status: 'draft', versions: [] });
    });
  }

  delete(id: string): Promise<{ id: string; name: string }> {
    return this.ctx.store.lock.run(() => {
      const plan = this.get(id);
      this.ctx.store.move(planRef(id), trashRef(id));
      // The trashed file's time says when it went to the trash (a rename keeps the old one).
      const now = this.ctx.clock.now();
      utimesSync(this.ctx.store.path(trashRef(id)), now, now);
      for (const doc of [this.logs, ...this.companions]) doc.moveWithPlan(id, 'trash');
      this.ctx.events.emit('plans:changed', { id });
      return { id, name: plan.name };
    });
  }

  restore(id: string): Promise<Plan> {
    return this.ctx.store.lock.run(() => {
      if (!SAFE_ID.test(id) || !this.ctx.store.exists(trashRef(id))) {
        throw new AppError('NOT_FOUND', msg('plans.error.notInTrash'));
      }
      if (this.ctx.store.exists(planRef(id))) throw new AppError('CONFLICT', msg('plans.error.restoreOverExisting'));
      this.ctx.store.move(trashRef(id), planRef(id));
      for (const doc of [this.logs, ...this.companions]) doc.moveWithPlan(id, 'restore');
      this.ctx.events.emit('plans:changed', { id });
      return this.get(id);
    });
  }

  /**
   * Plans in the trash, last deleted first. Their duty logs are there with them, and the reminder
   * log keeps what was told, so a restored plan tells nobody again.
   */
  trash(): TrashedPlan[] {
    return this.ctx.store
      .list('trash')
      .filter((id) => SAFE_ID.test(id))
      .flatMap((id) => {
        const plan = this.#readTrashed(id);
        return plan ? [{ ...summarize(plan), deletedAt: statSync(this.ctx.store.path(trashRef(id))).mtime.toISOString() }] : [];
      })
      .sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));
  }

  publish(id: string, note = ''): Promise<Plan> {
    return this.#write(() => {
      const plan = this.get(id);
      return this.#withoutDoubleBookings(publishPlan(plan, succeedingInstant(plan.updatedAt, this.ctx.clock.now()), note));
    });
  }

  diff(id: string, from: number, to?: number): VersionDiff {
    const plan = this.get(id);
    const older = findVersion(plan, from);
    const newer = to === undefined ? planCore(plan) : findVersion(plan, to)?.plan;
    if (!older || !newer) throw new AppError('NOT_FOUND', msg('plans.error.noVersion', { version: older ? (to ?? '') : from }));
    return diffVersions(older.plan, newer);
  }

  /** The plan as its .lichtruc.json file: a suggested name and the text, for the host to save. */
  exportFile(id: string): { name: string; text: string } {
    const plan = this.get(id);
    return { name: planFileName(plan), text: `${JSON.stringify(plan, null, 2)}\n` };
  }

  /**
   * Imports a plan file's text; `fileName` only names it in messages. A plan already stored is
   * never doubled silently: without `onExisting` nothing is written and `existing` asks;
   * `replace` makes the file the stored plan's next version (same id, so calendars update in
   * place), `keep-both` stores a draft copy under a new id. A file whose id is in the trash (so
   * undo still works) or is not a safe file name (`../settings` would overwrite another document)
   * gets a new id.
   */
  async importFile(fileName: string, text: string, onExisting?: ImportChoice): Promise<{ plan: Plan } | { existing: ExistingPlan }> {
    const plan = parsePlanFile(parseJsonText(text, msg('plans.file.kind', { name: fileName })), fileName);
    const stored = () => (portableId(plan.id) && this.ctx.store.exists(planRef(plan.id)) ? this.get(plan.id) : undefined);
    const already = stored();
    if (already && !onExisting) {
      const version = (p: Plan) => latestVersion(p)?.version ?? null;
      return { existing: { fileName, id: plan.id, storedName: already.name, storedVersion: version(already), importedName: plan.name, importedVersion: version(plan) } };
    }
    const written = await this.#write(() => {
      const now = this.ctx.clock.now().toISOString();
      const current = stored();
      if (current && onExisting === 'replace') return this.#withoutDoubleBookings(replaceWith(current, plan, now, `Thay bằng tệp ${fileName}`));
      if (current) return importedCopy(plan, this.ctx.ids.newId(), now);
      const usable = portableId(plan.id) && !this.ctx.store.exists(trashRef(plan.id));
      // A published plan from a file reminds and invites like one published here: same check.
      return this.#withoutDoubleBookings(usable ? plan : { ...plan, id: this.ctx.ids.newId() });
    });
    return { plan: written };
  }

  /**
   * Refuses a published plan that would put someone on duty at the same time as another published
   * plan does: each would remind and invite them, so their calendar gets the shift twice.
   */
  #withoutDoubleBookings(plan: Plan): Plan {
    const latest = latestVersion(plan);
    if (!latest) return plan;
    const others = this.list()
      .filter((summary) => summary.id !== plan.id && summary.latestVersion !== null)
      .map((summary) => ({ id: summary.id, name: summary.name, core: latestVersion(this.get(summary.id))!.plan }));
    const found = doubleBookings([{ id: plan.id, name: plan.name, core: latest.plan }, ...others]).filter((d) => d.first.planId === plan.id || d.second.planId === plan.id);
    if (found.length) {
      throw new AppError('CONFLICT', msg('plans.error.publishDoubleBooked', { clashes: describeDoubleBookings(found) }));
    }
    return plan;
  }

  handlers() {
    return {
      'plans:list': () => this.list(),
      'plans:get': ({ id }) => this.get(id),
      'plans:create': (input) => this.create(input),
      'plans:update': ({ id, changes, baseUpdatedAt }) => this.update(id, changes, baseUpdatedAt),
      'plans:rename': ({ id, name }) => this.rename(id, name),
      'plans:duplicate': ({ id }) => this.duplicate(id),
      'plans:delete': ({ id }) => this.delete(id),
      'plans:restore': ({ id }) => this.restore(id),
      'plans:trash': () => this.trash(),
      'plans:publish': ({ id, note }) => this.publish(id, note),
      'plans:diff': ({ id, from, to }) => this.diff(id, from, to),
      'plans:exportFile': ({ id }) => ({ file: planDownload(this.exportFile(id)) }),
      'plans:importFile': ({ file, onExisting }) => this.importFile(file.name, new TextDecoder('utf-8').decode(decodeBase64(file.contentBase64)), onExisting),
    } satisfies HandlersOf<typeof planChannels>;
  }

  #read(id: string): Plan | undefined {
    if (!SAFE_ID.test(id)) return undefined;
    return guardedRead(this.ctx.store, this.ctx.backups, planRef(id), (raw) => parsePlanDocument(raw));
  }

  /** A trashed plan the trash screen can show; one it cannot read is left where it is, unlisted. */
  #readTrashed(id: string): Plan | undefined {
    try {
      const raw = this.ctx.store.read(trashRef(id));
      return raw === undefined ? undefined : parsePlanDocument(raw);
    } catch {
      return undefined;
    }
  }

  #readIfUnderstood(id: string): Plan | undefined {
    try {
      return this.#read(id);
    } catch (error) {
      if (error instanceof AppError && error.code === 'STORE_TOO_NEW') return undefined;
      throw error;
    }
  }

  /**
   * What people carried in every stored plan's latest published version: as they actually worked
   * it where the plan has a duty log, else as published. The sources say which.
   */
  #publishedHistory(): Pick<Plan, 'history' | 'historySources'> {
    const worked = this.ctx.store.list('plans').flatMap((id) => {
      const plan = this.#read(id);
      const published = plan && latestVersion(plan)?.plan;
      if (!plan || !published) return [];
      const log = this.logs.read(plan.id);
      const core: PlanCore = { ...published, id: plan.id };
      return [{ core: log ? actualCore(core, log) : core, source: { planId: plan.id, name: plan.name, basis: log ? ('actual' as const) : ('published' as const) } }];
    });
    return { history: historyFromPublished(worked.map((w) => w.core)), historySources: worked.map((w) => w.source) };
  }

  #touch(plan: Plan): Plan {
    const parsed = Plan.safeParse({ ...plan, updatedAt: succeedingInstant(plan.updatedAt, this.ctx.clock.now()) });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.join('.') ?? '';
      throw new AppError('INVALID_INPUT', msg('plans.error.invalidAt', { where, problem: issue ? issueMessage(issue) : msg('zod.invalid') }), where);
    }
    return parsed.data;
  }

  /** Builds a plan inside the write lock, backs up the previous file, saves, and announces it. */
  #write(build: () => Plan): Promise<Plan> {
    return this.ctx.store.lock.run(() => {
      const plan = build();
      this.ctx.backups.take(planRef(plan.id));
      this.ctx.store.write(planRef(plan.id), plan);
      this.ctx.events.emit('plans:changed', { id: plan.id });
      return plan;
    });
  }
}

const planDownload = ({ name, text }: { name: string; text: string }): DownloadFile => downloadFile(name, 'application/json', text);
