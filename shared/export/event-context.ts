import type { PlanCore } from '../plan/schema';
import type { Settings } from '../settings/schema';
import { contactsOf } from '../paperwork/contacts';
import { dutiesOf } from './duties';
import type { DutyEventContext } from './duty-event';
import { shiftNotes } from './shift-notes';

export function dutyEventContext(core: PlanCore, settings: Settings): DutyEventContext {
  return {
    planId: core.id,
    duties: dutiesOf(core),
    contacts: contactsOf(core, settings),
    notesOf: (view) => shiftNotes(core, view.shift),
  };
}
