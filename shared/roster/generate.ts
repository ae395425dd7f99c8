import type { StaffRole } from '../staff/schema';
import type { RosterAssignment, RosterProblem } from './problem';
import { type SeatExplanation, explainUnfilled } from './explain';
import { fairnessReport } from './fairness';
import { fillByExchange } from './fill-exchange';
import { maxRelativeLoadByRole } from './load';
import { type Random, seededRandom } from './random';
import { type SearchModel, buildSearchModel } from './search-model';
import { type Score, SearchState, better } from './search-state';

export interface GenerateOptions {
  seed: number;
  /** 'regenerate' keeps locked assignments only; 'fill-empty' keeps every existing one. */
  mode: 'regenerate' | 'fill-empty';
  /** Local-search rounds at most; the default grows with the plan. Counted, not timed, to stay deterministic. */
  maxIterations?: number;
  onProgress?: (fraction: number) => void;
  /** Polled now and then; returning true ends the search early with the best roster so far. */
  shouldStop?: () => boolean;
  /**
   * Fill seats only, without the fairness search: the set-up screen's pre-check. The full run
   * starts from this very fill (it does not depend on the seed) and never empties a seat, so
   * when this fills every seat, generation with any seed does too.
   */
  fillOnly?: boolean;
}

export type UnfilledSeat = SeatExplanation;

export interface GenerateStats {
  iterations: number;
  maxRelativeLoadByRole: Partial<Record<StaffRole, number>>;
  balanceScore: number;
}

export interface GenerateResult {
  assignments: RosterAssignment[];
  unfilled: UnfilledSeat[];
  stats: GenerateStats;
}

/** Rounds without a new best after which the search stops: it has settled. */
const STALL_ROUNDS = 40;
/** Plans with fewer seats than this get several independent starts (up to 8). */
const STARTS_SEATS = 160;
/** Seats looked at per round besides those of the most loaded people, to reach soft goals too. */
const RANDOM_SEATS = 4;
/** Seats with more candidates than this are offered to the `SCAN` least loaded of them only. */
const WIDE = 400;
const SCAN = 48;
/** The seed of the first start's fill, the same for every run (see `fillOnly`). */
const FILL_SEED = 0x5eed;

/**
 * Fills the duty window: a greedy pass (most constrained seats first, each to whoever raises the
 * fairness objective least), ejection chains for seats left empty, then iterated local search
 * (moves and swaps around the most loaded people, random kicks from the best roster so far).
 * Synchronous and pure so it runs the same in a Web Worker and in Node.
 */
export function generateRoster(problem: RosterProblem, options: GenerateOptions): GenerateResult {
  const keep = options.mode === 'regenerate' ? problem.assignments.filter((a) => a.locked) : problem.assignments;
  const model = buildSearchModel(problem, keep);
  // Small plans are cheap, and their local optima are deep: independent starts find the optimum
  // more surely than longer searches from one start.
  const starts = Math.max(1, Math.min(8, Math.floor(STARTS_SEATS / Math.max(1, model.seats))));
  let best: SearchState | null = null;
  let iterations = 0;
  for (let start = 0; start < starts; start++) {
    const rng = seededRandom(options.seed + start * 0x9e3779b9);
    // The first start fills the same way whatever the seed: that fill is the pre-check's promise.
    const state = fill(model, start === 0 ? seededRandom(FILL_SEED) : rng);
    if (options.fillOnly) {
      best = state;
      break;
    }
    const progress = options.onProgress && ((f: number) => options.onProgress!((start + f) / starts));
    const found = improve(state, rng, { ...options, onProgress: progress });
    iterations += found.iterations;
    if (!best || better(found.state.score(), best.score())) best = found.state;
    if (options.shouldStop?.()) break;
  }
  options.onProgress?.(1);

  const generated: RosterAssignment[] = [];
  best!.seatPerson.forEach((p, s) => {
    if (!model.kept[s] && p >= 0) generated.push({ seatId: problem.seats[s]!.id, staffId: problem.people[p]!.id, locked: false });
  });
  const assignments = [...keep, ...generated];
  return {
    assignments,
    unfilled: explainUnfilled(problem, assignments),
    stats: {
      iterations,
      maxRelativeLoadByRole: maxRelativeLoadByRole(problem, assignments),
      balanceScore: fairnessReport(problem, assignments).balanceScore,
    },
  };
}

function shuffled<T>(items: T[], rng: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const openSeats = (state: SearchState) => Array.from(state.seatPerson.keys()).filter((s) => !state.m.kept[s] && state.seatPerson[s]! < 0);

/**
 * The people to try for seat s: every candidate on ordinary plans. With thousands of staff, the
 * `SCAN` least loaded (relative to availability) of those role, skill, leave and nights allow:
 * whoever lowers the largest load or the spread is among them, and a look at a seat then costs
 * the same whatever the size of the staff (comparing all of them made the search people × people).
 */
function choices(state: SearchState, s: number): Int32Array {
  const m = state.m;
  const all = m.candidates[s]!;
  if (all.length <= WIDE) return all;
  const order = state.byLoad[m.seatGroup[s]!]!;
  const out = new Int32Array(SCAN);
  let n = 0;
  for (let i = 0; i < order.length && n < SCAN; i++) {
    const q = order[i]!;
    if (m.eligible(q, s)) out[n++] = q;
  }
  return out.subarray(0, n);
}

/** Gives seat s to the allowed person (other than `except`) it costs least; false if nobody may take it. */
function placeBest(state: SearchState, s: number, except = -1): boolean {
  let best = -1;
  let bestScore: Score | null = null;
  for (const q of choices(state, s)) {
    if (q === except || !state.canTake(q, s)) continue;
    const score = state.scoreAfter(s, q);
    if (!bestScore || better(score, bestScore)) [best, bestScore] = [q, score];
  }
  if (best >= 0) state.move(s, best);
  return best >= 0;
}

/** A first roster: greedy construction, then repair of the seats it left empty. */
function fill(model: SearchModel, rng: Random): SearchState {
  const state = new SearchState(model);
  construct(state, rng);
  repairEmpty(state, rng);
  if (state.unfilled > 0) fillByExchange(state);
  return state;
}

function construct(state: SearchState, rng: Random): void {
  const m = state.m;
  // Ties broken at random so the seed decides among equally constrained seats.
  const order = shuffled(openSeats(state), rng).sort((a, b) => m.candidates[a]!.length - m.candidates[b]!.length || m.seatWeight[b]! - m.seatWeight[a]!);
  for (const s of order) placeBest(state, s);
}

/**
 * For each empty seat, tries someone who is blocked only by one or two of their own seats: they
 * give those up, take this one, and others take theirs.
 */
function repairEmpty(state: SearchState, rng: Random): void {
  const m = state.m;
  for (const s of openSeats(state)) {
    const t = m.seatShift[s]!;
    tryPeople: for (const q of shuffled([...m.candidates[s]!], rng)) {
      const mine = state.seatsOf[q]!.filter((b) => !m.kept[b]);
      const clashing = mine.filter((b) => m.conflictMatrix[t * m.shifts + m.seatShift[b]!]);
      // Without a clash, a load cap or a run of nights blocks q: giving up any one seat may do.
      const tries = clashing.length ? [clashing] : mine.map((b) => [b]);
      for (const given of tries) {
        if (given.length > 2) continue;
        for (const b of given) state.vacate(b);
        if (state.canTake(q, s)) {
          state.move(s, q);
          if (given.every((b) => placeBest(state, b, q))) break tryPeople;
          state.vacate(s);
          for (const b of given) if (state.seatPerson[b]! >= 0) state.vacate(b);
        }
        for (const b of given) state.move(b, q);
      }
    }
  }
}

/** One improving move or swap around the most loaded people (and a few random seats); false at a local optimum. */
function descend(state: SearchState, rng: Random): boolean {
  const m = state.m;
  const focus = shuffled(state.bottlenecks(), rng).flatMap((p) => state.seatsOf[p]!);
  const random = Array.from({ length: RANDOM_SEATS }, () => rng.int(m.seats));
  const seats = [...openSeats(state), ...focus, ...random].filter((s) => !m.kept[s]);
  const current = state.score();
  for (const s1 of seats) {
    const p = state.seatPerson[s1]!;
    let best: [number, number] | null = null;
    let bestScore = current;
    const options = choices(state, s1);
    for (let i = 0; i < options.length; i++) {
      const q = options[i]!;
      if (q === p) continue;
      if (state.canTake(q, s1)) {
        const score = state.scoreAfter(s1, q);
        if (better(score, bestScore)) [best, bestScore] = [[q, -1], score];
        continue;
      }
      if (p < 0) continue;
      for (const s2 of state.seatsOf[q]!) {
        if (m.kept[s2] || !m.eligible(p, s2) || !state.canTake(q, s1, s2) || !state.canTake(p, s2, s1)) continue;
        const score = state.scoreAfter(s1, q, s2);
        if (better(score, bestScore)) [best, bestScore] = [[q, s2], score];
      }
    }
    if (best) {
      state.move(s1, best[0], best[1]);
      return true;
    }
  }
  return false;
}

/** A few random legal reassignments, to leave a local optimum. */
function kick(state: SearchState, rng: Random): void {
  const m = state.m;
  const moves = 2 + rng.int(3);
  for (let tries = 0, done = 0; tries < 20 * moves && done < moves; tries++) {
    const s = rng.int(m.seats);
    const p = state.seatPerson[s]!;
    const options = m.candidates[s]!;
    const q = options[rng.int(options.length)];
    if (m.kept[s] || p < 0 || q === undefined || q === p || !state.canTake(q, s)) continue;
    state.move(s, q);
    done++;
  }
}

function improve(start: SearchState, rng: Random, options: GenerateOptions): { state: SearchState; iterations: number } {
  const model = start.m;
  const maxIterations = options.maxIterations ?? Math.min(600, 200 + 4 * model.seats);
  let state = start;
  let best = { score: state.score(), seats: Int32Array.from(state.seatPerson) };
  let stall = 0;
  let iterations = 0;
  for (; iterations < maxIterations && stall < STALL_ROUNDS; iterations++) {
    if (iterations % 16 === 0) {
      options.onProgress?.(iterations / maxIterations);
      if (options.shouldStop?.()) break;
    }
    if (state.unfilled > 0) repairEmpty(state, rng);
    if (descend(state, rng)) continue;
    if (better(state.score(), best.score)) {
      best = { score: state.score(), seats: Int32Array.from(state.seatPerson) };
      stall = 0;
    } else {
      stall++;
      state = new SearchState(model, best.seats);
    }
    kick(state, rng);
  }
  if (better(state.score(), best.score)) return { state, iterations };
  return { state: new SearchState(model, best.seats), iterations };
}
