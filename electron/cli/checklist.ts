import type { ExportFormat } from '../../shared/api/exports';
import { translate } from '../../shared/i18n';
import { outgoingKindOf } from '../../shared/paperwork/checklist';
import { checkFieldLabel, checkItemText } from '../../shared/paperwork/checklist-text';
import type { Plan } from '../../shared/plan/schema';
import { CliError, type CliContext, EXIT } from './command';

/**
 * "Nothing goes out unfinished" on the command line: each finding a warning on stderr and the
 * export goes ahead, or with --strict nothing is written. What cannot be overridden (a calendar
 * without an ORGANIZER) is refused by the export itself.
 */
export async function warnUnfinished(ctx: CliContext, plan: Plan, format: ExportFormat, organizer: string | undefined, strict: boolean): Promise<void> {
  const kind = outgoingKindOf(format);
  const items = kind ? await ctx.checklistOf(plan, kind, organizer) : [];
  if (!items.length || items.some((i) => !i.canOverride)) return;
  const { language } = ctx;
  if (strict) throw new CliError([...items.map((i) => checkItemText(i, language)), translate(language, 'checklist.cliStrict', { count: items.length })].join('\n'), EXIT.error);
  for (const item of items) ctx.io.err(`${translate(language, 'checklist.cliWarning', { text: checkItemText(item, language), field: checkFieldLabel(item, language) })}\n`);
}
