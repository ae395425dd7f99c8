import type { DutyLogBundle } from '../../../../shared/api/duty-log';
import { formatDate, formatDateLong } from '../../../../shared/i18n/dates';
import { dutyTimeline } from '../../../../shared/duty-log/timeline';
import { incidentCode } from '../../../../shared/duty-log/incidents';
import { addDays } from '../../../../shared/time/local';
import { epochToVn, vnToEpoch } from '../../../../shared/time/zone';
import { hrefFor } from '../../app/route';
import { useI18n } from '../../i18n/I18nContext';
import { clockOf } from './words';

const DAY = 86_400_000;

/** Where [start, end) falls on the day starting at `day`, in percent, or null when it does not. */
function placeOn(day: number, start: number, end: number): { left: number; width: number } | null {
  const from = Math.max(start, day);
  const to = Math.min(end, day + DAY);
  if (to <= from) return null;
  return { left: ((from - day) / DAY) * 100, width: ((to - from) / DAY) * 100 };
}

/**
 * The whole duty window, one row per day: each shift a block (its crew and checks in colour),
 * check-ins and absences as dots, open incidents as red bars across the shifts they span, a pen
 * where the handover was written, and a line for now. Every block opens its page.
 */
export function TimelineView({ bundle, now }: { bundle: DutyLogBundle; now: number }) {
  const { t, language } = useI18n();
  const { pages, items, incidents } = dutyTimeline(bundle.core, bundle.log, now);
  if (!pages.length) return null;
  const firstDate = epochToVn(pages[0]!.shift.start).slice(0, 10);
  const lastDate = epochToVn(pages.at(-1)!.shift.end - 1).slice(0, 10);
  const days: string[] = [];
  for (let d = firstDate; d <= lastDate; d = addDays(d, 1)) days.push(d);
  const hours = [0, 3, 6, 9, 12, 15, 18, 21];
  return (
    <section className="card log-timeline" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('dutyLog.timeline.title')}</h2>
      <p className="hint">{t('dutyLog.timeline.legend')}</p>
      <div className="tl-hours" aria-hidden="true">
        {hours.map((h) => (
          <span key={h} style={{ left: `${(h / 24) * 100}%` }}>
            {String(h).padStart(2, '0')}:00
          </span>
        ))}
      </div>
      <ol className="tl-days">
        {days.map((date) => {
          const day = vnToEpoch(`${date}T00:00`);
          return (
            <li key={date} className="tl-day">
              <span className="tl-date">{formatDateLong(date, language)}</span>
              <div className="tl-track">
                {pages.map((page) => {
                  const at = placeOn(day, page.shift.start, page.shift.end);
                  if (!at) return null;
                  const total = page.seats.length;
                  const present = page.seats.filter((s) => s.checkedInAt || s.state === 'present').length;
                  const label = t('dutyLog.timeline.shift', {
                    shift: `${page.shift.label} ${clockOf(page.shift.start)}–${clockOf(page.shift.end)} ${formatDate(epochToVn(page.shift.start).slice(0, 10))}`,
                    present,
                    total,
                    done: page.completion.done,
                    checks: page.completion.total,
                  });
                  const health =
                    page.timing === 'future' ? 'future' : page.seats.some((s) => s.state === 'absent') || page.completion.overdue ? 'trouble' : page.timing === 'current' ? 'current' : 'done';
                  return (
                    <a
                      key={page.shift.id}
                      className={`tl-shift tl-${health}${page.shift.vanished ? ' tl-vanished' : ''}`}
                      style={{ left: `${at.left}%`, width: `${at.width}%` }}
                      href={hrefFor('log', bundle.plan.id, page.shift.id)}
                      aria-label={label}
                      title={label}
                    >
                      <span className="tl-label">{page.shift.label}</span>
                      <span className="tl-count">
                        {present}/{total}
                      </span>
                      {page.handover && <span className="tl-pen">✎</span>}
                    </a>
                  );
                })}
                {incidents.map((span) => {
                  const at = placeOn(day, span.start, span.end ?? Math.max(now, span.start + 30 * 60_000));
                  return at ? (
                    <span
                      key={span.incident.id}
                      className={`tl-incident${span.end === null ? ' tl-incident-open' : ''}`}
                      style={{ left: `${at.left}%`, width: `${Math.max(at.width, 0.6)}%` }}
                      title={`${incidentCode(span.incident)}: ${span.incident.description}`}
                    >
                      {incidentCode(span.incident)}
                    </span>
                  ) : null;
                })}
                {items
                  .filter((i) => i.kind === 'check-in' || i.kind === 'absent')
                  .map((item, i) => {
                    const at = placeOn(day, item.at, item.at + 1);
                    return at ? <span key={i} className={`tl-dot tl-dot-${item.kind}`} style={{ left: `${at.left}%` }} aria-hidden="true" /> : null;
                  })}
                {placeOn(day, now, now + 1) && (
                  <span className="tl-now" style={{ left: `${placeOn(day, now, now + 1)!.left}%` }} title={t('dutyLog.timeline.now')}>
                    <span className="tl-now-label">{t('dutyLog.timeline.now')}</span>
                  </span>
                )}
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
