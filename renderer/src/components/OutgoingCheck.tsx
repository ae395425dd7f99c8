import { useState, type ReactNode } from 'react';
import type { CheckItem, OutgoingKind } from '../../../shared/paperwork/checklist';
import { checkFieldLabel, checkItemText } from '../../../shared/paperwork/checklist-text';
import { useApi } from '../api/ApiContext';
import { hrefFor } from '../app/route';
import { useI18n } from '../i18n/I18nContext';
import { Dialog } from './Dialog';

interface Pending {
  items: CheckItem[];
  kind: OutgoingKind;
  proceed: () => void;
}

/**
 * "Nothing goes out unfinished": `check` asks the services what is unfinished before a plan's
 * documents, calendars or invitations go out, and runs `proceed` at once when nothing is; else
 * the dialog lists each finding with a link to where it is fixed, and "export anyway" unless a
 * finding forbids it. It runs before any save dialog opens.
 */
export function useOutgoingCheck(): { check: (planId: string, kind: OutgoingKind | null, proceed: () => void) => Promise<void>; dialog: ReactNode } {
  const api = useApi();
  const [pending, setPending] = useState<Pending | null>(null);
  const check = async (planId: string, kind: OutgoingKind | null, proceed: () => void) => {
    const items = kind ? await api.call('paperwork:checklist', { planId, kind }) : [];
    if (!items.length || !kind) return proceed();
    setPending({ items, kind, proceed });
  };
  const dialog = pending && (
    <ChecklistDialog
      pending={pending}
      onClose={() => setPending(null)}
      onAnyway={() => {
        setPending(null);
        pending.proceed();
      }}
    />
  );
  return { check, dialog };
}

function ChecklistDialog({ pending, onClose, onAnyway }: { pending: Pending; onClose: () => void; onAnyway: () => void }) {
  const { t, language } = useI18n();
  const blocked = pending.items.some((i) => !i.canOverride);
  return (
    <Dialog title={t('checklist.title')} onClose={onClose}>
      <p>{t('checklist.intro')}</p>
      <ul className="checklist">
        {pending.items.map((item) => (
          <li key={item.code} className={item.canOverride ? '' : 'blocking'}>
            <span>
              {item.canOverride ? '' : '✱ '}
              {checkItemText(item, language)}
            </span>{' '}
            <a href={hrefFor('settings', item.field)} onClick={onClose} aria-label={`${t('checklist.fix')}: ${checkFieldLabel(item, language)}`}>
              {t('checklist.fix')} → {t('checklist.where.settings')}: {checkFieldLabel(item, language)}
            </a>
          </li>
        ))}
      </ul>
      {blocked && <p className="error">{t('checklist.blocked')}</p>}
      <div className="actions dialog-actions">
        <button type="button" className="primary" disabled={blocked} onClick={onAnyway}>
          {t(pending.kind === 'mail' ? 'checklist.anywaySend' : 'checklist.anyway')}
        </button>
        <button type="button" data-autofocus onClick={onClose}>
          {t('checklist.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
