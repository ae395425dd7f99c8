import { say } from '../i18n';
import type { MessageKey } from '../i18n/catalog';
import { msg, type Message } from '../i18n/message';

/**
 * Characters no text typed or imported into the app may hold, because they change what a file
 * says rather than what a reader sees: the C0 controls but TAB, LF and CR (NUL, ESC… are invalid in
 * the XML of .docx and .xlsx and in iCalendar), DEL, and the bidirectional overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069) that make a name read otherwise than it is written.
 */
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/;
/** In a one-line field, a line break too: in a calendar or a CSV row it starts a line of its own. */
const UNSAFE_ON_ONE_LINE = /[\u0000-\u001F\u007F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;

/**
 * Keys of one-line text wherever they occur (a staff member, a plan, a seat or shift, the unit's
 * details, the mail sender): names, units, titles, labels, addresses. Multi-line fields (notes,
 * duties, the signer's title) may break lines but hold no other control.
 */
const ONE_LINE_KEYS = new Set([
  'name',
  'fullName',
  'title',
  'unit',
  'label',
  'unitName',
  'supervisingAgency',
  'signerName',
  'place',
  'number',
  'phone',
  'email',
  'unitEmail',
  'senderName',
  'senderAddress',
]);

export interface UnsafeText {
  /** "staff[2].fullName", as zod issues are named. */
  where: string;
  /** "U+000D". */
  char: string;
}

const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
const at = (where: string, key: string | number) => (typeof key === 'number' ? `${where}[${key}]` : where ? `${where}.${key}` : key);

/** The first string in `value` (any depth) holding a character its field may not hold, or null. */
export function findUnsafeText(value: unknown, where = '', key?: string): UnsafeText | null {
  if (typeof value === 'string') {
    const found = (key !== undefined && ONE_LINE_KEYS.has(key) ? UNSAFE_ON_ONE_LINE : UNSAFE).exec(value);
    return found ? { where: where || '(gốc)', char: codePoint(found[0]) } : null;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findUnsafeText(value[i], at(where, i), key);
      if (found) return found;
    }
    return null;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      const found = findUnsafeText(v, at(where, k), k);
      if (found) return found;
    }
  }
  return null;
}

const NAMES: Record<string, MessageKey> = { 'U+000D': 'error.char.cr', 'U+000A': 'error.char.lf', 'U+0000': 'error.char.nul', 'U+001B': 'error.char.esc', 'U+0009': 'error.char.tab' };

/** The user's words for it: "ký tự điều khiển U+000D (xuống dòng CR)". */
export function unsafeCharMessage(char: string): Message {
  const name = NAMES[char] ?? (/^U\+20[26]/.test(char) ? 'error.char.bidi' : undefined);
  return name ? msg('error.controlCharNamed', { char, name: msg(name) }) : msg('error.controlChar', { char });
}

/** The same in Vietnamese, for a text still built in words. */
export const describeUnsafeChar = (char: string): string => say('vi', unsafeCharMessage(char));
