import type { Locator, Page } from '@playwright/test';

/** The notices at the bottom of the window, of one kind: an error, a warning, or an info with its Undo. */
export const notice = (page: Page, kind: 'error' | 'warning' | 'info'): Locator => page.getByTestId(`notice-${kind}`);
