import { useI18n } from '../../i18n/I18nContext';
import type { GeneratorRun } from './useGenerator';
import type { SaveState } from './useAutosave';

export type RosterView = 'compact' | 'grid' | 'people';

const VIEW_LABELS = { compact: 'roster.view.compact', grid: 'roster.view.grid', people: 'roster.view.people' } as const;

interface ToolbarProps {
  run: GeneratorRun | null;
  canUndo: boolean;
  canRedo: boolean;
  view: RosterView;
  save: { state: SaveState; error: string | null };
  onGenerate(mode: GeneratorRun['mode']): void;
  onCancel(): void;
  onUndo(): void;
  onRedo(): void;
  onView(view: RosterView): void;
  onPublish(): void;
  onRetrySave(): void;
}

/** The editor's commands, the generator's progress and the save state, in one bar above the grid. */
export function Toolbar({ run, canUndo, canRedo, view, save, onGenerate, onCancel, onUndo, onRedo, onView, onPublish, onRetrySave }: ToolbarProps) {
  const { t } = useI18n();
  return (
    <div className="roster-toolbar" role="toolbar" aria-label={t('roster.toolbar')}>
      <div className="actions">
        <button type="button" className="primary" disabled={!!run} title={t('roster.generate.hint')} onClick={() => onGenerate('regenerate')}>
          {t('roster.generate')}
        </button>
        <button type="button" disabled={!!run} title={t('roster.fillEmpty.hint')} onClick={() => onGenerate('fill-empty')}>
          {t('roster.fillEmpty')}
        </button>
        <span className="separator" />
        <button type="button" disabled={!canUndo || !!run} title={t('roster.undo.hint')} onClick={onUndo}>
          ↶ {t('common.undo')}
        </button>
        <button type="button" disabled={!canRedo || !!run} title={t('roster.redo.hint')} onClick={onRedo}>
          ↷ {t('roster.redo')}
        </button>
        <span className="separator" />
        <div className="segmented" role="group" aria-label={t('roster.view.label')}>
          {(['compact', 'grid', 'people'] as const).map((v) => (
            <button key={v} type="button" aria-pressed={view === v} onClick={() => onView(v)}>
              {t(VIEW_LABELS[v])}
            </button>
          ))}
        </div>
        <span className="separator" />
        <button type="button" disabled={!!run} onClick={onPublish}>
          {t('roster.publish')}
        </button>
      </div>
      <div className={`save-state save-${save.state}`} role="status" title={save.error ?? undefined}>
        {save.state === 'saving' && t('common.saving')}
        {save.state === 'saved' && `✓ ${t('common.saved')}`}
        {save.state === 'error' && (
          <>
            {t('roster.save.error')} —{' '}
            <button type="button" className="link-button" onClick={onRetrySave}>
              {t('common.retry')}
            </button>
          </>
        )}
      </div>
      {run && (
        <div className="generate-progress" role="status">
          <span>{t(run.mode === 'regenerate' ? 'roster.generating' : 'roster.filling', { percent: Math.round(run.progress * 100) })}</span>
          <progress max={1} value={run.progress} aria-label={t('roster.progress')} />
          <button type="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      )}
    </div>
  );
}
