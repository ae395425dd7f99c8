import { extname } from 'node:path';
import type { HandlersOf } from '../../shared/api/define';
import { AppError } from '../../shared/errors/app-error';
import { decodeBase64, downloadFile } from '../../shared/api/files';
import type { DuplicateChoice, StaffImportPreview, StaffImportResult, staffChannels } from '../../shared/api/staff';
import type { Plan } from '../../shared/plan/schema';
import { parseStaffCsv, staffToCsv } from '../../shared/staff/csv';
import { StaffDraft, validateStaffDraft, type StaffDraftInput } from '../../shared/staff/draft';
import { acceptedStaff, previewStaffImport } from '../../shared/staff/import-rows';
import { type ImportPreview } from '../../shared/staff/import-preview';
import { NO_CHOICES, type ImportChoices } from '../../shared/staff/import-choices';
import { skillsAfterImport } from '../../shared/staff/unknown-skills';
import { compareVietnameseNames } from '../../shared/staff/normalize';
import type { FileRead, RawTable } from '../../shared/staff/raw-table';
import { SAMPLE_STAFF } from '../../shared/staff/sample';
import type { StaffMember } from '../../shared/staff/schema';
import type { ServiceContext } from './context';
import type { PlanService } from './plans';
import type { SettingsService } from './settings';
import type { StaffDirectoryStore } from './staff-directory';
import { StaffImportColumnsStore } from './staff-import-columns';
import { readStaffXlsx, writeStaffXlsx } from './staff-files/xlsx';
import { msg } from '../../shared/i18n/message';

type FileFormat = 'csv' | 'xlsx';

/** A file as the user picked it: its own name (never a path) and its bytes. */
export interface PickedFile {
  name: string;
  bytes: Uint8Array;
}

const MIME = { csv: 'text/csv', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } as const;

/** A file read for preview, kept until confirmed, so the import is exactly the file the user saw. */
interface PendingImport {
  /** Kept so another sheet of the same workbook can be read without asking for the file again. */
  bytes: Uint8Array;
  table: RawTable;
  fileName: string;
  format: FileFormat;
  /** Roles, skills and columns the user decided in the preview: confirming applies exactly these. */
  choices: ImportChoices;
}

/** Enough for a user who previews a few files before choosing one. */
const MAX_PENDING = 5;

const byName = (a: StaffMember, b: StaffMember) => compareVietnameseNames(a.fullName, b.fullName);

/**
 * The staff directory as the UI and the CLI use it. Every change happens inside the write lock and
 * starts from the directory as stored then, so an import never works on a stale copy; a file that
 * cannot be read, or a preview with nothing to import, leaves the directory untouched.
 */
export class StaffService {
  readonly #pending = new Map<string, PendingImport>();
  readonly #columns: StaffImportColumnsStore;

  constructor(
    private readonly ctx: ServiceContext,
    private readonly directory: StaffDirectoryStore,
    private readonly settings: SettingsService,
    private readonly plans: PlanService,
  ) {
    this.#columns = new StaffImportColumnsStore(ctx);
  }

  list(): StaffMember[] {
    return [...this.directory.members()].sort(byName);
  }

  async save(input: StaffDraftInput): Promise<StaffMember> {
    const draft = StaffDraft.parse(input);
    const checked = validateStaffDraft(draft, this.settings.get().skills);
    if (!checked.ok) {
      const [field, message] = Object.entries(checked.errors)[0]!;
      throw new AppError('INVALID_INPUT', message, field);
    }
    return this.#change((members) => {
      if (draft.id === undefined) {
        const added = { ...checked.value, id: this.ctx.ids.newId() };
        return { members: [...members, added], result: added };
      }
      const existing = this.#find(members, draft.id);
      const edited = { ...checked.value, id: existing.id };
      return { members: members.map((m) => (m.id === existing.id ? edited : m)), result: edited };
    });
  }

  setActive(id: string, active: boolean): Promise<StaffMember> {
    return this.#change((members) => {
      const changed = { ...this.#find(members, id), active };
      return { members: members.map((m) => (m.id === id ? changed : m)), result: changed };
    });
  }

  /** Only for someone no plan mentions; a plan's roster, history and published versions keep their people. */
  remove(id: string): Promise<{ id: string; fullName: string }> {
    return this.#change((members) => {
      const person = this.#find(members, id);
      const plan = this.plans
        .list()
        .map((summary) => this.plans.get(summary.id))
        .find((p) => mentions(p, id));
      if (plan) {
        throw new AppError('CONFLICT', msg('staff.error.inPlan', { name: person.fullName, plan: plan.name }));
      }
      return { members: members.filter((m) => m.id !== id), result: { id, fullName: person.fullName } };
    });
  }

  /**
   * Reads a CSV or XLSX file's bytes and says, row by row, what importing it would do. Saves
   * nothing. Where the bytes come from (a dialog, an upload, a file named on the command line) is
   * the caller's: no path reaches this service.
   */
  async importPreview({ name, bytes }: PickedFile, sheet?: string): Promise<StaffImportPreview> {
    return this.#open(bytes, name, formatOf(name, bytes), sheet);
  }

  /**
   * Another sheet of a workbook previewed before, read from the bytes kept under the preview's token
   * (the page neither sends the file again nor names a path); the earlier preview is dropped.
   */
  async importSheet(token: string, sheet: string): Promise<StaffImportPreview> {
    const pending = this.#pending.get(token);
    if (!pending) throw expiredPreview();
    const preview = await this.#open(pending.bytes, pending.fileName, pending.format, sheet);
    this.#pending.delete(token);
    return preview;
  }

  /** The same file read again with the user's choices (roles, unknown skills, columns); saves nothing. */
  importChoose(token: string, choices: ImportChoices): StaffImportPreview {
    const pending = this.#pending.get(token);
    if (!pending) throw expiredPreview();
    const chosen = { ...pending, choices };
    const shown = this.#show(token, chosen);
    this.#pending.set(token, chosen);
    return shown;
  }

  async #open(bytes: Uint8Array, fileName: string, format: FileFormat, sheet?: string): Promise<StaffImportPreview> {
    const table = unwrap(format === 'xlsx' ? await readStaffXlsx(bytes, sheet) : parseStaffCsv(bytes), fileName);
    const pending = { bytes, table, fileName, format, choices: NO_CHOICES };
    const token = this.ctx.ids.newId();
    const shown = this.#show(token, pending);
    this.#pending.set(token, pending);
    while (this.#pending.size > MAX_PENDING) this.#pending.delete(this.#pending.keys().next().value!);
    return shown;
  }

  #show(token: string, pending: PendingImport): StaffImportPreview {
    const { table, fileName, format } = pending;
    const preview = this.#preview(pending);
    const rows = preview.rows.map((row) => ({ ...row, cells: table.rows[row.rowNumber - 1] ?? [] }));
    return { token, fileName, format, ...(table.sheets && { sheets: table.sheets }), ...preview, rows };
  }

  /**
   * Imports the good rows of a previewed file. The rows are checked again against the directory as
   * it is now (someone may have been added meanwhile); people already there are skipped unless the
   * user chose to update them with the file's details.
   */
  async importConfirm(token: string, duplicates: DuplicateChoice = 'skip'): Promise<StaffImportResult> {
    const pending = this.#pending.get(token);
    if (!pending) throw expiredPreview();
    let preview: ImportPreview | undefined;
    const imported = await this.#change((members) => {
      preview = this.#preview(pending, members);
      const added = acceptedStaff(preview);
      const updates = new Map<string, StaffMember>();
      if (duplicates === 'update') {
        for (const row of preview.rows) {
          if (row.status !== 'duplicate-of-existing' || !row.staff || !row.duplicateOf || !('staffId' in row.duplicateOf)) continue;
          const existing = this.#find(members, row.duplicateOf.staffId);
          // A person repeated further down the file is updated from the first row only.
          if (updates.has(existing.id)) continue;
          // The file's details, but the person keeps their id (plans refer to it) and their active flag.
          updates.set(existing.id, { ...row.staff, id: existing.id, active: existing.active });
        }
      }
      const result: StaffImportResult = {
        added: added.length,
        updated: updates.size,
        skippedDuplicates: preview.counts['duplicate-of-existing'] - updates.size,
        refusedRows: preview.rows.filter((r) => r.status === 'error' || r.status === 'duplicate-in-file').map((r) => r.rowNumber),
      };
      this.#pending.delete(token);
      if (added.length === 0 && updates.size === 0) return { members, result };
      if (preview.mapping && preview.choices.columns) this.#columns.remember(preview.mapping.key, preview.choices.columns);
      return { members: [...members.map((m) => updates.get(m.id) ?? m), ...added], result };
    });
    // The people refer to the new skills by id: the list gains them (and the names mapped) once they are saved.
    const { unknownSkills } = preview!;
    if ((imported.added > 0 || imported.updated > 0) && unknownSkills.some((u) => u.choice.kind !== 'ignore')) {
      await this.settings.update({ skills: skillsAfterImport(this.settings.get().skills, unknownSkills) });
    }
    return imported;
  }

  async exportBytes(format: FileFormat): Promise<Uint8Array> {
    const { skills } = this.settings.get();
    const members = this.directory.members();
    return format === 'xlsx' ? writeStaffXlsx(members, skills) : new TextEncoder().encode(staffToCsv(members, skills));
  }

  /** The demo directory goes only into an empty one: it must never mix with real people. */
  loadSample(): Promise<StaffMember[]> {
    return this.#change((members) => {
      if (members.length > 0) throw new AppError('CONFLICT', msg('staff.error.sampleIntoFull'));
      const sample = SAMPLE_STAFF.map((m) => structuredClone(m));
      return { members: sample, result: [...sample].sort(byName) };
    });
  }

  handlers() {
    return {
      'staff:list': () => this.list(),
      'staff:save': (draft) => this.save(draft),
      'staff:setActive': ({ id, active }) => this.setActive(id, active),
      'staff:remove': ({ id }) => this.remove(id),
      'staff:importPreview': ({ file }) => this.importPreview({ name: file.name, bytes: decodeBase64(file.contentBase64) }),
      'staff:importSheet': ({ token, sheet }) => this.importSheet(token, sheet),
      'staff:importChoose': ({ token, choices }) => this.importChoose(token, choices),
      'staff:importConfirm': ({ token, duplicates }) => this.importConfirm(token, duplicates),
      'staff:export': async ({ format }) => ({ file: downloadFile(`danh-ba-nhan-su.${format}`, MIME[format], await this.exportBytes(format)) }),
      'staff:loadSample': () => this.loadSample(),
    } satisfies HandlersOf<typeof staffChannels>;
  }

  #preview({ table, fileName, choices }: PendingImport, existing = this.directory.members()): ImportPreview {
    const ctx = { existing, skills: this.settings.get().skills, newId: () => this.ctx.ids.newId(), choices, rememberedMapping: (key: string) => this.#columns.find(key) };
    return unwrap(previewStaffImport(table, ctx), fileName);
  }

  #find(members: readonly StaffMember[], id: string): StaffMember {
    const found = members.find((m) => m.id === id);
    if (!found) throw new AppError('NOT_FOUND', msg('staff.error.notFound', { id }));
    return found;
  }

  /** Read-modify-write of the directory inside the lock; written only when the members changed. */
  #change<T>(apply: (members: StaffMember[]) => { members: StaffMember[]; result: T }): Promise<T> {
    return this.ctx.store.lock.run(() => {
      const before = this.directory.members();
      const { members, result } = apply(before);
      if (members !== before) {
        this.directory.write(members);
        this.ctx.events.emit('staff:changed', {});
      }
      return result;
    });
  }
}

function expiredPreview(): AppError {
  return new AppError('NOT_FOUND', msg('staff.error.previewExpired'));
}

/** Whether a plan refers to a person anywhere: taking part, assigned, or in a published version. */
function mentions(plan: Plan, staffId: string): boolean {
  const inCore = (core: Pick<Plan, 'participants' | 'assignments' | 'staff'>) =>
    core.participants.some((p) => p.staffId === staffId) || core.assignments.some((a) => a.staffId === staffId) || core.staff.some((s) => s.id === staffId);
  return inCore(plan) || plan.versions.some((v) => inCore(v.plan)) || plan.history.some((h) => h.staffId === staffId);
}

/** By content first (every XLSX is a ZIP), then by name, so a renamed file is still read right. */
function formatOf(name: string, bytes: Uint8Array): FileFormat {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'xlsx';
  return ['.xlsx', '.xls'].includes(extname(name).toLowerCase()) ? 'xlsx' : 'csv';
}

function unwrap<T>(result: FileRead<T>, name: string): T {
  if (!result.ok) throw new AppError('IMPORT_INVALID', msg('staffImport.fileRefused', { file: name, reason: result.error }));
  return result.value;
}
