import { AppLanguage } from '../../../shared/domain/language';

/** The UI languages. Adding one means a folder of resource files beside this one. */
export const LANGUAGES = AppLanguage.options;

export const LANGUAGE_NAMES: Record<AppLanguage, string> = { sv: 'Svenska', en: 'English' };

export function isLanguage(value: unknown): value is AppLanguage {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The language to start in when the user has not chosen one: the first of the OS or browser
 * preferences (navigator.languages, which Electron fills from the OS) that we have, by its
 * primary subtag (sv-SE, sv-FI → sv); English otherwise.
 */
export function languageFromLocales(locales: readonly string[]): AppLanguage {
  for (const locale of locales) {
    const primary = locale.toLowerCase().split(/[-_]/)[0];
    if (isLanguage(primary)) return primary;
  }
  return 'en';
}
