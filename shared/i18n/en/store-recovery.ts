import type { viStoreRecovery } from '../vi/store-recovery';

export const enStoreRecovery: Record<keyof typeof viStoreRecovery, string> = {
  'store.reason.badJson': 'the JSON content is damaged ({mistake})',
  'store.reason.unreadable': 'could not be read ({detail})',
  'store.reason.notReread': 'the content could not be read again',
  'store.reason.cannotRead': 'Could not read the file {path}: {why}',
  'store.error.unreadable': '{file}: {reason}. The file is left as it is; give the data folder read permission again.',
  'store.outcome.kept': 'The file is left as it is, not replaced by defaults; give the data folder read and write permission again, then reopen.',
  'store.outcome.restored': 'Restored from the backup of {time}.',
  'store.outcome.noBackup': 'No valid backup; the damaged file is kept for manual recovery.',
  'store.outcome.noted': '{outcome} {note}',
  'store.outcome.settings': 'No valid backup; the default settings are used. Enter the unit’s details again.',
  'store.outcome.staff': 'No valid backup; the staff directory is empty. The old file is kept for recovery.',
  'store.outcome.staffColumns': 'The remembered column matching was dropped; the next import will ask again.',
  'store.outcome.mail': 'The mail settings were cleared; enter the SMTP server again.',
  'store.outcome.caldav': 'The CalDAV settings were cleared; enter the calendar server again.',
  'store.outcome.caldavJournal': 'The CalDAV publish journal was started afresh; the next publish compares again with the server.',
  'store.outcome.feedSettings': 'The calendar feed settings were cleared; choose the folder and the address again.',
  'store.outcome.feedAddresses': 'The list of calendar feed addresses was made anew: at the next write each person gets a new address and must subscribe again.',
  'store.outcome.reminderLog': 'No valid backup of the reminder log.',
  'store.note.reminderLog': 'Every reminder due before {time} that the log does not hold is taken as sent and will not be sent again.',
};
