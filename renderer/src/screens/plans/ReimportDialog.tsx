import type { ExistingPlan } from '../../../../shared/api/plans';
import type { ImportChoice } from '../../../../shared/plan/reimport';
import { Dialog } from '../../components/Dialog';
import { useI18n } from '../../i18n/I18nContext';

/**
 * A plan file whose plan is already here: importing it as a second published plan would remind and
 * invite everyone twice, so the user chooses — replace it (a new version of the same plan) or keep
 * both (the copy as a draft).
 */
export function ReimportDialog({ existing, onChoose, onClose }: { existing: ExistingPlan; onChoose: (choice: ImportChoice) => void; onClose: () => void }) {
  const { t } = useI18n();
  const version = (v: number | null) => (v === null ? t('plans.reimport.draft') : t('plans.reimport.version', { version: v }));
  return (
    <Dialog title={t('plans.reimport.title')} onClose={onClose}>
      <p>{t('plans.reimport.intro', { file: existing.fileName, name: existing.storedName, stored: version(existing.storedVersion), imported: version(existing.importedVersion) })}</p>
      <div className="choice-list">
        <button type="button" className="primary" onClick={() => onChoose('replace')}>
          {t('plans.reimport.replace')}
        </button>
        <p className="hint">{t('plans.reimport.replace.hint')}</p>
        <button type="button" onClick={() => onChoose('keep-both')}>
          {t('plans.reimport.keepBoth')}
        </button>
        <p className="hint">{t('plans.reimport.keepBoth.hint')}</p>
      </div>
      <div className="actions dialog-actions">
        <button type="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
