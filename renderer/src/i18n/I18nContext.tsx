import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { say, translate, type Message, type MessageKey } from '../../../shared/i18n';
import type { ParamArgs } from '../../../shared/i18n/message';
import type { Language } from '../../../shared/settings/schema';

/** A key of the UI's own text, with the parameters its Vietnamese template names. */
export type Translate = <K extends MessageKey>(key: K, ...params: ParamArgs<K>) => string;

interface I18n {
  language: Language;
  t: Translate;
  /** A message that came from shared/ or the services (a violation, an error), in the UI language. */
  say: (message: Message) => string;
}

const i18nOf = (language: Language): I18n => ({ language, t: (key, ...params) => translate(language, key, ...params), say: (message) => say(language, message) });

const I18nContext = createContext<I18n>(i18nOf('vi'));

export function I18nProvider({ language, children }: { language: Language; children: ReactNode }) {
  const value = useMemo(() => i18nOf(language), [language]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export const useI18n = () => useContext(I18nContext);
