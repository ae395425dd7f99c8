import { parseDutyLogDocument } from '../../../shared/duty-log/parse';
import type { DutyLog } from '../../../shared/duty-log/schema';
import type { ServiceContext } from '../context';
import type { DocRef } from '../store/document-store';
import { PlanDocumentStore } from '../store/plan-documents';

/**
 * A plan's duty log is `duty-logs/<planId>.json`: named by the plan's id so it follows the plan
 * into the trash (`trash/duty-logs/<planId>.json`) and back, and survives every re-publishing.
 */
export const dutyLogRef = (planId: string): DocRef => ({ dir: 'duty-logs', name: planId });

/** The duty log documents, with the plans' guarantees: atomic writes, backups, corrupt files moved aside and reported. */
export class DutyLogStore extends PlanDocumentStore<DutyLog> {
  constructor(ctx: ServiceContext) {
    super(ctx, 'duty-logs', parseDutyLogDocument);
  }
}
