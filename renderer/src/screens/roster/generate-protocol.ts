import type { GenerateOptions, GenerateResult } from '../../../../shared/roster/generate';
import type { RosterProblem } from '../../../../shared/roster/problem';

/** What the editor posts to the generator worker, and what comes back. */
export interface GenerateRequest {
  problem: RosterProblem;
  seed: number;
  mode: GenerateOptions['mode'];
}

export type GenerateReply = { type: 'progress'; fraction: number } | { type: 'done'; result: GenerateResult } | { type: 'failed'; message: string };
