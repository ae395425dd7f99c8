import { crewsOf } from './crew';
import { assignmentKey } from './keys';
import type { PublishedPlan } from './schedule';
import type { Reminder } from './schema';

/** Every person-in-seat of the latest published versions. */
export function liveAssignments(plans: readonly PublishedPlan[]): Set<string> {
  return new Set(plans.flatMap(({ planId, published }) => crewsOf(published.plan).flatMap((crew) => crew.seats.flatMap((h) => (h.person ? [assignmentKey(planId, h.seat.id, h.person.id)] : [])))));
}

/**
 * A person who was already reminded of a shift and has since been taken off it (by re-publishing)
 * is told it is cancelled, once per assignment, on the channel they were reminded on. Assignments
 * never announced just drop out of the schedule.
 */
export function cancellations(plans: readonly PublishedPlan[], announced: readonly Reminder[]): Reminder[] {
  const live = liveAssignments(plans);
  const byPlan = new Map(plans.map((p) => [p.planId, p.published]));
  const out = new Map<string, Reminder>();
  for (const told of announced) {
    const published = byPlan.get(told.planId);
    if (told.kind !== 'shift' || !told.assignment || told.shiftStart === null || !published || live.has(told.assignment)) continue;
    const publishedAt = Date.parse(published.publishedAt);
    const key = ['cancel', told.channel, told.assignment, told.shiftStart].join('|');
    if (told.shiftStart <= publishedAt || out.has(key)) continue;
    out.set(key, {
      ...told,
      key,
      kind: 'cancel',
      version: published.version,
      offsetMinutes: 0,
      at: publishedAt,
      deadline: told.shiftStart,
      ics: null,
      title: `Huỷ lịch trực: ${told.what}`,
      body:
        `${told.personName ?? ''}: anh/chị không còn trực ${told.what} theo phiên bản ban hành ${published.version} của kế hoạch "${published.plan.name}". ` +
        'Lời nhắc trước đó về ca này không còn hiệu lực.',
    });
  }
  return [...out.values()];
}
