import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DEFAULT_SKILLS, type StaffMember } from '../../../shared/staff/schema';
import type { ImportContext } from '../../../shared/staff/import-rows';

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url))));
}

export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** An import context with predictable ids. */
export function context(existing: readonly StaffMember[] = []): ImportContext {
  let n = 0;
  return { existing, skills: DEFAULT_SKILLS, newId: () => `new-${++n}` };
}
