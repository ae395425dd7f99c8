const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Every name, note and setting goes through this: a staff name like `<img onerror=…>` prints as text. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** Escaped, with the line breaks a user typed (e.g. "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC") kept. */
export function escapeLines(text: string): string {
  return escapeHtml(text).replace(/\r?\n/g, '<br>');
}
