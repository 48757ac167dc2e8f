import type { OperationName } from '../shared/api/contract';

/**
 * IPC channel names, shared by the main process (ipc.ts, menu wiring) and the preload so the two
 * sides cannot drift. Pure module: the sandboxed preload bundles it.
 *
 * One scheme only: `api:<operation name>` for renderer → main calls (ipcRenderer.invoke), and a
 * single `menu:command` channel for main → renderer menu commands.
 */
export const API_CHANNEL_PREFIX = 'api:';
export const MENU_COMMAND_CHANNEL = 'menu:command';

export const apiChannel = (name: OperationName): string => `${API_CHANNEL_PREFIX}${name}`;
