import { StaffMember, type Skill } from './schema';
import { headerOfField, type StaffField } from './columns';
import { HEADER_SEARCH_ROWS, type HeaderMatch } from './header-row';
import { readHeader, sampleRows } from './column-mapping';
import { NO_CHOICES, type ColumnMapping, type ImportChoices } from './import-choices';
import { UnknownSkills } from './unknown-skills';
import { groupHeading, isColumnNumbering, tableEndCell } from './table-end';
import { foldDiacritics } from './normalize';
import { normalizePhone } from './phone';
import { normalizeEmail } from './email';
import { parseRoles } from './roles';
import { parseSkills } from './skills';
import { parseActive } from './active';
import { restoreNeutralized } from './formula-cells';
import { describeUnsafeChar, findUnsafeText } from '../text/unsafe-text';
import type { ImportColumn, ImportPreview, ImportProblem, ImportRow, ImportRowStatus, MappingState, SkippedRows } from './import-preview';
import { MAX_IMPORT_ROWS, isBlankRow, tooManyRowsMessage, type FileRead, type RawTable } from './raw-table';
import { issueMessage } from '../errors/zod-message';
import { msg, type Message } from '../i18n/message';

export interface ImportContext {
  /** The current directory, inactive people included: someone re-imported is still the same person. */
  existing: readonly StaffMember[];
  /** The Settings skill list. */
  skills: readonly Skill[];
  newId: () => string;
  choices?: ImportChoices;
  /** A column mapping the user confirmed before for a file with these headers. */
  rememberedMapping?: (key: string) => ColumnMapping | undefined;
}

/**
 * Reads a table of cells into a preview of what importing it would do, row by row. Nothing is saved
 * here: the caller imports `acceptedStaff(preview)` once the user confirms.
 */
export function previewStaffImport(table: RawTable, ctx: ImportContext): FileRead<ImportPreview> {
  if (table.rows.every(isBlankRow)) return { ok: false, error: msg('staffImport.file.empty') };
  const choices = ctx.choices ?? NO_CHOICES;
  const reading = readHeader(table.rows, choices.columns, ctx.rememberedMapping ?? (() => undefined));
  if (!reading) {
    return { ok: false, error: msg('staffImport.file.noHeader', { rows: HEADER_SEARCH_ROWS }) };
  }
  const { header } = reading;
  const { columns } = header;
  const headerRows = { first: header.first + 1, last: header.last + 1 };
  const applied: ImportChoices = reading.kind === 'mapped' ? { ...choices, columns: { headerRows, fields: columns.map((c) => c.field) } } : choices;
  if (reading.kind !== 'found') {
    const missing = reading.kind === 'unmapped' ? reading.missing : [];
    const found = columns.flatMap((c) => (c.header ? [`"${c.header}"`] : []));
    const mapping = {
      missing,
      text: msg('staffImport.missingColumns', { missing: missing.map(headerOfField), row: header.first + 1, found: found.length ? found : msg('staffImport.noColumns') }),
      samples: sampleRows(table.rows, header),
      remembered: reading.kind === 'mapped' && reading.remembered,
      key: reading.key,
    };
    if (reading.kind === 'unmapped') {
      const counts = { new: 0, 'duplicate-of-existing': 0, 'duplicate-in-file': 0, error: 0 };
      return { ok: true, value: { headerRows, columns, rows: [], skipped: [], counts, mapping, unknownSkills: [], choices: applied } };
    }
    return withMapping(readTable(table, header, columns, ctx, applied), mapping);
  }
  return readTable(table, header, columns, ctx, applied);
}

function withMapping(result: FileRead<ImportPreview>, mapping: MappingState): FileRead<ImportPreview> {
  return result.ok ? { ok: true, value: { ...result.value, mapping } } : result;
}

function readTable(table: RawTable, header: HeaderMatch, columns: ImportColumn[], ctx: ImportContext, choices: ImportChoices): FileRead<ImportPreview> {
  const firstData = header.last + 1 + (isColumnNumbering(table.rows[header.last + 1] ?? []) ? 1 : 0);
  if (table.rows.slice(firstData).filter((row) => !isBlankRow(row)).length > MAX_IMPORT_ROWS) return { ok: false, error: tooManyRowsMessage() };

  // Indexed by folded name: a 5,000-row file must not compare every row with every other.
  const known = new NameIndex();
  for (const staff of ctx.existing) known.add({ staff });
  const nameColumn = columns.findIndex((c) => c.field === 'fullName');
  const rows: ImportRow[] = [];
  const skipped: SkippedRows[] = [];
  const unknownSkills = new UnknownSkills(ctx.skills, choices.skills);
  for (let index = firstData; index < table.rows.length; index++) {
    const cells = table.rows[index]!;
    if (isBlankRow(cells)) continue;
    const rowNumber = index + 1;
    const end = tableEndCell(cells, nameColumn);
    if (end !== null) {
      const last = table.rows.findLastIndex((row) => !isBlankRow(row)) + 1;
      skipped.push({ from: rowNumber, to: last, reason: 'after-table', text: end });
      break;
    }
    const heading = groupHeading(cells);
    if (heading !== null) {
      skipped.push({ from: rowNumber, to: rowNumber, reason: 'heading', text: heading });
      continue;
    }
    const row = readRow(cells, rowNumber, columns, table, { ...ctx, choices, unknownSkills }, known);
    if (row.status === 'new' && row.staff) known.add({ staff: row.staff, rowNumber });
    rows.push(row);
  }

  const counts: Record<ImportRowStatus, number> = { new: 0, 'duplicate-of-existing': 0, 'duplicate-in-file': 0, error: 0 };
  for (const row of rows) counts[row.status] += 1;
  const headerRows = { first: header.first + 1, last: header.last + 1 };
  return { ok: true, value: { headerRows, columns, rows, skipped, counts, unknownSkills: unknownSkills.list(), choices } };
}

/** The staff members to add once the user confirms: new rows only, never duplicates or rows with errors. */
export function acceptedStaff(preview: ImportPreview): StaffMember[] {
  return preview.rows.flatMap((row) => (row.status === 'new' && row.staff ? [row.staff] : []));
}

interface RowContext extends ImportContext {
  choices: ImportChoices;
  unknownSkills: UnknownSkills;
}

function readRow(cells: readonly string[], rowNumber: number, columns: readonly ImportColumn[], table: RawTable, ctx: RowContext, known: NameIndex): ImportRow {
  const problems: ImportProblem[] = [];
  const error = (field: StaffField | 'row', text: Message) => problems.push({ field, text, severity: 'error' });
  const warn = (field: StaffField | 'row', text: Message) => problems.push({ field, text, severity: 'warning' });
  const cell = (field: StaffField): string => {
    const index = columns.findIndex((c) => c.field === field);
    return index < 0 ? '' : restoreNeutralized((cells[index] ?? '').trim());
  };

  for (const note of table.notes) {
    const field = columns[note.column]?.field;
    if (note.row === rowNumber && field) warn(field, note.text);
  }

  for (const { field } of columns) {
    const unsafe = field && findUnsafeText({ [field]: cell(field) });
    if (field && unsafe) error(field, msg('staffImport.unsafe', { char: describeUnsafeChar(unsafe.char) }));
  }
  const fullName = cell('fullName').replace(/\s+/g, ' ');
  if (!fullName) error('fullName', msg('staffImport.noName'));
  const phone = normalizePhone(cell('phone'));
  if (!phone.ok) error('phone', phone.text);
  const email = normalizeEmail(cell('email'));
  if (!email.ok) error('email', email.text);
  const parsedRoles = parseRoles(cell('roles'));
  // A role the office wrote in its own words is the user's to decide, row by row, never guessed.
  const askRole = parsedRoles.unknown.length > 0 || parsedRoles.roles.length === 0 ? cell('roles') : undefined;
  const chosenRoles = askRole === undefined ? undefined : ctx.choices.roles.find((c) => c.row === rowNumber)?.roles;
  const roles = chosenRoles ?? parsedRoles.roles;
  if (askRole !== undefined && chosenRoles === undefined) {
    error('roles', parsedRoles.unknown.length > 0 ? msg('staffImport.roles.unknown', { roles: quoteList(parsedRoles.unknown) }) : msg('staffImport.roles.missing'));
  } else if (chosenRoles?.length === 0) {
    error('roles', msg('staffImport.roles.skipped'));
  }
  const skills = parseSkills(cell('skills'), ctx.skills);
  for (const name of skills.unknown) {
    const { id, note } = ctx.unknownSkills.resolve(name, rowNumber);
    if (id && !skills.skills.includes(id)) skills.skills.push(id);
    if (note) warn('skills', note);
  }
  const active = parseActive(cell('active'));
  if (active === null) error('active', msg('staffImport.active.unknown', { value: cell('active') }));

  const asked = askRole === undefined ? {} : { askRole };
  if (problems.some((p) => p.severity === 'error')) return { rowNumber, problems, status: 'error', ...asked };

  const parsed = StaffMember.safeParse({
    id: ctx.newId(),
    fullName,
    title: cell('title'),
    unit: cell('unit'),
    phone: phone.ok ? phone.value : '',
    email: email.ok ? email.value : '',
    roles,
    skills: skills.skills,
    active: active ?? true,
    notes: cell('notes'),
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) error(fieldOfIssue(issue.path[0]), issueMessage(issue));
    return { rowNumber, problems, status: 'error', ...asked };
  }
  const staff = parsed.data;

  const namesakes = known.namesakes(staff);
  const same = namesakes.find((other) => samePerson(staff, other.staff));
  if (same && same.rowNumber === undefined) {
    warn('row', msg('staffImport.duplicate.existing', { person: describe(same.staff) }));
    return { rowNumber, staff, problems, status: 'duplicate-of-existing', duplicateOf: { staffId: same.staff.id }, ...asked };
  }
  if (same?.rowNumber !== undefined) {
    warn('row', msg('staffImport.duplicate.inFile', { row: same.rowNumber }));
    return { rowNumber, staff, problems, status: 'duplicate-in-file', duplicateOf: { rowNumber: same.rowNumber }, ...asked };
  }

  // Two people may share a name; say so, so the user can check they are told apart by unit and phone.
  const namesake = namesakes[0];
  if (namesake) warn('row', msg('staffImport.namesake', { person: describe(namesake.staff) }));
  return { rowNumber, staff, problems, status: 'new', ...asked };
}

/** A directory member (no rowNumber) or a row of the file already accepted. */
interface KnownPerson {
  staff: StaffMember;
  rowNumber?: number;
}

class NameIndex {
  private readonly byName = new Map<string, KnownPerson[]>();

  add(person: KnownPerson): void {
    const key = foldDiacritics(person.staff.fullName);
    this.byName.set(key, [...(this.byName.get(key) ?? []), person]);
  }

  /** Directory members first, then earlier rows, so a person already saved is named before a repeat. */
  namesakes(staff: StaffMember): KnownPerson[] {
    return this.byName.get(foldDiacritics(staff.fullName)) ?? [];
  }
}

function fieldOfIssue(key: PropertyKey | undefined): StaffField | 'row' {
  return typeof key === 'string' && key !== 'id' ? (key as StaffField) : 'row';
}

function comparablePhone(phone: string): string {
  const checked = normalizePhone(phone);
  return checked.ok ? checked.value : phone.trim();
}

/** Of two namesakes, the same person when they share a phone or an email, whatever the unit says. */
function samePerson(a: StaffMember, b: StaffMember): boolean {
  const phone = comparablePhone(a.phone);
  const email = a.email.toLowerCase();
  return (phone !== '' && phone === comparablePhone(b.phone)) || (email !== '' && email === b.email.trim().toLowerCase());
}

function describe(staff: StaffMember): string {
  const details = [staff.unit, staff.phone].filter(Boolean).join(', ');
  return details ? `${staff.fullName} (${details})` : staff.fullName;
}

function quoteList(words: readonly string[]): string {
  return words.map((w) => `"${w}"`).join(', ');
}
