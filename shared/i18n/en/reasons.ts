import type { viReasons } from '../vi/reasons';

export const enReasons: Record<keyof typeof viReasons, string> = {
  'caldav.reason.editedNotDeleted': 'The event was changed on the server after the last publish (412); not deleted.',
  'caldav.reason.deletedNotRemade': 'The event was deleted on the server after the last publish (412); not created again.',
  'caldav.reason.editedKept': "The event was changed on the server after the last publish (412); the server's copy is kept.",
  'caldav.reason.notSent': 'Not sent: {reason}',
  'reminders.reason.interrupted': 'The app stopped suddenly while sending; whether it reached the recipient is unknown, so it is not sent again.',
  'reminders.reason.lostLog': 'The reminder log was damaged and could not be restored; reminders due before then are taken as sent, so they are not sent again.',
  'reminders.reason.missed': 'It was due while the computer was off or asleep or the app was not running; the shift has started, so no late reminder.',
  'reminders.reason.notShown': 'The notification could not be shown: {detail}',
  'reminders.reason.noBrowserTab': 'no browser tab has the app open',
  'caldav.reason.other': 'sending failed: {detail}',
};
