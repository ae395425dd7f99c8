import type { SearchModel } from './search-model';

/**
 * The generator's objective, compared lexicographically: empty seats, then the sum over roles of
 * the largest relative load (min-max fairness), then everything soft (spread, history,
 * preferences, bunching) as one weighted sum.
 */
export interface Score {
  unfilled: number;
  maxSum: number;
  soft: number;
}

const EPS = 1e-9;
export function better(a: Score, b: Score): boolean {
  if (a.unfilled !== b.unfilled) return a.unfilled < b.unfilled;
  if (Math.abs(a.maxSum - b.maxSum) > EPS) return a.maxSum < b.maxSum;
  return a.soft < b.soft - EPS;
}

/** Soft weights: spread counts most, so history and wishes bend the roster but never unbalance it much. */
const SPREAD = 1;
const HISTORY_SPECIAL = 3;
const HISTORY_LOAD = 0.5;
const AVOIDED_DAY = 2;
const PREFERRED_DAY = 1;
/** Two shifts of one person closer than this many hours (start to end) count as bunched. */
const BUNCH_HOURS = 36;
const BUNCH = 1;

/** A roster under construction with the counters the hard rules and the score need. */
export class SearchState {
  readonly seatPerson: Int32Array;
  /** Per person and shift: how many of that shift's seats the person holds. */
  private readonly held: Uint8Array;
  private readonly nights: Uint8Array;
  readonly count: Int32Array;
  readonly hours: Float64Array;
  readonly load: Float64Array;
  /** Per person, the seats held, ordered by shift start. */
  readonly seatsOf: number[][];
  private readonly softOf: Float64Array;
  private readonly spreadOf: Float64Array;
  /** Per role, the three largest relative loads and who holds them (enough to price a two-person move). */
  private readonly topValue: Float64Array;
  private readonly topPerson: Int32Array;
  unfilled = 0;
  private spread = 0;
  private softSum = 0;

  /**
   * Per role, the group's people by relative load, least first, and where each stands (−1 when not
   * in the group): on large plans the search looks at the least loaded candidates only.
   */
  readonly byLoad: Int32Array[];
  private readonly rankIn: Int32Array[];

  /** An empty roster but for the kept seats, or (`initial`, a `seatPerson` copy) a saved one rebuilt at once. */
  constructor(
    readonly m: SearchModel,
    initial?: Int32Array,
  ) {
    this.seatPerson = new Int32Array(m.seats).fill(-1);
    this.held = new Uint8Array(m.people * m.shifts);
    this.nights = new Uint8Array(m.people * m.nights);
    this.count = new Int32Array(m.people);
    this.hours = new Float64Array(m.people);
    this.load = new Float64Array(m.people);
    this.seatsOf = Array.from({ length: m.people }, () => []);
    this.softOf = new Float64Array(m.people);
    this.spreadOf = new Float64Array(m.people);
    this.topValue = new Float64Array(3 * m.groups.length);
    this.topPerson = new Int32Array(3 * m.groups.length).fill(-1);
    for (let s = 0; s < m.seats; s++) {
      const p = m.kept[s] ? m.keptPerson[s]! : (initial?.[s] ?? -1);
      if (!m.kept[s] && p < 0) this.unfilled++;
      else if (p >= 0) this.place(s, p);
    }
    for (let p = 0; p < m.people; p++) this.refreshPerson(p);
    m.groups.forEach((_, r) => this.refreshTop(r));
    this.byLoad = m.groups.map((g) => Int32Array.from(g).sort((a, b) => this.relative(a) - this.relative(b)));
    this.rankIn = this.byLoad.map((order) => {
      const rank = new Int32Array(m.people).fill(-1);
      order.forEach((p, i) => (rank[p] = i));
      return rank;
    });
  }

  score(): Score {
    let maxSum = 0;
    for (let r = 0; r < this.m.groups.length; r++) maxSum += this.topValue[3 * r]!;
    return { unfilled: this.unfilled, maxSum, soft: SPREAD * this.spread + this.softSum };
  }

  relative(p: number, load = this.load[p]!): number {
    const a = this.m.availability[p]!;
    return a > 0 ? load / a : load;
  }

  /** People holding the largest relative load of each role. */
  bottlenecks(): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.topPerson.length; i++) {
      const max = this.topValue[i - (i % 3)]!;
      if (this.topPerson[i]! >= 0 && max > 0 && this.topValue[i]! >= max - EPS) out.push(this.topPerson[i]!);
    }
    return out;
  }

  /** Whether p may take seat s under every hard rule, as if p did not hold `releasing`. */
  canTake(p: number, s: number, releasing = -1): boolean {
    const m = this.m;
    if (!m.eligible(p, s)) return false;
    const t = m.seatShift[s]!;
    const freed = releasing >= 0 ? m.seatShift[releasing]! : -1;
    const row = p * m.shifts;
    for (const c of m.conflicts[t]!) {
      if (this.held[row + c]! - (c === freed ? 1 : 0) > 0) return false;
    }
    const rules = m.problem.rules;
    const less = releasing >= 0 ? 1 : 0;
    if (rules.maxShiftsPerPerson !== null && this.count[p]! - less + 1 > rules.maxShiftsPerPerson) return false;
    if (rules.maxHoursPerPerson !== null) {
      const h = this.hours[p]! - (freed >= 0 ? m.shiftHours[freed]! : 0) + m.shiftHours[t]!;
      if (h > rules.maxHoursPerPerson + EPS) return false;
    }
    if (rules.maxConsecutiveNights !== null && m.shiftNightFirst[t]! >= 0) {
      if (this.nightRun(p, t, freed) > rules.maxConsecutiveNights) return false;
    }
    return true;
  }

  /**
   * The run of consecutive nights p would work through shift t's nights, as if p did not hold
   * shift `freed`. Inlined rather than `nightRunThrough` with a closure: this is the search's
   * innermost test, and a closure per call dominated large plans' profiles.
   */
  private nightRun(p: number, t: number, freed: number): number {
    const { nights, m } = this;
    const first = m.shiftNightFirst[t]!;
    const last = m.shiftNightLast[t]!;
    const freedFirst = freed >= 0 ? m.shiftNightFirst[freed]! : -1;
    const freedLast = freed >= 0 ? m.shiftNightLast[freed]! : -2;
    const row = p * m.nights;
    let run = last - first + 1;
    for (let d = first - 1; d >= 0 && nights[row + d]! - (d >= freedFirst && d <= freedLast ? 1 : 0) > 0; d--) run++;
    for (let d = last + 1; d < m.nights && nights[row + d]! - (d >= freedFirst && d <= freedLast ? 1 : 0) > 0; d++) run++;
    return run;
  }

  /**
   * The score after moving seat `s1` from its holder to q and, for a swap, seat `s2` from q to
   * that holder; nothing is changed.
   */
  scoreAfter(s1: number, q: number, s2 = -1): Score {
    const p = this.seatPerson[s1]!;
    const m = this.m;
    const w1 = m.seatWeight[s1]!;
    const w2 = s2 >= 0 ? m.seatWeight[s2]! : 0;
    const loadP = p >= 0 ? this.load[p]! - w1 + w2 : 0;
    const loadQ = this.load[q]! + w1 - w2;
    const softP = p >= 0 ? this.personSoft(p, s1, s2, loadP) : 0;
    const softQ = this.personSoft(q, s2, s1, loadQ);
    const relP = p >= 0 ? this.relative(p, loadP) : 0;
    const relQ = this.relative(q, loadQ);
    let maxSum = 0;
    for (let r = 0; r < m.groups.length; r++) {
      let v = 0;
      for (let k = 3 * r; k < 3 * r + 3; k++) {
        const holder = this.topPerson[k]!;
        if (holder >= 0 && holder !== p && holder !== q) {
          v = this.topValue[k]!;
          break;
        }
      }
      if (p >= 0 && m.personRoles[p]!.includes(r)) v = Math.max(v, relP);
      if (m.personRoles[q]!.includes(r)) v = Math.max(v, relQ);
      maxSum += v;
    }
    let spread = this.spread + this.spreadTerm(q, relQ) - this.spreadOf[q]!;
    let soft = this.softSum + softQ - this.softOf[q]!;
    if (p >= 0) {
      spread += this.spreadTerm(p, relP) - this.spreadOf[p]!;
      soft += softP - this.softOf[p]!;
    }
    return { unfilled: this.unfilled - (p < 0 ? 1 : 0), maxSum, soft: SPREAD * spread + soft };
  }

  /** Applies what `scoreAfter` priced. */
  move(s1: number, q: number, s2 = -1): void {
    const p = this.seatPerson[s1]!;
    if (p >= 0) this.remove(s1);
    else this.unfilled--;
    if (s2 >= 0) {
      this.remove(s2);
      this.place(s2, p);
    }
    this.place(s1, q);
    this.settle([p, q]);
  }

  /** Empties a seat (kept seats are never passed here). */
  vacate(s: number): void {
    const p = this.seatPerson[s]!;
    this.remove(s);
    this.unfilled++;
    this.settle([p]);
  }

  private settle(people: number[]): void {
    for (const p of people) if (p >= 0) this.refreshPerson(p);
    for (let r = 0; r < this.m.groups.length; r++) {
      if (people.some((p) => p >= 0 && this.m.personRoles[p]!.includes(r))) this.refreshTop(r);
    }
    for (const p of people) if (p >= 0) for (const r of this.m.personRoles[p]!) this.rerank(r, p);
  }

  /** Moves p to its place in role r's load order after its load changed (one step at a time: loads change by a seat). */
  private rerank(r: number, p: number): void {
    const order = this.byLoad[r]!;
    const rank = this.rankIn[r]!;
    const value = this.relative(p);
    let i = rank[p]!;
    while (i > 0 && this.relative(order[i - 1]!) > value) {
      order[i] = order[i - 1]!;
      rank[order[i]!] = i--;
    }
    while (i < order.length - 1 && this.relative(order[i + 1]!) < value) {
      order[i] = order[i + 1]!;
      rank[order[i]!] = i++;
    }
    order[i] = p;
    rank[p] = i;
  }

  private place(s: number, p: number): void {
    const m = this.m;
    const t = m.seatShift[s]!;
    this.seatPerson[s] = p;
    this.held[p * m.shifts + t]!++;
    for (let d = m.shiftNightFirst[t]!; d >= 0 && d <= m.shiftNightLast[t]!; d++) this.nights[p * m.nights + d]!++;
    this.count[p]!++;
    this.hours[p]! += m.shiftHours[t]!;
    this.load[p]! += m.seatWeight[s]!;
    const list = this.seatsOf[p]!;
    let i = list.length;
    while (i > 0 && m.shiftStart[m.seatShift[list[i - 1]!]!]! > m.shiftStart[t]!) i--;
    list.splice(i, 0, s);
  }

  private remove(s: number): void {
    const m = this.m;
    const p = this.seatPerson[s]!;
    const t = m.seatShift[s]!;
    this.seatPerson[s] = -1;
    this.held[p * m.shifts + t]!--;
    for (let d = m.shiftNightFirst[t]!; d >= 0 && d <= m.shiftNightLast[t]!; d++) this.nights[p * m.nights + d]!--;
    this.count[p]!--;
    this.hours[p]! -= m.shiftHours[t]!;
    this.load[p]! -= m.seatWeight[s]!;
    const list = this.seatsOf[p]!;
    list.splice(list.indexOf(s), 1);
  }

  private spreadTerm(p: number, rel: number): number {
    return this.m.personRoles[p]!.length * rel * rel;
  }

  private refreshPerson(p: number): void {
    const spread = this.spreadTerm(p, this.relative(p));
    this.spread += spread - this.spreadOf[p]!;
    this.spreadOf[p] = spread;
    const soft = this.personSoft(p, -1, -1, this.load[p]!);
    this.softSum += soft - this.softOf[p]!;
    this.softOf[p] = soft;
  }

  private refreshTop(r: number): void {
    const values = this.topValue;
    const people = this.topPerson;
    const base = 3 * r;
    values.fill(-Infinity, base, base + 3);
    people.fill(-1, base, base + 3);
    for (const p of this.m.groups[r]!) {
      const value = this.relative(p);
      let k = base + 3;
      while (k > base && value > values[k - 1]!) k--;
      if (k === base + 3) continue;
      for (let j = base + 2; j > k; j--) {
        values[j] = values[j - 1]!;
        people[j] = people[j - 1]!;
      }
      values[k] = value;
      people[k] = p;
    }
    for (let k = base; k < base + 3; k++) if (people[k]! < 0) values[k] = 0;
  }

  /** Soft cost of person p's seats without `without` and with `with_`, at a given load. */
  private personSoft(p: number, without: number, with_: number, load: number): number {
    const m = this.m;
    let cost = HISTORY_LOAD * m.loadBalance[p]! * this.relative(p, load);
    let prevEnd = -Infinity;
    const list = this.seatsOf[p]!;
    const addStart = with_ >= 0 ? m.shiftStart[m.seatShift[with_]!]! : Infinity;
    // Walks the seats in start order with `with_` merged in, without building a new list.
    for (let i = 0, added = with_ < 0; i < list.length || !added;) {
      let s: number;
      if (!added && (i === list.length || m.shiftStart[m.seatShift[list[i]!]!]! > addStart)) {
        s = with_;
        added = true;
      } else {
        s = list[i++]!;
        if (s === without) continue;
      }
      const t = m.seatShift[s]!;
      if (m.shiftSpecial[t]) cost += HISTORY_SPECIAL * m.pastSpecial[p]!;
      const pref = m.dayPreference[p * m.days + m.shiftDay[t]!]!;
      cost += pref > 0 ? AVOIDED_DAY : pref < 0 ? -PREFERRED_DAY : 0;
      const gap = (m.shiftStart[t]! - prevEnd) / 3_600_000;
      if (gap < BUNCH_HOURS) cost += (BUNCH * (BUNCH_HOURS - gap)) / BUNCH_HOURS;
      prevEnd = Math.max(prevEnd, m.shiftEnd[t]!);
    }
    return cost;
  }
}
