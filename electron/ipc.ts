import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { isOperationName, operationNames } from '../shared/api/contract';
import { fail, type ApiResult, type ErrorCode } from '../shared/api/result';
import type { AnyDispatch } from '../core/core';
import { isAppUrl } from './app-url';
import { API_CHANNEL_PREFIX, apiChannel } from './channels';

/**
 * The only door from the renderer into the core. Every message passes `handleApiMessage`, which
 * refuses it unless it comes from the app's own top-level page and names a contract operation;
 * the core (in its own process, reached through core-host.ts) then validates the input against
 * the contract's zod schema.
 *
 * Refusals are answered with an ApiResult instead of a thrown error: a throw in an
 * `ipcMain.handle` handler reaches the renderer as a rejected promise carrying main-process
 * error text, and the renderer is written to handle results, not exceptions.
 */

// An honest page never sees this code, so no UI text depends on it.
const REFUSED: ErrorCode = 'forbidden';

/** The subset of Electron's invoke event the checks read (a fake in tests). */
export type SenderEvent = Pick<IpcMainInvokeEvent, 'senderFrame'>;

/** Why a sender is refused, or null if it is the app's top-level page. */
export function senderRefusal(event: SenderEvent): string | null {
  const frame = event.senderFrame;
  // null when the frame navigated away or was destroyed before we looked: cannot vouch for it.
  if (!frame) return 'the sending frame is gone';
  // Only a top-level frame; an <iframe> inside the page (even an app:// one) gets nothing.
  if (frame.parent !== null) return 'messages from sub-frames are refused';
  if (!isAppUrl(frame.url)) return 'messages from outside the app are refused';
  return null;
}

/** The core as IPC sees it: any operation, answered with a promise (the core process) or at once (tests). */
export type DispatchingCore = { dispatch: AnyDispatch };

/** Check, then dispatch one message that arrived on `channel`. Never throws or rejects. */
export async function handleApiMessage(core: DispatchingCore, channel: string, event: SenderEvent, input: unknown): Promise<ApiResult<unknown>> {
  const refusal = senderRefusal(event);
  if (refusal) return fail(REFUSED, refusal);
  const name = channel.startsWith(API_CHANNEL_PREFIX) ? channel.slice(API_CHANNEL_PREFIX.length) : '';
  if (!isOperationName(name)) return fail('unknown_operation', `Unknown operation "${name}"`);
  try {
    return await core.dispatch(name, input);
  } catch (error) {
    // The core promises not to throw; if a bug makes it, the renderer still gets a result.
    console.error(`[ipc] ${name} threw`, error);
    return fail('internal', 'Something went wrong. Please try again.');
  }
}

/**
 * Register one handler per contract operation (`api:<name>`). The list comes from the contract
 * itself, so there is no second list to keep in step. Returns a function that removes them.
 */
export function installIpcHandlers(core: DispatchingCore): () => void {
  const channels = operationNames.map(apiChannel);
  for (const channel of channels) {
    ipcMain.handle(channel, (event, input: unknown) => handleApiMessage(core, channel, event, input));
  }
  return () => channels.forEach((channel) => ipcMain.removeHandler(channel));
}
