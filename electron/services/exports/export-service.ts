import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { HandlersOf } from '../../../shared/api/define';
import { AppError } from '../../../shared/errors/app-error';
import type { ExportFormat, ExportedFrom, exportChannels } from '../../../shared/api/exports';
import { printParts } from '../../../shared/export/print/print-html';
import { rosterDocument } from '../../../shared/export/roster-document';
import { exportSource, type ExportSource } from '../../../shared/export/source';
import { safeFileStem } from '../../../shared/plan/file-name';
import type { Plan } from '../../../shared/plan/schema';
import type { ServiceContext } from '../context';
import { writeFileAtomic } from '../files/atomic-write';
import { fileError } from '../files/file-error';
import type { PlanService } from '../plans';
import type { SettingsService } from '../settings';
import { exportFiles, type ExportOptions } from './export-files';
import type { PdfPrinter } from '../adapters';
import type { PaperworkService } from '../paperwork';
import { checkItemText } from '../../../shared/paperwork/checklist-text';
import { outgoingKindOf } from '../../../shared/paperwork/checklist';

const EXTENSION: Record<Exclude<ExportFormat, 'ics-per-person'>, string> = { ics: 'ics', pdf: 'pdf', html: 'html', docx: 'docx', xlsx: 'xlsx', csv: 'csv' };

const fromOf = (source: ExportSource): ExportedFrom => ({ version: source.version, publishedAt: source.publishedAt });

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
   * Writes one format of a plan (stored or read from a file) to `target`: a file, or for per-person
   * calendars a folder, created if needed.
   */
  async write(plan: Plan, format: ExportFormat, target: string, options: ExportOptions): Promise<{ paths: string[]; from: ExportedFrom }> {
    const source = this.source(plan);
    if (options.staffId && !source.core.assignments.some((a) => a.staffId === options.staffId)) {
      throw new AppError('NOT_FOUND', 'Cán bộ này không có ca trực nào trong bản được xuất.');
    }
    const files = await exportFiles(format, source, this.settings.get(), options, { printer: this.printer });
    if (format === 'ics-per-person') await mkdir(target, { recursive: true }).catch((error: unknown) => Promise.reject(fileError('write', target, error)));
    const paths = files.map((file) => (format === 'ics-per-person' ? join(target, file.name) : target));
    await Promise.all(files.map((file, i) => writeFileAtomic(paths[i]!, file.content)));
    return { paths, from: fromOf(source) };
  }

  async save(input: { planId: string; format: ExportFormat; path?: string } & ExportOptions) {
    const plan = this.plans.get(input.planId);
    this.#refuseUnfinished(plan, input.format, input.organizerEmail);
    const target = input.path ?? (await this.#ask(plan, input.format, input.staffId));
    if (!target) return { cancelled: true as const };
    return this.write(plan, input.format, target, input);
  }

  printPreview(input: { planId: string } & ExportOptions) {
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
      'exports:save': (input) => this.save(input),
      'exports:printHtml': (input) => this.printPreview(input),
    } satisfies HandlersOf<typeof exportChannels>;
  }

  /** Before any dialog: what no "export anyway" can make up for (a calendar without its ORGANIZER). */
  #refuseUnfinished(plan: Plan, format: ExportFormat, organizerEmail?: string): void {
    const kind = outgoingKindOf(format);
    const blocking = kind ? this.paperwork.checklistOf(plan, kind, organizerEmail).find((item) => !item.canOverride) : undefined;
    if (blocking) throw new AppError('INVALID_INPUT', `${checkItemText(blocking, this.settings.get().language)} Hãy điền trong Cài đặt rồi xuất lại.`, blocking.field);
  }

  #ask(plan: Plan, format: ExportFormat, staffId?: string): Promise<string | null> {
    if (format === 'ics-per-person') return this.ctx.dialogs.chooseFolder({ title: 'Chọn thư mục lưu lịch của từng cán bộ' });
    const person = staffId && plan.staff.find((s) => s.id === staffId);
    const stem = person ? `Phieu-truc-${safeFileStem(person.fullName)}` : safeFileStem(plan.name);
    const extension = EXTENSION[format];
    return this.ctx.dialogs.saveFile({ title: 'Lưu tệp xuất', defaultName: `${stem}.${extension}`, extensions: [extension] });
  }
}
