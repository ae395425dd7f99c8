import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nContext';

export interface Notice {
  id: number;
  /** A warning stays like an error (something changed that the user should act on) without being one. */
  kind: 'info' | 'warning' | 'error';
  text: string;
  action?: { label: string; run: () => void };
  /**
   * What the notice is about ("settings:save"): a later notice about the same thing replaces it, so
   * "Đã lưu" takes the place of the error it fixes, and `resolve(cause)` takes it away.
   */
  cause?: string;
}

interface Notices {
  notify: (notice: Omit<Notice, 'id'>) => void;
  resolve: (cause: string) => void;
}

const NoticeContext = createContext<Notices>({ notify: () => {}, resolve: () => {} });

let nextId = 1;

/**
 * Toasts over the sidebar, where they cover no field: confirmations with an optional Undo, and
 * errors and warnings that stay until closed, until their cause is fixed or until the screen changes.
 */
export function NoticeProvider({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const [notices, setNotices] = useState<Notice[]>([]);
  const dismiss = (id: number) => setNotices((all) => all.filter((n) => n.id !== id));
  const notify = useCallback((notice: Omit<Notice, 'id'>) => {
    const id = nextId++;
    setNotices((all) => [...all.filter((n) => !notice.cause || n.cause !== notice.cause).slice(-3), { ...notice, id }]);
    if (notice.kind === 'info') setTimeout(() => dismiss(id), notice.action ? 10_000 : 5_000);
  }, []);
  const resolve = useCallback((cause: string) => setNotices((all) => (all.some((n) => n.cause === cause) ? all.filter((n) => n.cause !== cause) : all)), []);
  useEffect(() => {
    // An error or a warning is about the screen it was shown on; an Undo offer may still be wanted elsewhere.
    const onScreen = () => setNotices((all) => all.filter((n) => n.kind === 'info'));
    window.addEventListener('hashchange', onScreen);
    return () => window.removeEventListener('hashchange', onScreen);
  }, []);
  const value = useMemo(() => ({ notify, resolve }), [notify, resolve]);
  return (
    <NoticeContext.Provider value={value}>
      {children}
      <div className="notices" role="status" aria-live="polite">
        {notices.map((n) => (
          <div key={n.id} className={`notice notice-${n.kind}`} data-testid={`notice-${n.kind}`} role={n.kind === 'error' ? 'alert' : undefined}>
            <span>{n.text}</span>
            {n.action && (
              <button
                className="link"
                onClick={() => {
                  n.action?.run();
                  dismiss(n.id);
                }}
              >
                {n.action.label}
              </button>
            )}
            <button className="icon" aria-label={t('common.close')} onClick={() => dismiss(n.id)}>
              ×
            </button>
          </div>
        ))}
      </div>
    </NoticeContext.Provider>
  );
}

export const useNotify = () => useContext(NoticeContext).notify;
/** Takes away the notices about a cause once it is fixed (a save that now succeeds). */
export const useResolveNotice = () => useContext(NoticeContext).resolve;
