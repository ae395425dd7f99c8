import { useState } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import type { PreCheck } from './usePreCheck';

/** Seats listed before "show all": enough to see the pattern, short enough to read. */
const SHOWN = 8;

/**
 * What the trial fill found: every seat filled (the only case that earns the ✓, and only with no
 * other problem), or the seats it could not fill, each with why and the smallest change that helps.
 */
export function PreCheckResult({ check, clean }: { check: PreCheck; clean: boolean }) {
  const { t, say } = useI18n();
  const [all, setAll] = useState(false);
  if (check.state === 'waiting') return <p className="hint pre-check-running">{t('setup.checks.running')}</p>;
  if (check.state === 'failed') return <p className="problem problem-error">{t('setup.checks.failed', { message: check.message })}</p>;
  const { unfilled } = check.result;
  if (unfilled.length === 0) return clean ? <p className="ok">✓ {t('setup.checks.none', { seats: check.seats })}</p> : <p className="hint">{t('setup.checks.filledAll', { seats: check.seats })}</p>;
  const shown = all ? unfilled : unfilled.slice(0, SHOWN);
  return (
    <div className="pre-check" data-testid="pre-check">
      <p className="pre-check-summary">{t('setup.checks.unfilled', { count: unfilled.length, seats: check.seats })}</p>
      <ul className="problems">
        {shown.map((e) => (
          <li key={e.seatId} className="problem problem-error" data-area="roster" data-seat={e.seatId}>
            {say(e.text)}
            {e.suggestion && <p className="suggestion">{t('setup.checks.suggestion', { suggestion: say(e.suggestion) })}</p>}
          </li>
        ))}
      </ul>
      {unfilled.length > SHOWN && (
        <button type="button" className="pre-check-more" onClick={() => setAll(!all)}>
          {all ? t('setup.checks.fewer') : t('setup.checks.more', { count: unfilled.length - SHOWN })}
        </button>
      )}
    </div>
  );
}
