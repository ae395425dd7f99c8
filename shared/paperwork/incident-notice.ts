import { z } from 'zod';
import { AppError } from '../errors/app-error';
import { actualShifts } from '../duty-log/actual-roster';
import { currentStatus, findIncident, incidentCode } from '../duty-log/incidents';
import { peopleOf } from '../duty-log/logged-plan';
import type { DutyLog, Incident } from '../duty-log/schema';
import { numberLine, placeAndDate, recipientLines } from '../export/roster-document';
import { documentInfoOf } from '../export/document-info';
import type { ExportSource } from '../export/source';
import { formatEpoch, formatWeekday } from '../i18n/dates';
import { translate } from '../i18n';
import type { PlanCore } from '../plan/schema';
import type { EmergencyContact, Settings } from '../settings/schema';
import { displayPhone } from '../staff/phone';
import { StaffId, type StaffMember } from '../staff/schema';
import { epochToVn } from '../time/zone';
import { contactsOf } from './contacts';
import { PaperOverrides, withOverrides } from './overrides';
import { atText, BLANK, proseLines, type PaperDocument, type PaperField } from './paper-body';
import { msg } from '../i18n/message';

/** The notice of an incident is a THÔNG BÁO of its own, numbered apart from the roster's. */
export const INCIDENT_NOTICE_TYPE = { name: 'THÔNG BÁO', abbreviation: 'TB' } as const;

const Prose = z.string().trim().max(4000);

/** What the IT head writes on the notice that the log does not hold, over the paper's own details. */
export const IncidentNoticeOptions = PaperOverrides.extend({
  /** Chủ quản hệ thống thông tin; by default the unit's superior agency. */
  systemOwner: z.string().trim().max(300).optional(),
  /** How the incident affects the system and its users. */
  impact: Prose.optional(),
  /** What support the unit asks of the recipients. */
  request: Prose.optional(),
  /** The contact person; by default the leader on duty when it was found. */
  contactStaffId: StaffId.optional(),
});
export type IncidentNoticeOptions = z.infer<typeof IncidentNoticeOptions>;

/** "00:10 ngày 17/02/2026 (Thứ Ba)". */
export function timeText(iso: string): string {
  const [date, time] = formatEpoch(Date.parse(iso)).split(' ');
  return `${time} ngày ${date} (${formatWeekday(epochToVn(Date.parse(iso)).slice(0, 10))})`;
}

const when = (iso: string) => atText(Date.parse(iso));

/** Who held the leader seats of the shift the incident was recorded on (the actual roster). */
function leaderOnDuty(core: PlanCore, log: DutyLog, incident: Incident): string | null {
  const shift = actualShifts(core, log).find((s) => s.shift.id === incident.shiftId);
  return shift?.seats.find((s) => s.seat.role === 'leader' && s.actual && s.state !== 'absent')?.actual ?? null;
}

function personLine(person: StaffMember, unitEmail: string): string {
  return [person.fullName, person.title, person.phone && `ĐT: ${displayPhone(person.phone)}`, (person.email || unitEmail) && `Email: ${person.email || unitEmail}`].filter(Boolean).join(', ');
}

/** The recipients a notice goes to unless the user chose: the listed contacts the log says were told, else the whole list. */
export function defaultNoticeRecipients(contacts: readonly Pick<EmergencyContact, 'name'>[], incident: Pick<Incident, 'notified'>): string[] {
  const names = contacts.map((c) => c.name);
  const told = names.filter((name) => incident.notified.some((n) => n.contact === name));
  return told.length ? told : names;
}

/**
 * "Thông báo sự cố an toàn thông tin mạng": one incident of the duty log with the fields of the
 * national incident report (unit, system and its owner, time found, kind, description, impact,
 * actions taken, request for support, contact person). `core` and `log` are the logged version
 * and its log; `today` the date printed unless the user gives one.
 */
export function incidentNoticeDocument(source: ExportSource, core: PlanCore, log: DutyLog, incidentRef: string, settings: Settings, today: string, options: IncidentNoticeOptions = {}): PaperDocument {
  const { systemOwner, impact, request, contactStaffId, ...overrides } = options;
  const incident = findIncident(log, incidentRef);
  const framed = withOverrides({ ...source, issuedOn: today }, overrides);
  const info = documentInfoOf(framed.core, settings);
  const people = peopleOf(core, log);
  const contactId = contactStaffId ?? leaderOnDuty(core, log, incident);
  const contact = contactId ? people.get(contactId) : undefined;
  if (contactStaffId && !contact) throw new AppError('NOT_FOUND', msg('paperwork.error.noContact', { id: contactStaffId }), 'contactStaffId');
  const code = incidentCode(incident);
  const kind = translate('vi', `dutyLog.kind.${incident.kind}`);
  const status = currentStatus(incident);
  const statusAt = incident.statusHistory.at(-1)!.at;
  const actions = incident.actions.map((a) => `${when(a.at)}: ${a.text}`);
  const unitEmail = settings.organisation.unitEmail;

  const items: PaperField[] = [
    { label: 'Đơn vị báo cáo', lines: [[info.unitName, info.supervisingAgency].filter(Boolean).join(', '), ...(unitEmail ? [`Thư điện tử: ${unitEmail}`] : [])] },
    { label: 'Hệ thống thông tin bị sự cố', lines: [incident.system || BLANK] },
    { label: 'Chủ quản hệ thống thông tin', lines: proseLines(systemOwner ?? info.supervisingAgency) },
    { label: 'Thời điểm phát hiện sự cố', lines: [timeText(incident.foundAt)] },
    { label: 'Loại sự cố, mức độ', lines: [`${kind}; mức độ: ${translate('vi', `dutyLog.severity.${incident.severity}`).toLowerCase()}`] },
    { label: 'Mô tả sự cố', lines: proseLines(incident.description) },
    { label: 'Ảnh hưởng của sự cố', lines: proseLines(impact) },
    {
      label: 'Biện pháp đã xử lý',
      lines: [...(actions.length ? actions : [BLANK]), `Tình trạng: ${translate('vi', `dutyLog.status.${status}`).toLowerCase()}${status === 'open' ? '' : ` (${when(statusAt)})`}.`],
    },
    { label: 'Đã thông báo', lines: incident.notified.length ? incident.notified.map((n) => `${n.contact} lúc ${when(n.at)}${n.note ? ` (${n.note})` : ''}`) : ['Chưa thông báo nơi nào.'] },
    { label: 'Đề nghị hỗ trợ', lines: proseLines(request) },
    { label: 'Người liên hệ', lines: [contact ? personLine(contact, unitEmail) : BLANK] },
  ];
  const recipients = overrides.recipients ?? defaultNoticeRecipients(contactsOf(core, settings), incident);
  return {
    info,
    typeName: INCIDENT_NOTICE_TYPE.name,
    number: numberLine({ ...info, number: overrides.number ?? '' }, INCIDENT_NOTICE_TYPE.abbreviation),
    placeAndDate: placeAndDate(info.place, framed.issuedOn),
    subject: `Sự cố an toàn thông tin mạng ${code}: ${kind}${incident.system ? ` tại ${incident.system}` : ''}`,
    period: '',
    recipients: recipientLines({ recipients, unitAbbreviation: info.unitAbbreviation }),
    versionNote: `Theo sổ nhật ký trực, sự cố ${code} (lịch trực ban hành lần ${source.version ?? '—'})`,
    blocks: [
      { kind: 'paragraph', text: `${info.unitName} thông báo sự cố an toàn thông tin mạng phát hiện trong thời gian trực như sau:` },
      { kind: 'fields', items },
    ],
  };
}
