import type { SelectHTMLAttributes } from 'react';

/** A select over a fixed list of codes (kinds, severities, statuses), each shown by its translated name. */
export function ChoiceSelect<T extends string>({
  values,
  value,
  labelOf,
  onChoose,
  ...rest
}: { values: readonly T[]; value: T; labelOf: (value: T) => string; onChoose: (value: T) => void } & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'>) {
  return (
    <select {...rest} value={value} onChange={(e) => onChoose(e.target.value as T)}>
      {values.map((v) => (
        <option key={v} value={v}>
          {labelOf(v)}
        </option>
      ))}
    </select>
  );
}
