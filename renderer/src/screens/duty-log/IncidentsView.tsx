import type { DutyLogBundle } from '../../../../shared/api/duty-log';
import { incidentList } from '../../../../shared/duty-log/incidents';
import { pageShifts } from '../../../../shared/duty-log/logged-plan';
import { currentShifts } from '../../../../shared/duty-log/shift-page';
import { useI18n } from '../../i18n/I18nContext';
import { IncidentCard } from './IncidentCard';
import type { DutyLogRun } from './useLogEdits';

/** Every incident of the duty window, in the order found; updates made here are written on the shift running now. */
export function IncidentsView({ bundle, run, now }: { bundle: DutyLogBundle; run: DutyLogRun; now: number }) {
  const { t } = useI18n();
  const incidents = incidentList(bundle.log);
  const current = currentShifts(pageShifts(bundle.core, bundle.log), now).at(-1) ?? null;
  return (
    <section className="card" aria-labelledby="all-incidents">
      <h2 id="all-incidents">{t('dutyLog.incidents')}</h2>
      {incidents.length === 0 && <p className="hint">{t('dutyLog.incidents.all.none')}</p>}
      {incidents.map((incident) => (
        <IncidentCard key={incident.id} bundle={bundle} incident={incident} shiftId={current?.id ?? null} leaders={[]} now={now} run={run} editable />
      ))}
    </section>
  );
}
