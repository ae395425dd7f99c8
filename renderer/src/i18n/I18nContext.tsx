import { createContext, useContext, type ReactNode } from 'react';
import { translate, type MessageKey, type MessageParams } from '../../../shared/i18n';
import type { Language } from '../../../shared/settings/schema';

interface I18n {
  language: Language;
  t: (key: MessageKey, params?: MessageParams) => string;
}

const I18nContext = createContext<I18n>({ language: 'vi', t: (key, params) => translate('vi', key, params) });

export function I18nProvider({ language, children }: { language: Language; children: ReactNode }) {
  const value: I18n = { language, t: (key, params) => translate(language, key, params) };
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export const useI18n = () => useContext(I18nContext);
