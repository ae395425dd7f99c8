import { useCallback, useMemo } from 'react';
import type { MessageKey } from '../../../../shared/i18n';
import { rosterCandidates, type SeatCandidate } from '../../../../shared/roster/candidates';
import type { Violation } from '../../../../shared/roster/check';
import type { Assignments } from '../../../../shared/roster/edit';
import type { RosterProblem, RosterSeat } from '../../../../shared/roster/problem';
import { roundHours } from '../../../../shared/roster/words';
import type { StaffMember } from '../../../../shared/staff/schema';
import { useI18n } from '../../i18n/I18nContext';

/** A short reason per violation code, the grey label; the full sentence is its tooltip. */
function reasonKey(v: Violation, person: StaffMember | undefined, seat: RosterSeat): MessageKey {
  if (v.code === 'ROLE_MISMATCH') return person?.roles.includes(seat.role) ? 'roster.reason.skill' : 'roster.reason.role';
  return `roster.reason.${v.code}` as MessageKey;
}

/**
 * Who can take a seat, ranked by the checker (rosterCandidates), with the short reasons why not:
 * one source for the picker and for typing a name into a seat, so both rank and grey alike.
 */
export function useSeatCandidates(problem: RosterProblem, assignments: Assignments, seat: RosterSeat, staffById: ReadonlyMap<string, StaffMember>) {
  const { t } = useI18n();
  const candidates = useMemo(() => rosterCandidates(problem, [...assignments], seat.id), [problem, assignments, seat.id]);
  const reasons = useCallback(
    (c: SeatCandidate) => {
      const person = staffById.get(c.staffId);
      const keys = [...new Set(c.reasons.map((v) => reasonKey(v, person, seat)))];
      return keys.map((k) => t(k, { hours: roundHours(problem.rules.minRestHours) }));
    },
    [staffById, seat, t, problem.rules.minRestHours],
  );
  return { candidates, reasons };
}
