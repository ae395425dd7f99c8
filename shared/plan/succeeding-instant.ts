/**
 * The time a plan is saved at, strictly later than the save it replaces. An editor's write is checked
 * against the `updatedAt` it started from; two saves within one millisecond (or under a fixed clock)
 * would otherwise carry the same stamp, and a write made against the older one would pass the check
 * and overwrite the newer save.
 */
export function succeedingInstant(previous: string, now: Date): string {
  const earliest = Date.parse(previous) + 1;
  return new Date(Number.isNaN(earliest) ? now.getTime() : Math.max(now.getTime(), earliest)).toISOString();
}
