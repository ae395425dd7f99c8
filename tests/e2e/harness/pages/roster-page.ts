import { expect, type Locator, type Page } from '@playwright/test';
import { formatDate } from '../../../../shared/i18n/dates';
import { planToProblem } from '../../../../shared/plan/expand';
import type { Plan } from '../../../../shared/plan/schema';
import { DEFAULT_SKILLS } from '../../../../shared/staff/schema';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The roster screen (#/roster/ID) as its user sees it: seats named by shift, date and place (the
 * name a screen reader reads), the toolbar's buttons, the save state. Scenarios speak of seats by
 * the plan's seat ids; this page turns them into those names.
 */
export class RosterPage {
  /** Seat id → what names it on screen: the shift's name, its date and the seat's place in it from 1. */
  readonly #places = new Map<string, { shift: string; date: string; index: number }>();

  constructor(
    readonly page: Page,
    plan: Plan,
  ) {
    const { shifts, seats } = planToProblem(plan, DEFAULT_SKILLS);
    const shiftOf = new Map(shifts.map((s) => [s.id, s]));
    const taken = new Map<string, number>();
    for (const seat of seats) {
      const shift = shiftOf.get(seat.shiftId)!;
      const index = (taken.get(shift.id) ?? 0) + 1;
      taken.set(shift.id, index);
      this.#places.set(seat.id, { shift: shift.label, date: shift.date, index });
    }
  }

  /** A seat by what the user reads: "Ca sáng", 2026-02-17, the 2nd seat of that shift. */
  seat(shift: string, date: string, index: number): Locator {
    return this.page.getByRole('button', { name: new RegExp(`^${escape(shift)} ${formatDate(date)}, chỗ ${index} \\(`) });
  }

  /** The seat with this id (`2026-02-17/sang/ky-thuat`), found by its name on screen. */
  seatOf(seatId: string): Locator {
    const place = this.#places.get(seatId);
    if (!place) throw new Error(`no seat ${seatId} in the plan`);
    return this.seat(place.shift, place.date, place.index);
  }

  /** The holder's name as the seat shows it (full by day, short in the whole-period view). */
  shownHolder(seatId: string): Locator {
    return this.seatOf(seatId).locator('.seat-name');
  }

  /** The seat is held by `fullName` (its accessible name ends with the holder, then any lock or problem). */
  async expectHeldBy(seatId: string, fullName: string): Promise<void> {
    await expect(this.seatOf(seatId)).toHaveAccessibleName(new RegExp(`\\): ${escape(fullName)}(, |$)`));
  }

  async expectProblem(seatId: string): Promise<void> {
    await expect(this.seatOf(seatId)).toHaveAccessibleName(/, Có vi phạm$/);
  }

  /** Every seat on screen, or in one grid. */
  allSeats(within: Page | Locator = this.page): Locator {
    return within.getByRole('button', { name: /^.+ \d\d\/\d\d\/\d{4}, chỗ \d+ \(/ });
  }

  /** The seats of one shift that somebody holds. */
  heldSeats(shift: string, date: string): Locator {
    return this.page.getByRole('button', { name: new RegExp(`^${escape(shift)} ${formatDate(date)}, chỗ \\d+ \\([^)]*\\): (?!Trống(, |$))`) });
  }

  /** Every seat nobody holds. */
  emptySeats(): Locator {
    return this.page.getByRole('button', { name: /\): Trống(, |$)/ });
  }

  button(name: string | RegExp): Locator {
    return this.page.getByRole('button', { name, exact: typeof name === 'string' });
  }

  /** "Theo ngày": the day-by-day grid with full names. */
  async byDay(): Promise<void> {
    await this.button('Theo ngày').click();
  }

  async generate(): Promise<void> {
    await this.button('Tạo lịch').click();
  }

  /** The toolbar says every edit reached the store. */
  async expectSaved(): Promise<void> {
    await expect(this.page.getByRole('status').filter({ hasText: /^✓ Đã lưu$/ })).toBeVisible();
  }

  /** The line under the title: draft or published, unpublished changes. */
  get status(): Locator {
    return this.page.getByTestId('roster-status');
  }

  /** A day's row head in the day-by-day grid: weekday, date, lunar date, the day's marks and its lock. */
  dayHeader(date: string): Locator {
    return this.page.getByRole('rowheader', { name: new RegExp(escape(formatDate(date))) });
  }

  /** The heads of the whole-period grid's day columns, each with its day's lock. */
  dayColumns(within: Page | Locator = this.page): Locator {
    return within.getByRole('columnheader').filter({ has: this.page.getByRole('button', { name: /^(Mở khoá|Khoá) cả ngày / }) });
  }

  /** "Theo người": one row per person. */
  get peopleRows(): Locator {
    return this.page.getByRole('table', { name: 'Theo người' }).locator('tbody').getByRole('row');
  }

  /** The checks panel's findings of one rule ("REST_TOO_SHORT"), each a button to its seat. */
  violation(code: string, within: Page | Locator = this.page): Locator {
    return within.getByTestId(`violation-${code}`);
  }

  /** "Phiên bản": the published versions, last first, with their notes. */
  get versionList(): Locator {
    return this.page.getByTestId('version-list');
  }

  get picker(): Locator {
    return this.page.getByRole('dialog', { name: 'Chọn người trực' });
  }

  /** The picker's people, best first. */
  get candidates(): Locator {
    return this.picker.getByRole('option');
  }

  /** The people the picker greys out, each with the reasons why. */
  get unavailableCandidates(): Locator {
    return this.candidates.filter({ has: this.page.getByTestId('candidate-reasons') });
  }

  /** The people who can take the seat without breaking a rule. */
  get freeCandidates(): Locator {
    return this.candidates.filter({ hasNot: this.page.getByTestId('candidate-reasons') });
  }

  /** The list that opens under a seat as its holder's name is typed. */
  get typer(): Locator {
    return this.page.getByTestId('seat-typer');
  }

  /** The typed name's matches, best first. */
  get typerOptions(): Locator {
    return this.typer.getByRole('option');
  }

  /** The match Enter would give the seat to. */
  get typerHighlighted(): Locator {
    return this.typer.getByRole('option', { selected: true });
  }

  /** A match's title and unit, which tell apart two people of one name. */
  static candidateUnit(candidate: Locator): Locator {
    return candidate.getByTestId('candidate-unit');
  }

  /** A candidate's name as the picker shows it, after the role badges. */
  static candidateName(candidate: Locator): Locator {
    return candidate.getByTestId('candidate-name');
  }

  /** Ban hành… opens the next version's dialog; its note filled in when given. */
  async openPublish(version: number, note?: string): Promise<Locator> {
    await this.button('Ban hành…').click();
    const dialog = this.page.getByRole('dialog', { name: `Ban hành phiên bản ${version}` });
    if (note !== undefined) await dialog.getByLabel('Ghi chú (không bắt buộc)').fill(note);
    return dialog;
  }
}
