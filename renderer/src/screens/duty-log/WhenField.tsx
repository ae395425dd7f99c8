import { useState } from 'react';
import { formatDateTime } from '../../../../shared/i18n/dates';
import { epochToVn, vnToEpoch } from '../../../../shared/time/zone';
import { parseDateTime } from '../../components/ParsedInput';

/**
 * A moment typed the Vietnamese way, `dd/MM/yyyy HH:mm` on Vietnam's clock (native pickers follow
 * the machine's locale and may show "01/15/2026, 09:00 AM"). `instant()` is the ISO instant, or
 * null while the field is empty or does not read.
 */
export function useWhen(initial: number) {
  const [text, setText] = useState(() => formatDateTime(epochToVn(initial)));
  const local = parseDateTime(text);
  return { text, setText, valid: local !== null, instant: () => (local ? new Date(vnToEpoch(local)).toISOString() : null) };
}

export function WhenField({ when, label, showError = false }: { when: ReturnType<typeof useWhen>; label: string; showError?: boolean }) {
  return (
    <input
      className="when-field"
      aria-label={label}
      placeholder="dd/mm/yyyy hh:mm"
      value={when.text}
      aria-invalid={showError && !when.valid ? true : undefined}
      onChange={(e) => when.setText(e.target.value)}
    />
  );
}
