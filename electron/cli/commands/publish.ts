import { publishPlan } from '../../../shared/plan/publish';
import { translate } from '../../../shared/i18n';
import { type Command, COMMON_OPTIONS, EXIT, parse, required, syntax } from '../command';
import { emit, json } from '../output';
import { loadPlanArg } from '../plan-arg';
import { editPlanFile } from '../plan-file';

const USAGE = syntax('lich-truc publish PLAN [--note TEXT] [-o FILE] [--json]');

/**
 * Publishes a plan's working copy as its next version: a stored plan in the store, a plan file
 * in place (or to --out).
 */
export const publishCommand: Command = {
  name: 'publish',
  usage: USAGE,
  async run(ctx) {
    const { values, positionals } = parse(ctx.args, { ...COMMON_OPTIONS, note: { type: 'string' } }, USAGE);
    const target = required(positionals[0], 'PLAN', USAGE);
    const { plan: loaded, source } = await loadPlanArg(ctx, target);
    const note = values.note ?? '';
    const plan =
      source === 'store'
        ? await ctx.client().call('plans:publish', { id: loaded.id, note })
        : await editPlanFile(target, values.out ?? target, (fresh) => publishPlan(fresh, ctx.now().toISOString(), note));
    const version = plan.versions.at(-1)!;
    if (values.json) emit(ctx.io, json({ id: plan.id, version: version.version, publishedAt: version.publishedAt }));
    else ctx.io.out(`${translate(ctx.language, 'cli.publish.done', { name: plan.name, version: version.version })}\n`);
    return EXIT.ok;
  },
};
