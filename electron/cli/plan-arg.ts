import { existsSync } from 'node:fs';
import { parsePlanFile } from '../../shared/plan/plan-file';
import type { Plan } from '../../shared/plan/schema';
import { readJsonFile } from '../services/files/read-json';
import type { CliContext } from './command';

export function readPlanFile(path: string): Plan {
  return parsePlanFile(readJsonFile(path), path);
}

/** A PLAN argument is a `.lichtruc.json` path or the id of a stored plan. */
export async function loadPlanArg(ctx: CliContext, arg: string): Promise<{ plan: Plan; source: 'file' | 'store' }> {
  if (arg.endsWith('.json') || existsSync(arg)) return { plan: readPlanFile(arg), source: 'file' };
  return { plan: await ctx.client().call('plans:get', { id: arg }), source: 'store' };
}
