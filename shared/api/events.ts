import { z } from 'zod';
import { RecoveryNotice } from '../store/recovery';
import { Area } from './area';

/** Events the main process pushes to the UI. */
export const eventSchemas = {
  'store:recovered': z.array(RecoveryNotice),
  /** A plan was written, trashed or restored (by the app or the CLI); an empty id: any plan may have changed. */
  'plans:changed': z.object({ id: z.string() }),
  /** The staff directory was written (by the app or the CLI). */
  'staff:changed': z.object({}),
  'settings:changed': z.object({}),
  /** Entries of the reminder log were added or changed; none named: any may have been (as a reconnected browser tab is told). */
  'reminders:logged': z.object({ keys: z.array(z.string()) }),
  /** A plan's duty log was written (by the app or the CLI); an empty id: any plan's may have been. */
  'dutyLog:changed': z.object({ planId: z.string() }),
  /** A plan's readiness checklist was written (by the app or the CLI); an empty id: any plan's may have been. */
  'readiness:changed': z.object({ planId: z.string() }),
  /** A plan's CalDAV target or last publish was written; an empty id: any plan's may have (written by another process). */
  'caldav:changed': z.object({ planId: z.string() }),
  /** A plan's feed was written (or an address given anew); an empty id: any plan's may have been (by another process). */
  'feed:changed': z.object({ planId: z.string() }),
  /** How far a CalDAV publish has got, in events. */
  'caldav:progress': z.object({ planId: z.string(), done: z.number().int(), total: z.number().int() }),
  /** Hoàn tác / Làm lại from the app menu (whose shortcuts reach the menu before the page). */
  edit: z.object({ action: z.enum(['undo', 'redo']) }),
  /** Browser mode: a reminder for the page to show as a Web Notification (the desktop shows its own). */
  notification: z.object({
    title: z.string(),
    body: z.string(),
    target: z.object({ planId: z.string(), shiftId: z.string().nullable() }).nullable(),
  }),
  /** Ask the UI to show a place, e.g. after a notification is clicked. */
  navigate: z.object({ area: Area, planId: z.string().optional(), shiftId: z.string().optional() }),
} as const;
export type AppEvents = { [K in keyof typeof eventSchemas]: z.infer<(typeof eventSchemas)[K]> };
export type AppEventName = keyof AppEvents;

/** Writes after which the reminder engine builds its schedule again, so what is upcoming may differ. */
export const REPLANNING_EVENTS = ['plans:changed', 'settings:changed', 'dutyLog:changed', 'readiness:changed'] as const satisfies readonly AppEventName[];
