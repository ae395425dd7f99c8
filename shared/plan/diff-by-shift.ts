import type { SeatChange, VersionDiff } from './diff';

/** The seat changes of one shift, the way the diff view lists them: by day, then by shift. */
export interface ShiftChanges {
  shiftId: string;
  date: string;
  templateId: string;
  seats: SeatChange[];
}

/** Seat ids are `${date}/${shiftTemplateId}/${seatTemplateId}`, so sorting them orders by day already. */
export function changesByShift(diff: Pick<VersionDiff, 'seats'>): ShiftChanges[] {
  const groups = new Map<string, ShiftChanges>();
  for (const change of [...diff.seats].sort((a, b) => a.seatId.localeCompare(b.seatId))) {
    let group = groups.get(change.shiftId);
    if (!group) {
      const [date = '', templateId = ''] = change.shiftId.split('/');
      groups.set(change.shiftId, (group = { shiftId: change.shiftId, date, templateId, seats: [] }));
    }
    group.seats.push(change);
  }
  return [...groups.values()];
}
