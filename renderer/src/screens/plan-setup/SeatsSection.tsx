import { memo } from 'react';
import { SeatCondition, SeatKind, type SeatPlan, type SeatTemplate } from '../../../../shared/plan/pattern';
import { StaffRole, type Skill } from '../../../../shared/staff/schema';
import { useI18n } from '../../i18n/I18nContext';
import { freeId } from './free-id';

/** One list of seats: who is needed in a shift, with which skill, on site or on standby. */
function SeatList({ seats, skills, onChange }: { seats: SeatTemplate[]; skills: readonly Skill[]; onChange: (seats: SeatTemplate[]) => void }) {
  const { t } = useI18n();
  const set = (index: number, patch: Partial<SeatTemplate>) => onChange(seats.map((s, i) => (i === index ? { ...s, ...patch } : s)));
  return (
    <>
      <table className="table compact">
        <thead>
          <tr>
            <th>{t('setup.seats.label')}</th>
            <th>{t('setup.seats.role')}</th>
            <th>{t('setup.seats.skill')}</th>
            <th>{t('setup.seats.kind')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {seats.map((seat, i) => (
            <tr key={i} data-seat={seat.id}>
              <td>
                <input aria-label={t('setup.seats.label')} value={seat.label} placeholder={seat.id} onChange={(e) => set(i, { label: e.target.value })} />
              </td>
              <td>
                <select aria-label={t('setup.seats.role')} value={seat.role} onChange={(e) => set(i, { role: e.target.value as SeatTemplate['role'] })}>
                  {StaffRole.options.map((r) => (
                    <option key={r} value={r}>
                      {t(`staff.role.${r}`)}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <select aria-label={t('setup.seats.skill')} value={seat.skill ?? ''} onChange={(e) => set(i, { skill: e.target.value || null })}>
                  <option value="">{t('setup.seats.anySkill')}</option>
                  {skills.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.label}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <select aria-label={t('setup.seats.kind')} value={seat.kind} onChange={(e) => set(i, { kind: e.target.value as SeatTemplate['kind'] })}>
                  {SeatKind.options.map((k) => (
                    <option key={k} value={k}>
                      {t(`setup.seats.kind.${k}`)}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <button className="danger" onClick={() => onChange(seats.filter((_, k) => k !== i))}>
                  {t('setup.seats.remove')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="actions section-actions">
        <button onClick={() => onChange([...seats, { id: freeId(seats, 'vi-tri'), role: 'technician', skill: null, kind: 'onsite', label: '' }])}>{t('setup.seats.add')}</button>
      </div>
    </>
  );
}

/** Default seats for every shift, and different seats for nights, days, holidays, Giao thừa and Mùng 1. */
export const SeatsSection = memo(function SeatsSection({ seats, skills, onChange }: { seats: SeatPlan; skills: readonly Skill[]; onChange: (seats: SeatPlan) => void }) {
  const { t } = useI18n();
  const unused = SeatCondition.options.filter((c) => !seats.overrides.some((o) => o.when === c));
  const setOverride = (index: number, list: SeatTemplate[]) => onChange({ ...seats, overrides: seats.overrides.map((o, i) => (i === index ? { ...o, seats: list } : o)) });
  return (
    <section className="card" aria-labelledby="setup-seats">
      <h2 id="setup-seats">{t('setup.seats.title')}</h2>
      <p className="hint">{t('setup.seats.hint')}</p>
      <h3>{t('setup.seats.default')}</h3>
      <SeatList seats={seats.default} skills={skills} onChange={(list) => onChange({ ...seats, default: list })} />
      {seats.overrides.map((override, i) => (
        <div key={override.when} className="override" data-override={override.when}>
          <div className="override-header">
            <h3>{t(`setup.seats.when.${override.when}`)}</h3>
            <span className="hint">{t('setup.seats.overrideHint')}</span>
            <button className="danger" onClick={() => onChange({ ...seats, overrides: seats.overrides.filter((_, k) => k !== i) })}>
              {t('setup.seats.removeOverride')}
            </button>
          </div>
          <SeatList seats={override.seats} skills={skills} onChange={(list) => setOverride(i, list)} />
        </div>
      ))}
      {unused.length > 0 && (
        <label className="inline">
          {t('setup.seats.addOverride')}
          <select
            value=""
            onChange={(e) => {
              const when = e.target.value as SeatCondition;
              // Starts from the default seats: the usual change is one seat more or less.
              onChange({ ...seats, overrides: [...seats.overrides, { when, seats: structuredClone(seats.default) }] });
            }}
          >
            <option value="" disabled>
              …
            </option>
            {unused.map((c) => (
              <option key={c} value={c}>
                {t(`setup.seats.when.${c}`)}
              </option>
            ))}
          </select>
        </label>
      )}
    </section>
  );
});
