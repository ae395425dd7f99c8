import { useEffect, useRef, useState, type InputHTMLAttributes } from 'react';
import { isValidDateParts } from '../../../shared/time/local';

/**
 * A text field for a value typed the Vietnamese way (24-hour times, day before month). Native time
 * and date pickers follow the operating system's locale and show "07:30 PM" or "02/15/2026" on
 * many machines; this one always shows `HH:mm` and `dd/MM/yyyy`. The value is passed on only when
 * it reads; until then the field is marked invalid and the last good value stays in force. With
 * `invalidMessage`, the form it is in does not submit while it does not read (the message says why).
 */
export function ParsedInput({
  value,
  format,
  parse,
  onValue,
  invalidMessage,
  ...rest
}: {
  value: string;
  format: (v: string) => string;
  parse: (text: string) => string | null;
  onValue: (v: string) => void;
  invalidMessage?: string;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'>) {
  const [text, setText] = useState(() => format(value));
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    // Follow changes made elsewhere (a preset chosen), not the echo of what is being typed.
    if (parse(text) !== value) setText(format(value));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);
  // An empty field is not yet an error: it keeps the last good value, or none for an optional one.
  const valid = text.trim() === '' || parse(text) !== null;
  useEffect(() => input.current?.setCustomValidity(valid || !invalidMessage ? '' : invalidMessage), [valid, invalidMessage]);
  return (
    <input
      {...rest}
      ref={input}
      value={text}
      aria-invalid={valid ? undefined : true}
      onChange={(e) => {
        setText(e.target.value);
        const parsed = parse(e.target.value);
        if (parsed !== null) onValue(parsed);
      }}
      onBlur={() => parse(text) !== null && setText(format(value))}
    />
  );
}

const pad = (n: number | string) => String(n).padStart(2, '0');

/** "7:30", "07:30", "7h30", "19.30" → "07:30". */
export function parseTime(text: string): string | null {
  const m = /^\s*([01]?\d|2[0-3])\s*[:h.]\s*([0-5]\d)\s*$/i.exec(text);
  return m ? `${pad(m[1]!)}:${m[2]}` : null;
}

/** "15/2/2026" → "2026-02-15". */
export function parseDate(text: string): string | null {
  const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text);
  if (!m || !isValidDateParts(Number(m[3]), Number(m[2]), Number(m[1]))) return null;
  return `${m[3]}-${pad(m[2]!)}-${pad(m[1]!)}`;
}

/** "15/02/2026 22:00" → "2026-02-15T22:00". */
export function parseDateTime(text: string): string | null {
  const m = /^\s*(\S+)\s+(\S+)\s*$/.exec(text);
  const date = m && parseDate(m[1]!);
  const time = m && parseTime(m[2]!);
  return date && time ? `${date}T${time}` : null;
}

/** "1,5" or "1.5" → 1.5: the Vietnamese decimal comma, or the point a spreadsheet habit types. */
export function parseDecimal(text: string): number | null {
  const m = /^\s*(-?\d+)(?:[,.](\d+))?\s*$/.exec(text);
  return m ? Number(`${m[1]}.${m[2] ?? '0'}`) : null;
}

/** Times are already written `HH:mm`. */
export const asTyped = (v: string) => v;
