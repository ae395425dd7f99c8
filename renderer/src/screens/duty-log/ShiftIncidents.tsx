import { useState } from 'react';
import type { DutyLogBundle } from '../../../../shared/api/duty-log';
import type { ShiftPageView } from '../../../../shared/duty-log/shift-page';
import { useI18n } from '../../i18n/I18nContext';
import { IncidentCard } from './IncidentCard';
import { IncidentForm } from './IncidentForm';
import type { DutyLogRun } from './useLogEdits';

/** The incidents open during the shift (found in it or carried from before until handled), and a new one. */
export function ShiftIncidents({ bundle, page, run, now, editable }: { bundle: DutyLogBundle; page: ShiftPageView; run: DutyLogRun; now: number; editable: boolean }) {
  const { t } = useI18n();
  const [adding, setAdding] = useState(false);
  const leaders = page.seats.filter((s) => s.seat.role === 'leader' && s.actual).map((s) => s.actual!);
  return (
    <section className="card" aria-labelledby={`incidents-${page.shift.id}`}>
      <header className="section-header">
        <h3 id={`incidents-${page.shift.id}`}>{t('dutyLog.incidents')}</h3>
        {editable && (
          <button type="button" className="primary" onClick={() => setAdding(true)}>
            {t('dutyLog.incident.new')}
          </button>
        )}
      </header>
      {page.incidents.length === 0 && <p className="hint">{t('dutyLog.incidents.none')}</p>}
      {page.incidents.map((incident) => (
        <IncidentCard key={incident.id} bundle={bundle} incident={incident} shiftId={page.shift.id} leaders={leaders} now={now} run={run} editable={editable} />
      ))}
      {adding && <IncidentForm bundle={bundle} shiftId={page.shift.id} now={Math.min(Math.max(now, page.shift.start), page.shift.end - 60_000)} run={run} onClose={() => setAdding(false)} />}
    </section>
  );
}
