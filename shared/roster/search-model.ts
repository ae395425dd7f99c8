import type { RosterAssignment, RosterProblem } from './problem';
import { availabilityOf, seatRoles } from './load';
import { shiftNightDates } from '../plan/night-work';
import { dayNumber, leaveDuring, nightRefused, pairConflict, seatMismatch, shiftHours } from './rules';

/**
 * The problem turned into integer-indexed arrays once, so the generator's inner loop never touches
 * strings or maps. Static facts only: who may ever take which seat, which shifts exclude each other.
 */
export interface SearchModel {
  problem: RosterProblem;
  people: number;
  seats: number;
  shifts: number;
  days: number;
  seatShift: Int32Array;
  seatWeight: Float64Array;
  shiftStart: Float64Array;
  shiftEnd: Float64Array;
  shiftHours: Float64Array;
  /** Per shift, the first and last night it belongs to (index into the `nights` range), −1 if none. */
  shiftNightFirst: Int32Array;
  shiftNightLast: Int32Array;
  /** Nights from the evening before the first date to the last: shifts at 02:00 belong to the night before. */
  nights: number;
  shiftDay: Int32Array;
  /** Giao thừa or Mùng 1, the shifts history makes rarer for those who already had them. */
  shiftSpecial: Uint8Array;
  /** Per shift, the shifts one person cannot also work (itself included): overlap or short rest. */
  conflicts: Int32Array[];
  /** The same as a shifts × shifts matrix, for O(1) "do these two exclude each other". */
  conflictMatrix: Uint8Array;
  /** Per seat, the people role, skill, leave and nights allow. */
  candidates: Int32Array[];
  /** Whether role, skill, leave and nights allow person p on seat s (two bytes looked up, not a people × seats matrix). */
  eligible(p: number, s: number): boolean;
  availability: Float64Array;
  /** Per role (index into `roles`), the people compared for fairness. */
  roles: string[];
  groups: Int32Array[];
  /** Per seat, its role's index into `roles` and `groups`. */
  seatGroup: Int32Array;
  personRoles: number[][];
  /** Past Giao thừa + Mùng 1 duties and carried-over load balance, from history. */
  pastSpecial: Float64Array;
  loadBalance: Float64Array;
  /** Per person and day: +1 avoided, −1 preferred, 0 neither. */
  dayPreference: Int8Array;
  /** Person index per seat of an assignment that must stay, −1 if none; `kept` marks such seats. */
  keptPerson: Int32Array;
  kept: Uint8Array;
}

export function buildSearchModel(problem: RosterProblem, keep: RosterAssignment[]): SearchModel {
  const { shifts, seats, people, rules } = problem;
  const shiftIndex = new Map(shifts.map((s, i) => [s.id, i]));
  const personIndex = new Map(people.map((p, i) => [p.id, i]));
  const firstDay = Math.min(...shifts.map((s) => dayNumber(s.date)));
  const days = Math.max(0, ...shifts.map((s) => dayNumber(s.date) - firstDay + 1));
  const T = shifts.length;
  const S = seats.length;
  const P = people.length;

  const seatShift = Int32Array.from(seats, (s) => shiftIndex.get(s.shiftId) ?? -1);
  if (seatShift.includes(-1)) throw new RangeError('A seat refers to a shift that is not in the problem');

  const conflicts = shifts.map((a, i) => Int32Array.from(shifts.flatMap((b, j) => (i === j || pairConflict(a, b, rules) ? [j] : []))));

  const conflictMatrix = new Uint8Array(T * T);
  conflicts.forEach((row, i) => row.forEach((j) => (conflictMatrix[i * T + j] = 1)));

  // Role and skill are decided per kind of seat, leave and nights per shift, and seats of one kind
  // in one shift share their list: P × (kinds + shifts) tests rather than P × seats, which on plans
  // with thousands of staff cost more than the search.
  const kindOf = new Map<string, number>();
  const seatKind = Int32Array.from(seats, (seat) => {
    const key = `${seat.role}\u0000${seat.skill ?? ''}`;
    if (!kindOf.has(key)) kindOf.set(key, kindOf.size);
    return kindOf.get(key)!;
  });
  const K = kindOf.size;
  // Person-major, so every pass below reads and writes memory in order.
  const fits = new Uint8Array(P * K);
  const free = new Uint8Array(P * T).fill(1);
  const kindSeat = [...kindOf.values()].map((k) => seats[seatKind.indexOf(k)]!);
  people.forEach((person, p) => {
    kindSeat.forEach((seat, k) => (fits[p * K + k] = seatMismatch(person, seat) ? 0 : 1));
    if (!person.noNights && person.leave.length === 0) return;
    shifts.forEach((shift, t) => {
      if (leaveDuring(person, shift) || nightRefused(person, shift)) free[p * T + t] = 0;
    });
  });
  // Seats of one kind in one shift share one candidate list.
  const listOf = new Map<number, number>();
  const seatList = Int32Array.from(seats, (_, s) => {
    const key = seatKind[s]! * T + seatShift[s]!;
    if (!listOf.has(key)) listOf.set(key, listOf.size);
    return listOf.get(key)!;
  });
  const listKind = new Int32Array(listOf.size);
  const listShift = new Int32Array(listOf.size);
  for (const [key, u] of listOf) [listKind[u], listShift[u]] = [Math.floor(key / T), key % T];
  const members = Array.from(listOf.values(), () => new Int32Array(P));
  const sizes = new Int32Array(listOf.size);
  for (let p = 0; p < P; p++) {
    for (let u = 0; u < listKind.length; u++) {
      if (fits[p * K + listKind[u]!]! && free[p * T + listShift[u]!]!) members[u]![sizes[u]!++] = p;
    }
  }
  const lists = members.map((list, u) => list.slice(0, sizes[u]!));
  const candidates = Array.from(seatList, (u) => lists[u]!);

  // Night 0 is the evening before the first date; nights run consecutively, so first–last covers them.
  const nightDays = shifts.map((s) => shiftNightDates(s).map((d) => dayNumber(d) - firstDay + 1));
  const shiftNightFirst = Int32Array.from(nightDays, (n) => (n.length ? Math.min(...n) : -1));
  const shiftNightLast = Int32Array.from(nightDays, (n) => (n.length ? Math.max(...n) : -1));
  const nights = Math.max(0, ...shiftNightLast) + 1;

  const availability = Float64Array.from(people, (p) => availabilityOf(p, problem));
  const roles = seatRoles(problem);
  const groups = roles.map((role) => Int32Array.from(people.flatMap((p, i) => (p.roles.includes(role) && availability[i]! > 0 ? [i] : []))));
  const personRoles: number[][] = people.map(() => []);
  groups.forEach((group, r) => group.forEach((p) => personRoles[p]!.push(r)));

  const dayPreference = new Int8Array(P * days);
  people.forEach((person, p) => {
    const mark = (dates: string[], value: number) => {
      for (const date of dates) {
        const d = dayNumber(date) - firstDay;
        if (d >= 0 && d < days) dayPreference[p * days + d] = value;
      }
    };
    mark(person.preferredDays, -1);
    mark(person.avoidedDays, 1);
  });

  const keptPerson = new Int32Array(S).fill(-1);
  const kept = new Uint8Array(S);
  const seatIndex = new Map(seats.map((s, i) => [s.id, i]));
  for (const a of keep) {
    const s = seatIndex.get(a.seatId);
    if (s === undefined || kept[s]) continue;
    kept[s] = 1;
    keptPerson[s] = personIndex.get(a.staffId) ?? -1;
  }

  return {
    problem,
    people: P,
    seats: S,
    shifts: T,
    days,
    seatShift,
    seatWeight: Float64Array.from(seats, (s) => s.weight),
    shiftStart: Float64Array.from(shifts, (s) => s.start),
    shiftEnd: Float64Array.from(shifts, (s) => s.end),
    shiftHours: Float64Array.from(shifts, shiftHours),
    shiftNightFirst,
    shiftNightLast,
    nights,
    shiftDay: Int32Array.from(shifts, (s) => dayNumber(s.date) - firstDay),
    shiftSpecial: Uint8Array.from(shifts, (s) => Number(s.specialKinds.includes('giao-thua') || s.specialKinds.includes('mung-1'))),
    conflicts,
    conflictMatrix,
    candidates,
    eligible: (p, s) => (fits[p * K + seatKind[s]!]! & free[p * T + seatShift[s]!]!) === 1,
    availability,
    roles,
    groups,
    seatGroup: Int32Array.from(seats, (s) => roles.indexOf(s.role)),
    personRoles,
    pastSpecial: Float64Array.from(people, (p) => (p.history ? p.history.giaoThua + p.history.mung1 : 0)),
    loadBalance: Float64Array.from(people, (p) => p.history?.loadBalance ?? 0),
    dayPreference,
    keptPerson,
    kept,
  };
}
