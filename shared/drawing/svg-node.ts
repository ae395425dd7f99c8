import { escapeHtml } from '../export/print/escape';

/**
 * An SVG picture as plain data: the renderer turns it into React elements (React escapes the text),
 * printed documents into markup. One drawing function, any number of places that show it.
 */
export interface SvgNode {
  tag: 'svg' | 'g' | 'rect' | 'line' | 'text' | 'title';
  attrs: Readonly<Record<string, string | number>>;
  children?: readonly SvgNode[];
  text?: string;
}

export const svg = (tag: SvgNode['tag'], attrs: SvgNode['attrs'], children?: readonly SvgNode[]): SvgNode => ({ tag, attrs, ...(children ? { children } : {}) });
export const svgText = (tag: 'text' | 'title', attrs: SvgNode['attrs'], text: string): SvgNode => ({ tag, attrs, text });

/** The markup of a picture for a printed page: every attribute and text escaped, as any name may be hostile. */
export function svgMarkup(node: SvgNode): string {
  const attrs = Object.entries(node.attrs)
    .map(([name, value]) => ` ${name}="${escapeHtml(String(value))}"`)
    .join('');
  const xmlns = node.tag === 'svg' ? ' xmlns="http://www.w3.org/2000/svg"' : '';
  const inner = node.text !== undefined ? escapeHtml(node.text) : (node.children ?? []).map(svgMarkup).join('');
  return `<${node.tag}${xmlns}${attrs}>${inner}</${node.tag}>`;
}
