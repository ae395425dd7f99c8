import { existsSync, readFileSync } from 'node:fs';
import { AppError } from '../../shared/errors/app-error';
import { parsePlanDocument } from '../../shared/plan/migrations';
import type { Plan } from '../../shared/plan/schema';
import type { CliContext } from './command';

/** A PLAN argument is a `.lichtruc.json` path or the id of a stored plan. */
export async function loadPlanArg(ctx: CliContext, arg: string): Promise<{ plan: Plan; source: 'file' | 'store' }> {
  if (arg.endsWith('.json') || existsSync(arg)) {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(arg, 'utf8').replace(/^\uFEFF/, ''));
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      throw new AppError('PLAN_FILE_INVALID', `Không đọc được tệp kế hoạch ${arg}: ${reason}`);
    }
    return { plan: parsePlanDocument(raw, `Tệp ${arg}`), source: 'file' };
  }
  return { plan: await ctx.client().call('plans:get', { id: arg }), source: 'store' };
}
