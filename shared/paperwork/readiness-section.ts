import { formatDate } from '../i18n/dates';
import { translate, type MessageKey } from '../i18n';
import type { ParamArgs } from '../i18n/message';
import { isOverdue, vnToday } from '../readiness/due';
import type { ReadinessTask } from '../readiness/schema';
import { atText, type PaperBlock } from './paper-body';

/** The law's form is Vietnamese whatever the UI language. */
const vi = <K extends MessageKey>(key: K, ...params: ParamArgs<K>) => translate('vi', key, ...params);

/** How the readiness work stood at the report's moment: the figures the paper prints. */
export interface ReadinessCounts {
  total: number;
  done: number;
  /** Of those done, done after their due day. */
  doneLate: number;
  notDone: number;
  /** Of those not done, past their due day. */
  overdue: number;
}

type TaskState = { task: ReadinessTask; done: boolean; late: boolean; overdue: boolean };

/**
 * A task counts as done only if it was marked done by `now`, so a report "tính đến" an earlier
 * moment does not claim work finished after it; overdue is the checklist's own rule on that day.
 */
function stateAt(task: ReadinessTask, now: number): TaskState {
  const doneAt = task.status === 'done' && task.doneAt !== null ? Date.parse(task.doneAt) : null;
  const done = task.status === 'done' && (doneAt === null || doneAt <= now);
  return {
    task,
    done,
    late: done && doneAt !== null && vnToday(doneAt) > task.due,
    overdue: !done && isOverdue({ status: 'todo', due: task.due }, vnToday(now)),
  };
}

export function readinessCounts(tasks: readonly ReadinessTask[], now: number): ReadinessCounts {
  const states = tasks.map((t) => stateAt(t, now));
  const done = states.filter((s) => s.done);
  const notDone = states.filter((s) => !s.done);
  return { total: states.length, done: done.length, doneLate: done.filter((s) => s.late).length, notDone: notDone.length, overdue: notDone.filter((s) => s.overdue).length };
}

function resultText({ task, done, late, overdue }: TaskState): string {
  if (done)
    return task.doneAt === null
      ? vi('paper.after.doc.readiness.done')
      : vi(late ? 'paper.after.doc.readiness.doneAtLate' : 'paper.after.doc.readiness.doneAt', { at: atText(Date.parse(task.doneAt)) });
  const status = vi(task.status === 'doing' ? 'paper.after.doc.readiness.doing' : 'paper.after.doc.readiness.todo');
  return overdue ? vi('paper.after.doc.readiness.overdue', { status }) : status;
}

/**
 * "Công tác chuẩn bị": the work the letters order before the holiday, each task with who did it,
 * by when, and when it was done (or that it was not, and whether it is overdue), as it stood at
 * `now`. The counts above the table are those of the rows.
 */
export function readinessSection(tasks: readonly ReadinessTask[], now: number): { title: string; blocks: PaperBlock[]; counts: ReadinessCounts } {
  const title = vi('paper.after.doc.readinessTitle');
  const counts = readinessCounts(tasks, now);
  if (!counts.total) return { title, counts, blocks: [{ kind: 'paragraph', text: vi('paper.after.doc.readiness.none') }] };
  const summary = [
    vi('paper.after.doc.readiness.doneCount', { done: counts.done, total: counts.total }),
    counts.doneLate ? vi('paper.after.doc.readiness.doneLateCount', { n: counts.doneLate }) : '',
    counts.notDone ? vi('paper.after.doc.readiness.notDoneCount', { n: counts.notDone, overdue: counts.overdue }) : vi('paper.after.doc.readiness.allDone'),
  ].join('');
  return {
    title,
    counts,
    blocks: [
      { kind: 'paragraph', text: `${summary}.` },
      {
        kind: 'table',
        head: (['no', 'readiness.task', 'readiness.assignee', 'readiness.due', 'readiness.result', 'readiness.note'] as const).map((k) => vi(`paper.after.doc.${k}`)),
        weights: [7, 28, 17, 14, 19, 15],
        rows: tasks
          .map((t) => stateAt(t, now))
          .map((state, i) => [String(i + 1), state.task.title, state.task.assigneeName || vi('paper.after.doc.readiness.nobody'), formatDate(state.task.due), resultText(state), state.task.note]),
      },
    ],
  };
}
