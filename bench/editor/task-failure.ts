/**
 * Why a scripted task stopped, said so that the line printed instead of its figures is enough to
 * start looking: which task, which seat, whom it was meant to get and whom it got (or what the
 * editor asked). A bare Playwright timeout would only say that something took 60 s.
 */
export class TaskFailure extends Error {
  constructor(task: string, what: string) {
    super(`${task}: ${what}`);
    this.name = 'TaskFailure';
  }
}

/** "Nguyễn Văn An (nv-01)", or that nobody was. */
export function who(nameOf: ReadonlyMap<string, string>, staffId: string | null | undefined): string {
  return staffId ? `${nameOf.get(staffId) ?? 'someone not on the staff'} (${staffId})` : 'nobody';
}

/** One seat a task gives to one person: what a failure on its way is about. */
export interface SeatStep {
  task: string;
  seatId: string;
  staffId: string;
  nameOf: ReadonlyMap<string, string>;
}

export const expected = (step: SeatStep) => `seat ${step.seatId}, expected ${who(step.nameOf, step.staffId)}`;

/**
 * The seats of `seatIds` whose stored holder is not the wanted one, each as "seat: expected X, got Y";
 * null when all are right.
 */
export function wrongHolders(
  task: string,
  seatIds: readonly string[],
  wanted: (seatId: string) => string,
  stored: readonly { seatId: string; staffId: string }[],
  nameOf: ReadonlyMap<string, string>,
): TaskFailure | null {
  const wrong = seatIds.flatMap((seatId) => {
    const got = stored.find((a) => a.seatId === seatId)?.staffId;
    return got === wanted(seatId) ? [] : [`${seatId} expected ${who(nameOf, wanted(seatId))}, got ${who(nameOf, got)}`];
  });
  return wrong.length ? new TaskFailure(task, `${wrong.length} of ${seatIds.length} seats stored with the wrong person: ${wrong.join('; ')}`) : null;
}
