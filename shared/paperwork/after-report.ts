import { z } from 'zod';
import { currentStatus, incidentCode, incidentList } from '../duty-log/incidents';
import { peopleOf } from '../duty-log/logged-plan';
import type { DutyLog } from '../duty-log/schema';
import { shiftPages, type ShiftPageView } from '../duty-log/shift-page';
import { dutyLogSummary, type DutyLogSummary } from '../duty-log/summary';
import { numberLine, rosterDocument } from '../export/roster-document';
import type { ExportSource } from '../export/source';
import { kindMinutes, nightMinutes, totalMinutes, type TimesheetEntry } from '../export/timesheet';
import { formatDate, formatEpoch } from '../i18n/dates';
import { translate } from '../i18n';
import type { PlanCore } from '../plan/schema';
import type { Settings } from '../settings/schema';
import { epochToVn } from '../time/zone';
import { PaperOverrides, withOverrides } from './overrides';
import { proseLines, type PaperBlock, type PaperDocument } from './paper-body';

/** "Báo cáo kết quả công tác trực": a BÁO CÁO of its own. */
export const AFTER_REPORT_TYPE = { name: 'BÁO CÁO', abbreviation: 'BC' } as const;

export const AfterReportOptions = PaperOverrides.extend({
  /** Nhận xét, đề xuất: the IT head's own words; the figures are the data's. */
  remarks: z.string().trim().max(8000).optional(),
});
export type AfterReportOptions = z.infer<typeof AfterReportOptions>;

/** Hours as Vietnamese write them: "8", "7,5", "1.234,25". */
export const hoursText = (minutes: number) => (Math.round((minutes / 60) * 100) / 100).toLocaleString('vi-VN', { maximumFractionDigits: 2 });

const when = (epoch: number) => {
  const [date, time] = formatEpoch(epoch).split(' ');
  return `${time} ngày ${date}`;
};

/** "13/02/2026, Ca chiều (14:00–22:00)". */
function shiftText(page: ShiftPageView): string {
  const clock = (epoch: number) => epochToVn(epoch).slice(11, 16);
  return `${formatDate(epochToVn(page.shift.start).slice(0, 10))}, ${page.shift.label} (${clock(page.shift.start)}–${clock(page.shift.end)})`;
}

/** One person's hours, planned and actual, as the report's table and the timesheet give them. */
export interface HoursRow {
  staffId: string;
  name: string;
  shifts: number;
  plannedMinutes: number;
  actualMinutes: number;
  nightMinutes: number;
  holidayMinutes: number;
}

export function hoursRows(summary: Pick<DutyLogSummary, 'timesheet'>): HoursRow[] {
  const planned = new Map(summary.timesheet.planned.map((e) => [e.person.id, e]));
  const actual = new Map(summary.timesheet.actual.map((e) => [e.person.id, e]));
  const people = [...new Map([...summary.timesheet.planned, ...summary.timesheet.actual].map((e) => [e.person.id, e.person])).values()];
  const of = (e: TimesheetEntry | undefined, f: (e: TimesheetEntry) => number) => (e ? f(e) : 0);
  return people.map((person) => {
    const a = actual.get(person.id);
    return {
      staffId: person.id,
      name: person.fullName,
      shifts: a?.shifts ?? 0,
      plannedMinutes: of(planned.get(person.id), totalMinutes),
      actualMinutes: of(a, totalMinutes),
      nightMinutes: of(a, nightMinutes),
      holidayMinutes: of(a, (e) => kindMinutes(e, 'holiday')),
    };
  });
}

export interface AfterReportDocument extends PaperDocument {
  /** The figures printed, from the duty log's summary: the test holds them equal to the log and the timesheet. */
  summary: DutyLogSummary;
  hours: HoursRow[];
  /** Set while the duty window has not ended: the figures are "tính đến" this instant. */
  asOf: number | null;
}

function attendanceBlocks(summary: DutyLogSummary, pages: ShiftPageView[], name: (id: string | null) => string, version: number | null): PaperBlock[] {
  const s = summary.seats;
  const actual = [
    `${s.present} lượt có mặt theo lịch`,
    `${s.replaced} lượt thay người`,
    `${s.absent} lượt vắng`,
    `${s.unconfirmed} lượt chưa xác nhận`,
    ...(s.expected ? [`${s.expected} lượt chưa đến ca`] : []),
  ];
  const changes = pages.flatMap((page) => page.seats.filter((seat) => seat.state === 'replaced' || seat.state === 'absent').map((seat) => ({ page, seat })));
  return [
    { kind: 'heading', text: 'I. Tổ chức trực' },
    {
      kind: 'paragraph',
      text: `Theo lịch trực ban hành${version === null ? '' : ` lần ${version}`}: ${summary.shifts.total} ca, ${s.planned} lượt cán bộ${s.unfilled ? ` (${s.unfilled} vị trí chưa phân công)` : ''}. Thực tế (sổ nhật ký trực): ${actual.join(', ')}.`,
    },
    ...(changes.length
      ? [
          {
            kind: 'table' as const,
            head: ['STT', 'Ca trực', 'Vị trí', 'Theo lịch', 'Thực tế', 'Lý do'],
            weights: [7, 24, 17, 18, 18, 16],
            rows: changes.map(({ page, seat }, i) => [
              String(i + 1),
              shiftText(page),
              seat.seat.label,
              name(seat.planned),
              seat.state === 'absent' ? 'Vắng' : name(seat.actual),
              seat.record?.reason ?? '',
            ]),
          },
        ]
      : []),
  ];
}

function checkBlocks(summary: DutyLogSummary, pages: ShiftPageView[]): PaperBlock[] {
  const started = pages.filter((p) => !p.shift.vanished && p.timing !== 'future');
  const c = summary.checks;
  return [
    { kind: 'heading', text: 'II. Kiểm tra định kỳ' },
    { kind: 'paragraph', text: `Đã thực hiện ${c.done}/${c.owed} lượt kiểm tra theo danh mục${c.shiftsWithMissing ? `; ${c.shiftsWithMissing} ca còn mục chưa kiểm tra` : '; không ca nào bỏ sót'}.` },
    {
      kind: 'table',
      head: ['STT', 'Ca trực', 'Đã kiểm tra', 'Còn thiếu'],
      weights: [7, 32, 13, 48],
      numeric: [false, false, true, false],
      rows: started.map((p, i) => [String(i + 1), shiftText(p), `${p.completion.done}/${p.completion.total}`, p.completion.missing.map((m) => m.label).join('; ')]),
    },
  ];
}

function incidentBlocks(summary: DutyLogSummary, log: DutyLog): PaperBlock[] {
  const i = summary.incidents;
  const word = (key: 'open' | 'escalated' | 'handled') => translate('vi', `dutyLog.status.${key}`).toLowerCase();
  if (!i.total)
    return [
      { kind: 'heading', text: 'III. Sự cố và xử lý' },
      { kind: 'paragraph', text: 'Không phát hiện sự cố an toàn thông tin mạng.' },
    ];
  return [
    { kind: 'heading', text: 'III. Sự cố và xử lý' },
    { kind: 'paragraph', text: `Phát hiện ${i.total} sự cố: ${i.byStatus.handled} ${word('handled')}, ${i.byStatus.escalated} ${word('escalated')}, ${i.byStatus.open} ${word('open')}.` },
    {
      kind: 'table',
      head: ['Mã', 'Phát hiện', 'Hệ thống', 'Loại, mức độ', 'Biện pháp đã xử lý', 'Tình trạng'],
      weights: [8, 14, 16, 17, 30, 15],
      rows: incidentList(log).map((incident) => [
        incidentCode(incident),
        when(Date.parse(incident.foundAt)),
        incident.system,
        `${translate('vi', `dutyLog.kind.${incident.kind}`)}; ${translate('vi', `dutyLog.severity.${incident.severity}`).toLowerCase()}`,
        incident.actions.map((a) => `${when(Date.parse(a.at))}: ${a.text}`).join('; '),
        translate('vi', `dutyLog.status.${currentStatus(incident)}`),
      ]),
    },
  ];
}

function hoursBlocks(rows: HoursRow[]): PaperBlock[] {
  const sum = (f: (r: HoursRow) => number) => rows.reduce((n, r) => n + f(r), 0);
  return [
    { kind: 'heading', text: 'IV. Thời gian trực (theo lịch trực thực tế)' },
    {
      kind: 'table',
      head: ['STT', 'Họ và tên', 'Số ca', 'Giờ theo lịch', 'Giờ thực tế', 'Giờ đêm', 'Giờ ngày lễ, Tết'],
      weights: [7, 29, 9, 13, 13, 12, 17],
      numeric: [false, false, true, true, true, true, true],
      rows: rows.map((r, i) => [String(i + 1), r.name, String(r.shifts), hoursText(r.plannedMinutes), hoursText(r.actualMinutes), hoursText(r.nightMinutes), hoursText(r.holidayMinutes)]),
      total: [
        '',
        'Tổng cộng',
        String(sum((r) => r.shifts)),
        hoursText(sum((r) => r.plannedMinutes)),
        hoursText(sum((r) => r.actualMinutes)),
        hoursText(sum((r) => r.nightMinutes)),
        hoursText(sum((r) => r.holidayMinutes)),
      ],
    },
  ];
}

/**
 * "Báo cáo kết quả công tác trực": the period, shifts as planned and as worked (replacements,
 * absences), the checks per shift, the incidents and their handling, and hours on duty from the
 * timesheet of the actual roster. Every figure is the duty log's summary at `now`; before the duty
 * window ends the report says "tính đến" that moment. The remarks are the IT head's.
 */
export function afterReportDocument(source: ExportSource, core: PlanCore, log: DutyLog, settings: Settings, now: number, options: AfterReportOptions = {}): AfterReportDocument {
  const { remarks, ...overrides } = options;
  const today = epochToVn(now).slice(0, 10);
  const roster = rosterDocument(withOverrides({ ...source, issuedOn: today }, overrides), settings);
  const summary = dutyLogSummary(core, log, now);
  const pages = shiftPages(core, log, now).filter((p) => !p.shift.vanished);
  const people = peopleOf(core, log);
  const name = (id: string | null) => (id ? (people.get(id)?.fullName ?? id) : '(trống)');
  const end = Math.max(...pages.map((p) => p.shift.end));
  const asOf = now < end ? now : null;
  const hours = hoursRows(summary);
  return {
    info: roster.info,
    typeName: AFTER_REPORT_TYPE.name,
    number: numberLine({ ...roster.info, number: overrides.number ?? '' }, AFTER_REPORT_TYPE.abbreviation),
    placeAndDate: roster.placeAndDate,
    subject: /^lịch trực\s+/i.test(roster.subject) ? roster.subject.replace(/^lịch trực\s+/i, 'Kết quả công tác trực ') : `Kết quả công tác trực: ${roster.subject}`,
    period: asOf === null ? roster.period : `${roster.period}; số liệu tính đến ${when(asOf)}`,
    recipients: roster.recipients,
    versionNote: `Số liệu theo sổ nhật ký trực và lịch trực ban hành lần ${source.version ?? '—'}`,
    blocks: [
      ...attendanceBlocks(summary, pages, name, source.version),
      ...checkBlocks(summary, pages),
      ...incidentBlocks(summary, log),
      ...hoursBlocks(hours),
      { kind: 'heading', text: 'V. Nhận xét, đề xuất' },
      ...proseLines(remarks).map((text) => ({ kind: 'paragraph' as const, text })),
    ],
    summary,
    hours,
    asOf,
  };
}
