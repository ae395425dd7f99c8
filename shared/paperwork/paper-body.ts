import type { RosterDocument } from '../export/roster-document';
import { formatEpoch } from '../i18n/dates';

/**
 * The body of a paper the holiday's duty sends up (the incident notice, the after-holiday report)
 * as blocks already worded: the print (HTML, PDF) and Word lay out the same blocks, so both say
 * the same thing and a new paper only builds its blocks.
 */
export type PaperBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string; italic?: boolean }
  /** Numbered items of a form ("1. Đơn vị báo cáo: …"), each with one or more lines. */
  | { kind: 'fields'; items: PaperField[] }
  /** A bordered table; `weights` share the width, `numeric` columns are right-aligned. */
  | { kind: 'table'; head: string[]; weights: number[]; rows: string[][]; numeric?: boolean[]; total?: string[] }
  /**
   * A bar per row on one scale from 0 to `max` (the fairness chart's): name, bar, figure, note. `lines`
   * cross every bar where the print can draw them (dashed: the average, solid: the best achievable);
   * the caption says their values, so Word, which draws none, says the same. Grey and black only.
   */
  | { kind: 'bars'; caption: string; head: [string, string, string]; max: number; rows: PaperBar[]; lines: { value: number; dashed: boolean }[]; linesLegend: string };

export interface PaperBar {
  label: string;
  value: number;
  valueText: string;
  note: string;
}

export interface PaperField {
  label: string;
  lines: string[];
}

/** A paper in the Decree 30 frame: header, type and trích yếu, body, "Nơi nhận" and signer. */
export interface PaperDocument extends Pick<RosterDocument, 'info' | 'number' | 'placeAndDate' | 'subject' | 'recipients' | 'versionNote'> {
  /** "THÔNG BÁO", "BÁO CÁO". */
  typeName: string;
  /** The italic line under the trích yếu; empty for none. */
  period: string;
  blocks: PaperBlock[];
}

/** Room for the signer to write by hand where the user left a field empty, as printed forms do. */
export const BLANK = '…………………………………………………………';

/** A user's text as the lines it was written in; empty: a line to fill in by hand. */
export const proseLines = (text: string | undefined): string[] => {
  const lines = (text ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  return lines.length ? lines : [BLANK];
};

/** "00:10 ngày 17/02/2026": an instant as the papers write it, on Vietnam's clock. */
export function atText(epoch: number): string {
  const [date, time] = formatEpoch(epoch).split(' ');
  return `${time} ngày ${date}`;
}

/** What follows "Lịch trực" in the roster's trích yếu ("trực bảo đảm … dịp Tết …"), for a paper about the same duty; null when it does not start so. */
export function dutySubjectRest(rosterSubject: string): string | null {
  const rest = rosterSubject.replace(/^lịch trực\s+/i, '');
  return rest === rosterSubject ? null : rest;
}
