import { uploadedFile } from '../../../shared/api/files';
import { formatDateTime } from '../../../shared/i18n/dates';
import type { ParseArgsConfig } from 'node:util';
import { planLimitProblem } from '../../../shared/plan/input-limits';
import { latestVersion } from '../../../shared/plan/publish';
import type { ImportChoice } from '../../../shared/plan/reimport';
import type { Plan } from '../../../shared/plan/schema';
import { type CliContext, CliError, type Command, COMMON_OPTIONS, EXIT, parse, required, syntax, usageError } from '../command';
import { readNamedFile } from '../files';
import { emit, json } from '../output';
import { loadPlanArg } from '../plan-arg';
import { msg, translate, type Message } from '../../../shared/i18n';

const USAGE = syntax('lich-truc plan list [--json] | plan show PLAN [--json] | plan import FILE [--replace | --keep-both] | plan export PLAN [-o FILE]');

const OPTIONS = {
  ...COMMON_OPTIONS,
  replace: { type: 'boolean', default: false },
  'keep-both': { type: 'boolean', default: false },
} as const satisfies ParseArgsConfig['options'];

export const planCommand: Command = {
  name: 'plan',
  usage: USAGE,
  async run(ctx) {
    const { values, positionals } = parse(ctx.args, OPTIONS, USAGE);
    const [action, target] = positionals;
    switch (action) {
      case 'list': {
        const plans = await ctx.client().call('plans:list', undefined);
        if (values.json) return (emit(ctx.io, json(plans)), EXIT.ok);
        if (!plans.length) return (ctx.io.out(`${translate(ctx.language, 'cli.plan.none')}\n`), EXIT.ok);
        for (const p of plans) {
          const status = ctx.say(p.status === 'published' ? msg('cli.plan.publishedShort', { version: p.latestVersion ?? '' }) : msg('cli.plan.draft'));
          ctx.io.out(`${p.id}  ${p.name}  ${formatDateTime(p.window.start)} → ${formatDateTime(p.window.end)}  (${status})\n`);
        }
        return EXIT.ok;
      }
      case 'show': {
        const { plan } = await loadPlanArg(ctx, required(target, 'PLAN', USAGE));
        if (values.json) return (emit(ctx.io, json(plan), values.out), EXIT.ok);
        emit(
          ctx.io,
          translate(ctx.language, 'cli.plan.show', {
            name: plan.name,
            id: plan.id,
            from: formatDateTime(plan.window.start),
            to: formatDateTime(plan.window.end),
            status: plan.status === 'published' ? msg('cli.plan.publishedLong', { version: plan.versions.at(-1)?.version ?? '' }) : msg('cli.plan.draft'),
            participants: plan.participants.length,
            assignments: plan.assignments.length,
          }),
          values.out,
        );
        const beyond = planLimitProblem(plan);
        if (beyond) ctx.io.err(`${translate(ctx.language, 'cli.plan.beyondLimits', { problem: beyond.message, where: beyond.where })}\n`);
        return EXIT.ok;
      }
      case 'import': {
        const plan = await importPlanFile(ctx, required(target, 'FILE', USAGE), importChoice(values));
        if (values.json) return (emit(ctx.io, json({ id: plan.id, name: plan.name, status: plan.status })), EXIT.ok);
        ctx.io.out(
          `${translate(ctx.language, 'cli.plan.imported', { name: plan.name, id: plan.id, version: versionOf(plan.status === 'published' ? (latestVersion(plan)?.version ?? null) : null) })}\n`,
        );
        return EXIT.ok;
      }
      case 'export': {
        const { plan } = await loadPlanArg(ctx, required(target, 'PLAN', USAGE));
        emit(ctx.io, json(plan), values.out);
        if (values.out) ctx.io.err(`${translate(ctx.language, 'cli.wrote', { path: values.out })}\n`);
        return EXIT.ok;
      }
      default:
        throw usageError(msg('cli.badSubcommand', { action: action ?? msg('cli.nothing') }), USAGE);
    }
  },
};

function importChoice(values: { replace: boolean; 'keep-both': boolean }): ImportChoice | undefined {
  if (values.replace && values['keep-both']) throw usageError(msg('cli.plan.replaceOrKeep'), USAGE);
  return values.replace ? 'replace' : values['keep-both'] ? 'keep-both' : undefined;
}

/**
 * A plan already stored is never doubled silently: without --replace or --keep-both the user is
 * asked at the terminal, and a script (no terminal) is refused with what to add.
 */
async function importPlanFile(ctx: CliContext, path: string, choice: ImportChoice | undefined): Promise<Plan> {
  const client = ctx.client();
  const { name, bytes } = readNamedFile(path);
  const file = uploadedFile(name, bytes);
  const first = await client.call('plans:importFile', { file, ...(choice ? { onExisting: choice } : {}) });
  if ('plan' in first) return first.plan;
  const { existing } = first;
  const exists = msg('cli.plan.exists', {
    name: existing.storedName,
    id: existing.id,
    stored: versionOf(existing.storedVersion),
    file: existing.fileName,
    imported: versionOf(existing.importedVersion),
  });
  const answer = await ctx.io.ask?.(translate(ctx.language, 'cli.plan.ask', { exists }));
  if (answer === undefined || answer === null) throw new CliError(msg('cli.plan.askFirst', { exists }), EXIT.usage);
  const picked = ANSWERS[ctx.language][answer.trim().toLowerCase()];
  if (!picked) throw new CliError(msg('cli.plan.notImported'), EXIT.incomplete);
  const second = await client.call('plans:importFile', { file, onExisting: picked });
  if (!('plan' in second)) throw new CliError(msg('cli.plan.changedMeanwhile'), EXIT.error);
  return second.plan;
}

const versionOf = (version: number | null): Message => (version === null ? msg('cli.plan.draft') : msg('cli.plan.version', { version }));

/** The letters the question offers: t/g (thay thế, giữ cả hai) in Vietnamese, r/k (replace, keep both) in English. */
const ANSWERS: Record<CliContext['language'], Record<string, ImportChoice>> = { vi: { t: 'replace', g: 'keep-both' }, en: { r: 'replace', k: 'keep-both' } };
