import type { PageSettings } from '../core/documents/page-settings';
import type { ApiResult } from '../shared/api/result';

/**
 * The messages between the main process and the core process (core-process.ts), over a
 * MessagePort in the app (structured clone, so PDF bytes travel as Uint8Array). Pure types and
 * one guard, shared by both sides so they cannot drift.
 *
 * The main process asks the core to run operations; the core asks the main process to print,
 * because printing needs a BrowserWindow and only the main process has those.
 */

/** main → core, once, on the utility process's parent port (with the call port). */
export interface StartMessage {
  type: 'start';
  dbPath: string;
  /** The key of an encrypted database, read from the OS keychain by the main process. */
  passphrase: string | undefined;
}

export type MainToCore =
  | { type: 'call'; id: number; name: string; input: unknown }
  | { type: 'printed'; id: number; pdf: Uint8Array }
  | { type: 'warmedUp'; id: number }
  | { type: 'databaseKey'; id: number; key: string }
  | { type: 'hostFailed'; id: number; message: string }
  | { type: 'close' };

export type CoreToMain =
  | { type: 'ready' }
  /** The database could not be opened; `message` is written for the user (StartupError). */
  | { type: 'startFailed'; message: string; startupError: boolean }
  | { type: 'answer'; id: number; result: ApiResult<unknown> }
  | { type: 'print'; id: number; html: string; page: PageSettings }
  | { type: 'warmUp'; id: number }
  /** 'database:encrypt' needs a new key from the OS keychain. */
  | { type: 'databaseKey'; id: number }
  | { type: 'closed' };

/** Either side's end of the call channel: a MessagePort in the app, the fork IPC channel in tests. */
export interface MessageChannelEnd<Out, In> {
  post(message: Out): void;
  onMessage(listener: (message: In) => void): void;
}

export const isMessageOfType = <M extends { type: string }>(value: unknown): value is M =>
  typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
