import type { GenerateOptions, GenerateResult } from '../../../../shared/roster/generate';
import type { RosterProblem } from '../../../../shared/roster/problem';
import { AppError } from '../../../../shared/errors/app-error';
import { msg, type Message } from '../../../../shared/i18n/message';

/** What the editor posts to the generator worker, and what comes back. */
export interface GenerateRequest {
  problem: RosterProblem;
  seed: number;
  mode: GenerateOptions['mode'];
  /** The set-up screen's pre-check: fill seats only (see GenerateOptions.fillOnly). */
  fillOnly?: boolean;
}

export type GenerateReply = { type: 'progress'; fraction: number } | { type: 'done'; result: GenerateResult } | { type: 'failed'; message: Message };

/**
 * Why a run ended without a roster, as a message: the generator's own refusal when it gave one,
 * else the fault (a bug, or the worker's script failing to load), kept in its own words inside ours.
 */
export function generatorFault(error: unknown): Message {
  if (error instanceof AppError) return error.reason;
  return msg('generator.crashed', { detail: error instanceof Error ? error.message : String(error) });
}
