import { msg, type Message, type MessageParam } from '../i18n/message';
/**
 * Before Unicode, Vietnamese was typed with TCVN3 (ABC) or VNI fonts that put Vietnamese letters on
 * Latin-1 byte values. Such a file, opened as Windows-1252 and saved as UTF-8, is valid UTF-8 full of
 * mojibake: TCVN3 "Nguyễn Văn" becomes "NguyÔn V¨n", VNI becomes "Nguyeãn Vaên". These patterns
 * almost never occur in real Vietnamese, so a few of them are enough to tell.
 */

/** Latin-1 letters that Vietnamese itself uses. */
const VIETNAMESE_LATIN1 = 'ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý';
const VIETNAMESE_LOWER = 'àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ';
const VIETNAMESE_LETTERS = VIETNAMESE_LOWER + VIETNAMESE_LOWER.toUpperCase();
/** A vowel bearing a Vietnamese mark (the letters above but đ). */
const MARKED_VOWEL = `[${VIETNAMESE_LETTERS.replace(/[đĐ]/g, '')}]`;
const LETTER = '[A-Za-z\\u00C0-\\u024F\\u1EA0-\\u1EF9]';

/** Non-Vietnamese Latin-1 and Windows-1252 characters (¨ § µ ø ñ ö …) touching a letter. */
const FOREIGN_CHAR = `[\\u00A1-\\u00FF\\u0152\\u0153\\u0160\\u0161\\u0178\\u017D\\u017E\\u0192\\u02C6\\u02DC\\u2020\\u2021\\u2030\\u2039\\u203A\\u2122]`;
const FOREIGN_TOUCHING_LETTER = new RegExp(`(?<=${LETTER})(?![${VIETNAMESE_LATIN1}])${FOREIGN_CHAR}|(?![${VIETNAMESE_LATIN1}])${FOREIGN_CHAR}(?=${LETTER})`, 'gu');
/** TCVN3 puts lower-case letters with tones on upper-case codes: "NguyÔn". */
const UPPER_INSIDE_LOWER = new RegExp(`(?<=[a-z])[ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂƠƯĐ](?=[a-z])`, 'gu');
/** VNI writes a vowel and then its marks: "Vaên", "Nguyeãn"; Vietnamese never puts a marked vowel after a or e. */
const MARK_AFTER_A_OR_E = new RegExp(`[aeAE]${MARKED_VOWEL}`, 'gu');

const THRESHOLD = 3;

function signsIn(text: string, patterns: readonly RegExp[]): number {
  return patterns.reduce((sum, re) => sum + (text.match(re)?.length ?? 0), 0);
}

/** Text that was valid UTF-8 or UTF-16: mojibake shows as a few telltale patterns. */
export function looksLikeLegacyVietnamese(text: string): boolean {
  if (text.includes('\uFFFD')) return true;
  return signsIn(text, [FOREIGN_TOUCHING_LETTER, UPPER_INSIDE_LOWER, MARK_AFTER_A_OR_E]) >= THRESHOLD;
}

/**
 * Punctuation Windows-1258 has that Vietnamese text uses; its other symbols (¨ µ ¸ © …) are what
 * TCVN3 stores letters as.
 */
const ALLOWED_SYMBOLS = '\u00A0–—‘’“”‚„…•€₫°«»×·';
const OUTSIDE_VIETNAMESE = new RegExp(`[^\\x09\\x0A\\x0D\\x20-\\x7E${VIETNAMESE_LETTERS}${ALLOWED_SYMBOLS}]`, 'u');

/**
 * Text decoded from bytes that were not UTF-8 as Windows-1258 and NFC-normalised: real Vietnamese
 * then holds only Vietnamese letters (every tone mark composed with its vowel) and common punctuation.
 * A TCVN3 or VNI file decodes to other symbols, marks left over, or a marked vowel after a or e.
 */
export function isLegacyNotWindows1258(text: string): boolean {
  return OUTSIDE_VIETNAMESE.test(text) || signsIn(text, [UPPER_INSIDE_LOWER, MARK_AFTER_A_OR_E]) > 0;
}

/** The first line that shows the old encoding, so the user can see what is meant. */
export function firstLegacyLine(lines: readonly string[], strict: boolean): { line: number; text: string } | null {
  const index = lines.findIndex((line) => (strict ? isLegacyNotWindows1258(line) : line.includes('\uFFFD') || signsIn(line, [FOREIGN_TOUCHING_LETTER, UPPER_INSIDE_LOWER, MARK_AFTER_A_OR_E]) > 0));
  return index < 0 ? null : { line: index + 1, text: lines[index]!.slice(0, 60) };
}

/**
 * What to do about a file in TCVN3 or VNI: the exact steps, ending with the format this file should be
 * re-saved as. `where` is the line (and sheet) that shows it, a message of its own, or '' when none does.
 */
export function legacyEncodingMessage(format: 'csv' | 'xlsx', where: MessageParam): Message {
  return msg(format === 'csv' ? 'staffImport.file.legacy.csv' : 'staffImport.file.legacy.xlsx', { where, steps: msg('staffImport.file.legacySteps') });
}
