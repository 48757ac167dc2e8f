import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { isLanguage, languageFromLocales, type Language } from '../i18n/languages';

/**
 * Preferences that outlive the session (localStorage, per computer): language, theme and the
 * default of the programme's home-time column. UI state only; data lives in the core.
 */
export type ThemePreference = 'system' | 'light' | 'dark';

export interface SettingsState {
  language: Language;
  theme: ThemePreference;
  /** Whether the programme shows a home-time column beside local times by default. */
  showHomeTimeByDefault: boolean;
  setLanguage: (language: Language) => void;
  setTheme: (theme: ThemePreference) => void;
  setShowHomeTimeByDefault: (show: boolean) => void;
}

export const SETTINGS_STORAGE_KEY = 'delegation-planner.settings';

function systemLanguage(): Language {
  return languageFromLocales(typeof navigator === 'undefined' ? [] : navigator.languages ?? [navigator.language]);
}

export const useSettings = create<SettingsState>()(
  persist(
    (set) => ({
      language: systemLanguage(),
      theme: 'system',
      showHomeTimeByDefault: true,
      setLanguage: (language) => set({ language }),
      setTheme: (theme) => set({ theme }),
      setShowHomeTimeByDefault: (showHomeTimeByDefault) => set({ showHomeTimeByDefault }),
    }),
    {
      name: SETTINGS_STORAGE_KEY,
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: ({ language, theme, showHomeTimeByDefault }) => ({ language, theme, showHomeTimeByDefault }),
      // Stored values from another version or edited by hand are checked, never trusted.
      merge: (stored, current) => {
        const s = (stored ?? {}) as Partial<SettingsState>;
        return {
          ...current,
          language: isLanguage(s.language) ? s.language : current.language,
          theme: s.theme === 'light' || s.theme === 'dark' || s.theme === 'system' ? s.theme : current.theme,
          showHomeTimeByDefault:
            typeof s.showHomeTimeByDefault === 'boolean' ? s.showHomeTimeByDefault : current.showHomeTimeByDefault,
        };
      },
    },
  ),
);

/** The language for non-React code (formatters in callbacks, undo messages). */
export function currentLanguage(): Language {
  return useSettings.getState().language;
}
