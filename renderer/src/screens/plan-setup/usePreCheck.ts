import { useEffect, useState } from 'react';
import type { GenerateResult } from '../../../../shared/roster/generate';
import type { RosterProblem } from '../../../../shared/roster/problem';
import { useGenerator } from '../roster/useGenerator';
import type { Message } from '../../../../shared/i18n/message';

export type PreCheck = { state: 'waiting' } | { state: 'done'; seats: number; result: GenerateResult } | { state: 'failed'; message: Message };

/** Edits come in bursts (typing a time, ticking people): check once they pause. */
const SETTLE_MS = 400;

/**
 * The honest pre-check: the real generator, fill only, in its worker, on the plan as it is being
 * set up. The roster screen's generation starts from this same fill and never empties a seat, so
 * when this fills every seat, so will generation (GenerateOptions.fillOnly).
 */
export function usePreCheck(problem: RosterProblem, seed: number): PreCheck {
  const [check, setCheck] = useState<PreCheck>({ state: 'waiting' });
  const generator = useGenerator(
    (result, request) => setCheck({ state: 'done', seats: request.problem.seats.length, result }),
    (message) => setCheck({ state: 'failed', message }),
  );
  const { start, cancel } = generator;
  useEffect(() => {
    setCheck({ state: 'waiting' });
    const timer = setTimeout(() => start({ problem, seed, mode: 'regenerate', fillOnly: true }), SETTLE_MS);
    return () => {
      clearTimeout(timer);
      cancel();
    };
  }, [problem, seed, start, cancel]);
  return check;
}
