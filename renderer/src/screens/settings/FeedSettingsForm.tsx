import { useState } from 'react';
import { REFRESH_CHOICES, type FeedSettingsChanges, type FeedSettingsView, type RefreshMinutes } from '../../../../shared/feed/settings';
import { useApi } from '../../api/ApiContext';
import { useHost } from '../../app/HostContext';
import { useNotify, useResolveNotice } from '../../components/Notices';
import { SaveIndicator, useBeforeUnloadWhile } from '../../components/SaveIndicator';
import { usePatchAutosave } from '../../components/usePatchAutosave';
import { useErrorText } from '../../components/useErrorText';
import { useFeedSettings } from '../../data/useFeedSettings';
import { useI18n } from '../../i18n/I18nContext';
import { refreshText } from '../publish/refresh-text';

/** The feed folder (chosen in the desktop's folder dialog or on the command line, never typed into the page) and the address it is served at. */
export function FeedSettingsCard() {
  const { data } = useFeedSettings();
  return data ? <FeedSettingsForm initial={data} /> : null;
}

/**
 * Saved as it is edited, like the rest of Cài đặt. The address is saved when the field is left (or
 * Enter): a half-typed address is no address, and the service writes it back normalised.
 */
function FeedSettingsForm({ initial }: { initial: FeedSettingsView }) {
  const errorText = useErrorText();
  const api = useApi();
  const { t } = useI18n();
  const notify = useNotify();
  const resolveNotice = useResolveNotice();
  const folderDialog = useHost()?.folderDialog ?? false;
  const [view, setView] = useState(initial);
  const [baseUrl, setBaseUrl] = useState(initial.baseUrl);
  const [refreshMinutes, setRefreshMinutes] = useState<RefreshMinutes>(initial.refreshMinutes);
  const { status, save, flush } = usePatchAutosave<FeedSettingsChanges>(async (changes) => {
    const saved = await api.call('feed:settings:update', changes);
    setView(saved);
    // Shown as the service stored it, unless the user has typed on since.
    if (changes.baseUrl !== undefined) setBaseUrl((typed) => (typed === changes.baseUrl ? saved.baseUrl : typed));
  });
  useBeforeUnloadWhile(status.state !== 'saved');

  const commitBaseUrl = () => {
    if (baseUrl === view.baseUrl) return;
    save({ baseUrl });
    void flush();
  };

  async function chooseFolder() {
    try {
      const chosen = await api.call('feed:settings:chooseFolder', undefined);
      if (chosen) setView(chosen);
      resolveNotice('feed:folder');
    } catch (e) {
      notify({ kind: 'error', text: errorText(e), cause: 'feed:folder' });
    }
  }

  return (
    <form
      className="screen form card"
      onSubmit={(e) => {
        e.preventDefault();
        commitBaseUrl();
      }}
      aria-labelledby="feed-settings-title"
    >
      <header className="card-header">
        <h2 id="feed-settings-title">{t('feed.settings.title')}</h2>
        <SaveIndicator status={status} />
      </header>
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
          <input
            type="url"
            value={baseUrl}
            placeholder="https://intranet.donvi.gov.vn/lich/"
            onChange={(e) => setBaseUrl(e.target.value)}
            onBlur={commitBaseUrl}
            onKeyDown={(e) => e.key === 'Enter' && commitBaseUrl()}
          />
          <span className="hint">{t('feed.settings.baseUrl.hint')}</span>
          {view.insecure && <span className="hint warn">{t('feed.settings.insecure')}</span>}
        </label>
        <label>
          {t('feed.settings.refresh')}
          <select
            value={refreshMinutes}
            onChange={(e) => {
              const minutes = Number(e.target.value) as RefreshMinutes;
              setRefreshMinutes(minutes);
              save({ refreshMinutes: minutes });
            }}
          >
            {REFRESH_CHOICES.map((m) => (
              <option key={m} value={m}>
                {refreshText(t, m)}
              </option>
            ))}
          </select>
          <span className="hint">{t('feed.settings.refresh.hint')}</span>
        </label>
      </div>
    </form>
  );
}
