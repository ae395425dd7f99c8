import { extname } from 'node:path';
import type { ApiCaller } from '../../../shared/api/client';
import type { DutyLogBundle, DutyLogEdited } from '../../../shared/api/duty-log';
import { AppError } from '../../../shared/errors/app-error';
import { DutyLogError } from '../../../shared/duty-log/errors';
import { findIncident, incidentCode } from '../../../shared/duty-log/incidents';
import { pageShifts } from '../../../shared/duty-log/logged-plan';
import { IncidentKind, IncidentStatus, Severity } from '../../../shared/duty-log/schema';
import { shiftPages } from '../../../shared/duty-log/shift-page';
import { dutyLogSummary } from '../../../shared/duty-log/summary';
import { translate, type Message } from '../../../shared/i18n';
import { writeFileAtomic } from '../../services/files/atomic-write';
import { type CliContext, type Command, COMMON_OPTIONS, EXIT, parse, syntax, usageError } from '../command';
import { logText } from '../log-text';
import { emit, json } from '../output';
import { loadPlanArg } from '../plan-arg';
import { timeArg } from '../time-arg';
import { msg } from '../../../shared/i18n/message';

const USAGE = syntax(
  'lich-truc log PLAN [--shift SHIFT] [--json] | log PLAN --out FILE.xlsx|FILE.pdf | log PLAN --shift SHIFT (--checkin STAFF | --absent STAFF | --replace STAFF --by STAFF | --note TEXT | --check ID | --handover TEXT | --sign STAFF) [--at TIME] [--reason TEXT] | log PLAN --shift SHIFT --incident TEXT --at TIME [--system S] [--kind K] [--severity S] [--status S] | log PLAN --incident-id SC-01 [--status S] [--action TEXT] [--notified CONTACT] [--at TIME]',
);

const OPTIONS = {
  ...COMMON_OPTIONS,
  shift: { type: 'string' },
  checkin: { type: 'string' },
  absent: { type: 'string' },
  replace: { type: 'string' },
  by: { type: 'string' },
  reason: { type: 'string' },
  note: { type: 'string' },
  check: { type: 'string' },
  handover: { type: 'string' },
  sign: { type: 'string' },
  incident: { type: 'string' },
  'incident-id': { type: 'string' },
  system: { type: 'string' },
  kind: { type: 'string' },
  severity: { type: 'string' },
  status: { type: 'string' },
  action: { type: 'string' },
  notified: { type: 'string' },
  at: { type: 'string' },
} as const;

const ACTIONS = ['checkin', 'absent', 'replace', 'note', 'check', 'handover', 'sign', 'incident', 'incident-id'] as const;
type Values = ReturnType<typeof parse<typeof OPTIONS>>['values'];

const usage = (problem: Message) => usageError(problem, USAGE);

/** An enum option: its value or a usage error listing the allowed ones. */
function choice<T extends string>(value: string | undefined, allowed: { options: readonly T[] }, name: string): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed.options as readonly string[]).includes(value)) throw usage(msg('cli.log.oneOf', { name, options: allowed.options.join(', ') }));
  return value as T;
}

/** A staff id of the published plan, an earlier stand-in or the directory; anything else is refused by name. */
function staffArg({ core, log, outsiders }: DutyLogBundle, id: string): string {
  const known = core.staff.some((s) => s.id === id) || log.people.some((p) => p.id === id) || outsiders.some((p) => p.id === id);
  if (!known) throw new DutyLogError('UNKNOWN_STAFF', { staff: id });
  return id;
}

/**
 * The duty log from a terminal or a script: prints it (`--json` for machines), exports it, or
 * records one thing on one shift's page. Warnings (a check-in outside its shift, a replacement
 * that breaks a roster rule) go to stderr and the change is kept (exit 0); refusals exit 1.
 */
export const logCommand: Command = {
  name: 'log',
  usage: USAGE,
  async run(ctx) {
    const { values, positionals } = parse(ctx.args, OPTIONS, USAGE);
    if (!positionals[0]) throw usage(msg('cli.missing', { name: 'PLAN' }));
    if (positionals.length > 1) throw usage(msg('cli.extra', { args: positionals.slice(1).join(' ') }));
    const { plan } = await loadPlanArg(ctx, positionals[0]);
    const client = ctx.client();
    // A plan file names its plan by id: the log is the stored plan's.
    const planId = (await client.call('plans:get', { id: plan.id })).id;
    const chosen = ACTIONS.filter((a) => values[a] !== undefined);
    if (chosen.length > 1) throw usage(msg('cli.log.oneThing', { options: chosen.map((a) => `--${a}`).join(', ') }));
    try {
      if (chosen[0]) return await record(ctx, client, planId, chosen[0], values);
      if (values.out) return await exportLog(ctx, client, planId, values.out);
      return await show(ctx, client, planId, values);
    } catch (error) {
      if (error instanceof DutyLogError) throw new AppError('INVALID_INPUT', msg(`dutyLog.error.${error.code}`, error.params));
      throw error;
    }
  },
};

async function show(ctx: CliContext, client: ApiCaller, planId: string, values: Values): Promise<number> {
  const bundle = await client.call('dutyLog:get', { planId });
  const now = ctx.now().getTime();
  const pages = shiftPages(bundle.core, bundle.log, now).filter((p) => !values.shift || p.shift.id === values.shift);
  if (values.shift && !pages.length) throw new DutyLogError('UNKNOWN_SHIFT', { shift: values.shift });
  const summary = dutyLogSummary(bundle.core, bundle.log, now);
  if (values.json) {
    emit(ctx.io, json({ plan: bundle.plan, summary, pages, log: bundle.log }), values.out);
    return EXIT.ok;
  }
  ctx.io.out(logText(bundle, pages, summary, ctx.language));
  return EXIT.ok;
}

async function exportLog(ctx: CliContext, client: ApiCaller, planId: string, out: string): Promise<number> {
  const format = extname(out).toLowerCase().slice(1);
  if (format !== 'xlsx' && format !== 'pdf') throw usage(msg('cli.log.outFormat', { out }));
  const file = await client.call('dutyLog:export', { planId, format });
  await writeFileAtomic(out, Buffer.from(file.base64, 'base64'));
  ctx.io.out(`${translate(ctx.language, 'cli.wrote', { path: out })}\n`);
  return EXIT.ok;
}

async function record(ctx: CliContext, client: ApiCaller, planId: string, action: (typeof ACTIONS)[number], values: Values): Promise<number> {
  if (action === 'incident-id') return updateIncident(ctx, client, planId, values);
  const shiftId = values.shift;
  if (!shiftId) throw usage(msg('cli.log.needsShift', { action }));
  const bundle = await client.call('dutyLog:get', { planId });
  const shift = pageShifts(bundle.core, bundle.log).find((s) => s.id === shiftId && !s.vanished);
  if (!shift) throw new DutyLogError('UNKNOWN_SHIFT', { shift: shiftId });
  const at = values.at === undefined ? undefined : timeArg(values.at, shift);
  const seatOf = (staffId: string) => {
    const planned = bundle.core.assignments.find((a) => a.staffId === staffId && a.seatId.startsWith(`${shiftId}/`));
    if (!planned) throw new DutyLogError('NOT_IN_SHIFT', { staff: staffId, shift: shiftId });
    return planned.seatId;
  };
  let edited: DutyLogEdited;
  let done: Message;
  switch (action) {
    case 'checkin': {
      const staffId = staffArg(bundle, values.checkin!);
      edited = await client.call('dutyLog:checkIn', { planId, shiftId, staffId, at });
      done = msg('cli.log.checkedIn', { staff: staffId, shift: shiftId });
      break;
    }
    case 'absent': {
      const seatId = seatOf(staffArg(bundle, values.absent!));
      edited = await client.call('dutyLog:markAbsent', { planId, shiftId, seatId, reason: values.reason ?? '' });
      done = msg('cli.log.absent', { staff: values.absent!, shift: shiftId });
      break;
    }
    case 'replace': {
      if (!values.by) throw usage(msg('cli.log.needsBy'));
      const seatId = seatOf(staffArg(bundle, values.replace!));
      const by = staffArg(bundle, values.by);
      const findings = (await client.call('dutyLog:candidates', { planId, shiftId, seatId })).find((c) => c.staffId === by)?.reasons ?? [];
      for (const f of findings) ctx.io.err(`${translate(ctx.language, 'cli.warning', { message: f.text })}\n`);
      edited = await client.call('dutyLog:replace', { planId, shiftId, seatId, staffId: by, reason: values.reason ?? '', at: at ?? null, confirm: true });
      done = msg('cli.log.replaced', { by, staff: values.replace!, shift: shiftId });
      break;
    }
    case 'note':
      edited = await client.call('dutyLog:addNote', { planId, shiftId, text: values.note!, at });
      done = msg('cli.log.noted', { shift: shiftId });
      break;
    case 'check':
      edited = await client.call('dutyLog:tickCheck', { planId, shiftId, checkId: values.check!, done: true, note: values.reason ?? '', at });
      done = msg('cli.log.checked', { check: values.check!, shift: shiftId });
      break;
    case 'handover':
      edited = await client.call('dutyLog:writeHandover', { planId, shiftId, text: values.handover! });
      done = msg('cli.log.handover', { shift: shiftId });
      break;
    case 'sign':
      edited = await client.call('dutyLog:signHandover', { planId, shiftId, staffId: staffArg(bundle, values.sign!) });
      done = msg('cli.log.signed', { shift: shiftId });
      break;
    case 'incident': {
      if (values.at === undefined) throw new DutyLogError('INCIDENT_TIME_MISSING');
      const opened = await client.call('dutyLog:openIncident', {
        planId,
        shiftId,
        foundAt: at!,
        description: values.incident!,
        system: values.system ?? '',
        kind: choice(values.kind, IncidentKind, 'kind') ?? 'other',
        severity: choice(values.severity, Severity, 'severity') ?? 'medium',
        status: choice(values.status, IncidentStatus, 'status') ?? 'open',
      });
      edited = opened;
      const incident = opened.log.incidents.find((i) => i.id === opened.incidentId)!;
      done = msg('cli.log.incident', { code: incidentCode(incident), id: incident.id });
      break;
    }
  }
  return finish(ctx, edited, done, values.json);
}

async function updateIncident(ctx: CliContext, client: ApiCaller, planId: string, values: Values): Promise<number> {
  const ref = values['incident-id']!;
  const { log } = await client.call('dutyLog:get', { planId });
  const incident = findIncident(log, ref);
  const at = values.at === undefined ? undefined : timeArg(values.at);
  const edited = await client.call('dutyLog:updateIncident', {
    planId,
    incidentId: incident.id,
    shiftId: values.shift ?? null,
    status: choice(values.status, IncidentStatus, 'status'),
    changes: {
      ...(values.system !== undefined && { system: values.system }),
      ...(values.kind !== undefined && { kind: choice(values.kind, IncidentKind, 'kind')! }),
      ...(values.severity !== undefined && { severity: choice(values.severity, Severity, 'severity')! }),
    },
    action: values.action ? { text: values.action, at } : undefined,
    notice: values.notified ? { contact: values.notified, at, note: values.reason ?? '' } : undefined,
  });
  return finish(ctx, edited, msg('cli.log.incidentUpdated', { code: incidentCode(incident) }), values.json);
}

function finish(ctx: CliContext, edited: DutyLogEdited, done: Message, asJson: boolean): number {
  for (const w of edited.warnings) ctx.io.err(`${translate(ctx.language, 'cli.warning', { message: { code: `dutyLog.warning.${w.code}`, params: w.params } })}\n`);
  if (asJson) emit(ctx.io, json({ warnings: edited.warnings }));
  else ctx.io.out(`${ctx.say(done)}\n`);
  return EXIT.ok;
}
