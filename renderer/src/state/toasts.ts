import { create } from 'zustand';

/**
 * Toasts (short notices at the bottom of the window) and the undo stack behind them.
 *
 * - `toast.show({ message })` for a notice; tone 'error' stays until dismissed.
 * - `toast.undoable({ message, undo })` after a delete (or archive): the toast has an Undo
 *   button, and Ctrl/Cmd+Z outside a text field runs the newest undo that has not run yet.
 *   `undo` is whatever brings the thing back: today a re-create from a snapshot taken before
 *   the delete, later a core `*:restore` operation; the toast does not care which.
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
let nextId = 1;

export const useToastStore = create<ToastState>()(() => ({ toasts: [], undoStack: [] }));

function add(toast: Omit<Toast, 'id'>): number {
  const id = nextId++;
  useToastStore.setState((s) => ({ toasts: [...s.toasts.slice(-3), { ...toast, id }] }));
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
    if (outcome.ok) add({ message: outcome.message ?? entry.undoneMessage, tone: 'success', durationMs: 4_000 });
    else add({ message: outcome.message, tone: 'error', durationMs: null });
  } catch (error) {
    add({ message: error instanceof Error ? error.message : String(error), tone: 'error', durationMs: null });
  } finally {
    running = false;
  }
}

export const toast = {
  show({ message, tone = 'info', action, durationMs }: ShowToastOptions): number {
    return add({ message, tone, action, durationMs: durationMs === undefined ? (tone === 'error' ? null : 5_000) : durationMs });
  },

  dismiss(id: number): void {
    useToastStore.setState((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) }));
  },

  undoable({ message, undoLabel, undo, undoneMessage }: UndoableOptions): void {
    const entry: UndoEntry = { id: nextId++, message, undo, undoneMessage, toastId: null };
    entry.toastId = add({
      message,
      tone: 'info',
      durationMs: 10_000,
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
