import { Dialog } from '../../components/Dialog';
import { useI18n } from '../../i18n/I18nContext';

/**
 * "Tạo lịch" re-draws every seat not locked: over a roster edited by hand or already published that
 * throws work away, so the user chooses — only fill the empty seats, or draw it all again.
 */
export function RegenerateDialog({ published, placed, onChoose, onClose }: { published: boolean; placed: number; onChoose: (mode: 'fill-empty' | 'regenerate') => void; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <Dialog title={t('roster.regenerate.title')} onClose={onClose}>
      <p>{t(published ? 'roster.regenerate.published' : 'roster.regenerate.edited', { placed })}</p>
      <div className="choice-list">
        <button type="button" className="primary" onClick={() => onChoose('fill-empty')}>
          {t('roster.fillEmpty')}
        </button>
        <p className="hint">{t('roster.fillEmpty.hint')}</p>
        <button type="button" onClick={() => onChoose('regenerate')}>
          {t('roster.regenerate.all')}
        </button>
        <p className="hint">{t('roster.regenerate.all.hint')}</p>
      </div>
      <div className="actions dialog-actions">
        <button type="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
