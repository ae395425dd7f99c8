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
  }
}

/** A paper's body in the Decree 30 frame, every text escaped. */
export function paperBodyHtml(doc: PaperDocument): string {
  return [headerHtml(doc), titleHtml(doc.typeName, doc), ...doc.blocks.map(blockHtml), closingHtml({ ...doc, contacts: [] })].join('\n');
}
