/**
 * Calendar UIDs stable across re-exports and versions of one plan, and different for a duplicated
 * plan (it gets a new id). The "/" of shift and seat ids is replaced: some clients treat UIDs as
 * file names.
 */
export const idPart = (id: string) => id.replace(/[^A-Za-z0-9-]+/g, '_');
const DOMAIN = 'lich-truc';

/** One event per shift in the whole-roster file. */
export const shiftUid = (planId: string, shiftId: string) => `${idPart(planId)}.${idPart(shiftId)}@${DOMAIN}`;

/** One event per assignment in a person's file: plan + shift + seat (the seat id holds the shift) + person. */
export const assignmentUid = (planId: string, seatId: string, staffId: string) => `${idPart(planId)}.${idPart(seatId)}.${idPart(staffId)}@${DOMAIN}`;
