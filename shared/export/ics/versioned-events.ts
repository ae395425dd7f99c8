import type { DutyEventContent } from '../duty-event';

export interface VersionedEvent<E extends DutyEventContent> {
  event: E;
  /** RFC 5545 SEQUENCE: how many times the event changed (or was cancelled) since first published. */
  sequence: number;
  cancelled: boolean;
}

const fingerprint = (e: DutyEventContent) => JSON.stringify([e.start, e.end, e.summary, e.description]);

/**
 * Replays the events of each published version, oldest first, the last being the one exported.
 * An event's SEQUENCE rises each time its content changes, it disappears (the file then carries it
 * as CANCELLED, so the calendar removes it) or it comes back. Events dropped in any earlier version
 * stay in the file as cancelled, for people who missed the version that dropped them.
 */
export function versionedEvents<E extends DutyEventContent>(timeline: readonly (readonly E[])[]): VersionedEvent<E>[] {
  const state = new Map<string, { event: E; sequence: number; present: boolean }>();
  for (const events of timeline) {
    const seen = new Set<string>();
    for (const event of events) {
      seen.add(event.uid);
      const known = state.get(event.uid);
      if (!known) state.set(event.uid, { event, sequence: 0, present: true });
      else {
        const changed = !known.present || fingerprint(known.event) !== fingerprint(event);
        state.set(event.uid, { event, sequence: known.sequence + (changed ? 1 : 0), present: true });
      }
    }
    for (const [uid, known] of state) {
      if (known.present && !seen.has(uid)) state.set(uid, { ...known, sequence: known.sequence + 1, present: false });
    }
  }
  return [...state.values()].map(({ event, sequence, present }) => ({ event, sequence, cancelled: !present })).sort((a, b) => a.event.start - b.event.start || a.event.uid.localeCompare(b.event.uid));
}

/**
 * Which iTIP message (RFC 5546) one event needs, given the SEQUENCE its person was last mailed
 * (undefined: never). SEQUENCE alone decides: whatever raised it in `versionedEvents` (a new time,
 * another leader, a colleague's new phone) is a change the person's calendar must receive, and
 * nothing else is. A cancelled event is only announced to someone who was told of it.
 */
export function itipMethodDue(versioned: Pick<VersionedEvent<DutyEventContent>, 'sequence' | 'cancelled'>, lastMailed: number | undefined): 'REQUEST' | 'CANCEL' | null {
  if (lastMailed !== undefined && lastMailed >= versioned.sequence) return null;
  if (versioned.cancelled) return lastMailed === undefined ? null : 'CANCEL';
  return 'REQUEST';
}
