import { msg, type Message, type MessageParam } from '../i18n/message';
import { epochToVn } from '../time/zone';
import type { StaffRole } from '../staff/schema';
import type { RosterSeat, RosterShift } from './problem';

const wallClock = new Map<number, string>();

/**
 * Messages name the same few hundred shift starts over and over, and a time-zone conversion costs
 * far more than the checks that need it: the editor re-checks the whole roster on every edit.
 */
function vnWallClock(epoch: number): string {
  let text = wallClock.get(epoch);
  if (text === undefined) {
    if (wallClock.size > 10_000) wallClock.clear();
    wallClock.set(epoch, (text = epochToVn(epoch)));
  }
  return text;
}

/** How the IT head reads dates and times: dd/MM and HH:mm on Vietnam's clock. */
export function vnDayMonth(epoch: number): string {
  const s = vnWallClock(epoch);
  return `${s.slice(8, 10)}/${s.slice(5, 7)}`;
}

/** A `YYYY-MM-DD` date as dd/MM. */
export function dateDayMonth(date: string): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}`;
}

export function vnClock(epoch: number): string {
  return vnWallClock(epoch).slice(11, 16);
}

/** "ca 14:00 ngày 16/02", the way a shift is named inside a sentence. */
export function shiftPhrase(shift: RosterShift): Message {
  return msg('roster.phrase.shift', { time: vnClock(shift.start), date: vnDayMonth(shift.start) });
}

/** "Ca đêm 22:00 ngày 29/01", the way a shift heads a sentence; the label is the plan's own words. */
export function shiftTitle(shift: RosterShift): Message {
  const at = { time: vnClock(shift.start), date: vnDayMonth(shift.start) };
  return shift.label ? msg('roster.phrase.shiftTitle', { label: shift.label, ...at }) : msg('roster.phrase.shiftTitle.unnamed', at);
}

export const ROLE_NOUN: Record<StaffRole, Message> = { leader: msg('roster.phrase.role.leader'), technician: msg('roster.phrase.role.technician') };

/** The seat as a noun phrase: its label when it has one ("cán bộ kỹ thuật ATTT"), else its role. */
export function seatNoun(seat: RosterSeat): MessageParam {
  if (!seat.label) return ROLE_NOUN[seat.role];
  return seat.label.charAt(0).toLocaleLowerCase('vi') + seat.label.slice(1);
}

/** "lãnh đạo trực, ca 06:00 ngày 16/02": which seat of which shift. */
export function seatWhere(seat: RosterSeat, shift: RosterShift): Message {
  return msg('roster.phrase.where', { seat: seatNoun(seat), shift: shiftPhrase(shift) });
}

/**
 * The skill a seat needs, by its name in Settings. A skill deleted from the list since the plan was
 * made still binds the seat: its id is all that is left to show, and the IT head is told why.
 */
export function skillPhrase(seat: Pick<RosterSeat, 'skill' | 'skillName'>): MessageParam {
  if (seat.skill === null) return '';
  return seat.skillName ?? msg('roster.phrase.deletedSkill', { skill: seat.skill });
}

/** Hours to one decimal, as messages carry them; each language writes the decimal its way (say()). */
export function roundHours(hours: number): number {
  return Math.round(hours * 10) / 10;
}
