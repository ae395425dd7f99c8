import type { PlanCore } from '../plan/schema';
import type { RosterShift } from '../roster/problem';

/**
 * The special days a printed row mentions: those of the shift's own date, plus Giao thừa, which is
 * marked on the evening before Mùng 1 and reaches past midnight. The plain "holiday" mark is left
 * out: over a Tết roster it would stand on every row.
 */
export function shiftNotes(core: Pick<PlanCore, 'specialDays'>, shift: Pick<RosterShift, 'date' | 'specialKinds'>): string[] {
  return core.specialDays.filter((day) => day.kind !== 'holiday' && shift.specialKinds.includes(day.kind) && (day.date === shift.date || day.kind === 'giao-thua')).map((day) => day.label);
}
