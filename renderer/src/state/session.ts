import { create } from 'zustand';
import { useSettings } from './settings';

/**
 * UI state of this session only (lost on reload on purpose): view toggles that feature screens
 * share. Data never goes here; it comes from the core through queries.
 */
interface SessionUiState {
  /** Home-time column on/off for this session; null follows the default in Settings. */
  homeTimeOverride: boolean | null;
  /** "Show as: <member>" filter per trip (trip id → member id). */
  showAsMember: Record<string, string | null>;
  setHomeTimeVisible: (visible: boolean) => void;
  setShowAsMember: (tripId: string, memberId: string | null) => void;
}

export const useSessionUi = create<SessionUiState>()((set) => ({
  homeTimeOverride: null,
  showAsMember: {},
  setHomeTimeVisible: (visible) => set({ homeTimeOverride: visible }),
  setShowAsMember: (tripId, memberId) => set((s) => ({ showAsMember: { ...s.showAsMember, [tripId]: memberId } })),
}));

/** Whether the programme shows home times next to local times right now. */
export function useShowHomeTime(): boolean {
  const override = useSessionUi((s) => s.homeTimeOverride);
  const byDefault = useSettings((s) => s.showHomeTimeByDefault);
  return override ?? byDefault;
}

/** The member the programme of `tripId` is filtered to, or null for everyone. */
export function useShowAsMember(tripId: string): string | null {
  return useSessionUi((s) => s.showAsMember[tripId] ?? null);
}
