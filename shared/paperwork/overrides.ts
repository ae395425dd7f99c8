import { z } from 'zod';
import { DocumentInfo } from '../settings/schema';
import { LocalDate } from '../time/local';
import type { ExportSource } from '../export/source';

/**
 * What the IT head changes on one paper before it goes out, over the plan's and the unit's details:
 * its number, place and date, recipients and signer. Nothing here is saved to the plan.
 */
export const PaperOverrides = DocumentInfo.pick({ number: true, place: true, signerTitle: true, signerName: true, recipients: true }).partial().extend({ date: LocalDate.optional() }).strict();
export type PaperOverrides = z.infer<typeof PaperOverrides>;

/** The source as the paper prints it: the overrides laid over the plan's own document details. */
export function withOverrides(source: ExportSource, overrides: PaperOverrides): ExportSource {
  const { date, ...document } = overrides;
  const own = Object.fromEntries(Object.entries(document).filter(([, v]) => v !== undefined));
  return { ...source, core: { ...source.core, document: { ...source.core.document, ...own } }, issuedOn: date ?? source.issuedOn };
}
