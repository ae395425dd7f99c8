import { AppError } from '../errors/app-error';
import { findUnsafeText, unsafeCharMessage } from '../text/unsafe-text';
import { planLimitProblem, rawSizeProblem } from './input-limits';
import { parsePlanDocument } from './migrations';
import type { Plan } from './schema';
import { placeOf } from '../errors/first-issue';
import { msg, type Message } from '../i18n/message';

/**
 * A plan file brought in from outside (imported, or named on the command line): read like a stored
 * plan, then held to the rules of input, which a plan already in the store is not (it still loads).
 */
export function parsePlanFile(raw: unknown, fileName: string): Plan {
  const kind = msg('plans.file.kind', { name: fileName });
  const refuse = (where: string, problem: Message): never => {
    throw new AppError('PLAN_FILE_INVALID', msg('plans.file.refused', { kind, problem, where: placeOf(where) }), where);
  };
  const size = rawSizeProblem(raw);
  if (size) refuse(size.where, size.message);
  const plan = parsePlanDocument(raw, kind);
  const unsafe = findUnsafeText(plan);
  if (unsafe) refuse(unsafe.where, msg('plans.file.unsafe', { char: unsafeCharMessage(unsafe.char) }));
  const broken = planLimitProblem(plan);
  if (broken) refuse(broken.where, broken.message);
  return plan;
}
