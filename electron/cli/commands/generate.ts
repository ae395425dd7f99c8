import { generateForPlan } from '../../../shared/roster/for-plan';
import { explanationRecord } from '../../../shared/roster/in-vietnamese';
import { msg, translate } from '../../../shared/i18n';
import { CliError, type Command, COMMON_OPTIONS, EXIT, parse, required, syntax } from '../command';
import { emit, json } from '../output';
import { loadPlanArg } from '../plan-arg';
import { editPlanFile } from '../plan-file';

const USAGE = syntax('lich-truc generate PLAN [-o OUT.lichtruc.json] [--seed N] [--fill-only] [--json]');

/**
 * Fills the roster of a plan file (written to --out, or standard output) or of a stored plan
 * (saved in the store). Exit 3 when some seats could not be filled, each explained.
 */
export const generateCommand: Command = {
  name: 'generate',
  usage: USAGE,
  async run(ctx) {
    const { values, positionals } = parse(ctx.args, { ...COMMON_OPTIONS, seed: { type: 'string' }, 'fill-only': { type: 'boolean', default: false } }, USAGE);
    const target = required(positionals[0], 'PLAN', USAGE);
    const seed = values.seed === undefined ? undefined : Number(values.seed);
    if (seed !== undefined && !Number.isSafeInteger(seed)) throw new CliError(msg('cli.generate.seed', { value: values.seed ?? '' }), EXIT.usage);

    const { plan, source } = await loadPlanArg(ctx, target);
    // Settings' skill list names what a seat needs in the explanations, as in the app.
    const { skills } = await ctx.client().call('settings:get', undefined);
    const started = performance.now();
    const { plan: filled, result } = generateForPlan(plan, skills, { seed: seed ?? plan.seed, mode: values['fill-only'] ? 'fill-empty' : 'regenerate' });
    const ms = Math.round(performance.now() - started);

    if (source === 'store') await ctx.client().call('plans:update', { id: plan.id, changes: { assignments: filled.assignments, seed: filled.seed } });
    // Computed outside the lock; applied to the file as it is now, so a version published meanwhile stays.
    else if (values.out) await editPlanFile(target, values.out, (fresh) => ({ ...fresh, assignments: filled.assignments, seed: filled.seed }));

    const summary = {
      plan: plan.id,
      seats: result.assignments.length + result.unfilled.length,
      filled: result.assignments.length,
      unfilled: result.unfilled.map(explanationRecord),
      balanceScore: Math.round(result.stats.balanceScore * 10) / 10,
      ms,
    };
    if (values.json) emit(ctx.io, json(summary));
    else {
      if (source === 'file' && !values.out) emit(ctx.io, json(filled));
      const { filled: count, seats, balanceScore } = summary;
      ctx.io.err(`${translate(ctx.language, 'cli.generate.summary', { filled: count, seats, ms, score: String(balanceScore) })}\n`);
      for (const { text, suggestion } of result.unfilled)
        ctx.io.err(`${suggestion ? translate(ctx.language, 'cli.generate.unfilledHint', { message: text, suggestion }) : translate(ctx.language, 'cli.generate.unfilled', { message: text })}\n`);
    }
    return result.unfilled.length ? EXIT.incomplete : EXIT.ok;
  },
};
