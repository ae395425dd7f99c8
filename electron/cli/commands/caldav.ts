import { readFileSync } from 'node:fs';
import { countOutcomes, ObjectOutcome, type CaldavPublishResult } from '../../../shared/caldav/result';
import { CaldavTarget, CertificatePin, type CaldavTrust } from '../../../shared/caldav/settings';
import { formatDateTime } from '../../../shared/i18n/dates';
import { say, translate } from '../../../shared/i18n';
import { epochToVn } from '../../../shared/time/zone';
import { CliError, type Command, COMMON_OPTIONS, EXIT, parse, required, syntax, usageError } from '../command';
import type { Language } from '../../../shared/settings/schema';
import { emit, json } from '../output';
import { loadPlanArg } from '../plan-arg';
import { firstIssue } from '../../../shared/errors/first-issue';
import { msg } from '../../../shared/i18n/message';

const USAGE = syntax('lich-truc caldav publish PLAN --url URL --user USER [--target team|per-person] [--ca CA.pem | --pin SHA256] [--dry-run] [--json]');
const PASSWORD_VARIABLE = 'LICH_TRUC_CALDAV_PASSWORD';

const OPTIONS = {
  ...COMMON_OPTIONS,
  url: { type: 'string' },
  user: { type: 'string' },
  target: { type: 'string' },
  ca: { type: 'string' },
  pin: { type: 'string' },
  'dry-run': { type: 'boolean', default: false },
} as const;

/** One line per person (or the team calendar), then one per event that did not go through. */
function report(result: CaldavPublishResult, language: Language): string {
  const word = (outcome: ObjectOutcome) => translate(language, `caldav.outcome.${outcome}`);
  const lines = [translate(language, result.dryRun ? 'caldav.dryRun' : result.complete ? 'caldav.complete' : 'caldav.incomplete')];
  for (const calendar of result.calendars) {
    const counts = countOutcomes({ calendars: [calendar] });
    const summary = ObjectOutcome.options.filter((o) => counts[o] > 0).map((o) => `${counts[o]} ${word(o)}`);
    lines.push(
      `${calendar.personName ?? translate(language, 'caldav.team')}: ${summary.join(', ') || translate(language, 'cli.caldav.noEvents')}${calendar.error ? ` — ${say(language, calendar.error)}` : ''}`,
    );
    for (const object of calendar.objects) {
      if (object.outcome === 'unchanged' || (!result.dryRun && !object.reason)) continue;
      lines.push(`  ${formatDateTime(epochToVn(object.start).slice(0, 16))} ${object.summary}: ${word(object.outcome)}${object.reason ? ` — ${say(language, object.reason)}` : ''}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function trustOf(ca: string | undefined, pin: string | undefined): CaldavTrust | undefined {
  if (ca && pin) throw usageError(msg('cli.caldav.caOrPin'), USAGE);
  if (ca) {
    try {
      return { mode: 'ca', caPem: readFileSync(ca, 'utf8') };
    } catch (error) {
      throw new CliError(msg('cli.caldav.caUnreadable', { file: ca, code: (error as NodeJS.ErrnoException).code ?? String(error) }));
    }
  }
  if (pin) {
    const parsed = CertificatePin.safeParse(pin);
    if (!parsed.success) throw new CliError(msg('cli.flagInvalid', { flag: '--pin', problem: firstIssue(parsed.error).message }), EXIT.usage);
    return { mode: 'pin', fingerprint: parsed.data };
  }
  return undefined;
}

/** Publishes a plan's latest published version to a CalDAV server; the password never goes on the command line. */
export const caldavCommand: Command = {
  name: 'caldav',
  usage: USAGE,
  async run(ctx) {
    const { values, positionals } = parse(ctx.args, OPTIONS, USAGE);
    const [action, planArg] = positionals;
    if (action !== 'publish') throw usageError(msg('cli.badAction', { action: action ?? msg('cli.nothing') }), USAGE);
    const target = values.target === undefined ? undefined : CaldavTarget.safeParse(values.target);
    if (target && !target.success) throw usageError(msg('cli.caldav.badTarget'), USAGE);
    const { plan } = await loadPlanArg(ctx, required(planArg, 'PLAN', USAGE));
    const stored = await ctx.client().call('caldav:settings:get', undefined);
    const url = required(values.url ?? (stored.url || undefined), '--url', USAGE);
    const user = required(values.user ?? (stored.user || undefined), '--user', USAGE);

    let password = '';
    if (!values['dry-run']) {
      password = ctx.env[PASSWORD_VARIABLE] ?? (await ctx.io.askSecret?.(translate(ctx.language, 'cli.caldav.askPassword', { user }))) ?? '';
      if (!password) throw new CliError(msg('cli.caldav.noPassword', { variable: PASSWORD_VARIABLE }), EXIT.usage);
    }
    const result = await ctx.publishCaldav({
      planId: plan.id,
      plan,
      dryRun: values['dry-run'],
      account: { url, user, password, trust: trustOf(values.ca, values.pin) },
      target: target?.data,
    });
    emit(ctx.io, values.json ? json(result) : report(result, ctx.language));
    return result.complete || result.dryRun ? EXIT.ok : EXIT.incomplete;
  },
};
