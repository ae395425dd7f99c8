import type { Locator, Page } from '@playwright/test';

/** "Ca trực & nhân sự" (#/plans/ID/setup): the pattern, the seats, who takes part, and the checks beside them. */
export class PlanSetupPage {
  constructor(readonly page: Page) {}

  /** The checks card, read as it updates (aria-live). */
  get checks(): Locator {
    return this.page.getByRole('region', { name: /^Kiểm tra trước khi xếp lịch/ });
  }

  /** The trial fill by the real generator, seat by seat. */
  get preCheck(): Locator {
    return this.page.getByTestId('pre-check');
  }

  /** What would help, for each seat the trial fill left empty. */
  get suggestions(): Locator {
    return this.preCheck.locator('.suggestion');
  }

  get saveStatus(): Locator {
    return this.page.locator('.save-status');
  }

  get seats(): Locator {
    return this.page.getByRole('region', { name: 'Vị trí trong mỗi ca' });
  }

  /** A seat of the pattern ("vi-tri-4"): the first is the plain one, the others are in overrides. */
  seat(seatId: string): Locator {
    return this.seats.locator(`[data-seat="${seatId}"]`);
  }

  /** The seats set apart for a day or shift ("giao-thua"). */
  override(when: string): Locator {
    return this.seats.locator(`[data-override="${when}"]`);
  }

  /** A staff member's line among the participants. */
  person(staffId: string): Locator {
    return this.page.getByRole('region', { name: 'Người tham gia' }).locator(`[data-person="${staffId}"]`);
  }

  /** A staff member's leave on the timeline. */
  leaveOnTimeline(staffId: string): Locator {
    return this.page.locator(`[data-timeline="${staffId}"] .timeline-leave`);
  }
}
