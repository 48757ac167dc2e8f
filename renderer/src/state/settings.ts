import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { ApiCall } from '../../../shared/api/client';
import { DEFAULT_SETTINGS, type Settings, type SettingsPatch } from '../../../shared/domain/settings';
import { callSafely } from '../api/mutation';
import { isLanguage, languageFromLocales } from '../i18n/languages';
import { toast } from './toasts';
import type { AppLanguage } from '../../../shared/domain/language';

/**
 * The settings. Everything but the theme lives in the data file (settings:get / settings:update)
 * so it survives restarts, another port in the browser mode (localStorage is per origin) and the
 * switch between the desktop app and the browser. Loaded once before the first render
 * (loadSettings in main.tsx); a change applies here at once and is saved in the background.
 *
 * The theme stays in localStorage, per computer: it is about the screen in front of the user
 * (a dark office monitor, a laptop in daylight), not about the organisation's data, and it must
 * be known before the first frame, before the core has answered, to avoid a flash of light.
 */
export type ThemePreference = 'system' | 'light' | 'dark';

export interface SettingsState extends Omit<Settings, 'language'> {
  /** The UI language: the stored choice, else the system's. */
  language: AppLanguage;
  theme: ThemePreference;
  setLanguage: (language: AppLanguage) => void;
  setTheme: (theme: ThemePreference) => void;
  setShowHomeTimeByDefault: (show: boolean) => void;
  /** Save other settings (home zone, paper, organisation profile); resolves false on failure. */
  save: (patch: SettingsPatch) => Promise<boolean>;
  /** Replace with what the core answered (after settings:update or settings:setLogo). */
  apply: (settings: Settings) => void;
}

export const SETTINGS_STORAGE_KEY = 'delegation-planner.settings';

function systemLanguage(): AppLanguage {
  return languageFromLocales(typeof navigator === 'undefined' ? [] : navigator.languages ?? [navigator.language]);
}

let api: ApiCall | null = null;

async function saveToCore(patch: SettingsPatch): Promise<boolean> {
  if (!api) return false;
  const result = await callSafely(api, 'settings:update', patch);
  if (result.ok) return true;
  toast.show({ message: result.error.message, tone: 'error' });
  return false;
}

/**
 * Read before the store exists: persist rewrites the storage while it hydrates (an older version
 * is migrated to the theme only), so later reads would find the legacy values gone.
 */
const legacyAtStart = legacyStoredSettings();

const isTheme = (value: unknown): value is ThemePreference => value === 'light' || value === 'dark' || value === 'system';

export const useSettings = create<SettingsState>()(
  persist(
    (set, get) => ({
      ...DEFAULT_SETTINGS,
      language: legacyAtStart?.language ?? systemLanguage(),
      theme: 'system',
      setLanguage: (language) => {
        set({ language });
        void saveToCore({ language });
      },
      setTheme: (theme) => set({ theme }),
      setShowHomeTimeByDefault: (showHomeTimeByDefault) => {
        set({ showHomeTimeByDefault });
        void saveToCore({ showHomeTimeByDefault });
      },
      save: async (patch) => {
        const before = get();
        set({ ...patch, organisation: { ...before.organisation, ...patch.organisation } } as Partial<SettingsState>);
        const saved = await saveToCore(patch);
        if (!saved) set({ homeTimeZone: before.homeTimeZone, paper: before.paper, organisation: before.organisation, retentionMonths: before.retentionMonths });
        return saved;
      },
      apply: (settings) => set(fromCore(settings)),
    }),
    {
      name: SETTINGS_STORAGE_KEY,
      version: 2,
      storage: createJSONStorage(() => localStorage),
      partialize: ({ theme }) => ({ theme }),
      // Stored values from another version or edited by hand are checked, never trusted.
      merge: (stored, current) => {
        const s = (stored ?? {}) as { theme?: unknown };
        return { ...current, theme: isTheme(s.theme) ? s.theme : current.theme };
      },
      // Version 1 kept language and home time here too; loadSettings moves them to the core.
      migrate: (persisted) => persisted as SettingsState,
    },
  ),
);

function fromCore(settings: Settings): Partial<SettingsState> {
  return { ...settings, language: settings.language ?? systemLanguage() };
}

/** What an earlier version kept in localStorage (language, home-time default), if anything. */
function legacyStoredSettings(): { language?: AppLanguage; showHomeTimeByDefault?: boolean } | null {
  try {
    const raw = typeof localStorage === 'undefined' ? null : localStorage.getItem(SETTINGS_STORAGE_KEY);
    const state = raw ? (JSON.parse(raw) as { state?: Record<string, unknown> }).state : undefined;
    if (!state) return null;
    const legacy: { language?: AppLanguage; showHomeTimeByDefault?: boolean } = {};
    if (isLanguage(state.language)) legacy.language = state.language;
    if (typeof state.showHomeTimeByDefault === 'boolean') legacy.showHomeTimeByDefault = state.showHomeTimeByDefault;
    return Object.keys(legacy).length > 0 ? legacy : null;
  } catch {
    return null; // unreadable storage: nothing to migrate
  }
}

/**
 * Before the first render: read the settings from the core. A language (and home-time default)
 * that an earlier version kept in this browser's storage moves into the data file once — only
 * while the file has no language yet, so an old value on another port never overwrites a newer
 * choice — and is then removed from the storage.
 */
export async function loadSettings(call: ApiCall): Promise<void> {
  api = call;
  const loaded = await callSafely(call, 'settings:get', {});
  if (!loaded.ok) return; // the first screen shows the connection problem
  let settings = loaded.value;
  const legacy = legacyAtStart;
  if (legacy && settings.language === null) {
    const migrated = await callSafely(call, 'settings:update', legacy);
    if (migrated.ok) settings = migrated.value;
  }
  // persist keeps the theme only: the legacy values left the storage when it hydrated.
  useSettings.setState(fromCore(settings));
}
