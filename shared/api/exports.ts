import { z } from 'zod';
import { EXPORT_FORMATS, EXPORT_FORMAT_NAMES, type ExportFormatName } from '../export/formats';
import { PlanId } from '../plan/schema';
import { StaffId } from '../staff/schema';
import { CsvStyle } from '../export/csv-style';
import { defineChannels } from './define';
import { DownloadFile, FileName } from './files';

export const ExportFormat = z.enum(EXPORT_FORMAT_NAMES as [ExportFormatName, ...ExportFormatName[]]);
export type ExportFormat = z.infer<typeof ExportFormat>;

export const Orientation = z.enum(['portrait', 'landscape']);

type Spec<F extends ExportFormat> = (typeof EXPORT_FORMATS)[F];
type None = Record<never, never>;
type Fields<F extends ExportFormat> = { format: z.ZodLiteral<F>; planId: typeof PlanId } & (Spec<F>['orientation'] extends true ? { orientation: z.ZodDefault<typeof Orientation> } : None) &
  (Spec<F>['perPerson'] extends true ? { staffId: z.ZodOptional<typeof StaffId> } : None) &
  (Spec<F>['mime'] extends 'text/calendar' ? { organizerEmail: z.ZodOptional<z.ZodEmail> } : None) &
  (F extends 'csv' ? { csvStyle: z.ZodOptional<typeof CsvStyle> } : None);
type RequestShape<F extends ExportFormat> = Fields<F> extends infer S extends z.ZodRawShape ? S : never;

/**
 * The request for one format, from the table: `staffId` only where the format can be made for one
 * person, `orientation` only where it has pages. Strict, so `{ format: 'csv', staffId }` is refused
 * instead of quietly exporting the whole roster.
 */
function requestOf<F extends ExportFormat>(format: F): z.ZodObject<RequestShape<F>, z.core.$strict> {
  const spec: (typeof EXPORT_FORMATS)[ExportFormat] = EXPORT_FORMATS[format];
  return z.strictObject({
    format: z.literal(format),
    planId: PlanId,
    ...(spec.orientation ? { orientation: Orientation.default('portrait') } : {}),
    ...(spec.perPerson ? { staffId: StaffId.optional() } : {}),
    ...(spec.mime === 'text/calendar' ? { organizerEmail: z.email().optional() } : {}),
    ...(format === 'csv' ? { csvStyle: CsvStyle.optional() } : {}),
  }) as unknown as z.ZodObject<RequestShape<F>, z.core.$strict>;
}

export const ExportRequest = z.discriminatedUnion('format', [
  requestOf('pdf'),
  requestOf('docx'),
  requestOf('xlsx'),
  requestOf('csv'),
  requestOf('html'),
  requestOf('ics'),
  requestOf('ics-per-person'),
]);
export type ExportRequest = z.infer<typeof ExportRequest>;
export type ExportRequestInput = z.input<typeof ExportRequest>;
// Every format of the table has its request: the compiler refuses this line otherwise.
const _everyFormat: Exclude<ExportFormat, ExportRequest['format']> extends never ? true : never = true;
void _everyFormat;

const PrintChoice = z.object({
  planId: PlanId,
  orientation: Orientation.default('portrait'),
  /** A person's slip ("Phiếu trực") instead of the whole roster. */
  staffId: StaffId.optional(),
});

/** Which version a file was made from, so the UI and CLI can say it. */
export const ExportedFrom = z.object({ version: z.number().int().nullable(), publishedAt: z.string().nullable() });
export type ExportedFrom = z.infer<typeof ExportedFrom>;

export const exportChannels = defineChannels({
  /**
   * The bytes of one format with suggested names: one file, or one per person for
   * `ics-per-person`. Saving them is the host's (a dialog, a download, the CLI's --out).
   */
  'exports:build': {
    input: ExportRequest,
    output: z.object({
      files: z.array(DownloadFile).min(1),
      /** A name for the set: the folder, or the .zip a browser downloads, of a per-person export. */
      bundleName: FileName,
      from: ExportedFrom,
    }),
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
