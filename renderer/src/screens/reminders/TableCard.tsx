import type { ReactNode } from 'react';
import type { MessageKey } from '../../../../shared/i18n';
import { useI18n } from '../../i18n/I18nContext';

/** A titled card with a table of reminders, or a plain sentence when there are none. */
export function TableCard({ title, empty, columns, count, children, footer }: { title: MessageKey; empty: MessageKey; columns: MessageKey[]; count: number; children: ReactNode; footer?: ReactNode }) {
  const { t } = useI18n();
  return (
    <section className="card">
      <h2>{t(title)}</h2>
      {count === 0 ? (
        <p className="hint">{t(empty)}</p>
      ) : (
        <table className="table" aria-label={t(title)}>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c}>{t(c)}</th>
              ))}
            </tr>
          </thead>
          <tbody>{children}</tbody>
        </table>
      )}
      {footer}
    </section>
  );
}

export const REMINDER_COLUMNS: MessageKey[] = ['reminders.col.when', 'reminders.col.kind', 'reminders.col.to', 'reminders.col.content'];
