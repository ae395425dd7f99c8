import { memo } from 'react';
import { formatDateTimeLong } from '../../../../shared/i18n/dates';
import { patternCoverage, snapWindowToShifts } from '../../../../shared/plan/coverage';
import { PATTERN_PRESETS, presetPattern, type PatternPresetId, type ShiftPattern, type ShiftTemplate } from '../../../../shared/plan/pattern';
import type { DutyWindow } from '../../../../shared/plan/schema';
import { MINUTES_PER_DAY, minutesOfDay } from '../../../../shared/plan/wall-clock';
import { ParsedInput, asTyped, parseTime } from '../../components/ParsedInput';
import { useI18n } from '../../i18n/I18nContext';
import { freeId } from './free-id';

const PRESET_IDS = Object.keys(PATTERN_PRESETS) as PatternPresetId[];

function hoursOf(shift: ShiftTemplate): number {
  const length = minutesOfDay(shift.end) - minutesOfDay(shift.start);
  return (length <= 0 ? length + MINUTES_PER_DAY : length) / 60;
}

/** Edited shifts that come back to a preset's times are that preset again. */
function withPreset(shifts: ShiftTemplate[]): ShiftPattern {
  const same = (id: PatternPresetId) =>
    PATTERN_PRESETS[id].length === shifts.length && PATTERN_PRESETS[id].every((p, i) => p.id === shifts[i]?.id && p.start === shifts[i]?.start && p.end === shifts[i]?.end);
  return { presetId: PRESET_IDS.find(same) ?? null, shifts };
}

/**
 * The day's shifts: a preset or any custom boundaries (a shift whose end is not after its start
 * crosses midnight), with where they leave gaps or overlap, and the duty window snapped to them.
 */
export const PatternSection = memo(function PatternSection({
  pattern,
  window,
  onPattern,
  onWindow,
}: {
  pattern: ShiftPattern;
  window: DutyWindow;
  onPattern: (p: ShiftPattern) => void;
  onWindow: (w: DutyWindow) => void;
}) {
  const { t, say, language } = useI18n();
  const coverage = patternCoverage(pattern);
  const snapped = snapWindowToShifts(window, pattern);
  const clipped = snapped.start !== window.start || snapped.end !== window.end;
  const setShift = (index: number, patch: Partial<ShiftTemplate>) => onPattern(withPreset(pattern.shifts.map((s, i) => (i === index ? { ...s, ...patch } : s))));
  const addShift = () => {
    const last = pattern.shifts.at(-1);
    const first = pattern.shifts[0];
    onPattern(withPreset([...pattern.shifts, { id: freeId(pattern.shifts, 'ca'), label: '', start: last?.end ?? '00:00', end: first?.start ?? '00:00' }]));
  };
  const long = (local: string) => formatDateTimeLong(local, language);

  return (
    <section className="card" aria-labelledby="setup-pattern">
      <h2 id="setup-pattern">{t('setup.pattern.title')}</h2>
      <div className="preset-choices" role="radiogroup" aria-label={t('setup.pattern.preset')}>
        {PRESET_IDS.map((id) => (
          <button key={id} role="radio" aria-checked={pattern.presetId === id} className={pattern.presetId === id ? 'chosen' : ''} onClick={() => onPattern(presetPattern(id))}>
            {t(`setup.pattern.preset.${id}`)}
          </button>
        ))}
        <span role="radio" aria-checked={pattern.presetId === null} className={`preset-custom${pattern.presetId === null ? ' chosen' : ''}`}>
          {t('setup.pattern.preset.custom')}
        </span>
      </div>
      <table className="table compact">
        <thead>
          <tr>
            <th>{t('setup.pattern.shiftLabel')}</th>
            <th>{t('setup.pattern.start')}</th>
            <th>{t('setup.pattern.end')}</th>
            <th />
            <th />
          </tr>
        </thead>
        <tbody>
          {pattern.shifts.map((shift, i) => (
            <tr key={i} data-shift={shift.id}>
              <td>
                <input aria-label={t('setup.pattern.shiftLabel')} value={shift.label} placeholder={shift.id} onChange={(e) => setShift(i, { label: e.target.value })} />
              </td>
              <td>
                <ParsedInput
                  className="time"
                  placeholder="HH:mm"
                  aria-label={`${t('setup.pattern.start')} ${shift.label || shift.id}`}
                  value={shift.start}
                  format={asTyped}
                  parse={parseTime}
                  onValue={(start) => setShift(i, { start })}
                />
              </td>
              <td>
                <ParsedInput
                  className="time"
                  placeholder="HH:mm"
                  aria-label={`${t('setup.pattern.end')} ${shift.label || shift.id}`}
                  value={shift.end}
                  format={asTyped}
                  parse={parseTime}
                  onValue={(end) => setShift(i, { end })}
                />
              </td>
              <td className="hint nowrap">
                {t('setup.pattern.hours', { hours: hoursOf(shift).toLocaleString(language) })}
                {minutesOfDay(shift.end) <= minutesOfDay(shift.start) && ` · ${t('setup.pattern.crossesMidnight')}`}
              </td>
              <td>
                <button className="danger" disabled={pattern.shifts.length === 1} onClick={() => onPattern(withPreset(pattern.shifts.filter((_, k) => k !== i)))}>
                  {t('setup.pattern.removeShift')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="actions section-actions">
        <button onClick={addShift}>{t('setup.pattern.addShift')}</button>
      </div>
      {coverage.length === 0 ? (
        <p className="ok">✓ {t('setup.pattern.covered')}</p>
      ) : (
        <ul className="problems" aria-label={t('setup.checks.title')}>
          {coverage.map((p) => {
            const text = say(p.message);
            return (
              <li key={text} className="problem problem-error">
                {text}
              </li>
            );
          })}
        </ul>
      )}
      <h3>{t('setup.window.title')}</h3>
      <p>{t('setup.window.value', { start: long(window.start), end: long(window.end) })}</p>
      {clipped && coverage.length === 0 && (
        <div className="snap">
          <span className="hint">
            {t('setup.window.clipped')} {t('setup.window.snapTo', { start: long(snapped.start), end: long(snapped.end) })}
          </span>
          <button onClick={() => onWindow(snapped)}>{t('setup.window.snap')}</button>
        </div>
      )}
    </section>
  );
});
