import { useState } from 'react';
import { useI18n } from '../../i18n/I18nContext';

interface PublishDialogProps {
  version: number;
  violations: number;
  unfilled: number;
  busy: boolean;
  error: string | null;
  onPublish(note: string): void;
  onCancel(): void;
}

/** Publishing freezes the roster as version N; a roster with problems may go out, but only knowingly. */
export function PublishDialog({ version, violations, unfilled, busy, error, onPublish, onCancel }: PublishDialogProps) {
  const { t } = useI18n();
  const [note, setNote] = useState('');
  const title = t('roster.publish.title', { version });
  return (
    <div className="picker-backdrop" onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <form
        className="confirm-dialog"
        role="dialog"
        aria-modal="true"
        aria-label={title}
        onSubmit={(e) => {
          e.preventDefault();
          onPublish(note.trim());
        }}
      >
        <h2>{title}</h2>
        <p className="hint">{t('roster.publish.hint')}</p>
        {(violations > 0 || unfilled > 0) && (
          <p className="banner banner-warning" role="alert">
            {t('roster.publish.warning', { violations, unfilled })}
          </p>
        )}
        <label>
          {t('roster.publish.note')}
          <textarea value={note} maxLength={500} rows={3} placeholder={t('roster.publish.notePlaceholder')} onChange={(e) => setNote(e.target.value)} />
        </label>
        {error && <p className="error">{error}</p>}
        <div className="actions">
          <button type="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy} autoFocus>
            {t('roster.publish.confirm')}
          </button>
        </div>
      </form>
    </div>
  );
}
