import { useEffect, useState } from 'react';
import { countOutcomes, ObjectOutcome, type CaldavPublishResult } from '../../../../shared/caldav/result';
import { CaldavTarget } from '../../../../shared/caldav/settings';
import { formatDateTime } from '../../../../shared/i18n/dates';
import { epochToVn } from '../../../../shared/time/zone';
import { useApi } from '../../api/ApiContext';
import { navigate } from '../../app/route';
import { useErrorText } from '../../components/useErrorText';
import { useCaldavPlan } from '../../data/useCaldavPlan';
import { useCaldavSettings } from '../../data/useCaldavSettings';
import { useI18n } from '../../i18n/I18nContext';

const OK = new Set<ObjectOutcome>(['created', 'updated', 'cancelled', 'deleted', 'unchanged']);
const when = (iso: string) => formatDateTime(epochToVn(Date.parse(iso)));

/** "Máy chủ lịch": the plan's target, a dry run, the publish, and each person's and event's outcome. */
export function CaldavPanel({ planId }: { planId: string }) {
  const errorText = useErrorText();
  const api = useApi();
  const { t } = useI18n();
  const settings = useCaldavSettings();
  const status = useCaldavPlan(planId);
  const [result, setResult] = useState<CaldavPublishResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => api.listen('caldav:progress', (p) => p.planId === planId && setProgress(p)), [api, planId]);

  async function run(dryRun: boolean) {
    setBusy(true);
    setError(null);
    setProgress(null);
    try {
      setResult(await api.call('caldav:publish', { planId, dryRun }));
      if (!dryRun) await status.reload();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  }

  async function setTarget(target: CaldavTarget) {
    try {
      // Shown as stored at once; caldav:changed brings the same a moment later.
      status.setData(await api.call('caldav:plan:setTarget', { planId, target }));
      setResult(null);
    } catch (e) {
      setError(errorText(e));
    }
  }

  const ready = settings.data?.ready && settings.data.hasPassword;
  const shown = result ?? status.data?.last ?? null;
  return (
    <section className="card caldav" aria-labelledby="caldav-section">
      <h2 id="caldav-section">{t('caldav.section')}</h2>
      <p className="hint">{t('caldav.section.hint')}</p>
      {settings.data && !ready && (
        <p className="banner banner-warning">
          {t('caldav.notReady')}{' '}
          <button type="button" className="link" onClick={() => navigate('settings')}>
            {t('caldav.openSettings')}
          </button>
        </p>
      )}
      {status.data && (
        <div className="export-options">
          <label className="field">
            <span>{t('caldav.target')}</span>
            <select value={status.data.target} disabled={busy} onChange={(e) => void setTarget(e.target.value as CaldavTarget)}>
              <option value="per-person">{t('caldav.target.perPerson')}</option>
              <option value="team">{t('caldav.target.team')}</option>
            </select>
          </label>
        </div>
      )}
      <div className="actions">
        <button type="button" disabled={busy} onClick={() => void run(true)}>
          {t('caldav.preview')}
        </button>
        <button type="button" className="primary" disabled={busy || !ready} onClick={() => void run(false)}>
          {t('caldav.publish')}
        </button>
        {busy && progress && <span className="hint">{t('caldav.publishing', progress)}</span>}
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {shown && <ResultView result={shown} />}
    </section>
  );
}

function ResultView({ result }: { result: CaldavPublishResult }) {
  const { t, say } = useI18n();
  const problems = result.calendars.flatMap((c) => c.objects.filter((o) => !OK.has(o.outcome)).map((o) => ({ ...o, calendar: c.personName ?? t('caldav.team') })));
  return (
    <>
      <p className={`banner ${result.dryRun ? 'banner-info' : result.complete ? 'banner-info' : 'banner-warning'}`} role="status">
        {result.dryRun ? t('caldav.preview.title') : result.complete ? t('caldav.complete') : t('caldav.incomplete')}{' '}
        {!result.dryRun && t('caldav.last', { version: result.version ?? '', date: when(result.at), server: new URL(result.server).host })}
      </p>
      <table className="table caldav-status">
        <thead>
          <tr>
            <th>{t('caldav.col.calendar')}</th>
            <th>{t('caldav.col.result')}</th>
          </tr>
        </thead>
        <tbody>
          {result.calendars.map((calendar) => {
            const counts = countOutcomes({ calendars: [calendar] });
            return (
              <tr key={calendar.key}>
                <td>{calendar.personName ?? t('caldav.team')}</td>
                <td>
                  {ObjectOutcome.options
                    .filter((o) => counts[o] > 0)
                    .map((o) => `${counts[o]} ${t(`caldav.outcome.${o}`)}`)
                    .join(', ')}
                  {calendar.error && <span className="error"> — {say(calendar.error)}</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {problems.length > 0 && (
        <>
          <h3>{t('caldav.problems')}</h3>
          <table className="table caldav-problems">
            <thead>
              <tr>
                <th>{t('caldav.col.calendar')}</th>
                <th>{t('caldav.col.event')}</th>
                <th>{t('caldav.col.result')}</th>
                <th>{t('caldav.col.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {problems.map((p) => (
                <tr key={`${p.calendar}|${p.uid}`}>
                  <td>{p.calendar}</td>
                  <td>
                    {formatDateTime(epochToVn(p.start).slice(0, 16))} {p.summary}
                  </td>
                  <td>{t(`caldav.outcome.${p.outcome}`)}</td>
                  <td>{p.reason && say(p.reason)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </>
  );
}
