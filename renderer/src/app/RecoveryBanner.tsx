import { useEffect, useState } from 'react';
import type { RecoveryNotice } from '../../../shared/store/recovery';
import { useApi } from '../api/ApiContext';
import { useI18n } from '../i18n/I18nContext';

/** Tells the user, in plain words, which store files were unreadable and what became of them. */
export function RecoveryBanner() {
  const api = useApi();
  const { t } = useI18n();
  const [notices, setNotices] = useState<RecoveryNotice[]>([]);
  useEffect(() => {
    void api.call('store:recoveryNotices', undefined).then(setNotices, () => {});
    return api.listen('store:recovered', (more) => setNotices((all) => [...all, ...more.filter((m) => !all.some((a) => a.file === m.file && a.movedTo === m.movedTo))]));
  }, [api]);
  if (!notices.length) return null;
  return (
    <div className="banner banner-warning" role="alert">
      <strong>{t('store.recovered.title')}</strong>
      <ul>
        {notices.map((n) => (
          <li key={`${n.file}|${n.movedTo ?? ''}`}>
            {n.movedTo === null
              ? t('store.kept.item', { file: n.file, reason: n.reason, outcome: n.outcome })
              : t('store.recovered.item', { file: n.file, reason: n.reason, outcome: n.outcome, movedTo: n.movedTo })}
          </li>
        ))}
      </ul>
      <button onClick={() => setNotices([])}>{t('common.close')}</button>
    </div>
  );
}
