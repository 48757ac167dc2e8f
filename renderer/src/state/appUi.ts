import { create } from 'zustand';

/** App-level dialogs that any screen or shortcut can open. */
interface AppUiState {
  searchOpen: boolean;
  settingsOpen: boolean;
  openSearch: () => void;
  closeSearch: () => void;
  openSettings: () => void;
  closeSettings: () => void;
}

export const useAppUi = create<AppUiState>()((set) => ({
  searchOpen: false,
  settingsOpen: false,
  openSearch: () => set({ searchOpen: true, settingsOpen: false }),
  closeSearch: () => set({ searchOpen: false }),
  openSettings: () => set({ settingsOpen: true, searchOpen: false }),
  closeSettings: () => set({ settingsOpen: false }),
}));
