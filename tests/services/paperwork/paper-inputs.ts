import type { PaperInputs } from '../../../electron/services/paperwork/paper-files';
import type { DutyLog } from '../../../shared/duty-log/schema';
import type { ExportSource } from '../../../shared/export/source';
import type { PlanCore } from '../../../shared/plan/schema';
import type { Settings } from '../../../shared/settings/schema';

/** What paperFile reads, for a test: the source, the settings, the logged version and its log (none: a paper that does not read it). */
export function paperInputs(source: ExportSource, settings: Settings, now: number, logged?: { core: PlanCore; log: DutyLog }): PaperInputs {
  return {
    source,
    settings,
    now,
    logged: () => {
      if (!logged) throw new Error('this paper reads no duty log');
      return logged;
    },
  };
}
