import { z } from 'zod';
import { currentStatus, incidentCode, incidentList } from '../duty-log/incidents';
import { actualCore } from '../duty-log/actual-roster';
import { peopleOf } from '../duty-log/logged-plan';
import type { DutyLog } from '../duty-log/schema';
import { shiftPages, type ShiftPageView } from '../duty-log/shift-page';
import { hoursRows, hoursTotal, type HoursRow } from '../duty-log/hours';
import { dutyLogSummary, type DutyLogSummary } from '../duty-log/summary';
import { numberLine, rosterDocument } from '../export/roster-document';
import type { ExportSource } from '../export/source';
import { formatDate } from '../i18n/dates';
import { translate, type MessageKey } from '../i18n';
import type { ParamArgs } from '../i18n/message';
import { planToProblem } from '../plan/expand';
import type { PlanCore } from '../plan/schema';
import { fairnessReport } from '../roster/fairness';
import { barMarks, fairnessChart } from '../roster/fairness-chart';
import type { Settings } from '../settings/schema';
import { DEFAULT_SKILLS } from '../staff/schema';
import { epochToVn } from '../time/zone';
import type { ReadinessTask } from '../readiness/schema';
import { PaperOverrides, withOverrides } from './overrides';
import { atText, dutySubjectRest, proseLines, type PaperBlock, type PaperDocument } from './paper-body';
import { readinessSection, type ReadinessCounts } from './readiness-section';

/** "Báo cáo kết quả công tác trực": a BÁO CÁO of its own, numbered apart from the roster's. */
export const AFTER_REPORT_TYPE = { name: 'BÁO CÁO', abbreviation: 'BC' } as const;

/** How long the remarks may be: the dialog's field and the CLI's --remarks are held to the same. */
export const REMARKS_MAX = 8000;

export const AfterReportOptions = PaperOverrides.extend({
  /** Nhận xét, đề xuất: the IT head's own words; the figures are the data's. */
  remarks: z.string().trim().max(REMARKS_MAX).optional(),
});
export type AfterReportOptions = z.infer<typeof AfterReportOptions>;

/** A numbered part of the report: its title and blocks. */
interface ReportSection {
  title: string;
  blocks: PaperBlock[];
}

/** The paper is Vietnamese whatever the UI language: the law's form. */
const vi = <K extends MessageKey>(key: K, ...params: ParamArgs<K>) => translate('vi', key, ...params);

/** Hours as Vietnamese write them: "8", "7,5", "1.234,25". */
export const hoursText = (minutes: number) => (Math.round((minutes / 60) * 100) / 100).toLocaleString('vi-VN', { maximumFractionDigits: 2 });

/** "13/02/2026, Ca chiều (14:00–22:00)". */
function shiftText(page: ShiftPageView): string {
  const clock = (epoch: number) => epochToVn(epoch).slice(11, 16);
  return vi('paper.after.doc.shiftText', { date: formatDate(epochToVn(page.shift.start).slice(0, 10)), label: page.shift.label, from: clock(page.shift.start), to: clock(page.shift.end) });
}

export interface AfterReportDocument extends PaperDocument {
  /** The figures printed, from the duty log's summary: the test holds them equal to the log and the timesheet. */
  summary: DutyLogSummary;
  hours: HoursRow[];
  /** The readiness tasks as they stood at the report's moment: the test holds them equal to the checklist. */
  readiness: ReadinessCounts;
  /** Set while the duty window has not ended: the figures are "tính đến" this instant. */
  asOf: number | null;
}

/** What the report is made from: the version that went out, its duty log and its readiness checklist, at `now`. */
export interface AfterReportInputs {
  source: ExportSource;
  core: PlanCore;
  log: DutyLog;
  readiness: readonly ReadinessTask[];
  settings: Settings;
  now: number;
}

function attendance(summary: DutyLogSummary, pages: ShiftPageView[], name: (id: string | null) => string, version: number | string): ReportSection {
  const s = summary.seats;
  const planned = vi('paper.after.doc.planned', { version, shifts: summary.shifts.total, seats: s.planned }) + (s.unfilled ? vi('paper.after.doc.unfilled', { n: s.unfilled }) : '');
  const actual =
    vi('paper.after.doc.actual', { present: s.present, replaced: s.replaced, absent: s.absent, unconfirmed: s.unconfirmed }) + (s.expected ? vi('paper.after.doc.expected', { n: s.expected }) : '');
  const changes = pages.flatMap((page) => page.seats.filter((seat) => seat.state === 'replaced' || seat.state === 'absent').map((seat) => ({ page, seat })));
  return {
    title: vi('paper.after.doc.organisation'),
    blocks: [
      { kind: 'paragraph', text: `${planned}. ${actual}.` },
      ...(changes.length
        ? [
            {
              kind: 'table' as const,
              head: (['no', 'shift', 'seat', 'plannedHolder', 'actualHolder', 'reason'] as const).map((k) => vi(`paper.after.doc.${k}`)),
              weights: [7, 24, 17, 18, 18, 16],
              rows: changes.map(({ page, seat }, i) => [
                String(i + 1),
                shiftText(page),
                seat.seat.label,
                name(seat.planned),
                seat.state === 'absent' ? vi('paper.after.doc.absent') : name(seat.actual),
                seat.record?.reason ?? '',
              ]),
            },
          ]
        : []),
    ],
  };
}

function checks(summary: DutyLogSummary, pages: ShiftPageView[]): ReportSection {
  const started = pages.filter((p) => p.timing !== 'future');
  const c = summary.checks;
  const done =
    vi('paper.after.doc.checksDone', { done: c.done, owed: c.owed }) + (c.shiftsWithMissing ? vi('paper.after.doc.checksMissing', { n: c.shiftsWithMissing }) : vi('paper.after.doc.checksAll'));
  return {
    title: vi('paper.after.doc.checks'),
    blocks: [
      { kind: 'paragraph', text: `${done}.` },
      {
        kind: 'table',
        head: (['no', 'shift', 'checked', 'missing'] as const).map((k) => vi(`paper.after.doc.${k}`)),
        weights: [7, 32, 13, 48],
        numeric: [false, false, true, false],
        rows: started.map((p, i) => [String(i + 1), shiftText(p), `${p.completion.done}/${p.completion.total}`, p.completion.missing.map((m) => m.label).join('; ')]),
      },
    ],
  };
}

function incidents(summary: DutyLogSummary, log: DutyLog): ReportSection {
  const i = summary.incidents;
  const title = vi('paper.after.doc.incidents');
  if (!i.total) return { title, blocks: [{ kind: 'paragraph', text: vi('paper.after.doc.noIncident') }] };
  return {
    title,
    blocks: [
      { kind: 'paragraph', text: vi('paper.after.doc.incidentCount', { total: i.total, handled: i.byStatus.handled, escalated: i.byStatus.escalated, open: i.byStatus.open }) },
      {
        kind: 'table',
        head: (['code', 'found', 'system', 'kind', 'actions', 'status'] as const).map((k) => vi(`paper.after.doc.${k}`)),
        weights: [8, 14, 16, 17, 30, 15],
        rows: incidentList(log).map((incident) => [
          incidentCode(incident),
          atText(Date.parse(incident.foundAt)),
          incident.system,
          `${vi(`dutyLog.kind.${incident.kind}`)}; ${vi(`dutyLog.severity.${incident.severity}`).toLowerCase()}`,
          incident.actions.map((a) => `${atText(Date.parse(a.at))}: ${a.text}`).join('; '),
          vi(`dutyLog.status.${currentStatus(incident)}`),
        ]),
      },
    ],
  };
}

function hours(rows: HoursRow[], partial: boolean): ReportSection {
  const total = (key: Parameters<typeof hoursTotal>[1]) => hoursText(hoursTotal(rows, key));
  return {
    title: vi('paper.after.doc.hours'),
    blocks: [
      ...(partial ? [{ kind: 'paragraph' as const, text: vi('paper.after.doc.hoursAsOf'), italic: true }] : []),
      {
        kind: 'table',
        head: (['no', 'name', 'shifts', 'plannedHours', 'actualHours', 'nightHours', 'holidayHours'] as const).map((k) => vi(`paper.after.doc.${k}`)),
        weights: [7, 29, 9, 13, 13, 12, 17],
        numeric: [false, false, true, true, true, true, true],
        rows: rows.map((r, i) => [String(i + 1), r.name, String(r.shifts), hoursText(r.plannedMinutes), hoursText(r.actualMinutes), hoursText(r.nightMinutes), hoursText(r.holidayMinutes)]),
        total: ['', vi('paper.after.doc.total'), String(hoursTotal(rows, 'shifts')), total('plannedMinutes'), total('actualMinutes'), total('nightMinutes'), total('holidayMinutes')],
      },
    ],
  };
}

const oneDecimal = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format;

/**
 * The Công bằng tab's chart over the roster as actually worked (the same model, fairness-chart.ts):
 * per role a bar per person, the role's average and the best any roster could do, nights and Giao
 * thừa/Mùng 1 in words, so the superior sees how the load fell, printed in black and white.
 */
function fairness(core: PlanCore, log: DutyLog): ReportSection {
  const worked = actualCore(core, log);
  // Only loads are read here, never a skill's name: the seeded list does.
  const problem = planToProblem({ ...worked, versions: [] }, DEFAULT_SKILLS);
  const charts = fairnessChart(fairnessReport(problem, worked.assignments), problem);
  return {
    title: vi('paper.after.doc.fairness'),
    blocks: charts.map((chart) => ({
      kind: 'bars' as const,
      caption: vi('roster.chart.caption', { role: vi(`roster.fairness.roleName.${chart.role}`), average: oneDecimal(chart.average), best: oneDecimal(chart.best) }),
      head: [vi('paper.after.doc.name'), vi('paper.after.doc.load'), vi('paper.after.doc.marks')],
      max: chart.max,
      rows: chart.bars.map((bar) => ({
        label: bar.name,
        value: bar.value,
        valueText: oneDecimal(bar.value),
        note: [vi('paper.after.doc.shiftCount', { n: bar.shifts }), barMarks(bar, 'vi')].filter(Boolean).join(' · '),
      })),
      lines: [
        { value: chart.average, dashed: true },
        { value: chart.best, dashed: false },
      ],
      linesLegend: vi('paper.after.doc.linesLegend'),
    })),
  };
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

/** The sections as the paper prints them, numbered I, II, … in order. */
const numbered = (sections: ReportSection[]): PaperBlock[] => sections.flatMap((section, i) => [{ kind: 'heading' as const, text: `${ROMAN[i] ?? i + 1}. ${section.title}` }, ...section.blocks]);

/**
 * "Báo cáo kết quả công tác trực": the readiness work done before the holiday, the period, shifts as
 * planned and as worked (replacements, absences), the checks per shift, the incidents and their
 * handling, and hours on duty from the timesheet of the actual roster. Every figure is the data's at
 * `now` (the checklist's, the duty log's summary); before the duty window ends the report says
 * "tính đến" that moment. The remarks are the IT head's.
 */
export function afterReportDocument({ source, core, log, readiness, settings, now }: AfterReportInputs, options: AfterReportOptions = {}): AfterReportDocument {
  const { remarks, ...overrides } = options;
  const today = epochToVn(now).slice(0, 10);
  const roster = rosterDocument(withOverrides({ ...source, issuedOn: today }, overrides), settings);
  const summary = dutyLogSummary(core, log, now);
  const pages = shiftPages(core, log, now).filter((p) => !p.shift.vanished);
  const people = peopleOf(core, log);
  const name = (id: string | null) => (id ? (people.get(id)?.fullName ?? id) : vi('paper.after.doc.empty'));
  const end = Math.max(...pages.map((p) => p.shift.end));
  const asOf = now < end ? now : null;
  const rows = hoursRows(summary);
  const version = source.version ?? '—';
  const rest = dutySubjectRest(roster.subject);
  const { counts, ...preparation } = readinessSection(readiness, now);
  return {
    info: roster.info,
    typeName: AFTER_REPORT_TYPE.name,
    number: numberLine({ ...roster.info, number: overrides.number ?? '' }, AFTER_REPORT_TYPE.abbreviation),
    placeAndDate: roster.placeAndDate,
    subject: rest === null ? vi('paper.after.doc.subjectOf', { subject: roster.subject }) : vi('paper.after.doc.subject', { rest }),
    period: asOf === null ? roster.period : vi('paper.after.doc.asOf', { period: roster.period, at: atText(asOf) }),
    recipients: roster.recipients,
    versionNote: vi('paper.after.doc.versionNote', { version }),
    blocks: numbered([
      preparation,
      attendance(summary, pages, name, version),
      checks(summary, pages),
      incidents(summary, log),
      hours(rows, asOf !== null),
      fairness(core, log),
      { title: vi('paper.after.remarks'), blocks: proseLines(remarks).map((text) => ({ kind: 'paragraph' as const, text })) },
    ]),
    summary,
    hours: rows,
    readiness: counts,
    asOf,
  };
}
