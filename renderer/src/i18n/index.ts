import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { useSettings } from '../state/settings';
import { NAMESPACES, resources } from './resources';
import type { AppLanguage } from '../../../shared/domain/language';

/**
 * i18next + react-i18next: the most used React i18n pair, with plurals through Intl.PluralRules,
 * namespaces (one per feature) and typed keys. All resources are bundled (a few KB of JSON), so
 * initialisation is synchronous and the first frame is already in the right language.
 */
export function initI18n(): typeof i18next {
  const language = useSettings.getState().language;
  void i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    supportedLngs: ['sv', 'en'],
    ns: [...NAMESPACES],
    defaultNS: 'common',
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes already
    returnNull: false,
    react: { useSuspense: false },
  });
  applyDocumentLanguage(language);
  // The Settings store is the source of truth; i18next and <html lang> follow it.
  useSettings.subscribe((state, previous) => {
    if (state.language !== previous.language) {
      void i18next.changeLanguage(state.language);
      applyDocumentLanguage(state.language);
    }
  });
  return i18next;
}

function applyDocumentLanguage(language: AppLanguage): void {
  document.documentElement.lang = language;
}

export { i18next };
