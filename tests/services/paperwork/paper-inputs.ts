import type { PaperInputs } from '../../../electron/services/paperwork/paper-files';
import type { DutyLog } from '../../../shared/duty-log/schema';
import type { ExportSource } from '../../../shared/export/source';
import type { PlanCore } from '../../../shared/plan/schema';
import type { ReadinessTask } from '../../../shared/readiness/schema';
import type { Settings } from '../../../shared/settings/schema';

/** What paperFile reads, for a test: the source, the settings, the logged version and its log, the readiness tasks (none: a paper that does not read them). */
export function paperInputs(source: ExportSource, settings: Settings, now: number, logged?: { core: PlanCore; log: DutyLog }, readiness?: readonly ReadinessTask[]): PaperInputs {
  return {
    source,
    settings,
    now,
    logged: () => {
      if (!logged) throw new Error('this paper reads no duty log');
      return logged;
    },
    readiness: () => {
      if (!readiness) throw new Error('this paper reads no readiness checklist');
      return readiness;
    },
  };
}
