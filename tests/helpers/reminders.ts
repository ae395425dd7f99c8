import type { DesktopNotification, Notifier, Timer } from '../../electron/services/adapters';
import type { Mailer, OutgoingMail, SmtpConfig } from '../../electron/services/adapters';
import { expandSeats, expandShifts } from '../../shared/plan/expand';
import { Plan, type DutyWindow } from '../../shared/plan/schema';
import type { StaffMember } from '../../shared/staff/schema';
import { tetPlan } from './tet-plan';
import { staffMember } from './plans';
import { publish } from './publish';
import type { FakeClock } from './services';

/** setTimeout on the fake clock: nothing fires until the test runs time forward. */
export class FakeTimer implements Timer {
  #next = 1;
  readonly pending = new Map<number, { at: number; callback: () => void }>();

  constructor(private readonly clock: FakeClock) {}

  set(callback: () => void, ms: number): number {
    const id = this.#next++;
    this.pending.set(id, { at: this.clock.now().getTime() + ms, callback });
    return id;
  }

  clear(handle: unknown): void {
    this.pending.delete(handle as number);
  }

  /** Fires due timers in time order, moving the clock to each, until `until`. */
  async runUntil(until: number, settle: () => Promise<void>): Promise<number> {
    let fired = 0;
    for (;;) {
      const [id, next] = [...this.pending].sort((a, b) => a[1].at - b[1].at)[0] ?? [];
      if (id === undefined || !next || next.at > until) break;
      this.pending.delete(id);
      if (next.at > this.clock.now().getTime()) this.clock.set(new Date(next.at));
      next.callback();
      await settle();
      fired++;
    }
    this.clock.set(new Date(until));
    return fired;
  }
}

export class RecordingNotifier implements Notifier {
  readonly shown: DesktopNotification[] = [];
  show(notification: DesktopNotification): void {
    this.shown.push(notification);
  }
}

export class RecordingMailer implements Mailer {
  readonly sent: OutgoingMail[] = [];
  async send(_config: SmtpConfig, mail: OutgoingMail) {
    this.sent.push(mail);
    return { response: '250 OK' };
  }
}

const person = (id: string, fullName: string, roles: StaffMember['roles'], skills: string[] = []) =>
  staffMember(id, { fullName, roles, skills, email: `${id}@ttcntt.example.vn`, phone: `09120000${id.slice(-2).replace(/\D/g, '0')}` });

/** A handful of people: two leaders, two security technicians, two technicians. */
export const TET_STAFF: StaffMember[] = [
  person('ld-01', 'Lê Văn Hùng', ['leader']),
  person('ld-02', 'Phạm Thị Lan', ['leader']),
  person('kt-01', 'Nguyễn Văn An', ['technician'], ['security']),
  person('kt-02', 'Trần Thị Bình', ['technician'], ['security']),
  person('kt-03', 'Hoàng Văn Cường', ['technician']),
  person('kt-04', 'Đỗ Thị Dung', ['technician']),
];

/**
 * Tết 2026 (13/02 17:00 → 23/02 07:30, or another window), 3 × 8, every seat filled in rotation except the seats
 * listed in `empty`, published as version 1 at `publishedAt`.
 */
export function tetRoster(options: { publishedAt?: string; empty?: string[]; window?: DutyWindow; name?: string } = {}): Plan {
  // The short name and no subject: mail subjects, reminders and papers read "Trực Tết Bính Ngọ 2026".
  const { window, name = 'Trực Tết Bính Ngọ 2026' } = options;
  const base = tetPlan({ staff: TET_STAFF, name, subject: '', ...(window ? { window } : {}) });
  const shifts = expandShifts(base);
  const turn = new Map<string, number>();
  const pick = (pool: string[]) => {
    const key = pool.join();
    const n = turn.get(key) ?? 0;
    turn.set(key, n + 1);
    return pool[n % pool.length] as string;
  };
  const assignments = expandSeats(base, shifts)
    .filter((seat) => !options.empty?.includes(seat.id))
    .map((seat) => ({
      seatId: seat.id,
      staffId: seat.role === 'leader' ? pick(['ld-01', 'ld-02']) : seat.skill === 'security' ? pick(['kt-01', 'kt-02']) : pick(['kt-03', 'kt-04']),
      locked: false,
    }));
  return publish(Plan.parse({ ...base, assignments }), options.publishedAt ?? '2026-02-01T02:00:00.000Z');
}
