import { AppError } from '../api/errors';
import { describeUnsafeChar, findUnsafeText } from '../text/unsafe-text';
import { parsePlanDocument } from './migrations';
import type { Plan } from './schema';

/**
 * A plan file brought in from outside (imported, or named on the command line): read like a stored
 * plan, then held to the rules of input, which a plan already in the store is not (it still loads).
 */
export function parsePlanFile(raw: unknown, fileName: string): Plan {
  const kind = `Tệp ${fileName}`;
  const plan = parsePlanDocument(raw, kind);
  const unsafe = findUnsafeText(plan);
  if (unsafe) throw new AppError('PLAN_FILE_INVALID', `${kind}: "${unsafe.where}" chứa ${describeUnsafeChar(unsafe.char)}; tệp không được nhập.`, unsafe.where);
  return plan;
}
