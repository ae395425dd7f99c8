import { useCallback, useState } from 'react';
import { nextInOrder } from '../../../../shared/roster/compact-grid';
import { assignSeat, handOver, type Assignments } from '../../../../shared/roster/edit';
import type { RosterGrid } from '../../../../shared/roster/grid';
import type { RosterAssignment, RosterPerson } from '../../../../shared/roster/problem';
import { findByName } from '../../../../shared/staff/find-by-name';
import { useNotify, useResolveNotice } from '../../components/Notices';
import { useI18n } from '../../i18n/I18nContext';
import type { Resume } from './useSeatFocus';

export interface Typing {
  seatId: string;
  text: string;
  anchor: DOMRect;
}

interface Options {
  grid: RosterGrid;
  people: readonly RosterPerson[];
  /** The seat's holder now (not at the last render): keys come faster than renders. */
  holderOf(seatId: string): RosterAssignment | undefined;
  propose(edit: (a: Assignments) => Assignments): 'unchanged' | 'applied' | 'pending';
  refuse(seatId: string): void;
  refocus(seatId: string): void;
  after(outcome: 'unchanged' | 'applied' | 'pending', to: Resume): void;
}

/**
 * Names typed or pasted into seats, as in a spreadsheet: typing on a seat opens the typer over it;
 * Enter or Tab assigns and goes on, Ctrl+Enter gives the seat's person's shifts to the one chosen;
 * a column of names pasted fills the seats from there on, as one edit.
 */
export function useTypedNames({ grid, people, holderOf, propose, refuse, refocus, after }: Options) {
  const notify = useNotify();
  const resolveNotice = useResolveNotice();
  const { t } = useI18n();
  const [typing, setTyping] = useState<Typing | null>(null);

  const startTyping = useCallback(
    (seatId: string, text: string) => {
      if (holderOf(seatId)?.locked) return refuse(seatId);
      const el = document.querySelector(`[data-seat-id="${CSS.escape(seatId)}"]`);
      if (el) setTyping({ seatId, text, anchor: el.getBoundingClientRect() });
    },
    [holderOf, refuse],
  );

  /** One edit (one undo step) for a name or a column of names pasted from a spreadsheet, from the seat on. */
  const paste = useCallback(
    (seatId: string, text: string) => {
      const names = text
        .split(/\r?\n|\t/)
        .map((n) => n.trim())
        .filter(Boolean);
      if (names.length === 0) return;
      const start = grid.order.indexOf(seatId);
      const seats = grid.order.slice(start, start + names.length);
      const found = names.slice(0, seats.length).map((name) => findByName(people, name));
      if (names.length === 1 && !found[0]) return startTyping(seatId, names[0]!);
      const unknown = names.filter((_, i) => !found[i]);
      if (unknown.length) notify({ kind: 'error', text: t('roster.paste.unknown', { count: unknown.length, names: unknown.join(', ') }), cause: 'roster:paste' });
      else resolveNotice('roster:paste');
      const next = nextInOrder(grid, seats.at(-1)!, 1) ?? seats.at(-1)!;
      after(
        propose((a) => seats.reduce<Assignments>((acc, seat, i) => (found[i] ? assignSeat(acc, seat, found[i].id) : acc), a)),
        { confirmed: next, dismissed: seatId },
      );
    },
    [grid, people, propose, notify, resolveNotice, t, startTyping, after],
  );

  /** The typer's answers: a person chosen (then on by `step`), their shifts handed over, the seat skipped, or the typer closed. */
  const typed = typing && {
    ...typing,
    pick(staffId: string, step: 1 | -1 | 0) {
      const next = (step && nextInOrder(grid, typing.seatId, step)) || typing.seatId;
      setTyping(null);
      after(
        propose((a) => assignSeat(a, typing.seatId, staffId)),
        { confirmed: next, dismissed: typing.seatId },
      );
    },
    handOver(staffId: string) {
      const from = holderOf(typing.seatId)!.staffId;
      setTyping(null);
      after(
        propose((a) => handOver(a, from, staffId)),
        { confirmed: typing.seatId, dismissed: typing.seatId },
      );
    },
    skip(step: 1 | -1) {
      setTyping(null);
      refocus(nextInOrder(grid, typing.seatId, step) ?? typing.seatId);
    },
    close(back: boolean) {
      setTyping(null);
      if (back) refocus(typing.seatId);
    },
  };

  return { typed, startTyping, paste };
}
