import type { HandlersOf } from '../../shared/api/define';
import type { paperworkChannels } from '../../shared/api/paperwork';
import { exportSource } from '../../shared/export/source';
import { outgoingChecklist, type CheckItem, type OutgoingKind } from '../../shared/paperwork/checklist';
import type { Plan } from '../../shared/plan/schema';
import type { ServiceContext } from './context';
import type { PdfPrinter } from './adapters';
import { paperFile, type PaperFormat, type PaperKind, type PaperOptions } from './paperwork/paper-files';
import type { PlanService } from './plans';
import type { SettingsService } from './settings';

/** The "nothing goes out unfinished" checklist of a plan, for the UI, the CLI and every export. */
export class PaperworkService {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly plans: PlanService,
    private readonly settings: SettingsService,
    private readonly printer: PdfPrinter,
  ) {}

  /** Of the version that would go out: its own document details and contacts over the unit's. */
  checklistOf(plan: Plan, kind: OutgoingKind, organizerEmail?: string): CheckItem[] {
    const { core } = exportSource(plan, this.ctx.clock.now());
    return outgoingChecklist({ core, settings: this.settings.get(), kind, ...(organizerEmail === undefined ? {} : { organizerEmail }) });
  }

  /** One paper of the holiday as bytes, made from the version that would go out. */
  paper(plan: Plan, kind: PaperKind, format: PaperFormat, options: PaperOptions): Promise<string | Uint8Array> {
    return paperFile(kind, format, exportSource(plan, this.ctx.clock.now()), this.settings.get(), options, this.printer);
  }

  handlers() {
    return {
      'paperwork:checklist': ({ planId, kind }) => this.checklistOf(this.plans.get(planId), kind),
    } satisfies HandlersOf<typeof paperworkChannels>;
  }
}
