import type { HandlersOf } from '../../shared/api/define';
import { downloadFile } from '../../shared/api/files';
import type { PaperBuildRequest, paperworkChannels } from '../../shared/api/paperwork';
import { emptyDutyLog } from '../../shared/duty-log/checklist';
import { findIncident, incidentCode } from '../../shared/duty-log/incidents';
import { loggedCore } from '../../shared/duty-log/logged-plan';
import { exportSource } from '../../shared/export/source';
import { outgoingChecklist, type CheckItem, type OutgoingKind } from '../../shared/paperwork/checklist';
import { safeFileStem } from '../../shared/plan/file-name';
import type { Plan } from '../../shared/plan/schema';
import type { ServiceContext } from './context';
import { asAppError, guarded } from './duty-log/service';
import type { DutyLogStore } from './duty-log/store';
import type { PdfPrinter } from './adapters';
import { paperFile, type PaperFormat, type PaperRequest } from './paperwork/paper-files';
import type { PlanService } from './plans';
import type { ReadinessService } from './readiness/service';
import type { SettingsService } from './settings';

const MIME: Record<PaperFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html;charset=utf-8',
};

/** The "nothing goes out unfinished" checklist of a plan, and the holiday's papers, for the UI, the CLI and every export. */
export class PaperworkService {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly plans: PlanService,
    private readonly settings: SettingsService,
    private readonly printer: PdfPrinter,
    private readonly logs: DutyLogStore,
    private readonly readiness: Pick<ReadinessService, 'tasksOf'>,
  ) {}

  /** Of the version that would go out: its own document details and contacts over the unit's. */
  checklistOf(plan: Plan, kind: OutgoingKind, organizerEmail?: string): CheckItem[] {
    const { core } = exportSource(plan, this.ctx.clock.now());
    return outgoingChecklist({ core, settings: this.settings.get(), kind, ...(organizerEmail === undefined ? {} : { organizerEmail }) });
  }

  /** One paper of the holiday as bytes, made from the version that would go out (and, for the duty's papers, its log). */
  paper(plan: Plan, request: PaperRequest, format: PaperFormat, orientation: 'portrait' | 'landscape' = 'portrait'): Promise<string | Uint8Array> {
    const now = this.ctx.clock.now();
    return paperFile(
      request,
      format,
      {
        source: exportSource(plan, now),
        settings: this.settings.get(),
        logged: () => guarded(() => ({ core: loggedCore(plan), log: this.logs.read(plan.id) ?? emptyDutyLog(plan.id, now.toISOString()) })),
        readiness: () => this.readiness.tasksOf(plan),
        now: now.getTime(),
      },
      orientation,
      this.printer,
    ).catch((error: unknown) => {
      throw asAppError(error);
    });
  }

  /** The name a paper is saved under: what it is, which incident, which plan. */
  fileName(plan: Plan, request: PaperRequest, format: PaperFormat): string {
    const stem = safeFileStem(plan.name);
    switch (request.kind) {
      case 'contacts':
        return `Danh-sach-can-bo-truc-${stem}.${format}`;
      case 'incident': {
        const log = this.logs.read(plan.id);
        const code = log ? guarded(() => incidentCode(findIncident(log, request.incidentId))) : request.incidentId;
        return `Thong-bao-su-co-${safeFileStem(code)}-${stem}.${format}`;
      }
      case 'after':
        return `Bao-cao-ket-qua-truc-${stem}.${format}`;
    }
  }

  async build(input: PaperBuildRequest) {
    const plan = this.plans.get(input.planId);
    const request: PaperRequest =
      input.kind === 'incident'
        ? { kind: 'incident', incidentId: input.incidentId, options: input.options }
        : input.kind === 'after'
          ? { kind: 'after', options: input.options }
          : { kind: 'contacts', options: input.options };
    const content = await this.paper(plan, request, input.format, input.orientation);
    return downloadFile(this.fileName(plan, request, input.format), MIME[input.format], content);
  }

  handlers() {
    return {
      'paperwork:checklist': ({ planId, kind }) => this.checklistOf(this.plans.get(planId), kind),
      'paperwork:build': (input) => this.build(input),
    } satisfies HandlersOf<typeof paperworkChannels>;
  }
}
