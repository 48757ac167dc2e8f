import type { OperationInput, OperationName, OperationResult } from './contract';
import type { ApiResult } from './result';

/**
 * How the renderer calls the core, whatever the transport (Electron IPC in the app, HTTP in the
 * browser mode, a direct call in tests).
 */
export type ApiCall = <K extends OperationName>(
  name: K,
  input: OperationInput<K>,
) => Promise<ApiResult<OperationResult<K>>>;


/** Commands the native menu sends to the renderer (File → New trip…, Print…). */
export const MENU_COMMANDS = ['new-trip', 'import-trip', 'export-trip', 'print', 'search', 'settings', 'restore-backup'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** A file the renderer asks the desktop app to save; the user picks where in a save dialog. */
export interface FileToSave {
  /** Suggested name, e.g. "Anders Teljebäck.pdf" (a bare name: folders are refused). */
  fileName: string;
  /** Text (written as UTF-8) or bytes. */
  data: string | Uint8Array;
  /** MIME type, e.g. application/pdf. */
  mediaType: string;
}

export type SaveOutcome =
  | { status: 'saved'; path: string }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };

export type SaveManyOutcome =
  | { status: 'saved'; folder: string; count: number }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };

export type PrintOutcome = { status: 'printed' } | { status: 'cancelled' } | { status: 'failed'; message: string };

/** A .delegation file the operating system asked the app to open (double-click, "Open with"). */
export type OpenedFile = { fileName: string; content: string } | { fileName: string; error: string };

/** What the preload script exposes as `window.api` in the desktop app. */
export interface DesktopApi {
  call: ApiCall;
  /** Subscribe to native menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Show a save dialog and write the file there. */
  saveFile(file: FileToSave): Promise<SaveOutcome>;
  /** Ask for a folder once and write every file into it (one PDF or calendar per member). */
  saveFiles(files: FileToSave[]): Promise<SaveManyOutcome>;
  /** Print a self-contained HTML document (a programme) through the system print dialog. */
  printDocument(html: string): Promise<PrintOutcome>;
  /**
   * Subscribe to .delegation files opened from the OS; returns the unsubscribe function.
   * Subscribing also asks for a file that arrived before the page was ready (app started with one).
   */
  onOpenFile(listener: (file: OpenedFile) => void): () => void;
  /** Open an attachment with the system's viewer (a temporary copy); 'refused' for what could run as a program. */
  openFile(file: FileToSave): Promise<OpenOutcome>;
}

export type OpenOutcome = { status: 'opened' } | { status: 'refused' } | { status: 'failed'; message: string };
