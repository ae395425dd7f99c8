import { htmlPage } from './official-parts';

/**
 * The page of the in-app preview: no style element, the preview adopts the CSS itself. Kept apart
 * from the document builders so the renderer bundle does not pull in the roster expansion.
 */
export function previewHtml(parts: { title: string; body: string }): string {
  return htmlPage(parts.title, '', parts.body);
}
