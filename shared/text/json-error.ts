/**
 * Where a text stops being JSON, found by reading it against the grammar (RFC 8259) rather than from
 * the engine's message: that message is English, differs between Node versions and, for a wrong
 * token, gives no position at all. Only called once parsing has failed.
 */
export function jsonErrorPlace(text: string): { line: number; column: number; truncated: boolean } {
  const offset = firstBadOffset(text);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1, truncated: offset >= text.length };
}

const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

class Bad extends Error {
  constructor(readonly at: number) {
    super();
  }
}

function firstBadOffset(text: string): number {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const sticky = (pattern: RegExp) => {
    pattern.lastIndex = i;
    const match = pattern.exec(text);
    if (!match) {
      // Inside an unfinished string the place is where it goes wrong: a raw line break, a bad escape, or the end.
      if (text[i] === '"') {
        let j = i + 1;
        while (j < text.length && text[j] !== '"' && text.charCodeAt(j) >= 0x20) {
          if (text[j] !== '\\') j++;
          else if (/^(["\\/bfnrt]|u[0-9a-fA-F]{4})/.test(text.slice(j + 1, j + 6))) j += text[j + 1] === 'u' ? 6 : 2;
          else break;
        }
        throw new Bad(Math.min(j, text.length));
      }
      throw new Bad(i);
    }
    i += match[0].length;
  };
  const value = (depth: number): void => {
    if (depth > 10_000) throw new Bad(i);
    ws();
    const c = text[i];
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      ws();
      if (text[i] === close) return void i++;
      for (;;) {
        if (c === '{') {
          ws();
          if (text[i] !== '"') throw new Bad(i);
          sticky(STRING);
          ws();
          if (text[i] !== ':') throw new Bad(i);
          i++;
        }
        value(depth + 1);
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === close) return void i++;
        else throw new Bad(i);
      }
    }
    if (c === '"') return sticky(STRING);
    for (const word of ['true', 'false', 'null']) if (text.startsWith(word, i)) return void (i += word.length);
    sticky(NUMBER);
  };
  try {
    value(0);
    ws();
    return i;
  } catch (error) {
    if (error instanceof Bad) return error.at;
    throw error;
  }
}
