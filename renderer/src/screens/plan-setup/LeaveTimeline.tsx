import { memo } from 'react';
import { formatDate } from '../../../../shared/i18n/dates';
import type { Plan } from '../../../../shared/plan/schema';
import { MINUTES_PER_DAY, fromWallMinutes, wallMinutes } from '../../../../shared/plan/wall-clock';
import { specialDayTitle } from '../../components/DayMarks';
import { useI18n } from '../../i18n/I18nContext';

/** The calendar days the window touches. */
function daysOf(window: Plan['window']): string[] {
  const days: string[] = [];
  for (let m = wallMinutes(window.start.slice(0, 10)); m < wallMinutes(window.end); m += MINUTES_PER_DAY) days.push(fromWallMinutes(m).slice(0, 10));
  return days;
}

/** One line per person with leave: where in the period they are away, next to the special days. */
export const LeaveTimeline = memo(function LeaveTimeline({ plan }: { plan: Pick<Plan, 'window' | 'participants' | 'staff' | 'specialDays'> }) {
  const { t, language } = useI18n();
  const days = daysOf(plan.window);
  const from = wallMinutes(days[0]!);
  const span = days.length * MINUTES_PER_DAY;
  const percent = (local: string) => Math.min(100, Math.max(0, ((wallMinutes(local) - from) / span) * 100));
  const special = new Set(plan.specialDays.map((d) => d.date));
  const title = (date: string) => {
    const day = plan.specialDays.find((s) => s.date === date);
    return day && specialDayTitle(day, language, t);
  };
  const away = plan.participants.filter((p) => p.leave.length > 0);
  const name = (id: string) => plan.staff.find((s) => s.id === id)?.fullName ?? id;
  return (
    <section className="card" aria-labelledby="setup-timeline">
      <h2 id="setup-timeline">{t('setup.timeline.title')}</h2>
      {away.length === 0 ? (
        <p className="hint">{t('setup.timeline.empty')}</p>
      ) : (
        <div className="timeline" style={{ ['--days' as string]: days.length }}>
          <div className="timeline-row timeline-head">
            <span />
            <div className="timeline-days">
              {days.map((d) => (
                <span key={d} className={special.has(d) ? 'special' : ''} title={title(d)}>
                  {formatDate(d).slice(0, 5)}
                </span>
              ))}
            </div>
          </div>
          {away.map((p) => (
            <div key={p.staffId} className="timeline-row" data-timeline={p.staffId}>
              <span className="timeline-name">{name(p.staffId)}</span>
              <div className="timeline-track">
                {p.leave.map((l, i) => (
                  <span key={i} className="timeline-leave" style={{ left: `${percent(l.start)}%`, width: `${Math.max(0.5, percent(l.end) - percent(l.start))}%` }} title={l.reason}>
                    {l.reason}
                  </span>
                ))}
              </div>
            </div>
          ))}
          <p className="hint">{t('setup.timeline.legend')}</p>
        </div>
      )}
    </section>
  );
});
