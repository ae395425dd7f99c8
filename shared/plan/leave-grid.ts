import { addDays } from '../time/local';
import type { Leave, Participant } from './schema';

/**
 * The leave grid's marks, one per person and day, typed as in a spreadsheet: N nghỉ (away the whole
 * day), Đ không trực đêm (the night from 22:00 to 06:00, the Labour Code's night), + muốn trực
 * (a preferred day), − xin tránh (an avoided day). Stored in the plan's own leave and wish lists,
 * so the generator, the checker and the per-person panel read them as before.
 */
export type DayMark = 'N' | 'Đ' | '+' | '−' | 'partial' | '';

const dayRange = (date: string) => ({ start: `${date}T00:00`, end: `${addDays(date, 1)}T00:00` });
const nightRange = (date: string) => ({ start: `${date}T22:00`, end: `${addDays(date, 1)}T06:00` });

/** What a typed key means in a cell; null for a key that is not a mark. Delete and Backspace clear. */
export function markOfKey(key: string): DayMark | null {
  switch (key.toLowerCase()) {
    case 'n':
      return 'N';
    case 'đ':
    case 'd':
      return 'Đ';
    case '+':
      return '+';
    case '-':
    case '−':
      return '−';
    case 'delete':
    case 'backspace':
      return '';
    default:
      return null;
  }
}

/** A pasted cell (from Excel: "N", "đ", "+", "-", empty) as a mark; null when it is not one. */
export function markOfText(text: string): DayMark | null {
  const t = text.trim();
  return t === '' ? '' : t.length === 1 ? markOfKey(t) : null;
}

export function markOn(participant: Participant, date: string): DayMark {
  const day = dayRange(date);
  const night = nightRange(date);
  if (participant.leave.some((l) => l.start <= day.start && l.end >= day.end)) return 'N';
  if (participant.leave.some((l) => l.start <= night.start && l.end >= night.end && l.start >= day.start)) return 'Đ';
  const before = nightRange(addDays(date, -1));
  const lastNight = (l: Leave) => l.start === before.start && l.end === before.end;
  if (participant.leave.some((l) => !lastNight(l) && l.start < day.end && l.end > day.start)) return 'partial';
  if (participant.preferredDays.includes(date)) return '+';
  if (participant.avoidedDays.includes(date)) return '−';
  return '';
}

/** Leave minus one day: a range across it is split, so typing on one day never touches the others. */
function withoutDay(leave: readonly Leave[], date: string): Leave[] {
  const { start, end } = dayRange(date);
  return leave.flatMap((l) => {
    if (l.end <= start || l.start >= end) return [l];
    return [...(l.start < start ? [{ ...l, end: start }] : []), ...(l.end > end ? [{ ...l, start: end }] : [])];
  });
}

/** Ranges of the same reason that touch become one, as a person would have entered them. */
function merged(leave: readonly Leave[]): Leave[] {
  const out: Leave[] = [];
  for (const l of [...leave].sort((a, b) => a.start.localeCompare(b.start))) {
    const last = out.at(-1);
    if (last && last.reason === l.reason && last.end >= l.start) out[out.length - 1] = { ...last, end: l.end > last.end ? l.end : last.end };
    else out.push(l);
  }
  return out;
}

export interface MarkReasons {
  /** The reason stored with a day typed N. */
  away: string;
  /** The reason stored with a night typed Đ. */
  noNight: string;
}

/** Sets one day's mark, replacing what the day held (its leave, its wish); the night of a Đ runs into the next morning. */
export function setMark(participant: Participant, date: string, mark: DayMark, reasons: MarkReasons): Participant {
  if (mark === 'partial') return participant;
  // The night of the day before ends this morning: it belongs to that day's cell and stays.
  const before = nightRange(addDays(date, -1));
  const kept = participant.leave.filter((l) => l.start === before.start && l.end === before.end);
  const rest = withoutDay(
    participant.leave.filter((l) => !kept.includes(l)),
    date,
  );
  const added: Leave[] = mark === 'N' ? [{ ...dayRange(date), reason: reasons.away }] : mark === 'Đ' ? [{ ...nightRange(date), reason: reasons.noNight }] : [];
  const drop = (days: string[]) => days.filter((d) => d !== date);
  const add = (days: string[]) => [...drop(days), date].sort();
  return {
    ...participant,
    leave: merged([...kept, ...rest, ...added]),
    preferredDays: mark === '+' ? add(participant.preferredDays) : drop(participant.preferredDays),
    avoidedDays: mark === '−' ? add(participant.avoidedDays) : drop(participant.avoidedDays),
  };
}
