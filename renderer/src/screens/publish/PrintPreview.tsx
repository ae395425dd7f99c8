import { useRef } from 'react';
import type { PrintParts } from '../../../../shared/export/print/print-html';
import { previewHtml } from '../../../../shared/export/print/preview-page';
import { useI18n } from '../../i18n/I18nContext';
import { addTinos } from './tinos-faces';

/**
 * The print in a frame with scripts off. The app's CSP (`style-src 'self'`) also governs this
 * srcdoc document, so its CSS is adopted as a constructed stylesheet, which CSP does not restrict.
 * `allow-same-origin` lets this component reach the frame's document; `allow-modals` lets it print.
 */
export function PrintPreview({ parts }: { parts: PrintParts }) {
  const { t } = useI18n();
  const frame = useRef<HTMLIFrameElement>(null);
  const adoptCss = () => {
    const view = frame.current?.contentWindow as (Window & typeof globalThis) | null | undefined;
    if (!view) return;
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(parts.css);
    view.document.adoptedStyleSheets = [sheet];
    addTinos(view);
  };
  return (
    <div className="print-preview">
      <div className="print-preview-bar">
        <h2>{t('exports.preview')}</h2>
        <button onClick={() => frame.current?.contentWindow?.print()}>{t('exports.print')}</button>
      </div>
      <iframe ref={frame} title={t('exports.previewFrame')} sandbox="allow-same-origin allow-modals" srcDoc={previewHtml(parts)} onLoad={adoptCss} />
      <p className="hint">{t('exports.previewFont')}</p>
    </div>
  );
}
