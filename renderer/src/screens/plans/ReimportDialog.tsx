import type { ExistingPlan } from '../../../../shared/api/plans';
import type { ImportChoice } from '../../../../shared/plan/reimport';
import { ChoiceDialog } from '../../components/ChoiceDialog';
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
    <ChoiceDialog
      title={t('plans.reimport.title')}
      intro={t('plans.reimport.intro', { file: existing.fileName, name: existing.storedName, stored: version(existing.storedVersion), imported: version(existing.importedVersion) })}
      choices={[
        { value: 'replace', label: t('plans.reimport.replace'), hint: t('plans.reimport.replace.hint') },
        { value: 'keep-both', label: t('plans.reimport.keepBoth'), hint: t('plans.reimport.keepBoth.hint') },
      ]}
      onChoose={onChoose}
      onClose={onClose}
    />
  );
}
