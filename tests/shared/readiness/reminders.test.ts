import { describe, expect, it } from 'vitest';
import { scheduleReadiness, type ReadinessPlan } from '../../../shared/readiness/reminders';
import type { ReadinessTask } from '../../../shared/readiness/schema';
import { vn } from '../../helpers/clock';

const task = (id: string, fields: Partial<ReadinessTask> = {}): ReadinessTask => ({
  id,
  title: `Việc ${id}`,
  assigneeId: 'kt-01',
  assigneeName: 'Nguyễn Văn An',
  due: '2026-02-12',
  status: 'todo',
  note: '',
  doneAt: null,
  updatedAt: '2026-01-20T02:00:00.000Z',
  ...fields,
});

const plan = (tasks: ReadinessTask[]): ReadinessPlan => ({
  planId: 'tet-2026',
  planName: 'Trực Tết Bính Ngọ 2026',
  window: { start: '2026-02-13T17:00', end: '2026-02-23T07:30' },
  tasks,
  people: new Map([
    ['kt-01', { fullName: 'Nguyễn Văn An', email: 'an@ttcntt.example.vn' }],
    ['kt-02', { fullName: 'Trần Thị Bình', email: '' }],
  ]),
});

const HEAD = { thisIsMe: null, handoverMinutes: 30, mailReady: true };

describe('readiness reminders', () => {
  it('email each assignee once, at 08:00 the day before the due day, worth sending until that day ends', () => {
    const [reminder, ...rest] = scheduleReadiness([plan([task('backup', { note: 'Thử khôi phục CSDL' })])], HEAD);
    expect(rest).toEqual([]);
    expect(reminder).toMatchObject({
      kind: 'readiness',
      channel: 'email',
      recipient: 'an@ttcntt.example.vn',
      staffId: 'kt-01',
      shiftId: null,
      at: vn('2026-02-11T08:00'),
      deadline: vn('2026-02-13T00:00'),
      title: 'Việc chuẩn bị đến hạn 12/02/2026: Việc backup',
      body: 'Nguyễn Văn An: anh/chị được giao "Việc backup" (Trực Tết Bính Ngọ 2026), hạn 12/02/2026, trước khi bắt đầu trực lúc 13/02/2026 17:00.\nGhi chú: Thử khôi phục CSDL',
    });
  });

  it('tell nobody of a task done, unassigned, or whose assignee has no email; nothing by email before mail is set up', () => {
    const tasks = [task('a', { status: 'done' }), task('b', { assigneeId: null, assigneeName: '' }), task('c', { assigneeId: 'kt-02', assigneeName: 'Trần Thị Bình' })];
    expect(scheduleReadiness([plan(tasks)], HEAD)).toEqual([]);
    expect(scheduleReadiness([plan([task('d')])], { ...HEAD, mailReady: false })).toEqual([]);
  });

  it("on a staff member's own computer, notify them of their own tasks only", () => {
    const tasks = [task('mine'), task('theirs', { assigneeId: 'kt-02', assigneeName: 'Trần Thị Bình' })];
    const shown = scheduleReadiness([plan(tasks)], { thisIsMe: 'kt-02', handoverMinutes: 30, mailReady: true });
    expect(shown.map((r) => [r.channel, r.staffId, r.title])).toEqual([['desktop', 'kt-02', 'Việc chuẩn bị đến hạn 12/02/2026: Việc theirs']]);
  });

  it('keep one key per task and assignee: a moved due date is not told again, a new assignee is', () => {
    const [first] = scheduleReadiness([plan([task('botnet')])], HEAD);
    const [moved] = scheduleReadiness([plan([task('botnet', { due: '2026-02-10' })])], HEAD);
    expect(moved?.key).toBe(first?.key);
    expect(moved?.at).toBe(vn('2026-02-09T08:00'));
    const reassigned = scheduleReadiness(
      [{ ...plan([task('botnet', { assigneeId: 'kt-03' })]), people: new Map([['kt-03', { fullName: 'Hoàng Văn Cường', email: 'cuong@ttcntt.example.vn' }]]) }],
      HEAD,
    );
    expect(reassigned[0]?.key).not.toBe(first?.key);
    expect(reassigned[0]?.recipient).toBe('cuong@ttcntt.example.vn');
  });
});
