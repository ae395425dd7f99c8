import { useEffect } from 'react';
import { useI18n } from '../i18n/I18nContext';
import type { SaveStatus } from './usePatchAutosave';

const WORDS = { saved: 'common.saved', saving: 'common.saving', pending: 'common.unsaved' } as const;

/** Where an autosaving screen says whether what is on it is stored. */
export function SaveIndicator({ status }: { status: SaveStatus }) {
  const { t } = useI18n();
  const text = status.state === 'error' ? t('common.saveFailed', { message: status.message }) : t(WORDS[status.state]);
  return (
    <span className={`save-status save-${status.state}`} role="status">
      {text}
    </span>
  );
}

/** Closing the window with edits still in flight asks first. */
export function useBeforeUnloadWhile(unsaved: boolean) {
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);
}
