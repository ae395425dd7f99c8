import { useEffect } from 'react';
import { useApi } from '../api/ApiContext';
import { isEditable } from './editable';

/**
 * The app menu takes Ctrl+Z / Ctrl+Y before the page sees them: in a text field, undo and redo
 * natively, as the field would have. Elsewhere the screen that has a history handles them.
 */
export function useMenuEdits() {
  const api = useApi();
  useEffect(
    () =>
      api.listen('edit', ({ action }) => {
        if (isEditable(document.activeElement)) document.execCommand(action);
      }),
    [api],
  );
}
