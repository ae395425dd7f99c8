import { accessSync, constants, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { AppError } from '../../../shared/errors/app-error';
import { FeedSettings, type FeedSettingsChanges, type FeedSettingsView } from '../../../shared/feed/settings';
import { feedBaseUrl } from '../../../shared/feed/urls';
import { mayCarryCredential } from '../../../shared/net/credential-rule';
import type { FolderPicker } from '../adapters';
import type { ServiceContext } from '../context';
import { guardedRead } from '../store/guarded-read';
import { msg } from '../../../shared/i18n/message';

const REF = { name: 'feed' };
const FeedDocument = FeedSettings.extend({ schemaVersion: z.literal(1) });
const empty = () => FeedDocument.parse({ schemaVersion: 1 });

/** A folder the feed can be written to: it exists, is a folder, and this user may write there. */
export function feedFolderOf(path: string): string {
  const folder = resolve(path);
  let isFolder: boolean;
  try {
    isFolder = statSync(folder).isDirectory();
  } catch {
    throw new AppError('INVALID_INPUT', msg('feed.error.noFolder', { folder }), 'folder');
  }
  if (!isFolder) throw new AppError('INVALID_INPUT', msg('feed.error.notFolder', { folder }), 'folder');
  try {
    accessSync(folder, constants.W_OK);
  } catch {
    throw new AppError('FILE_UNWRITABLE', msg('feed.error.cannotWrite', { folder }), 'folder');
  }
  return folder;
}

/** The feed folder and the address it is served at: one for the unit, every plan's files side by side. */
export class FeedSettingsService {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly picker?: FolderPicker,
  ) {}

  get(): FeedSettings {
    const { schemaVersion: _v, ...settings } =
      guardedRead(this.ctx.store, this.ctx.backups, REF, (raw) => FeedDocument.parse(raw), { value: empty, outcome: msg('store.outcome.feedSettings') }) ?? empty();
    return settings;
  }

  view(): FeedSettingsView {
    const settings = this.get();
    let insecure = false;
    try {
      const url = feedBaseUrl(settings.baseUrl);
      insecure = !mayCarryCredential({ host: url.hostname, tls: url.protocol === 'https:' });
    } catch {
      // No address yet.
    }
    return { ...settings, ready: settings.folder !== null && settings.baseUrl !== '', insecure };
  }

  update(changes: FeedSettingsChanges): Promise<FeedSettingsView> {
    return this.#change(() => ({ ...changes, ...(changes.baseUrl ? { baseUrl: feedBaseUrl(changes.baseUrl).href } : {}) }));
  }

  /** The desktop's folder dialog; what the user picks is kept. Null when cancelled. */
  async chooseFolder(): Promise<FeedSettingsView | null> {
    // Browser mode has no dialog, and a path typed into the page is what #12 item 8 forbids.
    if (!this.picker) throw new AppError('INVALID_INPUT', msg('feed.error.noPicker'), 'folder');
    const folder = await this.picker({ title: 'Chọn thư mục nguồn lịch (thư mục máy chủ web phục vụ)' });
    return folder === null ? null : this.setFolder(folder);
  }

  /** A folder named by the user: picked in the dialog, or typed on the command line. */
  setFolder(path: string): Promise<FeedSettingsView> {
    return this.#change(() => ({ folder: feedFolderOf(path) }));
  }

  #change(changes: () => Partial<FeedSettings>): Promise<FeedSettingsView> {
    return this.ctx.store.lock.run(() => {
      const next = FeedDocument.parse({ ...this.get(), ...changes(), schemaVersion: 1 });
      this.ctx.backups.take(REF);
      this.ctx.store.write(REF, next);
      this.ctx.events.emit('settings:changed', {});
      return this.view();
    });
  }
}
