import type { RosterDocument } from '../roster-document';
import { escapeHtml, escapeLines } from './escape';

/** The Decree 30 two-column header: agency and unit with number / national name, motto, place and date. */
export function headerHtml(doc: RosterDocument): string {
  const { info } = doc;
  return `<header class="header">
<div><p class="agency">${escapeHtml(info.supervisingAgency)}</p><p class="unit">${escapeHtml(info.unitName)}</p><span class="rule"></span><p class="number">Số: ${escapeHtml(info.number.trim() ? info.number : '…')}</p></div>
<div><p class="nation">Cộng hòa xã hội chủ nghĩa Việt Nam</p><p class="motto">Độc lập - Tự do - Hạnh phúc</p><span class="rule"></span><p class="place-date">${escapeHtml(doc.placeAndDate)}</p></div>
</header>`;
}

export function titleHtml(title: string, doc: RosterDocument): string {
  return `<h1>${escapeHtml(title)}</h1><p class="subject">${escapeHtml(doc.subject)}</p><p class="period">(${escapeHtml(doc.period)})</p>`;
}

export function dutiesHtml(doc: RosterDocument): string {
  if (!doc.duties.length) return '';
  return `<section class="duties"><h2>Nhiệm vụ của cán bộ trực</h2><ul>${doc.duties.map((d) => `<li>${escapeHtml(d)}</li>`).join('')}</ul></section>`;
}

export function contactsHtml(doc: RosterDocument): string {
  if (!doc.contacts.length) return '';
  const items = doc.contacts.map((c) => {
    const reach = [c.phone && `ĐT: ${c.phone}`, c.email && `Email: ${c.email}`].filter(Boolean).join('; ');
    return `<li>${escapeHtml(c.name)}${reach ? ` — ${escapeHtml(reach)}` : ''}</li>`;
  });
  return `<section class="contacts"><h2>Liên hệ khẩn cấp khi có sự cố</h2><ul>${items.join('')}</ul></section>`;
}

/** "Nơi nhận:" on the left, the signer's title, room for signature and seal, and name on the right. */
export function footerHtml(doc: RosterDocument): string {
  const recipients = doc.info.recipients.map((r) => `<li>- ${escapeHtml(r)};</li>`).join('');
  return `<footer class="footer">
<div class="recipients"><p class="label">Nơi nhận:</p><ul>${recipients}</ul></div>
<div class="signature"><p class="title">${escapeLines(doc.info.signerTitle)}</p><div class="space"></div><p class="name">${escapeHtml(doc.info.signerName)}</p></div>
</footer>
<p class="version">${escapeHtml(doc.versionNote)}</p>`;
}

/** A whole page; without CSS (the preview, whose CSP forbids <style>) it has no style element. */
export function htmlPage(title: string, css: string, body: string): string {
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
${css ? `<style>${css}</style>` : ''}</head>
<body>${body}</body></html>
`;
}
