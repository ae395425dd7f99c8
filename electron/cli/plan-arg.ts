import { existsSync } from 'node:fs';
import { parsePlanDocument } from '../../shared/plan/migrations';
import type { Plan } from '../../shared/plan/schema';
import { readJsonFile } from '../services/files/read-json';
import type { CliContext } from './command';

export function readPlanFile(path: string): Plan {
  return parsePlanDocument(readJsonFile(path), `Tệp ${path}`);
}

/** A PLAN argument is a `.lichtruc.json` path or the id of a stored plan. */
export async function loadPlanArg(ctx: CliContext, arg: string): Promise<{ plan: Plan; source: 'file' | 'store' }> {
  if (arg.endsWith('.json') || existsSync(arg)) return { plan: readPlanFile(arg), source: 'file' };
  return { plan: await ctx.client().call('plans:get', { id: arg }), source: 'store' };
}
