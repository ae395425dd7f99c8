import { useEffect, useRef, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nContext';

/**
 * A modal panel: Esc closes it, focus moves into it when it opens and back where it was when it
 * closes, so the screen stays usable from the keyboard: to the field marked `data-autofocus`, else the
 * first one of its body. Tab goes round inside it (the page behind is inert for the user, so focus
 * there would be lost from sight). `side` docks it to the right as an editor.
 */
export function Dialog({ title, onClose, side = false, wide = false, children }: { title: string; onClose: () => void; side?: boolean; wide?: boolean; children: ReactNode }) {
  const { t } = useI18n();
  const panel = useRef<HTMLDivElement>(null);
  const close = useRef(onClose);
  close.current = onClose;
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    // The panel's own first field, not the header's close button (which comes first in the page):
    // focus there would blur the field just opened and mark it "left" before anything was typed.
    const inBody = [...(panel.current?.querySelectorAll<HTMLElement>('input, select, textarea, button') ?? [])].filter((el) => !el.closest('.dialog-header') && !el.matches(':disabled'));
    const first = inBody.find((el) => el.hasAttribute('data-autofocus')) ?? inBody[0] ?? panel.current?.querySelector<HTMLElement>('button');
    first?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') close.current();
      if (event.key === 'Tab' && panel.current) trapTab(panel.current, event);
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      previous?.focus();
    };
  }, []);
  return (
    <div className={`overlay${side ? ' overlay-side' : ''}`} onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div ref={panel} className={`dialog${side ? ' dialog-side' : ''}${wide ? ' dialog-wide' : ''}`} role="dialog" aria-modal="true" aria-label={title}>
        <header className="dialog-header">
          <h2>{title}</h2>
          <button type="button" className="icon" aria-label={t('common.close')} onClick={onClose}>
            ×
          </button>
        </header>
        {children}
      </div>
    </div>
  );
}

const FOCUSABLE = 'a[href], input, select, textarea, button, [tabindex]:not([tabindex="-1"])';

/** Tab from the last field goes to the first, Shift+Tab from the first to the last; only the topmost of stacked dialogs does it. */
function trapTab(panel: HTMLElement, event: KeyboardEvent) {
  const open = document.querySelectorAll('[role="dialog"][aria-modal="true"]');
  if (open[open.length - 1] !== panel) return;
  const fields = [...panel.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !el.matches(':disabled') && el.getClientRects().length > 0);
  const first = fields[0];
  const last = fields.at(-1);
  if (!first || !last) return;
  const at = document.activeElement;
  const inside = at instanceof HTMLElement && panel.contains(at);
  if (!inside || (event.shiftKey ? at === first : at === last)) {
    event.preventDefault();
    (event.shiftKey ? last : first).focus();
  }
}
