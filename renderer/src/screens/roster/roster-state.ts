import type { Violation } from '../../../../shared/roster/check';
import type { Assignments } from '../../../../shared/roster/edit';
import { canRedo, canUndo, startHistory, undoReducer, type UndoHistory } from '../../../../shared/roster/undo-history';

/** What the roster editor saves: the seats' holders and the generator's seed, which go together. */
export interface Roster {
  assignments: Assignments;
  /** The seed the roster was last generated with; the next "Tạo lại" takes the one after it. */
  seed: number;
}

/** An edit that breaks a hard rule, waiting for the user's confirmation. */
export interface PendingEdit {
  next: Assignments;
  violations: Violation[];
}

export interface RosterState {
  /** Undo steps hold assignments and seed together: undoing "Tạo lịch" gives back the seed as well. */
  history: UndoHistory<Roster>;
  pending: PendingEdit | null;
}

export type RosterAction =
  /** A hand edit, applied. */
  | { type: 'edit'; next: Assignments }
  /** A hand edit that adds violations: asked first. */
  | { type: 'ask'; edit: PendingEdit }
  | { type: 'confirm' }
  | { type: 'dismiss' }
  /** The generator's roster and the seed it used, one undo step. */
  | { type: 'generated'; roster: Roster }
  | { type: 'undo' }
  | { type: 'redo' };

export const startRoster = (roster: Roster): RosterState => ({ history: startHistory(roster), pending: null });

const withAssignments = (state: RosterState, next: Assignments): RosterState =>
  next === state.history.present.assignments ? state : { ...state, history: undoReducer(state.history, { type: 'do', next: { ...state.history.present, assignments: next } }) };

/** The roster editor's document state, pure: what each action makes of it. */
export function rosterReducer(state: RosterState, action: RosterAction): RosterState {
  switch (action.type) {
    case 'edit':
      return withAssignments(state, action.next);
    case 'ask':
      return { ...state, pending: action.edit };
    case 'confirm':
      return state.pending ? withAssignments({ ...state, pending: null }, state.pending.next) : state;
    case 'dismiss':
      return { ...state, pending: null };
    case 'generated':
      return { pending: null, history: undoReducer(state.history, { type: 'do', next: action.roster }) };
    case 'undo':
    case 'redo':
      return { ...state, history: undoReducer(state.history, action) };
  }
}

export const rosterOf = (state: RosterState): Roster => state.history.present;
export const rosterCanUndo = (state: RosterState) => canUndo(state.history);
export const rosterCanRedo = (state: RosterState) => canRedo(state.history);
