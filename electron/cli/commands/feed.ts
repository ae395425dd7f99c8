import type { FeedSettingsView } from '../../../shared/feed/settings';
import { RefreshMinutes } from '../../../shared/feed/settings';
import type { FeedWriteResult } from '../../../shared/feed/result';
import { translate } from '../../../shared/i18n';
import { warnUnfinished } from '../checklist';
import { CliError, type Command, COMMON_OPTIONS, EXIT, parse, required, usageError } from '../command';
import type { Language } from '../../../shared/settings/schema';
import { emit, json } from '../output';
import { loadPlanArg } from '../plan-arg';
import { firstIssue } from '../../../shared/errors/first-issue';
import { msg } from '../../../shared/i18n/message';

const USAGE = msg('cli.usage.feed');

const OPTIONS = {
  ...COMMON_OPTIONS,
  dir: { type: 'string' },
  'base-url': { type: 'string' },
  refresh: { type: 'string' },
  person: { type: 'string' },
  roster: { type: 'boolean', default: false },
  /** Refuse instead of warning when the outgoing checklist finds something unfinished. */
  strict: { type: 'boolean', default: false },
} as const;

function refreshOf(text: string | undefined): RefreshMinutes | undefined {
  if (text === undefined) return undefined;
  const parsed = RefreshMinutes.safeParse(Number(text));
  if (!parsed.success) throw new CliError(msg('cli.flagInvalid', { flag: '--refresh', problem: firstIssue(parsed.error).message }), EXIT.usage);
  return parsed.data;
}

/** Who gets which address: the whole roster first, then one line per person. */
function report(result: FeedWriteResult, language: Language): string {
  const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate(language, key, params);
  const lines = [t('feed.written', { version: result.version, count: result.files.length, folder: result.folder })];
  for (const file of result.files) {
    lines.push(`${file.personName ?? t('feed.roster')}: ${file.url}`);
    lines.push(`  ${file.webcal} — ${t('feed.counts', { events: file.events, cancelled: file.cancelled })}`);
  }
  if (result.removed.length) lines.push(t('feed.removed', { count: result.removed.length }));
  return `${lines.join('\n')}\n`;
}

function settingsReport(view: FeedSettingsView, language: Language): string {
  const t = (key: Parameters<typeof translate>[1]) => translate(language, key);
  return `${t('feed.settings.folder')}: ${view.folder ?? '—'}\n${t('feed.settings.baseUrl')}: ${view.baseUrl || '—'}\n${t('feed.settings.refresh')}: ${view.refreshMinutes}\n`;
}

/**
 * Writes a plan's feed (one .ics per person and one for the whole roster) into a folder a web
 * server serves; `config` keeps the folder and its address for the app and later runs.
 */
export const feedCommand: Command = {
  name: 'feed',
  usage: USAGE,
  async run(ctx) {
    const { values, positionals } = parse(ctx.args, OPTIONS, USAGE);
    const [action, planArg] = positionals;
    const refreshMinutes = refreshOf(values.refresh);
    const overrides = {
      ...(values.dir !== undefined ? { folder: values.dir } : {}),
      ...(values['base-url'] !== undefined ? { baseUrl: values['base-url'] } : {}),
      ...(refreshMinutes !== undefined ? { refreshMinutes } : {}),
    };
    // The feed folder is the user's on this computer, and a plan file is not in the store: the feed service itself.
    const services = await ctx.feedServices();

    if (action === 'config') {
      const feedSettings = services.feedSettings;
      if (values.dir !== undefined) await feedSettings.setFolder(values.dir);
      if (overrides.baseUrl !== undefined || refreshMinutes !== undefined) {
        await feedSettings.update({ ...(overrides.baseUrl !== undefined ? { baseUrl: overrides.baseUrl } : {}), ...(refreshMinutes !== undefined ? { refreshMinutes } : {}) });
      }
      const view = feedSettings.view();
      emit(ctx.io, values.json ? json(view) : settingsReport(view, ctx.language));
      return EXIT.ok;
    }
    if (action !== 'write' && action !== 'rotate') throw usageError(msg('cli.badAction', { action: action ?? msg('cli.nothing') }), USAGE);
    const { plan } = await loadPlanArg(ctx, required(planArg, 'PLAN', USAGE));
    let result: FeedWriteResult;
    if (action === 'rotate') {
      if ((values.person === undefined) === !values.roster) throw usageError(msg('cli.feed.personOrRoster'), USAGE);
      result = await services.feed.rotate({ planId: plan.id, plan, staffId: values.person ?? null, ...overrides });
    } else {
      const request = { planId: plan.id, plan, ...overrides };
      // A folder or address missing is said alone, before the checklist's warnings.
      services.feed.target(request);
      await warnUnfinished(ctx, plan, 'ics', undefined, values.strict);
      result = await services.feed.write(request);
    }
    emit(ctx.io, values.json ? json(result) : report(result, ctx.language));
    return EXIT.ok;
  },
};
