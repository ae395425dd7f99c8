/**
 * A name short enough for a grid line: the given name (the last word, how Vietnamese colleagues
 * call each other) and the family name's initial, "Nguyễn Văn An" → "An N.". One word stays as is.
 */
export function shortName(fullName: string): string {
  const words = fullName.trim().split(/\s+/).filter(Boolean);
  if (words.length < 2) return words[0] ?? '';
  return `${words.at(-1)} ${[...words[0]!][0]!.toUpperCase()}.`;
}
