import { clockTime } from '../export/shift-text';
import type { PublishedVersion } from '../plan/schema';
import type { StaffMember } from '../staff/schema';
import { epochToVn } from '../time/zone';
import { crewmates, crewsOf, leadersOf, workersOf, type Crew, type SeatHolder } from './crew';
import { assignmentKey, reminderKey } from './keys';
import type { Audience, Reminder } from './schema';
import { dayOf, leadTime, namesOrNobody, shiftWhen, withPhone } from './wording';

export interface PublishedPlan {
  planId: string;
  /** The latest published version: what people were told. */
  published: PublishedVersion;
  /** The plan's one reminder setting as it is now: changing it needs no re-publishing. */
  offsetsMinutes: readonly number[];
  /** "Ca trước bàn giao: …" by receiving shift id, from the duty log: told with that shift's reminders. */
  handovers?: ReadonlyMap<string, string>;
}

const MINUTE = 60_000;

/**
 * Everything this computer should tell, for the latest published version of each plan:
 * on the IT head's computer a hand-over note before every shift change, an alert when a shift
 * starts with an empty seat, and (mail being set up) an email to each person before each of their
 * shifts; on a staff member's own computer, only that person's shifts, as desktop notifications.
 */
export function scheduleReminders(plans: readonly PublishedPlan[], audience: Audience): Reminder[] {
  return plans
    .flatMap(({ planId, published, offsetsMinutes, handovers }) =>
      crewsOf(published.plan).flatMap((crew) => {
        const ctx = { planId, version: published.version, planName: published.plan.name, offsets: [...new Set(offsetsMinutes)], handover: handovers?.get(crew.shift.id) ?? null };
        const told = describe(ctx, crew);
        if (audience.thisIsMe !== null) {
          const mine = crew.seats.filter((h) => h.person?.id === audience.thisIsMe);
          return mine.flatMap((holder) => personReminders(ctx, told, holder, 'desktop'));
        }
        const mailed = audience.mailReady ? crew.seats.filter((h) => h.person?.email).flatMap((holder) => personReminders(ctx, told, holder, 'email')) : [];
        return [...handover(ctx, told, audience.handoverMinutes), ...unfilled(ctx, told), ...mailed];
      }),
    )
    .sort((a, b) => a.at - b.at || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .filter(onceAcrossPlans());
}

/**
 * Two published plans holding one person at the same time (refused at publishing, but a store may
 * predate that, or a plan file was imported twice) would remind them twice of the same moment: the
 * first one is kept. A hand-over note is dropped only when it says word for word what another one
 * at that moment says: two plans' different crews starting together are both worth telling.
 */
function onceAcrossPlans(): (reminder: Reminder) => boolean {
  const seen = new Set<string>();
  return (r) => {
    if (r.kind !== 'shift' && r.kind !== 'handover') return true;
    const moment = r.kind === 'shift' ? [r.kind, r.channel, r.staffId, r.shiftStart, r.offsetMinutes] : [r.kind, r.at, r.body];
    const key = JSON.stringify(moment);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
}

interface PlanContext {
  planId: string;
  version: number;
  planName: string;
  offsets: number[];
  /** What the previous shift handed over to this crew's shift, once written. */
  handover: string | null;
}

const withHandover = (body: string, ctx: PlanContext) => (ctx.handover ? `${body}\n${ctx.handover}` : body);

/** A crew with its times written out once: zone conversions are the costly part of planning. */
interface ToldCrew {
  crew: Crew;
  startLocal: string;
  startClock: string;
  day: string;
  base: Pick<Reminder, 'planId' | 'version' | 'shiftId' | 'shiftStart' | 'what' | 'ics'>;
}

function describe(ctx: PlanContext, crew: Crew): ToldCrew {
  const { shift } = crew;
  return {
    crew,
    startLocal: epochToVn(shift.start),
    startClock: clockTime(shift.start),
    day: dayOf(shift.start),
    base: { planId: ctx.planId, version: ctx.version, shiftId: shift.id, shiftStart: shift.start, what: shiftWhen(shift.label, shift.start, shift.end), ics: null },
  };
}

function personReminders(ctx: PlanContext, told: ToldCrew, holder: SeatHolder, channel: Reminder['channel']): Reminder[] {
  const person = holder.person as StaffMember;
  const { crew } = told;
  const { shift } = crew;
  const { others, leaders } = crewmates(crew, person.id);
  return ctx.offsets.map((offset) => ({
    ...told.base,
    key: reminderKey({ kind: 'shift', channel, planId: ctx.planId, shiftId: shift.id, seat: holder.seat.templateId, staffId: person.id, startLocal: told.startLocal, offsetMinutes: offset }),
    kind: 'shift',
    channel,
    assignment: assignmentKey(ctx.planId, holder.seat.id, person.id),
    staffId: person.id,
    personName: person.fullName,
    recipient: channel === 'email' ? person.email : null,
    offsetMinutes: offset,
    at: shift.start - offset * MINUTE,
    deadline: shift.start,
    title: `Nhắc lịch trực: ${shift.label} ${told.startClock} ${told.day}`,
    body: withHandover(
      `${person.fullName}: ${told.base.what} (${holder.seat.label || holder.seat.role}), bắt đầu sau ${leadTime(offset)}.\n` +
        `Cùng ca: ${namesOrNobody(others)}; lãnh đạo trực: ${namesOrNobody(leaders)}.\n` +
        `Kế hoạch: ${ctx.planName} (phiên bản ban hành ${ctx.version}).`,
      ctx,
    ),
  }));
}

function handover(ctx: PlanContext, told: ToldCrew, minutes: number): Reminder[] {
  if (minutes <= 0) return [];
  const { crew } = told;
  const { shift } = crew;
  return [
    {
      ...told.base,
      key: reminderKey({ kind: 'handover', channel: 'desktop', planId: ctx.planId, shiftId: shift.id, startLocal: told.startLocal, offsetMinutes: minutes }),
      kind: 'handover',
      channel: 'desktop',
      assignment: null,
      staffId: null,
      personName: null,
      recipient: null,
      offsetMinutes: minutes,
      at: shift.start - minutes * MINUTE,
      deadline: shift.start,
      title: `Đổi ca sau ${leadTime(minutes)}`,
      body: withHandover(
        `${shift.label} ${told.startClock} bắt đầu sau ${leadTime(minutes)} — ${namesOrNobody(workersOf(crew).map((p) => p.fullName))}; lãnh đạo trực: ${namesOrNobody(leadersOf(crew).map((p) => withPhone(p.fullName, p.phone)))}.`,
        ctx,
      ),
    },
  ];
}

function unfilled(ctx: PlanContext, told: ToldCrew): Reminder[] {
  const { crew } = told;
  const empty = crew.seats.filter((h) => !h.person);
  if (!empty.length) return [];
  const { shift } = crew;
  return [
    {
      ...told.base,
      key: reminderKey({ kind: 'unfilled', channel: 'desktop', planId: ctx.planId, shiftId: shift.id, startLocal: told.startLocal, offsetMinutes: 0 }),
      kind: 'unfilled',
      channel: 'desktop',
      assignment: null,
      staffId: null,
      personName: null,
      recipient: null,
      offsetMinutes: 0,
      at: shift.start,
      // Still worth telling while the shift runs: someone can be called in.
      deadline: shift.end,
      title: `Ca trực còn trống chỗ: ${shift.label} ${told.startClock}`,
      body: `${told.base.what} đã bắt đầu nhưng còn trống: ${empty.map((h) => h.seat.label || h.seat.role).join(', ')}.`,
    },
  ];
}
