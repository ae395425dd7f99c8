import { AppError } from '../errors/app-error';
import { describeUnsafeChar, findUnsafeText } from '../text/unsafe-text';
import { planLimitProblem, rawSizeProblem } from './input-limits';
import { parsePlanDocument } from './migrations';
import type { Plan } from './schema';

/**
 * A plan file brought in from outside (imported, or named on the command line): read like a stored
 * plan, then held to the rules of input, which a plan already in the store is not (it still loads).
 */
export function parsePlanFile(raw: unknown, fileName: string): Plan {
  const kind = `Tệp ${fileName}`;
  const refuse = (where: string, message: string): never => {
    throw new AppError('PLAN_FILE_INVALID', `${kind}: ${message} (ở "${where}"); tệp không được nhập.`, where);
  };
  const size = rawSizeProblem(raw);
  if (size) refuse(size.where, size.message);
  const plan = parsePlanDocument(raw, kind);
  const unsafe = findUnsafeText(plan);
  if (unsafe) refuse(unsafe.where, `chứa ${describeUnsafeChar(unsafe.char)}`);
  const broken = planLimitProblem(plan);
  if (broken) refuse(broken.where, broken.message);
  return plan;
}
