import type { DutyLogBundle } from '../../../../shared/api/duty-log';
import { peopleOf } from '../../../../shared/duty-log/logged-plan';

/** The paper's person (contact, focal point) among everyone the log knows; '' leaves the paper's own default, worded by `defaultLabel`. */
export function PaperPersonSelect({
  bundle,
  label,
  defaultLabel,
  value,
  onChange,
}: {
  bundle: DutyLogBundle;
  label: string;
  defaultLabel: string;
  value: string;
  onChange: (staffId: string) => void;
}) {
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{defaultLabel}</option>
        {[...peopleOf(bundle.core, bundle.log).values()].map((p) => (
          <option key={p.id} value={p.id}>
            {p.fullName}
          </option>
        ))}
      </select>
    </label>
  );
}

/** What every paper of a plan's duty log passes to PaperDialog. */
export const paperOf = (bundle: DutyLogBundle) => ({ planId: bundle.plan.id, core: bundle.core, contacts: bundle.contacts });
