import { z } from 'zod';

/** The app's areas, as the sidebar lists them; the main process names one to show (navigate). */
export const Area = z.enum(['plans', 'staff', 'roster', 'publish', 'reminders', 'log', 'settings']);
export type Area = z.infer<typeof Area>;
