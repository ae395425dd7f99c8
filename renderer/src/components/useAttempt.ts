import { useId } from 'react';
import { useNotify, useResolveNotice } from './Notices';
import { useErrorText } from './useErrorText';

/**
 * Runs a list action: a failure is shown (until an action of the list succeeds), and the list is
 * reloaded either way from what is really stored, so nothing on screen pretends an action succeeded.
 */
export function useAttempt(reload: () => Promise<void>) {
  const errorText = useErrorText();
  const notify = useNotify();
  const resolve = useResolveNotice();
  const cause = useId();
  return async (run: () => Promise<void>) => {
    try {
      await run();
      resolve(cause);
    } catch (e) {
      notify({ kind: 'error', text: errorText(e), cause });
    }
    await reload();
  };
}
