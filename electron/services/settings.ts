import { applyChanges } from '../../shared/api/changes';
import type { HandlersOf } from '../../shared/api/define';
import type { settingsChannels, SettingsChanges } from '../../shared/api/settings';
import { parseSettings } from '../../shared/settings/parse';
import { defaultSettings, Settings } from '../../shared/settings/schema';
import type { ServiceContext } from './context';
import { guardedRead } from './store/guarded-read';
import { msg } from '../../shared/i18n/message';

const REF = { name: 'settings' };

export class SettingsService {
  constructor(private readonly ctx: ServiceContext) {}

  get(): Settings {
    return (
      guardedRead(this.ctx.store, this.ctx.backups, REF, parseSettings, {
        value: defaultSettings,
        outcome: msg('store.outcome.settings'),
      }) ?? defaultSettings()
    );
  }

  update(changes: SettingsChanges): Promise<Settings> {
    return this.ctx.store.lock.run(() => {
      const next = Settings.parse(applyChanges(this.get(), changes, { deep: true }));
      this.ctx.backups.take(REF);
      this.ctx.store.write(REF, next);
      this.ctx.events.emit('settings:changed', {});
      return next;
    });
  }

  handlers() {
    return {
      'settings:get': () => this.get(),
      'settings:update': (changes) => this.update(changes),
      'store:recoveryNotices': () => this.ctx.store.notices(),
    } satisfies HandlersOf<typeof settingsChannels>;
  }
}
