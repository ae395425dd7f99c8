import type { DutyWindow } from '../plan/schema';
import { formatDate, formatDateTime } from '../i18n/dates';
import { defaultDue, dueBeforeWindow, lastDueDay } from './due';
import { ReadinessError } from './errors';
import { ReadinessDocument, ReadinessTask, type ReadinessStatus } from './schema';

export const MAX_TASKS = 100;

/** What an edit needs besides the checklist: the plan's window, the time, new ids, and who can be assigned. */
export interface EditContext {
  window: DutyWindow;
  /** ISO instant. */
  now: string;
  newId(): string;
  /** A staff member by id (the plan's or the directory's), or undefined. */
  person(id: string): { id: string; fullName: string } | undefined;
}

export interface TaskFields {
  title: string;
  assigneeId: string | null;
  due: string;
  status: ReadinessStatus;
  note: string;
}

function checkDue(due: string, window: DutyWindow): void {
  if (!dueBeforeWindow(due, window)) {
    throw new ReadinessError('DUE_NOT_BEFORE_WINDOW', { due: formatDate(due), start: formatDateTime(window.start), latest: formatDate(lastDueDay(window)) });
  }
}

function assignee(ctx: EditContext, id: string | null): Pick<ReadinessTask, 'assigneeId' | 'assigneeName'> {
  if (id === null) return { assigneeId: null, assigneeName: '' };
  const person = ctx.person(id);
  if (!person) throw new ReadinessError('UNKNOWN_STAFF', { staff: id });
  return { assigneeId: person.id, assigneeName: person.fullName };
}

const indexOf = (doc: ReadinessDocument, taskId: string) => {
  const index = doc.tasks.findIndex((t) => t.id === taskId);
  if (index < 0) throw new ReadinessError('UNKNOWN_TASK', { task: taskId });
  return index;
};

const withTasks = (doc: ReadinessDocument, ctx: EditContext, tasks: ReadinessTask[]): ReadinessDocument => ReadinessDocument.parse({ ...doc, tasks, updatedAt: ctx.now });

export function addTask(doc: ReadinessDocument, ctx: EditContext, fields: Partial<TaskFields> & { title: string }): { doc: ReadinessDocument; task: ReadinessTask } {
  if (doc.tasks.length >= MAX_TASKS) throw new ReadinessError('TOO_MANY_TASKS', { max: MAX_TASKS });
  const due = fields.due ?? defaultDue(ctx.window);
  checkDue(due, ctx.window);
  const status = fields.status ?? 'todo';
  const task = ReadinessTask.parse({
    id: ctx.newId(),
    title: fields.title,
    ...assignee(ctx, fields.assigneeId ?? null),
    due,
    status,
    note: fields.note ?? '',
    doneAt: status === 'done' ? ctx.now : null,
    updatedAt: ctx.now,
  });
  return { doc: withTasks(doc, ctx, [...doc.tasks, task]), task };
}

/**
 * Changes some fields of a task. A due date is checked against the window only when it changes, so
 * a window moved earlier does not lock the other fields of a task now due too late (the checklist
 * shows it instead).
 */
export function updateTask(doc: ReadinessDocument, ctx: EditContext, taskId: string, changes: Partial<TaskFields>): ReadinessDocument {
  const index = indexOf(doc, taskId);
  const current = doc.tasks[index]!;
  if (changes.due !== undefined && changes.due !== current.due) checkDue(changes.due, ctx.window);
  const status = changes.status ?? current.status;
  const next: ReadinessTask = {
    ...current,
    ...(changes.title !== undefined && { title: changes.title }),
    ...(changes.note !== undefined && { note: changes.note }),
    ...(changes.due !== undefined && { due: changes.due }),
    ...(changes.assigneeId !== undefined && changes.assigneeId !== current.assigneeId && assignee(ctx, changes.assigneeId)),
    status,
    doneAt: status !== 'done' ? null : current.status === 'done' ? current.doneAt : ctx.now,
    updatedAt: ctx.now,
  };
  return withTasks(
    doc,
    ctx,
    doc.tasks.map((t, i) => (i === index ? next : t)),
  );
}

/** Takes a task out; what was removed and where, so an undo can put it back as it was. */
export function removeTask(doc: ReadinessDocument, ctx: EditContext, taskId: string): { doc: ReadinessDocument; removed: { task: ReadinessTask; index: number } } {
  const index = indexOf(doc, taskId);
  return {
    doc: withTasks(
      doc,
      ctx,
      doc.tasks.filter((_, i) => i !== index),
    ),
    removed: { task: doc.tasks[index]!, index },
  };
}

/** Puts a removed task back where it was (undo), with its id, so reminders already told are not told again. */
export function restoreTask(doc: ReadinessDocument, ctx: EditContext, removed: { task: ReadinessTask; index: number }): ReadinessDocument {
  if (doc.tasks.some((t) => t.id === removed.task.id)) throw new ReadinessError('DUPLICATE_TASK', { task: removed.task.title });
  if (doc.tasks.length >= MAX_TASKS) throw new ReadinessError('TOO_MANY_TASKS', { max: MAX_TASKS });
  const tasks = [...doc.tasks];
  tasks.splice(Math.min(Math.max(0, removed.index), tasks.length), 0, removed.task);
  return withTasks(doc, ctx, tasks);
}

/** Moves a task to another place in the list. */
export function moveTask(doc: ReadinessDocument, ctx: EditContext, taskId: string, to: number): ReadinessDocument {
  const index = indexOf(doc, taskId);
  const tasks = [...doc.tasks];
  const [task] = tasks.splice(index, 1);
  tasks.splice(Math.min(Math.max(0, to), tasks.length), 0, task!);
  return withTasks(doc, ctx, tasks);
}
