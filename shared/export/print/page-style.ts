export type Orientation = 'portrait' | 'landscape';

/**
 * Decree 30/2020/NĐ-CP layout: A4, margins top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm,
 * Times New Roman (Tinos has the same metrics and covers Vietnamese). Page numbers are centred in
 * the top margin from page 2 on, with CSS page-margin boxes (Chromium ≥ 131).
 */
export function printCss(orientation: Orientation): string {
  return `
@page { size: A4 ${orientation}; margin: 20mm 15mm 20mm 30mm;
  @top-center { content: counter(page); font-family: Tinos, 'Times New Roman', serif; font-size: 13pt; vertical-align: bottom; padding-bottom: 4mm; } }
@page :first { @top-center { content: none; } }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: Tinos, 'Times New Roman', serif; font-size: 13pt; line-height: 1.3; color: #000; background: #fff; }
.header { display: grid; grid-template-columns: 42% 58%; text-align: center; margin-bottom: 10pt; }
.header p { margin: 0; }
.agency { text-transform: uppercase; font-size: 12pt; }
.unit { text-transform: uppercase; font-weight: bold; font-size: 12pt; }
.nation { text-transform: uppercase; font-weight: bold; font-size: 12pt; white-space: nowrap; }
.motto { font-weight: bold; font-size: 13pt; }
/* A rule under its own text: 36 % of the unit's name and of the trích yếu (Decree 30: ⅓–½; a wrapped name's box is a little wider than its longest line), the motto's full length. */
.ruled { display: inline-block; position: relative; padding-bottom: 3pt; margin-bottom: 5pt; }
.ruled::after { content: ''; position: absolute; left: 32%; right: 32%; bottom: 0; border-top: 0.75pt solid #000; }
.ruled.full::after { left: 0; right: 0; }
.number { font-size: 13pt; white-space: pre; }
.place-date { font-style: italic; font-size: 13pt; }
h1 { font-size: 14pt; font-weight: bold; text-transform: uppercase; text-align: center; margin: 12pt 0 2pt; }
.subject { text-align: center; font-weight: bold; margin: 0; }
.period { text-align: center; font-style: italic; margin: 0 0 10pt; }
table.roster { width: 100%; border-collapse: collapse; font-size: 11pt; line-height: 1.15; }
table.roster th, table.roster td { border: 0.75pt solid #000; padding: 2pt 3pt; vertical-align: top; }
table.roster th { font-weight: bold; text-align: center; vertical-align: middle; }
table.roster thead { display: table-header-group; }
table.roster tr, table.roster tbody.day:not(.long) { break-inside: avoid; }
col.col-stt { width: 5%; } col.col-date { width: 11.5%; } col.col-weekday { width: 9.5%; } col.col-lunar { width: 7%; }
col.col-shift { width: 12.5%; } col.col-leader { width: 20%; } col.col-staff { width: 26%; } col.col-notes { width: 8.5%; }
col.col-seat { width: 16%; } col.col-with { width: 35%; }
col.cl-stt { width: 5%; } col.cl-date { width: 12%; } col.cl-shift { width: 13%; } col.cl-name { width: 21%; } col.cl-post { width: 18%; }
col.cl-duty { width: 14%; } col.cl-phone { width: 17%; }
.focal p { margin: 0; }
.paper-heading { font-size: 13pt; font-weight: bold; margin: 8pt 0 3pt; break-after: avoid; }
.paper-text { text-align: justify; text-indent: 10mm; margin: 0 0 4pt; }
.paper-text.italic { font-style: italic; }
ol.paper-fields { margin: 4pt 0 0; padding-left: 7mm; }
ol.paper-fields li { margin: 0 0 3pt; break-inside: avoid; }
ol.paper-fields .line { display: block; }
table.paper { margin: 2pt 0 4pt; }
table.paper td.num { text-align: right; white-space: nowrap; }
table.paper tr.total td { font-weight: bold; }
table.paper.bars td { vertical-align: middle; }
table.paper.bars td.bar { padding: 0 3pt; }
table.paper.bars svg.bar { display: block; width: 100%; height: 11pt; }
/* A role's chart with its caption and legend on one page: one picture. */
figure.paper-bars { margin: 0; break-inside: avoid; }
.paper-note { font-size: 10pt; font-style: italic; margin: 0 0 4pt; }
/* The day's cells never wrap: 17/02/2026, Chủ Nhật. */
td.center { text-align: center; white-space: nowrap; }
.person { display: block; }
.person + .person { margin-top: 2pt; }
.phone, .hours { white-space: nowrap; }
.special { font-weight: bold; }
.duties, .contacts { margin: 8pt 0 0; break-inside: avoid; }
.closing { break-inside: avoid; }
.unconfirmed { font-size: 10pt; }
.duties h2, .contacts h2 { font-size: 13pt; margin: 0 0 2pt; }
.duties ul, .contacts ul { margin: 0; padding-left: 18pt; }
.footer { display: grid; grid-template-columns: 50% 50%; margin-top: 14pt; break-inside: avoid; }
.recipients { font-size: 11pt; }
.recipients .label { font-style: italic; font-weight: bold; font-size: 12pt; margin: 0; }
.recipients ul { list-style: none; margin: 0; padding: 0; }
.signature { text-align: center; }
.signature .title { font-weight: bold; text-transform: uppercase; margin: 0; }
.signature .space { height: 26mm; }
.signature .name { font-weight: bold; margin: 0; }
.version { font-size: 9pt; color: #444; margin-top: 10pt; }
.annex { break-before: page; }
.annex p { margin: 0; text-align: center; }
.annex-label, .annex-title { font-weight: bold; }
.annex-title { text-transform: uppercase; }
.annex-reference { font-style: italic; margin-bottom: 8pt !important; }
/* The picture's own units are the screen's: 200 mm keeps its names near 8 pt and a role of 24 people on a landscape page. */
.fairness-figure { margin: 6pt 0 0; break-inside: avoid; }
.fairness-figure figcaption { font-weight: bold; font-size: 11pt; margin-bottom: 2pt; }
.fairness-figure svg { display: block; width: 100%; max-width: 200mm; height: auto; }
.fairness-legend { font-size: 10pt; text-align: left !important; margin-top: 4pt !important; }
.fairness-legend span { margin-right: 10pt; }
.fairness-legend svg { vertical-align: middle; }
.slip-who { margin: 6pt 0; }
.slip-who p { margin: 0; }
/* The in-app preview shows the page as a sheet of paper; print media ignores this. */
@media screen { html { background: #d9dde3; } body { box-sizing: border-box; max-width: ${orientation === 'portrait' ? 210 : 297}mm; margin: 12px auto; padding: 20mm 15mm 20mm 30mm; box-shadow: 0 2px 10px rgba(0,0,0,.25); } }
`;
}
