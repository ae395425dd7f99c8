import { writeFileAtomicSync } from '../services/files/atomic-write';
import type { CliIO } from './command';

/** Writes to `--out` when given, else to standard output. */
export function emit(io: CliIO, text: string, out?: string): void {
  if (out) writeFileAtomicSync(out, text);
  else io.out(text.endsWith('\n') ? text : `${text}\n`);
}

export const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
