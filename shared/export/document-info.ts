import type { PlanCore } from '../plan/schema';
import type { DocumentInfo, Settings } from '../settings/schema';

/** The plan's own document details over the organisation's defaults. */
export function documentInfoOf(core: Pick<PlanCore, 'document'>, settings: Settings): DocumentInfo {
  const own = Object.fromEntries(Object.entries(core.document).filter(([, value]) => value !== undefined && value !== null));
  return { ...settings.document, ...own };
}
