import { useMemo } from 'react';
import { useI18n } from '../../i18n/I18nContext';

/** Loads and hours with one decimal, written the reader's way (7,5 in Vietnamese, 7.5 in English). */
export function useNumber(digits = 1): (n: number) => string {
  const { language } = useI18n();
  return useMemo(() => {
    const format = new Intl.NumberFormat(language === 'vi' ? 'vi-VN' : 'en-US', { maximumFractionDigits: digits });
    return (n: number) => format.format(n);
  }, [language, digits]);
}
