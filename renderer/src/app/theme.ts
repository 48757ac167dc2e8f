import { useSettings, type ThemePreference } from '../state/settings';

/**
 * `<html data-theme="light|dark">` drives the CSS variables (styles/tokens.css). 'system'
 * follows the OS (prefers-color-scheme) and changes with it while the app is open.
 */
export function initTheme(): void {
  const media = window.matchMedia('(prefers-color-scheme: dark)');
  const apply = (preference: ThemePreference) => {
    const dark = preference === 'dark' || (preference === 'system' && media.matches);
    document.documentElement.dataset.theme = dark ? 'dark' : 'light';
  };
  apply(useSettings.getState().theme);
  useSettings.subscribe((state, previous) => {
    if (state.theme !== previous.theme) apply(state.theme);
  });
  media.addEventListener('change', () => apply(useSettings.getState().theme));
}
