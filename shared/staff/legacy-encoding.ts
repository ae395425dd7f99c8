/**
 * Before Unicode, Vietnamese was typed with TCVN3 (ABC) or VNI fonts that put Vietnamese letters on
 * Latin-1 byte values. Such a file, opened as Windows-1252 and saved as UTF-8, is valid UTF-8 full of
 * mojibake: TCVN3 "Nguyễn Văn" becomes "NguyÔn V¨n", VNI becomes "Nguyeãn Vaên". These patterns
 * almost never occur in real Vietnamese, so a few of them are enough to tell.
 */

/** Latin-1 letters that Vietnamese itself uses. */
const VIETNAMESE_LATIN1 = 'ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý';
const ACCENTED_VOWEL = `[${VIETNAMESE_LATIN1}]`;
const LETTER = '[A-Za-z\\u00C0-\\u024F\\u1EA0-\\u1EF9]';

/** Non-Vietnamese Latin-1 and Windows-1252 characters (¨ § µ ø ñ ö …) touching a letter. */
const FOREIGN_CHAR = `[\\u00A1-\\u00FF\\u0152\\u0153\\u0160\\u0161\\u0178\\u017D\\u017E\\u0192\\u02C6\\u02DC\\u2020\\u2021\\u2030\\u2039\\u203A\\u2122]`;
const SIGNS = [
  new RegExp(`(?<=${LETTER})(?![${VIETNAMESE_LATIN1}])${FOREIGN_CHAR}|(?![${VIETNAMESE_LATIN1}])${FOREIGN_CHAR}(?=${LETTER})`, 'gu'),
  // TCVN3 puts lower-case letters with tones on upper-case Latin-1 codes: "NguyÔn".
  new RegExp(`(?<=[a-z])[ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ](?=[a-z])`, 'gu'),
  // VNI writes a vowel and then its marks: "Vaên", "Nguyeãn"; Vietnamese never puts a marked vowel after a or e.
  new RegExp(`[aeAE]${ACCENTED_VOWEL}`, 'gu'),
];

const THRESHOLD = 3;

export function looksLikeLegacyVietnamese(text: string): boolean {
  if (text.includes('\uFFFD')) return true;
  let signs = 0;
  for (const re of SIGNS) {
    signs += text.match(re)?.length ?? 0;
    if (signs >= THRESHOLD) return true;
  }
  return false;
}

export const LEGACY_ENCODING_MESSAGE = 'Tệp không phải UTF-8 (có thể là TCVN3/VNI). Hãy lưu lại tệp dưới dạng CSV UTF-8.';
