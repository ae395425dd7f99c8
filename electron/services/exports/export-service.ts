import type { HandlersOf } from '../../../shared/api/define';
import { AppError } from '../../../shared/errors/app-error';
import { ExportRequest, type ExportFormat, type ExportRequestInput, type ExportedFrom, type exportChannels } from '../../../shared/api/exports';
import { downloadFile } from '../../../shared/api/files';
import { EXPORT_FORMATS } from '../../../shared/export/formats';
import { printParts, type PrintOptions } from '../../../shared/export/print/print-html';
import { rosterDocument } from '../../../shared/export/roster-document';
import { exportSource, type ExportSource } from '../../../shared/export/source';
import { safeFileStem } from '../../../shared/plan/file-name';
import type { Plan } from '../../../shared/plan/schema';
import type { ServiceContext } from '../context';
import type { PlanService } from '../plans';
import type { SettingsService } from '../settings';
import { buildFormat, type ExportFile } from './export-files';
import type { PdfPrinter } from '../adapters';
import type { PaperworkService } from '../paperwork';
import { checkItemText } from '../../../shared/paperwork/checklist-text';
import { outgoingKindOf } from '../../../shared/paperwork/checklist';
import { issueMessage } from '../../../shared/errors/zod-message';
import { msg } from '../../../shared/i18n/message';

const fromOf = (source: ExportSource): ExportedFrom => ({ version: source.version, publishedAt: source.publishedAt });

export interface BuiltExport {
  files: ExportFile[];
  from: ExportedFrom;
}

export class ExportService {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly plans: PlanService,
    private readonly settings: SettingsService,
    private readonly paperwork: PaperworkService,
    private readonly printer: PdfPrinter,
  ) {}

  source(plan: Plan): ExportSource {
    return exportSource(plan, this.ctx.clock.now());
  }

  /**
   * The files of one format of a plan (stored, or read from a file by the CLI), with the names they
   * are offered under. The request is checked against the contract here too, so the CLI gets the
   * same refusals as the page (a per-person request for a format that has none, for one).
   */
  async build(plan: Plan, raw: ExportRequestInput): Promise<BuiltExport> {
    const parsed = ExportRequest.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new AppError('INVALID_INPUT', issue?.code === 'unrecognized_keys' ? msg('exports.error.notPerPerson', { format: String(raw.format) }) : issue ? issueMessage(issue) : msg('zod.invalid'));
    }
    const request = parsed.data;
    const source = this.source(plan);
    const staffId = 'staffId' in request ? request.staffId : undefined;
    if (staffId && !source.core.assignments.some((a) => a.staffId === staffId)) {
      throw new AppError('NOT_FOUND', msg('exports.error.noShifts'));
    }
    const built = await buildFormat({ source, settings: this.settings.get(), request, printer: this.printer });
    const files = Array.isArray(built) ? built : [{ name: this.#fileName(plan, request.format, staffId), content: built }];
    if (files.length === 0) throw new AppError('EXPORT_FAILED', msg('exports.error.nobodyAssigned'));
    return { files, from: fromOf(source) };
  }

  printPreview(input: { planId: string } & PrintOptions) {
    const source = this.source(this.plans.get(input.planId));
    const doc = rosterDocument(source, this.settings.get());
    const people = new Map(source.core.assignments.map((a) => [a.staffId, source.core.staff.find((s) => s.id === a.staffId)?.fullName ?? a.staffId]));
    return {
      ...printParts(doc, input),
      from: fromOf(source),
      people: [...people].map(([staffId, fullName]) => ({ staffId, fullName })).sort((a, b) => a.fullName.localeCompare(b.fullName, 'vi')),
    };
  }

  handlers() {
    return {
      'exports:build': async (request) => {
        this.#refuseUnfinished(this.plans.get(request.planId), request.format, 'organizerEmail' in request ? request.organizerEmail : undefined);
        const { files, from } = await this.build(this.plans.get(request.planId), request);
        const { mime } = EXPORT_FORMATS[request.format];
        const plan = this.plans.get(request.planId);
        const bundleName = EXPORT_FORMATS[request.format].files === 'per-person' ? `${safeFileStem(plan.name)}-lich-tung-nguoi` : files[0]!.name.replace(/\.[^.]*$/, '');
        return { files: files.map((file) => downloadFile(file.name, mime, file.content)), bundleName, from };
      },
      'exports:printHtml': (input) => this.printPreview(input),
    } satisfies HandlersOf<typeof exportChannels>;
  }

  /** Before the page gets any bytes: what no "export anyway" can make up for (a calendar without its ORGANIZER). */
  #refuseUnfinished(plan: Plan, format: ExportFormat, organizerEmail?: string): void {
    const kind = outgoingKindOf(format);
    const blocking = kind ? this.paperwork.checklistOf(plan, kind, organizerEmail).find((item) => !item.canOverride) : undefined;
    if (blocking) throw new AppError('INVALID_INPUT', msg('exports.error.unfinished', { item: checkItemText(blocking, 'vi') }), blocking.field);
  }

  #fileName(plan: Plan, format: ExportRequest['format'], staffId?: string): string {
    const person = staffId && plan.staff.find((s) => s.id === staffId);
    const stem = person ? `Phieu-truc-${safeFileStem(person.fullName)}` : safeFileStem(plan.name);
    return `${stem}.${EXPORT_FORMATS[format].extension}`;
  }
}
