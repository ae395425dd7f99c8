import { useCallback, type Dispatch, type SetStateAction } from 'react';
import type { DutyLogBundle, DutyLogEdited } from '../../../../shared/api/duty-log';
import { useNotify } from '../../components/Notices';
import { useErrorText } from '../../components/useErrorText';
import { useI18n } from '../../i18n/I18nContext';

/**
 * The duty log screen's edits: each one's result becomes the log shown at once (before the log is read
 * again on `dutyLog:changed`), its warnings and failure are told.
 */
export function useLogEdits(setBundle: Dispatch<SetStateAction<DutyLogBundle | undefined>>) {
  const errorText = useErrorText();
  const notify = useNotify();
  const { say } = useI18n();
  /** Runs one edit. Resolves true on success. */
  return useCallback(
    async (edit: () => Promise<DutyLogEdited>, done?: string): Promise<boolean> => {
      try {
        const result = await edit();
        setBundle((current) => current && { ...current, log: result.log });
        for (const warning of result.warnings) notify({ kind: 'error', text: say({ code: `dutyLog.warning.${warning.code}`, params: warning.params }) });
        if (done) notify({ kind: 'info', text: done });
        return true;
      } catch (e) {
        notify({ kind: 'error', text: errorText(e) });
        return false;
      }
    },
    [setBundle, notify, say, errorText],
  );
}

export type DutyLogRun = ReturnType<typeof useLogEdits>;
