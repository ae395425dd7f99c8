/** A text field or other control with its own native undo. */
export function isEditable(target: EventTarget | Element | null): boolean {
  return target instanceof Element && target.closest('input, textarea, select, [contenteditable="true"]') !== null;
}
