import { kindMinutes, nightMinutes, totalMinutes, type TimesheetEntry } from '../../../../shared/export/timesheet';
import type { DutyLogSummary } from '../../../../shared/duty-log/summary';
import { useI18n } from '../../i18n/I18nContext';

const hours = (minutes: number) => Math.round((minutes / 60) * 100) / 100;

/** The timesheet of the actual roster beside the published one: the same function over each. */
export function TimesheetView({ summary }: { summary: DutyLogSummary }) {
  const { t, language } = useI18n();
  const planned = new Map(summary.timesheet.planned.map((e) => [e.person.id, e]));
  const actual = new Map(summary.timesheet.actual.map((e) => [e.person.id, e]));
  const people = [...new Map([...summary.timesheet.planned, ...summary.timesheet.actual].map((e) => [e.person.id, e.person])).values()];
  const number = (n: number) => n.toLocaleString(language === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 2 });
  const of = (e: TimesheetEntry | undefined) => (e ? totalMinutes(e) : 0);
  return (
    <section className="card" aria-labelledby="timesheet-title">
      <h2 id="timesheet-title">{t('dutyLog.timesheet.title')}</h2>
      <p className="hint">{t('dutyLog.timesheet.basis')}</p>
      <table className="table timesheet-table" aria-labelledby="timesheet-title">
        <thead>
          <tr>
            <th>{t('dutyLog.timesheet.person')}</th>
            <th className="num">{t('dutyLog.timesheet.planned')}</th>
            <th className="num">{t('dutyLog.timesheet.actual')}</th>
            <th className="num">{t('dutyLog.timesheet.diff')}</th>
            <th className="num">{t('dutyLog.timesheet.shifts')}</th>
            <th className="num">{t('dutyLog.timesheet.night')}</th>
            <th className="num">{t('dutyLog.timesheet.holiday')}</th>
          </tr>
        </thead>
        <tbody>
          {people.map((person) => {
            const a = actual.get(person.id);
            const diff = hours(of(a) - of(planned.get(person.id)));
            return (
              <tr key={person.id} className={diff !== 0 ? 'changed' : undefined}>
                <td>{person.fullName}</td>
                <td className="num">{number(hours(of(planned.get(person.id))))}</td>
                <td className="num">{number(hours(of(a)))}</td>
                <td className={`num${diff < 0 ? ' warn' : diff > 0 ? ' ok' : ''}`}>{diff > 0 ? `+${number(diff)}` : number(diff)}</td>
                <td className="num">{a?.shifts ?? 0}</td>
                <td className="num">{number(hours(a ? nightMinutes(a) : 0))}</td>
                <td className="num">{number(hours(a ? kindMinutes(a, 'holiday') : 0))}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
