import { useNotify } from './Notices';
import { errorText } from './useAsync';

/**
 * Runs a list action: a failure is shown, and the list is reloaded either way from what is really
 * stored, so nothing on screen pretends an action succeeded.
 */
export function useAttempt(reload: () => Promise<void>) {
  const notify = useNotify();
  return async (run: () => Promise<void>) => {
    try {
      await run();
    } catch (e) {
      notify({ kind: 'error', text: errorText(e) });
    }
    await reload();
  };
}
