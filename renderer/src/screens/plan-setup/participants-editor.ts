import type { DutyWindow, Participant } from '../../../../shared/plan/schema';
import type { StaffMember } from '../../../../shared/staff/schema';

/** What both editors of who takes part (the list with its panels and the leave grid) are given. */
export interface ParticipantsEditorProps {
  participants: Participant[];
  directory: StaffMember[];
  window: DutyWindow;
  onChange: (p: Participant[]) => void;
}
