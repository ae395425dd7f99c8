import { memo, useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { formatDate, formatWeekday } from '../../../../shared/i18n/dates';
import { markOfKey, markOfText, setMark, type DayMark } from '../../../../shared/plan/leave-grid';
import { windowDays } from '../../../../shared/plan/window-days';
import { compareVietnameseNames } from '../../../../shared/staff/normalize';
import { useI18n } from '../../i18n/I18nContext';
import type { ParticipantsEditorProps } from './participants-editor';
import { LeaveGridRow, type Cell } from './LeaveGridRow';

const ARROWS: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };

/**
 * Leave and wishes as in a spreadsheet: a person a line, a day a column; N, Đ, + or − typed into
 * the selected cells (Shift+arrows or the mouse select a range), Delete clears, a block pasted from
 * Excel lands from the focused cell on. Exact times and reasons stay in the per-person panel.
 */
export const LeaveGrid = memo(function LeaveGrid({ participants, directory, window, onChange }: ParticipantsEditorProps) {
  const { t, language } = useI18n();
  const days = useMemo(() => windowDays(window).map((d) => d.date), [window]);
  const byId = useMemo(() => new Map(directory.map((m) => [m.id, m])), [directory]);
  const rows = useMemo(() => [...participants].sort((a, b) => compareVietnameseNames(byId.get(a.staffId)?.fullName ?? '', byId.get(b.staffId)?.fullName ?? '')), [participants, byId]);
  const [focus, setFocus] = useState<Cell>({ row: 0, day: 0 });
  const [anchor, setAnchor] = useState<Cell>({ row: 0, day: 0 });
  const [dragging, setDragging] = useState(false);
  const table = useRef<HTMLTableElement>(null);
  const onCellDown = useCallback((cell: Cell, extend: boolean) => {
    setFocus(cell);
    if (!extend) setAnchor(cell);
    setDragging(true);
  }, []);
  const reasons = { away: t('setup.leave.reason.home'), noNight: t('setup.grid.noNightReason') };

  useEffect(() => {
    const el = table.current?.querySelector<HTMLElement>(`[data-cell="${focus.row}:${focus.day}"]`);
    if (el && table.current?.contains(document.activeElement)) el.focus();
  }, [focus]);

  const range = { top: Math.min(anchor.row, focus.row), bottom: Math.max(anchor.row, focus.row), first: Math.min(anchor.day, focus.day), last: Math.max(anchor.day, focus.day) };
  const rowInRange = (row: number) => row >= range.top && row <= range.bottom;
  const inRange = (c: Cell) => rowInRange(c.row) && c.day >= range.first && c.day <= range.last;
  /** Applies marks cell by cell as one change of the plan (one autosave, one undo of the field). */
  const apply = (marks: { cell: Cell; mark: DayMark }[]) => {
    const next = new Map(participants.map((p) => [p.staffId, p]));
    for (const { cell, mark } of marks) {
      const p = rows[cell.row] && next.get(rows[cell.row]!.staffId);
      const date = days[cell.day];
      if (p && date) next.set(p.staffId, setMark(p, date, mark, reasons));
    }
    onChange(participants.map((p) => next.get(p.staffId)!));
  };
  const selection = () => rows.flatMap((_, row) => days.flatMap((_, day) => (inRange({ row, day }) ? [{ row, day }] : [])));
  const clamp = (c: Cell): Cell => ({ row: Math.max(0, Math.min(rows.length - 1, c.row)), day: Math.max(0, Math.min(days.length - 1, c.day)) });

  const onKeyDown = (e: KeyboardEvent) => {
    const arrow = ARROWS[e.key];
    if (arrow) {
      e.preventDefault();
      const next = clamp({ row: focus.row + arrow[0], day: focus.day + arrow[1] });
      setFocus(next);
      if (!e.shiftKey) setAnchor(next);
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const mark = markOfKey(e.key);
    if (mark === null) return;
    e.preventDefault();
    apply(selection().map((cell) => ({ cell, mark })));
  };

  return (
    <div className="leave-grid-wrap">
      <table
        ref={table}
        className="leave-grid"
        role="grid"
        aria-label={t('setup.grid.label')}
        aria-multiselectable="true"
        onKeyDown={onKeyDown}
        onMouseUp={() => setDragging(false)}
        onMouseLeave={() => setDragging(false)}
        onPaste={(e) => {
          e.preventDefault();
          const lines = e.clipboardData
            .getData('text/plain')
            .replace(/\r?\n$/, '')
            .split(/\r?\n/);
          const marks = lines.flatMap((line, r) =>
            line.split('\t').flatMap((text, d) => {
              const mark = markOfText(text);
              return mark === null ? [] : [{ cell: { row: focus.row + r, day: focus.day + d }, mark }];
            }),
          );
          apply(marks);
        }}
      >
        <thead>
          <tr>
            <th className="person-col">{t('setup.grid.person')}</th>
            {days.map((d) => (
              <th key={d} scope="col" title={formatDate(d)}>
                <div className="hint">{formatWeekday(d, language)}</div>
                <div>{formatDate(d).slice(0, 5)}</div>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((p, row) => {
            const person = byId.get(p.staffId);
            const selected = rowInRange(row);
            return (
              <LeaveGridRow
                key={p.staffId}
                participant={p}
                row={row}
                name={person?.fullName ?? p.staffId}
                title={[person?.title, person?.unit].filter(Boolean).join(' · ') || undefined}
                days={days}
                focusDay={focus.row === row ? focus.day : -1}
                selectedFrom={selected ? range.first : 0}
                selectedTo={selected ? range.last : -1}
                dragging={dragging}
                onCellDown={onCellDown}
                onCellEnter={setFocus}
              />
            );
          })}
        </tbody>
      </table>
    </div>
  );
});
