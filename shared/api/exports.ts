import { z } from 'zod';
import { PlanId } from '../plan/schema';
import { StaffId } from '../staff/schema';
import { CsvStyle } from '../export/csv-style';
import { defineChannels } from './define';
import { Cancelled } from './file-result';

export const ExportFormat = z.enum(['ics', 'ics-per-person', 'pdf', 'html', 'docx', 'xlsx', 'csv']);
export type ExportFormat = z.infer<typeof ExportFormat>;

export const Orientation = z.enum(['portrait', 'landscape']);

const PrintChoice = z.object({
  planId: PlanId,
  orientation: Orientation.default('portrait'),
  /** A person's slip ("Phiếu trực") instead of the whole roster (pdf and html). */
  staffId: StaffId.optional(),
});

/** Which version a file was made from, so the UI and CLI can say it. */
export const ExportedFrom = z.object({ version: z.number().int().nullable(), publishedAt: z.string().nullable() });
export type ExportedFrom = z.infer<typeof ExportedFrom>;

export const exportChannels = defineChannels({
  /** Writes one format; without `path` the user chooses a file (a folder for per-person iCal). */
  'exports:save': {
    input: PrintChoice.extend({
      format: ExportFormat,
      path: z.string().optional(),
      /** The calendars' ORGANIZER when not the unit email of Settings (the CLI's --organizer). */
      organizerEmail: z.string().optional(),
      csvStyle: CsvStyle.optional(),
    }),
    output: z.union([z.object({ paths: z.array(z.string()), from: ExportedFrom }), Cancelled]),
  },
  /** The print for the in-app preview: body and CSS apart, since the preview's CSP forbids a <style> element. */
  'exports:printHtml': {
    input: PrintChoice,
    output: z.object({
      title: z.string(),
      css: z.string(),
      body: z.string(),
      from: ExportedFrom,
      people: z.array(z.object({ staffId: StaffId, fullName: z.string() })),
    }),
  },
});
