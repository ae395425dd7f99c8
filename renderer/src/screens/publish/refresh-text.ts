import type { Translate } from '../../i18n/I18nContext';

/** "mỗi 15 phút", "mỗi giờ", "mỗi 6 giờ", "mỗi ngày". */
export function refreshText(t: Translate, minutes: number): string {
  if (minutes % 1440 === 0) return t('feed.refresh.days', { n: minutes / 1440 });
  if (minutes % 60 === 0) return t('feed.refresh.hours', { n: minutes / 60 });
  return t('feed.refresh.minutes', { n: minutes });
}
