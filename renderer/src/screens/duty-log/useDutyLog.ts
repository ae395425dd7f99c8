import { useCallback, useEffect, useState } from 'react';
import type { DutyLogBundle, DutyLogEdited } from '../../../../shared/api/duty-log';
import { useApi } from '../../api/ApiContext';
import { useNotify } from '../../components/Notices';
import { useErrorText } from '../../components/useErrorText';
import { useI18n } from '../../i18n/I18nContext';

/**
 * A plan's duty log as the screen shows it: loaded once, replaced by what each edit returns, and
 * reloaded when the log or the plan changes elsewhere (the CLI, a re-publishing).
 */
export function useDutyLog(planId: string) {
  const errorText = useErrorText();
  const api = useApi();
  const notify = useNotify();
  const { say } = useI18n();
  const [bundle, setBundle] = useState<DutyLogBundle | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setBundle(await api.call('dutyLog:get', { planId }));
      setError(null);
    } catch (e) {
      setError(errorText(e));
    }
  }, [api, planId, errorText]);

  useEffect(() => {
    void load();
    const offLog = api.listen('dutyLog:changed', (event) => event.planId === planId && void load());
    const offPlans = api.listen('plans:changed', (event) => event.id === planId && void load());
    return () => {
      offLog();
      offPlans();
    };
  }, [api, planId, load]);

  /** Runs one edit: its result becomes the log shown, its warnings and failure are told. Resolves true on success. */
  const run = useCallback(
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
    [notify, say, errorText],
  );

  return { bundle, error, run };
}

export type DutyLogRun = ReturnType<typeof useDutyLog>['run'];
