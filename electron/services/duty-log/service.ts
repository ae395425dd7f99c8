import type { HandlersOf } from '../../../shared/api/define';
import type { DutyLogBundle, DutyLogEdited, DutyLogExportFormat, ReplacementCandidate, dutyLogChannels } from '../../../shared/api/duty-log';
import { AppError } from '../../../shared/errors/app-error';
import type { ErrorCode } from '../../../shared/errors/error-code';
import { emptyDutyLog } from '../../../shared/duty-log/checklist';
import * as edits from '../../../shared/duty-log/edits';
import { DutyLogError, type DutyLogErrorCode } from '../../../shared/duty-log/errors';
import { loggedCore, peopleOf } from '../../../shared/duty-log/logged-plan';
import { replacementCandidates, replacementFindings } from '../../../shared/duty-log/replacement';
import { violationRecord } from '../../../shared/roster/in-vietnamese';
import type { DutyLog } from '../../../shared/duty-log/schema';
import { contactsOf } from '../../../shared/paperwork/contacts';
import type { Plan, PlanCore } from '../../../shared/plan/schema';
import type { StaffMember } from '../../../shared/staff/schema';
import type { ServiceContext } from '../context';
import type { PlanService } from '../plans';
import type { SettingsService } from '../settings';
import type { StaffDirectoryStore } from '../staff-directory';
import type { DutyLogStore } from './store';
import type { DutyLogFiles } from './export';
import { msg } from '../../../shared/i18n/message';

const ERROR_CODE: Record<DutyLogErrorCode, ErrorCode> = {
  NOT_PUBLISHED: 'CONFLICT',
  UNKNOWN_SHIFT: 'NOT_FOUND',
  UNKNOWN_SEAT: 'NOT_FOUND',
  UNKNOWN_STAFF: 'NOT_FOUND',
  NOT_IN_SHIFT: 'INVALID_INPUT',
  SAME_PERSON: 'INVALID_INPUT',
  NEEDS_CONFIRMATION: 'CONFLICT',
  INCIDENT_TIME_MISSING: 'INVALID_INPUT',
  INCIDENT_IN_FUTURE: 'INVALID_INPUT',
  UNKNOWN_INCIDENT: 'NOT_FOUND',
  UNKNOWN_CHECK: 'NOT_FOUND',
  HANDOVER_MISSING: 'CONFLICT',
  SIGNER_NOT_LEADER: 'INVALID_INPUT',
  TIME_INVALID: 'INVALID_INPUT',
};

/** The duty log's refusals as the API's errors; the log's own code names where. */
export function asAppError(error: unknown): unknown {
  if (!(error instanceof DutyLogError)) return error;
  return new AppError(ERROR_CODE[error.code], msg(`dutyLog.error.${error.code}`, error.params), error.code);
}

export function guarded<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw asAppError(error);
  }
}

type Edit = (log: DutyLog, ctx: edits.EditContext) => edits.Edited;

/**
 * The duty log of each published plan: reads with the published version it is kept against, and
 * every change as a pure edit run under the data folder's write lock (shared with the CLI), backed
 * up, written atomically and announced as `dutyLog:changed`.
 */
export class DutyLogService {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly plans: PlanService,
    private readonly settings: SettingsService,
    private readonly directory: StaffDirectoryStore,
    private readonly logs: DutyLogStore,
    private readonly files: DutyLogFiles,
  ) {}

  /** The published version, the log (empty until something is written), contacts and possible stand-ins. */
  bundle(planId: string): DutyLogBundle {
    const plan = this.plans.get(planId);
    const core = guarded(() => loggedCore(plan));
    const latest = plan.versions.at(-1)!;
    return {
      plan: { id: plan.id, name: plan.name, version: latest.version, publishedAt: latest.publishedAt },
      core,
      log: this.read(planId),
      contacts: contactsOf(core, this.settings.get()),
      outsiders: this.#outsiders(core),
    };
  }

  /** The stored log, or an empty one with the default checklist. */
  read(planId: string): DutyLog {
    return this.logs.read(planId) ?? emptyDutyLog(planId, this.#now(), this.settings.get().language);
  }

  /** The published version a log is kept against; a plan never published has no log. */
  core(plan: Plan): PlanCore {
    return guarded(() => loggedCore(plan));
  }

  candidates(planId: string, seatId: string): ReplacementCandidate[] {
    const { core, log, outsiders } = this.bundle(planId);
    const inPlan = new Set(core.staff.map((s) => s.id));
    return guarded(() => replacementCandidates(core, log, seatId, this.settings.get().skills, outsiders)).map((c) => ({
      staffId: c.staffId,
      name: c.name,
      inPlan: inPlan.has(c.staffId),
      reasons: c.reasons,
      relativeLoad: c.relativeLoad,
    }));
  }

  checkIn(planId: string, input: { shiftId: string; staffId: string; at?: string }) {
    return this.#edit(planId, (log, ctx) => edits.checkIn(log, ctx, { ...input, at: input.at ?? ctx.now }));
  }

  markAbsent(planId: string, input: { shiftId: string; seatId: string; reason: string }) {
    return this.#edit(planId, (log, ctx) => edits.markAbsent(log, ctx, input));
  }

  /** Refused with the checker's findings unless confirmed; confirmed findings are kept with the record. */
  replace(planId: string, input: { shiftId: string; seatId: string; staffId: string; reason: string; at?: string | null; confirm: boolean }) {
    return this.#edit(planId, (log, ctx) => {
      const person = this.#person(ctx.core, log, input.staffId);
      const findings = replacementFindings(ctx.core, log, input.seatId, person, this.settings.get().skills);
      if (findings.length && !input.confirm) throw new DutyLogError('NEEDS_CONFIRMATION', { reasons: findings.map((f) => violationRecord(f).message).join('; ') });
      return edits.replace(log, ctx, { ...input, person, at: input.at === undefined ? null : input.at, acceptedWarnings: findings.map((f) => f.code) });
    });
  }

  clearSeat(planId: string, input: { shiftId: string; seatId: string }) {
    return this.#edit(planId, (log, ctx) => edits.clearSeat(log, ctx, input));
  }

  tickCheck(planId: string, input: { shiftId: string; checkId: string; done: boolean; note: string; at?: string }) {
    return this.#edit(planId, (log, ctx) => edits.tickCheck(log, ctx, { ...input, at: input.at ?? ctx.now, by: null }));
  }

  addNote(planId: string, input: { shiftId: string; text: string; at?: string }) {
    return this.#edit(planId, (log, ctx) => edits.addNote(log, ctx, { ...input, at: input.at ?? ctx.now, by: null }));
  }

  setChecklist(planId: string, items: { id?: string; label: string }[]) {
    return this.#edit(planId, (log, ctx) => edits.setChecklist(log, ctx, items));
  }

  async openIncident(planId: string, input: edits.NewIncident): Promise<DutyLogEdited & { incidentId: string }> {
    let incidentId = '';
    const result = await this.#edit(planId, (log, ctx) => {
      const opened = edits.openIncident(log, ctx, input);
      incidentId = opened.incident.id;
      return opened;
    });
    return { ...result, incidentId };
  }

  updateIncident(planId: string, input: Omit<edits.IncidentUpdate, 'action' | 'notice'> & { action?: { text: string; at?: string }; notice?: { contact: string; at?: string; note: string } }) {
    return this.#edit(planId, (log, ctx) =>
      edits.updateIncident(log, ctx, {
        ...input,
        action: input.action && { text: input.action.text, at: input.action.at ?? ctx.now },
        notice: input.notice && { ...input.notice, at: input.notice.at ?? ctx.now },
      }),
    );
  }

  writeHandover(planId: string, input: { shiftId: string; text: string }) {
    return this.#edit(planId, (log, ctx) => edits.writeHandover(log, ctx, input));
  }

  signHandover(planId: string, input: { shiftId: string; staffId: string }) {
    return this.#edit(planId, (log, ctx) => edits.signHandover(log, ctx, input));
  }

  async exportFile(planId: string, format: DutyLogExportFormat) {
    const bundle = this.bundle(planId);
    const file = await this.files.build(bundle, format, this.ctx.clock.now().getTime());
    return { fileName: file.fileName, mimeType: file.mimeType, base64: Buffer.from(file.content).toString('base64') };
  }

  handlers() {
    return {
      'dutyLog:get': ({ planId }) => this.bundle(planId),
      'dutyLog:candidates': ({ planId, seatId }) => this.candidates(planId, seatId),
      'dutyLog:checkIn': ({ planId, ...input }) => this.checkIn(planId, input),
      'dutyLog:markAbsent': ({ planId, ...input }) => this.markAbsent(planId, input),
      'dutyLog:replace': ({ planId, ...input }) => this.replace(planId, input),
      'dutyLog:clearSeat': ({ planId, ...input }) => this.clearSeat(planId, input),
      'dutyLog:tickCheck': ({ planId, ...input }) => this.tickCheck(planId, input),
      'dutyLog:addNote': ({ planId, ...input }) => this.addNote(planId, input),
      'dutyLog:setChecklist': ({ planId, items }) => this.setChecklist(planId, items),
      'dutyLog:openIncident': ({ planId, ...input }) => this.openIncident(planId, input),
      'dutyLog:updateIncident': ({ planId, ...input }) => this.updateIncident(planId, input),
      'dutyLog:writeHandover': ({ planId, ...input }) => this.writeHandover(planId, input),
      'dutyLog:signHandover': ({ planId, ...input }) => this.signHandover(planId, input),
      'dutyLog:export': ({ planId, format }) => this.exportFile(planId, format),
    } satisfies HandlersOf<typeof dutyLogChannels>;
  }

  #now(): string {
    return this.ctx.clock.now().toISOString();
  }

  /** Active directory members who are not in the published plan's staff. */
  #outsiders(core: PlanCore): StaffMember[] {
    const inPlan = new Set(core.staff.map((s) => s.id));
    return this.directory.members().filter((m) => m.active && !inPlan.has(m.id));
  }

  /** A stand-in: from the plan's staff, an earlier stand-in, or the directory. */
  #person(core: PlanCore, log: DutyLog, staffId: string): StaffMember {
    const known = peopleOf(core, log).get(staffId) ?? this.directory.members().find((m) => m.id === staffId);
    if (!known) throw new DutyLogError('UNKNOWN_STAFF', { staff: staffId });
    return known;
  }

  /** Runs one edit on the latest stored log inside the write lock; writes, backs up and announces it. */
  #edit(planId: string, edit: Edit): Promise<DutyLogEdited> {
    return this.ctx.store.lock.run(() =>
      guarded(() => {
        const core = loggedCore(this.plans.get(planId));
        const ctx: edits.EditContext = { core, now: this.#now(), newId: () => this.ctx.ids.newId() };
        const { log, warnings } = edit(this.read(planId), ctx);
        this.logs.write(log);
        this.ctx.events.emit('dutyLog:changed', { planId });
        return { log, warnings };
      }),
    );
  }
}
