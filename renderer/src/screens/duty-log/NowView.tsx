import type { DutyLogBundle } from '../../../../shared/api/duty-log';
import { currentStatus } from '../../../../shared/duty-log/incidents';
import { pageShifts } from '../../../../shared/duty-log/logged-plan';
import { currentShifts, nowShift } from '../../../../shared/duty-log/shift-page';
import { useI18n } from '../../i18n/I18nContext';
import { ShiftPage } from './ShiftPage';
import type { DutyLogRun } from './useLogEdits';
import { shiftTitle, whenOf } from './words';

/** "Bây giờ": the page of the shift on duty now (or the next one), with what is still open. */
export function NowView({ bundle, run, now }: { bundle: DutyLogBundle; run: DutyLogRun; now: number }) {
  const { t, language } = useI18n();
  const shifts = pageShifts(bundle.core, bundle.log);
  const live = shifts.filter((s) => !s.vanished);
  const shift = nowShift(shifts, now);
  const running = currentShifts(shifts, now);
  const open = bundle.log.incidents.filter((i) => currentStatus(i) !== 'handled');
  const next = shift ? live.find((s) => s.start > shift.start) : undefined;
  const before = live[0] && now < live[0].start;
  const after = live.at(-1) && now >= live.at(-1)!.end;
  return (
    <section className="now-view" aria-labelledby="now-title">
      <div className="now-bar">
        <h2 id="now-title">{t('dutyLog.now.title', { time: whenOf(now) })}</h2>
        <p>
          {before && live[0] && t('dutyLog.now.before', { shift: shiftTitle(live[0], language) })}
          {after && t('dutyLog.now.after')}
          {!before && !after && running.length === 0 && t('dutyLog.now.none')}
          {open.length > 0 && <span className="warn"> {t('dutyLog.now.openIncidents', { count: open.length })}</span>}
          {next && <span className="hint"> · {t('dutyLog.now.nextShift', { shift: shiftTitle(next, language) })}</span>}
        </p>
      </div>
      {shift && <ShiftPage key={shift.id} bundle={bundle} run={run} shiftId={shift.id} now={now} />}
    </section>
  );
}
