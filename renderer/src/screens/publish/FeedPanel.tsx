import { useState } from 'react';
import type { FeedFileStatus, FeedWriteResult } from '../../../../shared/feed/result';
import { formatDateTime } from '../../../../shared/i18n/dates';
import { epochToVn } from '../../../../shared/time/zone';
import { useApi } from '../../api/ApiContext';
import { navigate } from '../../app/route';
import { Dialog } from '../../components/Dialog';
import { useOutgoingCheck } from '../../components/OutgoingCheck';
import { useNotify } from '../../components/Notices';
import { QrCode } from '../../components/QrCode';
import { useErrorText } from '../../components/useErrorText';
import { useFeedPlan } from '../../data/useFeedPlan';
import { useFeedSettings } from '../../data/useFeedSettings';
import { useI18n } from '../../i18n/I18nContext';
import { ConfirmDialog } from '../roster/ConfirmDialog';
import { refreshText } from './refresh-text';

const when = (iso: string) => formatDateTime(epochToVn(Date.parse(iso)));

/** "Nguồn lịch (webcal)": write the plan's feed, and each person's address with its QR code to subscribe from a phone. */
export function FeedPanel({ planId }: { planId: string }) {
  const errorText = useErrorText();
  const api = useApi();
  const { t } = useI18n();
  const notify = useNotify();
  const settings = useFeedSettings();
  const status = useFeedPlan(planId);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [allCodes, setAllCodes] = useState(false);
  const [shown, setShown] = useState<FeedFileStatus | null>(null);
  const [rotating, setRotating] = useState<FeedFileStatus | null>(null);
  const outgoing = useOutgoingCheck();

  async function run(action: () => Promise<FeedWriteResult>) {
    setBusy(true);
    setError(null);
    try {
      const result = await action();
      notify({ kind: 'info', text: t('feed.written', { version: result.version, count: result.files.length, folder: result.folder }) });
      await status.reload();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  }

  // The feed hands the calendar out like an exported .ics, so it is held to the same checklist first.
  const write = () => outgoing.check(planId, 'calendar', () => void run(() => api.call('feed:write', { planId }))).catch((e: unknown) => setError(errorText(e)));

  const ready = settings.data?.ready;
  const last = status.data?.last ?? null;
  return (
    <section className="card feed" aria-labelledby="feed-section">
      <h2 id="feed-section">{t('feed.section')}</h2>
      <p className="hint">{t('feed.section.hint', { refresh: refreshText(t, settings.data?.refreshMinutes ?? 60) })}</p>
      {settings.data && !ready && (
        <p className="banner banner-warning">
          {t('feed.notReady')}{' '}
          <button type="button" className="link" onClick={() => navigate('settings')}>
            {t('caldav.openSettings')}
          </button>
        </p>
      )}
      {status.data && (
        <p className={`banner ${status.data.stale ? 'banner-warning' : 'banner-info'}`} role="status">
          {last ? t('feed.last', { version: last.version, date: when(last.at), folder: last.folder }) : t('feed.never')}{' '}
          {status.data.stale && t('feed.stale', { version: status.data.publishedVersion ?? '' })}
        </p>
      )}
      {outgoing.dialog}
      <div className="actions">
        <button type="button" className="primary" disabled={busy || !ready} onClick={() => void write()}>
          {last ? t('feed.rewrite') : t('feed.write')}
        </button>
        {last && (
          <button type="button" aria-pressed={allCodes} onClick={() => setAllCodes(!allCodes)}>
            {allCodes ? t('feed.hideCodes') : t('feed.showCodes')}
          </button>
        )}
        {busy && <span className="hint">{t('feed.writing')}</span>}
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {last && !allCodes && (
        <table className="table compact feed-files">
          <thead>
            <tr>
              <th>{t('feed.col.calendar')}</th>
              <th>{t('feed.col.address')}</th>
              <th>{t('feed.col.events')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {last.files.map((file) => (
              <tr key={file.fileName}>
                <td>{file.personName ?? t('feed.roster')}</td>
                <td>
                  <code className="feed-url">{file.url}</code>
                </td>
                <td>{t('feed.counts', { events: file.events, cancelled: file.cancelled })}</td>
                <td>
                  <div className="row-actions">
                    <CopyButton text={file.url} label={t('feed.copy')} />
                    <CopyButton text={file.webcal} label={t('feed.copyWebcal')} />
                    <button type="button" onClick={() => setShown(file)} aria-label={t('feed.qrOf', { name: file.personName ?? t('feed.roster') })}>
                      {t('feed.qr')}
                    </button>
                    <button type="button" disabled={busy} onClick={() => setRotating(file)}>
                      {t('feed.rotate')}
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {last && allCodes && (
        <ul className="qr-grid" aria-label={t('feed.codes')}>
          {last.files.map((file) => (
            <li key={file.fileName} className="qr-card">
              <QrCode text={file.webcal} label={t('feed.qrOf', { name: file.personName ?? t('feed.roster') })} size={132} />
              <strong>{file.personName ?? t('feed.roster')}</strong>
              <span className="hint">{t('feed.counts', { events: file.events, cancelled: file.cancelled })}</span>
            </li>
          ))}
        </ul>
      )}
      {shown && (
        <Dialog title={t('feed.qrOf', { name: shown.personName ?? t('feed.roster') })} onClose={() => setShown(null)}>
          <div className="qr-dialog">
            <QrCode text={shown.webcal} label={t('feed.qrOf', { name: shown.personName ?? t('feed.roster') })} size={260} />
            <div>
              <p>{t('feed.qr.howto')}</p>
              <p className="hint">{t('feed.qr.android')}</p>
            </div>
          </div>
          <dl className="feed-addresses">
            <dt>{t('feed.address.https')}</dt>
            <dd>
              <code>{shown.url}</code> <CopyButton text={shown.url} label={t('feed.copy')} />
            </dd>
            <dt>{t('feed.address.webcal')}</dt>
            <dd>
              <code>{shown.webcal}</code> <CopyButton text={shown.webcal} label={t('feed.copy')} />
            </dd>
          </dl>
        </Dialog>
      )}
      {rotating && (
        <ConfirmDialog
          title={t('feed.rotate.title', { name: rotating.personName ?? t('feed.roster') })}
          confirmLabel={t('feed.rotate.confirm')}
          cancelLabel={t('common.cancel')}
          onCancel={() => setRotating(null)}
          onConfirm={() => {
            const staffId = rotating.staffId;
            setRotating(null);
            void run(() => api.call('feed:rotate', { planId, staffId }));
          }}
        >
          <p>{t('feed.rotate.body')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}

/** Copies an address (to paste into Google Calendar's "From URL", Outlook, or a message). */
function CopyButton({ text, label }: { text: string; label: string }) {
  const { t } = useI18n();
  const notify = useNotify();
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      notify({ kind: 'info', text: t('feed.copied') });
    } catch {
      notify({ kind: 'error', text: t('feed.copyFailed') });
    }
  }
  return (
    <button type="button" className="small" title={text} onClick={() => void copy()}>
      {label}
    </button>
  );
}
