import { closingHtml, headerHtml, titleHtml } from '../../export/print/official-parts';
import { escapeHtml } from '../../export/print/escape';
import type { PaperBlock, PaperDocument } from '../paper-body';

function tableHtml(block: Extract<PaperBlock, { kind: 'table' }>): string {
  const sum = block.weights.reduce((a, b) => a + b, 0);
  const cell = (text: string, i: number, tag: 'td' | 'th' = 'td') => `<${tag}${block.numeric?.[i] && tag === 'td' ? ' class="num"' : ''}>${escapeHtml(text)}</${tag}>`;
  const cols = block.weights.map((w) => `<col style="width:${((100 * w) / sum).toFixed(2)}%">`).join('');
  const total = block.total ? `<tr class="total">${block.total.map((t, i) => cell(t, i)).join('')}</tr>` : '';
  return `<table class="roster paper"><colgroup>${cols}</colgroup><thead><tr>${block.head.map((h, i) => cell(h, i, 'th')).join('')}</tr></thead>
<tbody>${block.rows.map((r) => `<tr>${r.map((t, i) => cell(t, i)).join('')}</tr>`).join('')}${total}</tbody></table>`;
}

/** Each bar an SVG of its cell's width, the lines drawn at the same place in every row so they read as one line down the chart. */
function barsHtml(block: Extract<PaperBlock, { kind: 'bars' }>): string {
  const at = (value: number) => ((100 * value) / block.max).toFixed(2);
  const lines = block.lines
    .map(
      (l) =>
        `<line x1="${at(l.value)}" x2="${at(l.value)}" y1="0" y2="10" stroke="#000" stroke-width="${l.dashed ? 1.2 : 2.2}"${l.dashed ? ' stroke-dasharray="2 1.5"' : ''} vector-effect="non-scaling-stroke"/>`,
    )
    .join('');
  const bar = (value: number) =>
    `<svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true"><rect x="0" y="2" width="${at(value)}" height="6" fill="#a7aebb" stroke="#000" stroke-width="0.8" vector-effect="non-scaling-stroke"/>${lines}</svg>`;
  const rows = block.rows.map((r) => `<tr><td>${escapeHtml(r.label)}</td><td class="bar">${bar(r.value)}</td><td class="num">${escapeHtml(r.valueText)}</td><td>${escapeHtml(r.note)}</td></tr>`);
  return `<figure class="paper-bars"><p class="paper-text italic">${escapeHtml(block.caption)}</p><table class="roster paper bars"><colgroup><col style="width:27%"><col style="width:37%"><col style="width:8%"><col style="width:28%"></colgroup>
<thead><tr><th>${escapeHtml(block.head[0])}</th><th colspan="2">${escapeHtml(block.head[1])}</th><th>${escapeHtml(block.head[2])}</th></tr></thead><tbody>${rows.join('')}</tbody></table><p class="paper-note">${escapeHtml(block.linesLegend)}</p></figure>`;
}

function blockHtml(block: PaperBlock): string {
  switch (block.kind) {
    case 'heading':
      return `<h2 class="paper-heading">${escapeHtml(block.text)}</h2>`;
    case 'paragraph':
      return `<p class="paper-text${block.italic ? ' italic' : ''}">${escapeHtml(block.text)}</p>`;
    case 'fields':
      return `<ol class="paper-fields">${block.items
        .map((f) => `<li><b>${escapeHtml(f.label)}:</b>${f.lines.length === 1 ? ` ${escapeHtml(f.lines[0]!)}` : f.lines.map((l) => `<span class="line">${escapeHtml(l)}</span>`).join('')}</li>`)
        .join('')}</ol>`;
    case 'table':
      return tableHtml(block);
    case 'bars':
      return barsHtml(block);
  }
}

/** A paper's body in the Decree 30 frame, every text escaped. */
export function paperBodyHtml(doc: PaperDocument): string {
  return [headerHtml(doc), titleHtml(doc.typeName, doc), ...doc.blocks.map(blockHtml), closingHtml({ ...doc, contacts: [] })].join('\n');
}
