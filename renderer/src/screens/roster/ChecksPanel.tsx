import { useMemo, useState } from 'react';
import type { Violation } from '../../../../shared/roster/check';
import type { Assignments } from '../../../../shared/roster/edit';
import { explainUnfilledSeat, type SeatExplanation } from '../../../../shared/roster/explain';
import type { RosterProblem } from '../../../../shared/roster/problem';
import { useI18n } from '../../i18n/I18nContext';

/** Hundreds of empty seats (a plan not yet generated) would only bury the list; the grid shows them all. */
const SHOWN = 60;

interface ChecksPanelProps {
  problem: RosterProblem;
  assignments: Assignments;
  violations: Violation[];
  /** The last generation's explanations of the seats it could not fill, while the roster is as it left it. */
  explained: ReadonlyMap<string, SeatExplanation> | null;
  onGo(seatId: string): void;
}

/** The checker's findings, always up to date: broken rules first, then empty seats; each jumps to its seat. */
export function ChecksPanel({ problem, assignments, violations, explained, onGo }: ChecksPanelProps) {
  const { t, say } = useI18n();
  const broken = violations.filter((v) => v.code !== 'SEAT_UNFILLED');
  const unfilled = violations.filter((v) => v.code === 'SEAT_UNFILLED');
  return (
    <section className="checks-panel" aria-label={t('roster.checks.title')}>
      {broken.length === 0 && unfilled.length === 0 && <p className="checks-ok">{t('roster.checks.ok')}</p>}
      {broken.length > 0 && (
        <>
          <h3>{t('roster.checks.violations', { count: broken.length })}</h3>
          <ul className="violations">
            {broken.slice(0, SHOWN).map((v, i) => (
              <li key={`${v.code}|${v.seatId}|${v.relatedSeatId ?? ''}|${v.staffId ?? ''}|${i}`}>
                <button type="button" className="check-item violation" data-testid={`violation-${v.code}`} onClick={() => onGo(v.seatId)}>
                  {say(v.text)}
                </button>
              </li>
            ))}
          </ul>
          {broken.length > SHOWN && <p className="hint">{t('roster.checks.more', { count: broken.length - SHOWN })}</p>}
        </>
      )}
      {unfilled.length > 0 && (
        <>
          <h3>{t('roster.checks.unfilled', { count: unfilled.length })}</h3>
          <ul className="unfilled">
            {unfilled.slice(0, SHOWN).map((v) => (
              <UnfilledItem key={v.seatId} violation={v} given={explained?.get(v.seatId)} problem={problem} assignments={assignments} onGo={onGo} />
            ))}
          </ul>
          {unfilled.length > SHOWN && <p className="hint">{t('roster.checks.more', { count: unfilled.length - SHOWN })}</p>}
        </>
      )}
    </section>
  );
}

interface UnfilledItemProps {
  violation: Violation;
  given: SeatExplanation | undefined;
  problem: RosterProblem;
  assignments: Assignments;
  onGo(seatId: string): void;
}

/**
 * An empty seat. Right after a generation its explanation is the generator's and shows at once;
 * otherwise it is worked out when asked, as it weighs up every person of the plan.
 */
function UnfilledItem({ violation, given, problem, assignments, onGo }: UnfilledItemProps) {
  const { t, say } = useI18n();
  const [open, setOpen] = useState(given !== undefined);
  const explanation = useMemo(() => (open ? (given ?? explainUnfilledSeat(problem, [...assignments], violation.seatId)) : null), [open, given, problem, assignments, violation.seatId]);
  return (
    <li>
      <button type="button" className="check-item unfilled-item" onClick={() => onGo(violation.seatId)}>
        {say(violation.text)}
      </button>
      <button type="button" className="link-button" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        {t('roster.checks.why')}
      </button>
      {explanation && (
        <div className="explanation">
          <p>{say(explanation.text)}</p>
          {explanation.suggestion && <p className="suggestion">{t('roster.checks.suggestion', { text: say(explanation.suggestion) })}</p>}
        </div>
      )}
    </li>
  );
}
