import { create } from 'zustand';

/**
 * Which sharing dialog is open, for the one SharingHost in the app shell: the import dialog can
 * be opened by the menu command, the Import… button, a file dropped on the window or a file the
 * OS opened; the export dialog by the menu command or the Documents tab. UI state only.
 */
export type ImportSource =
  /** Nothing chosen yet: the dialog offers "Choose file…" and a drop zone. */
  | { kind: 'choose' }
  | { kind: 'file'; fileName: string; content: string }
  /** The file could not even be read as text (too large, binary), or opened (desktop: `message`). */
  | { kind: 'unreadable'; fileName: string; problem?: 'too_large' | 'not_text' | 'unreadable'; message?: string };

interface SharingUiState {
  importing: ImportSource | null;
  /** Files are being dragged over the window (the drop zone is showing). */
  dragging: boolean;
  exportingTripId: string | null;
  openImport: (source?: ImportSource) => void;
  closeImport: () => void;
  openExportTrip: (tripId: string) => void;
  closeExportTrip: () => void;
  setDragging: (dragging: boolean) => void;
}

export const useSharingUi = create<SharingUiState>()((set) => ({
  importing: null,
  dragging: false,
  exportingTripId: null,
  openImport: (source = { kind: 'choose' }) => set({ importing: source }),
  closeImport: () => set({ importing: null }),
  openExportTrip: (tripId) => set({ exportingTripId: tripId }),
  closeExportTrip: () => set({ exportingTripId: null }),
  setDragging: (dragging) => set({ dragging }),
}));
