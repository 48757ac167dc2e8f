import { create } from 'zustand';

/**
 * Toasts (short notices in the bottom-left corner, where no form field is) and the undo stack
 * behind them.
 *
 * - `toast.show({ message })` for a notice. Every toast goes by itself (TOAST_DURATIONS_MS; the
 *   Toaster pauses the countdown while the pointer or focus is on it) and has a close button.
 *   At most MAX_VISIBLE_TOASTS show: a new one pushes the oldest out.
 * - `toast.undoable({ message, undo })` after a delete (or archive): the toast has an Undo
 *   button, and Ctrl/Cmd+Z outside a text field runs the newest undo that has not run yet.
 *   `undo` is whatever brings the thing back (a delete's `trash:restore`, through
 *   api/useUndoableDelete.ts; an archive's unarchive): the toast does not care which.
 */
export type ToastTone = 'info' | 'success' | 'error';

export interface ToastAction {
  label: string;
  run: () => void;
}

export interface Toast {
  id: number;
  message: string;
  tone: ToastTone;
  action?: ToastAction;
  /** Milliseconds until it goes by itself; null = until dismissed. */
  durationMs: number | null;
}

/** What an undo reports back: ok, or why it could not bring the thing back. */
export type UndoOutcome = { ok: true; message?: string } | { ok: false; message: string };

export interface UndoEntry {
  id: number;
  /** What Ctrl+Z would undo, e.g. "Deleted Västerås delegation". */
  message: string;
  undo: () => Promise<UndoOutcome>;
  /** Shown when the undo worked (unless the outcome brings its own message). */
  undoneMessage: string;
  /** The toast offering this undo, removed when the undo runs. */
  toastId: number | null;
}

interface ToastState {
  toasts: Toast[];
  undoStack: UndoEntry[];
}

const UNDO_STACK_LIMIT = 20;
/** More than this stacked up covered the form being filled; an undo pushed out stays on Ctrl+Z. */
export const MAX_VISIBLE_TOASTS = 3;
/** Long enough to read twice; an error or an offer to undo a little longer. */
export const TOAST_DURATIONS_MS = { notice: 6_000, undo: 10_000, error: 15_000 } as const;
let nextId = 1;

export const useToastStore = create<ToastState>()(() => ({ toasts: [], undoStack: [] }));

function add(toast: Omit<Toast, 'id'>): number {
  const id = nextId++;
  useToastStore.setState((s) => ({ toasts: [...s.toasts.slice(-(MAX_VISIBLE_TOASTS - 1)), { ...toast, id }] }));
  return id;
}

export interface ShowToastOptions {
  message: string;
  tone?: ToastTone;
  action?: ToastAction;
  durationMs?: number | null;
}

export interface UndoableOptions {
  /** "Deleted Anna Östlund". */
  message: string;
  /** Label of the button (translated by the caller), e.g. "Undo". */
  undoLabel: string;
  undo: () => Promise<UndoOutcome>;
  /** Shown when the undo worked, e.g. "Anna Östlund is back". */
  undoneMessage: string;
}

let running = false;

async function runUndo(entry: UndoEntry): Promise<void> {
  if (running) return; // one undo at a time; a double click must not restore twice
  running = true;
  useToastStore.setState((s) => ({
    undoStack: s.undoStack.filter((e) => e.id !== entry.id),
    toasts: s.toasts.filter((t) => t.id !== entry.toastId),
  }));
  try {
    const outcome = await entry.undo();
    if (outcome.ok) add({ message: outcome.message ?? entry.undoneMessage, tone: 'success', durationMs: TOAST_DURATIONS_MS.notice });
    else add({ message: outcome.message, tone: 'error', durationMs: TOAST_DURATIONS_MS.error });
  } catch (error) {
    add({ message: error instanceof Error ? error.message : String(error), tone: 'error', durationMs: TOAST_DURATIONS_MS.error });
  } finally {
    running = false;
  }
}

export const toast = {
  show({ message, tone = 'info', action, durationMs }: ShowToastOptions): number {
    const byTone = tone === 'error' ? TOAST_DURATIONS_MS.error : TOAST_DURATIONS_MS.notice;
    return add({ message, tone, action, durationMs: durationMs === undefined ? byTone : durationMs });
  },

  dismiss(id: number): void {
    useToastStore.setState((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) }));
  },

  undoable({ message, undoLabel, undo, undoneMessage }: UndoableOptions): void {
    const entry: UndoEntry = { id: nextId++, message, undo, undoneMessage, toastId: null };
    entry.toastId = add({
      message,
      tone: 'info',
      durationMs: TOAST_DURATIONS_MS.undo,
      action: { label: undoLabel, run: () => void runUndo(entry) },
    });
    useToastStore.setState((s) => ({ undoStack: [...s.undoStack.slice(-(UNDO_STACK_LIMIT - 1)), entry] }));
  },

  /** Undo the newest undoable action (Ctrl/Cmd+Z). False when there is nothing to undo. */
  undoLast(): boolean {
    const entry = useToastStore.getState().undoStack.at(-1);
    if (!entry) return false;
    void runUndo(entry);
    return true;
  },
};
