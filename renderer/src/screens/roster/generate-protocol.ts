import type { GenerateOptions, GenerateResult } from '../../../../shared/roster/generate';
import type { RosterProblem } from '../../../../shared/roster/problem';

/** What the editor posts to the generator worker, and what comes back. */
export interface GenerateRequest {
  problem: RosterProblem;
  seed: number;
  mode: GenerateOptions['mode'];
  /** The set-up screen's pre-check: fill seats only (see GenerateOptions.fillOnly). */
  fillOnly?: boolean;
}

export type GenerateReply = { type: 'progress'; fraction: number } | { type: 'done'; result: GenerateResult } | { type: 'failed'; message: string };
