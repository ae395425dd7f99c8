import { resolve } from 'node:path';
import type { Plan } from '../../shared/plan/schema';
import { writeFileAtomicSync } from '../services/files/atomic-write';
import { FileLock } from '../services/store/file-lock';
import { json } from './output';
import { readPlanFile } from './plan-arg';

/**
 * A plan file changed in place (or copied to `target`) the way the store changes a plan: under a
 * lock on the file written, starting from the file as it is then, written atomically. `edit` runs
 * inside the lock, so it must be quick: a generation is computed before and only applied here.
 */
export async function editPlanFile(source: string, target: string, edit: (fresh: Plan) => Plan): Promise<Plan> {
  const release = await new FileLock(`${resolve(target)}.lock`).acquire();
  try {
    const next = edit(readPlanFile(source));
    writeFileAtomicSync(target, json(next));
    return next;
  } finally {
    release();
  }
}
