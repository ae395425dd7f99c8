import { checkPlan } from '../../../shared/roster/for-plan';
import { translate } from '../../../shared/i18n';
import { violationRecord } from '../../../shared/roster/in-vietnamese';
import { type Command, COMMON_OPTIONS, EXIT, parse, required, syntax } from '../command';
import { emit, json } from '../output';
import { loadPlanArg } from '../plan-arg';

const USAGE = syntax('lich-truc check PLAN [--json]');

/** Runs the independent checker over a plan's assignments; exit 0 only when there is no violation. */
export const checkCommand: Command = {
  name: 'check',
  usage: USAGE,
  async run(ctx) {
    const { values, positionals } = parse(ctx.args, COMMON_OPTIONS, USAGE);
    const target = required(positionals[0], 'PLAN', USAGE);
    // Settings' skill list names what a seat needs, as the app's checks do.
    const { skills } = await ctx.client().call('settings:get', undefined);
    const violations = checkPlan((await loadPlanArg(ctx, target)).plan, skills);
    // JSON keeps its Vietnamese `message` field whatever the language: scripts read it.
    if (values.json) emit(ctx.io, json(violations.map(violationRecord)), values.out);
    else if (!violations.length) ctx.io.out(`${translate(ctx.language, 'cli.check.none')}\n`);
    else for (const v of violations) ctx.io.out(`[${v.code}] ${ctx.say(v.text)}\n`);
    return violations.length ? EXIT.error : EXIT.ok;
  },
};
