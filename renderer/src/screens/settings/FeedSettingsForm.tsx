import { useState, type FormEvent } from 'react';
import { REFRESH_CHOICES, type FeedSettingsView, type RefreshMinutes } from '../../../../shared/feed/settings';
import { useApi } from '../../api/ApiContext';
import { useHost } from '../../app/HostContext';
import { useNotify } from '../../components/Notices';
import { errorText, useAsync } from '../../components/useAsync';
import { useI18n } from '../../i18n/I18nContext';
import { refreshText } from '../publish/refresh-text';

/** The feed folder (chosen in the desktop's folder dialog or on the command line, never typed into the page) and the address it is served at. */
export function FeedSettingsCard() {
  const api = useApi();
  const { data } = useAsync(() => api.call('feed:settings:get', undefined), [api]);
  return data ? <FeedSettingsForm initial={data} /> : null;
}

function FeedSettingsForm({ initial }: { initial: FeedSettingsView }) {
  const api = useApi();
  const { t } = useI18n();
  const notify = useNotify();
  const folderDialog = useHost()?.folderDialog ?? false;
  const [view, setView] = useState(initial);
  const [baseUrl, setBaseUrl] = useState(initial.baseUrl);
  const [refreshMinutes, setRefreshMinutes] = useState<RefreshMinutes>(initial.refreshMinutes);

  async function save(event: FormEvent) {
    event.preventDefault();
    try {
      const saved = await api.call('feed:settings:update', { baseUrl, refreshMinutes });
      setView(saved);
      setBaseUrl(saved.baseUrl);
      notify({ kind: 'info', text: t('feed.settings.saved'), cause: 'feed:save' });
    } catch (e) {
      notify({ kind: 'error', text: errorText(e), cause: 'feed:save' });
    }
  }

  async function chooseFolder() {
    try {
      const chosen = await api.call('feed:settings:chooseFolder', undefined);
      if (chosen) setView(chosen);
    } catch (e) {
      notify({ kind: 'error', text: errorText(e) });
    }
  }

  return (
    <form className="screen form card" onSubmit={save} aria-labelledby="feed-settings-title">
      <h2 id="feed-settings-title">{t('feed.settings.title')}</h2>
      <p className="hint">{t('feed.settings.hint')}</p>
      <div className="grid-2">
        <div className="field-block">
          <span>{t('feed.settings.folder')}</span>
          <div className="folder-row">
            <code className="folder-path">{view.folder ?? t('feed.settings.noFolder')}</code>
            {folderDialog && (
              <button type="button" onClick={() => void chooseFolder()}>
                {t('feed.settings.chooseFolder')}
              </button>
            )}
          </div>
          {!folderDialog && <span className="hint">{t('feed.settings.folder.cli')}</span>}
        </div>
        <label>
          {t('feed.settings.baseUrl')}
          <input type="url" value={baseUrl} placeholder="https://intranet.donvi.gov.vn/lich/" onChange={(e) => setBaseUrl(e.target.value)} />
          <span className="hint">{t('feed.settings.baseUrl.hint')}</span>
          {view.insecure && <span className="hint warn">{t('feed.settings.insecure')}</span>}
        </label>
        <label>
          {t('feed.settings.refresh')}
          <select value={refreshMinutes} onChange={(e) => setRefreshMinutes(Number(e.target.value) as RefreshMinutes)}>
            {REFRESH_CHOICES.map((m) => (
              <option key={m} value={m}>
                {refreshText(t, m)}
              </option>
            ))}
          </select>
          <span className="hint">{t('feed.settings.refresh.hint')}</span>
        </label>
      </div>
      <div className="actions">
        <button type="submit" className="primary">
          {t('feed.settings.save')}
        </button>
      </div>
    </form>
  );
}
