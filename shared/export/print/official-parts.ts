import type { RosterDocument } from '../roster-document';
import { contactText, UNCONFIRMED_MARK } from '../../paperwork/contacts';
import { escapeHtml, escapeLines } from './escape';

/**
 * The Decree 30 two-column header: agency and unit with number / national name, motto, place and
 * date. A rule is drawn under the text it belongs to (`.ruled`), so its length follows that text:
 * ⅓–½ of the unit's name, the motto's own length.
 */
export function headerHtml(doc: Pick<RosterDocument, 'info' | 'number' | 'placeAndDate'>): string {
  const { info } = doc;
  return `<header class="header">
<div class="issuer"><p class="agency">${escapeHtml(info.supervisingAgency)}</p><p class="unit"><span class="ruled">${escapeHtml(info.unitName)}</span></p><p class="number">${escapeHtml(doc.number)}</p></div>
<div class="nation-block"><p class="nation">Cộng hòa xã hội chủ nghĩa Việt Nam</p><p class="motto"><span class="ruled full">Độc lập - Tự do - Hạnh phúc</span></p><p class="place-date">${escapeHtml(doc.placeAndDate)}</p></div>
</header>`;
}

/** The document type in bold capitals, the trích yếu centred in bold under it with a short rule, then the period (none when empty). */
export function titleHtml(type: string, doc: Pick<RosterDocument, 'subject' | 'period'>): string {
  const period = doc.period ? `<p class="period">(${escapeHtml(doc.period)})</p>` : '<p class="period"></p>';
  return `<h1>${escapeHtml(type)}</h1><p class="subject"><span class="ruled">${escapeHtml(doc.subject)}</span></p>${period}`;
}

export function dutiesHtml(doc: RosterDocument): string {
  if (!doc.duties.length) return '';
  return `<section class="duties"><h2>Nhiệm vụ của cán bộ trực</h2><ul>${doc.duties.map((d) => `<li>${escapeHtml(d)}</li>`).join('')}</ul></section>`;
}

function contactsHtml(doc: Pick<RosterDocument, 'contacts'>): string {
  if (!doc.contacts.length) return '';
  const items = doc.contacts.map((c) => {
    const { name, reach, unconfirmed } = contactText(c);
    return `<li>${escapeHtml(name)}${reach ? ` — ${escapeHtml(reach)}` : ''}${unconfirmed ? ` <i class="unconfirmed">${UNCONFIRMED_MARK}</i>` : ''}</li>`;
  });
  return `<section class="contacts"><h2>Liên hệ khẩn cấp khi có sự cố</h2><ul>${items.join('')}</ul></section>`;
}

/**
 * The contacts, "Nơi nhận:" on the left and the signer's title, room for signature and seal, and
 * name on the right, kept together (`.closing`) so the signature never stands alone on a page.
 */
export function closingHtml(doc: Pick<RosterDocument, 'contacts' | 'recipients' | 'info' | 'versionNote'>): string {
  const recipients = doc.recipients.map((r) => `<li>${escapeHtml(r)}</li>`).join('');
  return `<div class="closing">${contactsHtml(doc)}
<footer class="footer">
<div class="recipients"><p class="label">Nơi nhận:</p><ul>${recipients}</ul></div>
<div class="signature"><p class="title">${escapeLines(doc.info.signerTitle)}</p><div class="space"></div><p class="name">${escapeHtml(doc.info.signerName)}</p></div>
</footer></div>
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
