import { useCallback } from 'react';
import { errorMessage } from '../../../shared/api/error-message';
import { useI18n } from '../i18n/I18nContext';

/** Turns a failure into the words shown for it, in the UI language: the one way errors reach the screen. */
export function useErrorText(): (error: unknown) => string {
  const { say } = useI18n();
  return useCallback((error: unknown) => say(errorMessage(error)), [say]);
}
