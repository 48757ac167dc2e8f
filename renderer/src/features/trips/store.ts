import { create } from 'zustand';

/** UI state of the trips list (data lives in queries, not here). */
interface TripsListUiState {
  showArchived: boolean;
  setShowArchived: (showArchived: boolean) => void;
}

export const useTripsListUi = create<TripsListUiState>()((set) => ({
  showArchived: false,
  setShowArchived: (showArchived) => set({ showArchived }),
}));
