/**
 * Text handed to ical-generator. It escapes SUMMARY and DESCRIPTION (RFC 5545 §3.3.11) but writes
 * X-WR-CALNAME as given, and it passes other control characters through: a plan or person name
 * holding CR/LF would start a property of its own ("Evil\r\nATTENDEE:mailto:evil@x"). Names are
 * refused with such characters on input; these guard what is already stored or comes from anywhere.
 */

// C0 controls and DEL, except TAB and LF (RFC 5545 TSAFE-CHAR excludes CTL; LF is written as \n), and
// the bidirectional overrides and isolates that make a name read differently from what it holds.
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F\u202A-\u202E\u2066-\u2069]/g;

/** A multi-line TEXT value (DESCRIPTION): line breaks kept as LF, every other control dropped. */
export const calendarText = (text: string): string => text.replace(/\r\n?/g, '\n').replace(UNSAFE, '');

/** A one-line TEXT value (SUMMARY, a name): line breaks and tabs become spaces. */
export const calendarLine = (text: string): string => calendarText(text).replace(/[\n\t]+/g, ' ');

/** A TEXT value the library writes unescaped (X-WR-CALNAME): escaped here as §3.3.11 says. */
export const escapedCalendarLine = (text: string): string => calendarLine(text).replace(/[\\;,]/g, (c) => `\\${c}`);

/**
 * A quoted parameter value (CN="…"): RFC 5545 §3.1 allows neither DQUOTE nor controls inside, and
 * the library's backslash before a quote is no escape there, so a quote ends the value early.
 */
export const calendarParam = (text: string): string => calendarLine(text).replace(/"/g, "'");
