import type { ReadinessView } from '../../../shared/api/readiness';
import { formatDate } from '../../../shared/i18n/dates';
import { msg, translate, type Message } from '../../../shared/i18n';
import type { Language } from '../../../shared/settings/schema';
import { ReadinessStatus } from '../../../shared/readiness/schema';
import { LocalDate } from '../../../shared/time/local';
import { CliError, type Command, COMMON_OPTIONS, EXIT, parse, required, syntax, usageError } from '../command';
import { emit, json } from '../output';

const USAGE = syntax(
  'lich-truc readiness PLAN [list] [--json] | readiness PLAN add TITLE [--assignee STAFF] [--due dd/MM/yyyy] [--note TEXT] | readiness PLAN done TASK | readiness PLAN set TASK [--status todo|doing|done] [--assignee STAFF|-] [--due dd/MM/yyyy] [--note TEXT] [--title TEXT]',
);

const OPTIONS = {
  ...COMMON_OPTIONS,
  assignee: { type: 'string' },
  due: { type: 'string' },
  note: { type: 'string' },
  status: { type: 'string' },
  title: { type: 'string' },
} as const;

const usage = (problem: Message) => usageError(problem, USAGE);

/** `12/02/2026` as people type it, or `2026-02-12`. */
function dueArg(text: string): string {
  const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text);
  const iso = m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : text.trim();
  if (!LocalDate.safeParse(iso).success) throw usage(msg('cli.readiness.badDue', { text }));
  return iso;
}

/** A task by its number in the list (1, 2, …) or its id. */
function taskArg(view: ReadinessView, arg: string): string {
  const byNumber = /^\d+$/.test(arg) ? view.tasks[Number(arg) - 1] : undefined;
  const task = byNumber ?? view.tasks.find((t) => t.id === arg);
  if (!task) throw new CliError(msg('readiness.error.UNKNOWN_TASK', { task: arg }), EXIT.error);
  return task.id;
}

function listText(view: ReadinessView, language: Language): string {
  const lines = view.tasks.map((task, i) =>
    translate(language, 'readiness.cli.list', {
      index: i + 1,
      status: translate(language, `readiness.status.${task.status}`),
      task: task.title,
      assignee: task.assigneeName || translate(language, 'readiness.cli.nobody'),
      due: formatDate(task.due),
      overdue: view.overdue.includes(task.id) ? translate(language, 'readiness.cli.overdue') : '',
    }),
  );
  const done = view.tasks.filter((t) => t.status === 'done').length;
  const summary = [translate(language, 'readiness.summary', { done, total: view.tasks.length })];
  if (view.overdue.length) summary.push(translate(language, 'readiness.overdue.banner', { count: view.overdue.length }));
  return `${view.plan.name}\n${lines.join('\n')}\n${summary.join(' · ')}\n`;
}

/** lich-truc readiness: a stored plan's readiness checklist from the command line, through the same channels as the app. */
export const readinessCommand: Command = {
  name: 'readiness',
  usage: USAGE,
  async run(ctx) {
    const { values, positionals } = parse(ctx.args, OPTIONS, USAGE);
    const planId = required(positionals[0], msg('cli.readiness.plan'), USAGE);
    const action = positionals[1] ?? 'list';
    const show = (view: ReadinessView) => {
      emit(ctx.io, values.json ? json(view) : listText(view, ctx.language), values.out);
      return EXIT.ok;
    };
    const assignee = values.assignee === undefined ? undefined : values.assignee === '-' ? null : values.assignee;
    switch (action) {
      case 'list':
        return show(await ctx.client().call('readiness:get', { planId }));
      case 'add': {
        const title = required(positionals.slice(2).join(' ').trim() || undefined, msg('cli.readiness.title'), USAGE);
        const { taskId: _id, ...view } = await ctx.client().call('readiness:add', { planId, title, assigneeId: assignee, due: values.due && dueArg(values.due), note: values.note });
        return show(view);
      }
      case 'done':
      case 'set': {
        const taskId = taskArg(await ctx.client().call('readiness:get', { planId }), required(positionals[2], msg('cli.readiness.task'), USAGE));
        const status = action === 'done' ? 'done' : values.status;
        if (status !== undefined && !ReadinessStatus.safeParse(status).success) throw usage(msg('cli.readiness.badStatus', { options: ReadinessStatus.options.join(', ') }));
        const changes = {
          ...(status !== undefined && { status: status as ReadinessStatus }),
          ...(assignee !== undefined && { assigneeId: assignee }),
          ...(values.due !== undefined && { due: dueArg(values.due) }),
          ...(values.note !== undefined && { note: values.note }),
          ...(values.title !== undefined && { title: values.title }),
        };
        if (!Object.keys(changes).length) throw usage(msg('cli.readiness.nothingToChange'));
        return show(await ctx.client().call('readiness:update', { planId, taskId, changes }));
      }
      default:
        throw usage(msg('cli.readiness.badAction', { action }));
    }
  },
};
