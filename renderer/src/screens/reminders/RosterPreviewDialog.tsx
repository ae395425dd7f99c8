import type { RosterPreview } from '../../../../shared/api/reminders';
import { Dialog } from '../../components/Dialog';
import { useI18n } from '../../i18n/I18nContext';

/**
 * "Gửi lịch trực" mails many people at once and cannot be recalled: who gets what (new, changed,
 * cancelled shifts) is shown first, and only this version is sent on confirming.
 */
export function RosterPreviewDialog({ preview, onSend, onClose }: { preview: RosterPreview; onSend: () => void; onClose: () => void }) {
  const { t } = useI18n();
  const mails = preview.recipients.reduce((n, r) => n + r.new + r.changed + r.cancelled, 0);
  const count = (n: number) => (n ? String(n) : '–');
  return (
    <Dialog title={t('reminders.preview.title', { name: preview.planName, version: preview.version })} onClose={onClose} wide>
      {mails === 0 ? (
        <p>{t('reminders.preview.nothing')}</p>
      ) : (
        <>
          <p>{t('reminders.preview.intro', { mails, people: preview.recipients.length })}</p>
          <div className="preview-recipients">
            <table className="table">
              <thead>
                <tr>
                  <th>{t('reminders.preview.person')}</th>
                  <th>{t('reminders.preview.email')}</th>
                  <th className="num">{t('reminders.preview.new')}</th>
                  <th className="num">{t('reminders.preview.changed')}</th>
                  <th className="num">{t('reminders.preview.cancelled')}</th>
                </tr>
              </thead>
              <tbody>
                {preview.recipients.map((r) => (
                  <tr key={r.email + r.name}>
                    <td>{r.name}</td>
                    <td>{r.email}</td>
                    <td className="num">{count(r.new)}</td>
                    <td className="num">{count(r.changed)}</td>
                    <td className="num">{count(r.cancelled)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {preview.unchanged.length > 0 && <p className="hint">{t('reminders.preview.unchanged', { names: preview.unchanged.join(', ') })}</p>}
      {preview.noEmail.length > 0 && (
        <p className="hint" role="note">
          {t('reminders.preview.noEmail', { names: preview.noEmail.join(', ') })}
        </p>
      )}
      <div className="actions dialog-actions">
        <button type="button" onClick={onClose}>
          {mails === 0 ? t('common.close') : t('common.cancel')}
        </button>
        {mails > 0 && (
          <button type="button" className="primary" onClick={onSend}>
            {t('reminders.preview.send', { mails })}
          </button>
        )}
      </div>
    </Dialog>
  );
}
