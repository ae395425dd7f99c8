import type { Download, Frame, FrameLocator, Locator, Page } from '@playwright/test';

/** "Xuất bản" (#/publish/ID): the printed roster's preview, the document chosen, and the exports. */
export class PublishPage {
  constructor(readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { name: 'Xuất bản' });
  }

  /** The preview, as the printed page reads. */
  get preview(): FrameLocator {
    return this.page.getByTitle('Bản in lịch trực', { exact: true }).contentFrame();
  }

  /** The preview's document itself, for what only it can tell (the fonts it loaded). */
  previewFrame(): Frame {
    const frame = this.page.frame({ url: 'about:srcdoc' });
    if (!frame) throw new Error('no preview on the page');
    return frame;
  }

  /** "Tài liệu": the roster, or one person's slip ("Phiếu trực: …"). */
  async chooseDocument(label: string): Promise<void> {
    await this.page.getByLabel('Tài liệu').selectOption({ label });
  }

  /** What is unfinished, asked before an export goes out. */
  get checklist(): Locator {
    return this.page.getByRole('dialog', { name: 'Kiểm tra trước khi xuất' });
  }

  /** An export's button (or the checklist's "Vẫn xuất"), and the download it hands to the browser. */
  async download(button: string | Locator): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await (typeof button === 'string' ? this.page.getByRole('button', { name: button }) : button).click();
    return download;
  }
}
