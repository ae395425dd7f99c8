import { describe, expect, it } from 'vitest';
import { translate } from '../../../shared/i18n';
import { defaultDue, isOverdue, lastDueDay } from '../../../shared/readiness/due';
import { addTask, moveTask, removeTask, restoreTask, updateTask, type EditContext } from '../../../shared/readiness/edits';
import { ReadinessError } from '../../../shared/readiness/errors';
import { parseReadinessDocument } from '../../../shared/readiness/parse';
import { READINESS_SCHEMA_VERSION } from '../../../shared/readiness/schema';
import { SEED_TASK_IDS, seededChecklist } from '../../../shared/readiness/seed';
import type { DutyWindow } from '../../../shared/plan/schema';

/** Tết Bính Ngọ 2026: from Friday 13/02 17:00. */
const TET: DutyWindow = { start: '2026-02-13T17:00', end: '2026-02-23T07:30' };
const NOW = '2026-01-20T02:00:00.000Z';
const PEOPLE = new Map([
  ['kt-01', { id: 'kt-01', fullName: 'Nguyễn Văn An' }],
  ['kt-02', { id: 'kt-02', fullName: 'Trần Thị Bình' }],
]);

function context(window = TET, now = NOW): EditContext {
  let n = 0;
  return { window, now, newId: () => `task-${++n}`, person: (id) => PEOPLE.get(id) };
}

const seed = (window = TET) => seededChecklist('tet-2026', window, NOW, (id) => translate('vi', `readiness.seed.${id}`));

function refusal(run: () => unknown): ReadinessError {
  try {
    run();
  } catch (error) {
    if (error instanceof ReadinessError) return error;
    throw error;
  }
  throw new Error('not refused');
}

describe('the readiness checklist of a plan', () => {
  it("is seeded with the letters' seven tasks, unassigned, due the working day before the window starts", () => {
    const doc = seed();
    expect(doc.tasks.map((t) => t.title)).toEqual([
      'Rà soát, khắc phục lỗ hổng bảo mật trên các hệ thống thông tin',
      'Cập nhật bản vá theo cảnh báo của cơ quan chức năng',
      'Quét, gỡ bỏ mã độc trên máy chủ, máy trạm',
      'Kiểm tra hệ thống có địa chỉ IP nằm trong danh sách botnet',
      'Kiểm tra sao lưu dữ liệu và khả năng khôi phục',
      'Rà soát kế hoạch ứng phó sự cố',
      'Nhắc cán bộ, nhân viên cảnh giác với lừa đảo trực tuyến',
    ]);
    expect(doc.tasks.map((t) => t.id)).toEqual([...SEED_TASK_IDS]);
    expect(new Set(doc.tasks.map((t) => `${t.due} ${t.status} ${t.assigneeId}`))).toEqual(new Set(['2026-02-12 todo null']));
    expect(parseReadinessDocument(doc)).toEqual(doc);
  });

  it('defaults to the working day before the window: a window starting on a Monday gives the Friday', () => {
    expect(defaultDue(TET)).toBe('2026-02-12');
    expect(defaultDue({ start: '2026-04-27T17:00', end: '2026-05-04T07:30' })).toBe('2026-04-24');
    expect(lastDueDay({ start: '2026-04-27T17:00', end: '2026-05-04T07:30' })).toBe('2026-04-26');
  });

  it('refuses a due date on or after the day duty starts, saying the last day allowed', () => {
    const ctx = context();
    for (const due of ['2026-02-13', '2026-02-20']) {
      const error = refusal(() => addTask(seed(), ctx, { title: 'Kiểm tra UPS', due }));
      expect(error.code).toBe('DUE_NOT_BEFORE_WINDOW');
      expect(translate('vi', `readiness.error.${error.code}`, error.params)).toBe(
        `Hạn ${due.slice(8, 10)}/02/2026 không trước thời gian trực (bắt đầu 13/02/2026 17:00): việc chuẩn bị phải xong trước khi trực, chậm nhất ngày 12/02/2026.`,
      );
    }
    const { doc, task } = addTask(seed(), ctx, { title: 'Kiểm tra UPS', due: '2026-02-12', assigneeId: 'kt-02', note: 'Phòng máy tầng 3' });
    expect(task).toMatchObject({ id: 'task-1', title: 'Kiểm tra UPS', assigneeId: 'kt-02', assigneeName: 'Trần Thị Bình', due: '2026-02-12', status: 'todo', note: 'Phòng máy tầng 3' });
    expect(doc.tasks.at(-1)).toEqual(task);
    expect(addTask(seed(), ctx, { title: 'Không ghi hạn' }).task.due).toBe('2026-02-12');
  });

  it('changes a task field by field; done is stamped and unstamped; an unknown assignee or task is refused', () => {
    const ctx = context();
    let doc = updateTask(seed(), ctx, 'backup', { assigneeId: 'kt-01', status: 'doing', note: 'Thử khôi phục CSDL một cửa' });
    expect(doc.tasks.find((t) => t.id === 'backup')).toMatchObject({ assigneeName: 'Nguyễn Văn An', status: 'doing', doneAt: null, note: 'Thử khôi phục CSDL một cửa' });
    doc = updateTask(doc, { ...ctx, now: '2026-02-02T03:00:00.000Z' }, 'backup', { status: 'done' });
    expect(doc.tasks.find((t) => t.id === 'backup')?.doneAt).toBe('2026-02-02T03:00:00.000Z');
    // A later edit of a done task keeps when it was done.
    doc = updateTask(doc, { ...ctx, now: '2026-02-05T03:00:00.000Z' }, 'backup', { note: 'Khôi phục được trong 40 phút' });
    expect(doc.tasks.find((t) => t.id === 'backup')?.doneAt).toBe('2026-02-02T03:00:00.000Z');
    doc = updateTask(doc, ctx, 'backup', { status: 'todo', title: 'Kiểm tra sao lưu (CSDL, máy chủ thư)' });
    expect(doc.tasks.find((t) => t.id === 'backup')).toMatchObject({ status: 'todo', doneAt: null, title: 'Kiểm tra sao lưu (CSDL, máy chủ thư)' });
    expect(refusal(() => updateTask(doc, ctx, 'backup', { assigneeId: 'kt-99' })).code).toBe('UNKNOWN_STAFF');
    expect(refusal(() => updateTask(doc, ctx, 'nope', { note: 'x' })).code).toBe('UNKNOWN_TASK');
    expect(refusal(() => updateTask(doc, ctx, 'backup', { due: '2026-02-14' })).code).toBe('DUE_NOT_BEFORE_WINDOW');
  });

  it('keeps a task whose window moved earlier editable, without forcing a new due date on every change', () => {
    const earlier: DutyWindow = { start: '2026-02-10T17:00', end: '2026-02-23T07:30' };
    const doc = updateTask(seed(), context(earlier), 'botnet', { status: 'doing' });
    expect(doc.tasks.find((t) => t.id === 'botnet')).toMatchObject({ status: 'doing', due: '2026-02-12' });
  });

  it('puts a removed task back where it was, with its id, once', () => {
    const ctx = context();
    const { doc, removed } = removeTask(seed(), ctx, 'malware');
    expect(removed.index).toBe(2);
    expect(doc.tasks.map((t) => t.id)).not.toContain('malware');
    const back = restoreTask(doc, ctx, removed);
    expect(back.tasks.map((t) => t.id)).toEqual([...SEED_TASK_IDS]);
    expect(back.tasks[2]).toEqual(removed.task);
    expect(refusal(() => restoreTask(back, ctx, removed)).code).toBe('DUPLICATE_TASK');
  });

  it('moves a task up or down the list', () => {
    const ctx = context();
    expect(moveTask(seed(), ctx, 'fraud-awareness', 0).tasks.map((t) => t.id)).toEqual(['fraud-awareness', ...SEED_TASK_IDS.slice(0, 6)]);
    expect(moveTask(seed(), ctx, 'vulnerabilities', 99).tasks.at(-1)?.id).toBe('vulnerabilities');
  });

  it('is overdue once its due day is over and it is not done', () => {
    expect(isOverdue({ status: 'todo', due: '2026-02-12' }, '2026-02-12')).toBe(false);
    expect(isOverdue({ status: 'doing', due: '2026-02-12' }, '2026-02-13')).toBe(true);
    expect(isOverdue({ status: 'done', due: '2026-02-12' }, '2026-02-20')).toBe(false);
  });

  it('refuses a stored checklist of a newer app, and names the wrong field of a broken one', () => {
    expect(() => parseReadinessDocument({ ...seed(), schemaVersion: READINESS_SCHEMA_VERSION + 1 })).toThrow(/phiên bản Lịch Trực mới hơn/);
    const broken = seed();
    expect(() => parseReadinessDocument({ ...broken, tasks: [{ ...broken.tasks[0], due: '12/02/2026' }] })).toThrow('trường "tasks[0].due" không hợp lệ');
  });
});
