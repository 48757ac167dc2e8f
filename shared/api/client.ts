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
export const MENU_COMMANDS = ['new-trip', 'import-trip', 'export-trip', 'print', 'search', 'settings'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** What the preload script exposes as `window.api` in the desktop app. */
export interface DesktopApi {
  call: ApiCall;
  /** Subscribe to native menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
