import { z } from 'zod';

/**
 * `excel-vi`: Excel under Vietnamese regional settings (list separator `;`, decimal comma "1,5"),
 * the default; `comma`: comma-separated with decimal points, for other locales and scripts. Both
 * UTF-8 with a BOM, which Excel needs to read UTF-8.
 */
export const CsvStyle = z.enum(['excel-vi', 'comma']);
export type CsvStyle = z.infer<typeof CsvStyle>;
