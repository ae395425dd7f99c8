import { z } from 'zod';

/** How often subscribed phones are asked to fetch the feed again; a swap on Mùng 1 reaches them within this. */
export const REFRESH_CHOICES = [15, 30, 60, 180, 360, 1440] as const;
export const RefreshMinutes = z.literal(REFRESH_CHOICES, 'schema.refreshMinutes');
export type RefreshMinutes = z.infer<typeof RefreshMinutes>;

const fields = {
  /** The address the folder is served at (the unit's web server or file share), e.g. https://intranet.donvi.gov.vn/lich/. */
  baseUrl: z.string().trim().max(2000),
  refreshMinutes: RefreshMinutes,
};

/**
 * The feed folder: where the .ics files are written and the address they are served at. The
 * folder is chosen in the desktop's folder dialog or typed on the command line, never sent by the
 * page, so it is not among the changes the page can make.
 */
export const FeedSettings = z.object({
  folder: z.string().nullable().default(null),
  baseUrl: fields.baseUrl.default(''),
  refreshMinutes: fields.refreshMinutes.default(60),
});
export type FeedSettings = z.infer<typeof FeedSettings>;

export const FeedSettingsView = FeedSettings.extend({
  /** A folder and an address: the feed can be written. */
  ready: z.boolean(),
  /** The address is plain http: anyone on the network path can read the calendars (and their tokens). */
  insecure: z.boolean(),
});
export type FeedSettingsView = z.infer<typeof FeedSettingsView>;

/** A change from the page: only the fields sent (no defaults, which would reset the others), never the folder. */
export const FeedSettingsChanges = z.object(fields).partial().strict();
export type FeedSettingsChanges = z.infer<typeof FeedSettingsChanges>;
