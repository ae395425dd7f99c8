import { parseReadinessDocument } from '../../../shared/readiness/parse';
import type { ReadinessDocument } from '../../../shared/readiness/schema';
import type { ServiceContext } from '../context';
import { PlanDocumentStore } from '../store/plan-documents';

/** A plan's readiness checklist, `readiness/<planId>.json`, kept and trashed like its duty log. */
export class ReadinessStore extends PlanDocumentStore<ReadinessDocument> {
  constructor(ctx: ServiceContext) {
    super(ctx, 'readiness', parseReadinessDocument);
  }
}
