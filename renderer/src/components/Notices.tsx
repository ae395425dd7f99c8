import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nContext';

export interface Notice {
  id: number;
  kind: 'info' | 'error';
  text: string;
  action?: { label: string; run: () => void };
}

const NoticeContext = createContext<(notice: Omit<Notice, 'id'>) => void>(() => {});

let nextId = 1;

/** Toasts at the bottom: confirmations with an optional Undo, and errors that stay until closed. */
export function NoticeProvider({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const [notices, setNotices] = useState<Notice[]>([]);
  const dismiss = (id: number) => setNotices((all) => all.filter((n) => n.id !== id));
  const show = useCallback((notice: Omit<Notice, 'id'>) => {
    const id = nextId++;
    setNotices((all) => [...all.slice(-3), { ...notice, id }]);
    if (notice.kind === 'info') setTimeout(() => dismiss(id), notice.action ? 10_000 : 5_000);
  }, []);
  return (
    <NoticeContext.Provider value={show}>
      {children}
      <div className="notices" role="status" aria-live="polite">
        {notices.map((n) => (
          <div key={n.id} className={`notice notice-${n.kind}`} role={n.kind === 'error' ? 'alert' : undefined}>
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

export const useNotify = () => useContext(NoticeContext);
