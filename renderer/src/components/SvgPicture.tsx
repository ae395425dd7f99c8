import { createElement, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import type { SvgNode } from '../../../shared/drawing/svg-node';

/** `stroke-width` → `strokeWidth`, `class` → `className`; aria-* and data-* stay as written. */
function reactName(name: string): string {
  if (name === 'class') return 'className';
  if (name === 'tabindex') return 'tabIndex';
  if (name.startsWith('aria-') || name.startsWith('data-')) return name;
  return name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

function element(node: SvgNode, extra: Record<string, unknown> = {}): ReactNode {
  const props: Record<string, unknown> = { ...extra };
  for (const [name, value] of Object.entries(node.attrs)) props[reactName(name)] = value;
  return createElement(node.tag, props, node.text ?? node.children?.map((child, key) => element(child, { key })));
}

/**
 * A picture drawn once in shared/ (the printed documents draw the same one), as React elements; React
 * escapes its text. Clicks, Enter and Space anywhere in it hand `onPick` the `pickBy` attribute of
 * the nearest element that has one, so the drawing itself stays plain data.
 */
export function SvgPicture({ node, pickBy, onPick }: { node: SvgNode; pickBy?: string; onPick?: (value: string) => void }) {
  if (!pickBy || !onPick) return element(node);
  const pick = (event: MouseEvent | KeyboardEvent): boolean => {
    const value = (event.target as Element).closest(`[${pickBy}]`)?.getAttribute(pickBy);
    if (value) onPick(value);
    return !!value;
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if ((event.key === 'Enter' || event.key === ' ') && pick(event)) event.preventDefault();
  };
  return element(node, { onClick: pick, onKeyDown });
}
