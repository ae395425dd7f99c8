import type { viCaldav } from '../vi/caldav';

export const enCaldav: Record<keyof typeof viCaldav, string> = {
  'caldav.outcome.created': 'created',
  'caldav.outcome.updated': 'updated',
  'caldav.outcome.cancelled': 'cancelled',
  'caldav.outcome.deleted': 'deleted',
  'caldav.outcome.unchanged': 'unchanged',
  'caldav.outcome.conflict': 'changed on the server',
  'caldav.outcome.failed': 'failed',
  'caldav.outcome.skipped': 'not sent',
  'caldav.team': 'Team calendar',
  'caldav.target.team': 'One shared team calendar (one event per shift)',
  'caldav.target.perPerson': 'One calendar per person (their own shifts)',
  'caldav.complete': 'Fully published to the calendar server.',
  'caldav.incomplete': 'Not fully published: see the failures below and publish again (only what is missing is sent).',
  'caldav.dryRun': 'Dry run: nothing was sent to the server.',
};
