import type { Violation } from '../../../../shared/roster/check';
import { useI18n } from '../../i18n/I18nContext';
import { ConfirmDialog } from './ConfirmDialog';

/** A hand edit that breaks a hard rule: the rules it breaks, applied only when the user says so. */
export function EditConfirm({ violations, onConfirm, onCancel }: { violations: readonly Violation[]; onConfirm(): void; onCancel(): void }) {
  const { t, say } = useI18n();
  return (
    <ConfirmDialog title={t('roster.confirm.title')} confirmLabel={t('roster.confirm.go')} cancelLabel={t('roster.confirm.cancel')} onConfirm={onConfirm} onCancel={onCancel}>
      <ul className="confirm-violations">
        {violations.map((v, i) => (
          <li key={i}>{say(v.text)}</li>
        ))}
      </ul>
      <p className="hint">{t('roster.confirm.body')}</p>
    </ConfirmDialog>
  );
}
