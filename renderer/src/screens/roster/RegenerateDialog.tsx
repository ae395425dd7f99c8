import { ChoiceDialog } from '../../components/ChoiceDialog';
import { useI18n } from '../../i18n/I18nContext';

/**
 * "Tạo lịch" re-draws every seat not locked: over a roster edited by hand or already published that
 * throws work away, so the user chooses — only fill the empty seats, or draw it all again.
 */
export function RegenerateDialog({ published, placed, onChoose, onClose }: { published: boolean; placed: number; onChoose: (mode: 'fill-empty' | 'regenerate') => void; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <ChoiceDialog
      title={t('roster.regenerate.title')}
      intro={t(published ? 'roster.regenerate.published' : 'roster.regenerate.edited', { placed })}
      choices={[
        { value: 'fill-empty', label: t('roster.fillEmpty'), hint: t('roster.fillEmpty.hint') },
        { value: 'regenerate', label: t('roster.regenerate.all'), hint: t('roster.regenerate.all.hint') },
      ]}
      onChoose={onChoose}
      onClose={onClose}
    />
  );
}
