import { hoursRows } from '../../../../shared/duty-log/hours';
import type { DutyLogSummary } from '../../../../shared/duty-log/summary';
import { useI18n } from '../../i18n/I18nContext';

const hours = (minutes: number) => Math.round((minutes / 60) * 100) / 100;

/** The timesheet of the actual roster beside the published one: the same function over each. */
export function TimesheetView({ summary }: { summary: DutyLogSummary }) {
  const { t, language } = useI18n();
  const number = (n: number) => n.toLocaleString(language === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 2 });
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
          {hoursRows(summary).map((row) => {
            const diff = hours(row.actualMinutes - row.plannedMinutes);
            return (
              <tr key={row.staffId} className={diff !== 0 ? 'changed' : undefined}>
                <td>{row.name}</td>
                <td className="num">{number(hours(row.plannedMinutes))}</td>
                <td className="num">{number(hours(row.actualMinutes))}</td>
                <td className={`num${diff < 0 ? ' warn' : diff > 0 ? ' ok' : ''}`}>{diff > 0 ? `+${number(diff)}` : number(diff)}</td>
                <td className="num">{row.shifts}</td>
                <td className="num">{number(hours(row.nightMinutes))}</td>
                <td className="num">{number(hours(row.holidayMinutes))}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
