/** A padlock drawn inline: emoji padlocks are missing from the fonts of many Linux machines. */
export function LockIcon({ open = false, label }: { open?: boolean; label?: string }) {
  return (
    <svg className="lock-icon" viewBox="0 0 16 16" width="12" height="12" role={label ? 'img' : undefined} aria-label={label} aria-hidden={label ? undefined : true}>
      <path d={open ? 'M5 7V5a3 3 0 0 1 5.8-1' : 'M5 7V5a3 3 0 0 1 6 0v2'} fill="none" stroke="currentColor" strokeWidth="1.6" />
      <rect x="3" y="7" width="10" height="7.5" rx="1.5" fill="currentColor" />
    </svg>
  );
}
