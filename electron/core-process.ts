import '../core/production-react'; // first: before anything loads React
import { openCore, StartupError, type Core } from '../core/index';
import type { PageSettings } from '../core/documents/page-settings';
import { isMessageOfType, type CoreToMain, type MainToCore, type MessageChannelEnd, type StartMessage } from './core-protocol';

/**
 * The core process (bundled to dist/electron/core-process.cjs): the database and every
 * operation run here, in an Electron utilityProcess, so a long synchronous SQLite call (a large
 * import, a restore, the search index build) never blocks the main process, whose thread serves
 * every window's input, the menus and printing.
 *
 * The main process starts it with the database path and key, then sends calls; the core answers
 * each with the same ApiResult an in-process dispatch gives. 'documents:pdf' prints through the
 * main process (a 'print' request answered with the PDF bytes).
 *
 * Imports no electron: a utility process is plain Node with a `parentPort`. Under
 * child_process.fork (the tests' stand-in) the IPC channel plays both the parent port and the
 * call port.
 */

type CoreEnd = MessageChannelEnd<CoreToMain, MainToCore>;

/** What Electron gives a utility process (typed here so this file needs no electron types). */
interface ParentPort {
  on(event: 'message', listener: (event: { data: unknown; ports: PortLike[] }) => void): void;
}
interface PortLike {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
  start(): void;
}

/** Serve one database over `channel` until told to close. Exported for tests that run it in-process. */
export function serveCore(start: StartMessage, channel: CoreEnd, exit: () => void): void {
  let nextId = 1;
  const waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  const ask = <T>(message: (id: number) => CoreToMain): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
      channel.post(message(id));
    });

  let core: Core;
  try {
    core = openCore(
      start.dbPath,
      {
        printPdf: (html: string, page: PageSettings) => ask<Uint8Array>((id) => ({ type: 'print', id, html, page })),
        warmUpPrinter: () => ask<void>((id) => ({ type: 'warmUp', id })),
        databaseKey: () => ask<string>((id) => ({ type: 'databaseKey', id })),
      },
      // The desktop app erases personal data past retention at every start (Settings → Personal data).
      { passphrase: start.passphrase, purgeOnOpen: true },
    );
  } catch (error) {
    const startupError = error instanceof StartupError;
    channel.post({ type: 'startFailed', message: error instanceof Error ? error.message : String(error), startupError });
    exit();
    return;
  }

  // Team sync follows the team set up in Settings, in the background (core/sync/background.ts).
  const stopSync = core.maintenance.startBackgroundSync();

  channel.onMessage((message) => {
    switch (message.type) {
      case 'call':
        // dispatch never throws; an async operation's promise never rejects.
        void Promise.resolve(core.dispatch(message.name, message.input)).then((result) =>
          channel.post({ type: 'answer', id: message.id, result }),
        );
        return;
      case 'printed':
        return settle(message.id, (w) => w.resolve(message.pdf));
      case 'warmedUp':
        return settle(message.id, (w) => w.resolve(undefined));
      case 'databaseKey':
        return settle(message.id, (w) => w.resolve(message.key));
      case 'hostFailed':
        return settle(message.id, (w) => w.reject(new Error(message.message)));
      case 'close':
        stopSync();
        core.close(); // flush and release the file (SQLite removes the WAL on the last close)
        channel.post({ type: 'closed' });
        exit();
        return;
    }
  });
  channel.post({ type: 'ready' });

  function settle(id: number, how: (waiter: { resolve: (value: unknown) => void; reject: (error: Error) => void }) => void): void {
    const waiter = waiting.get(id);
    waiting.delete(id);
    if (waiter) how(waiter);
  }
}

function portEnd(port: PortLike): CoreEnd {
  port.start();
  return {
    post: (message) => port.postMessage(message),
    onMessage: (listener) => port.on('message', ({ data }) => isMessageOfType<MainToCore>(data) && listener(data)),
  };
}

function forkEnd(): CoreEnd {
  return {
    // With a callback, a parent that has already gone is no 'error' event that kills us mid-close.
    post: (message) => process.send?.(message, undefined, {}, () => undefined),
    onMessage: (listener) => process.on('message', (data) => isMessageOfType<MainToCore>(data) && listener(data)),
  };
}

function run(): void {
  const parentPort = (process as { parentPort?: ParentPort }).parentPort;
  const exit = () => setImmediate(() => process.exit(0)); // after the last message is out
  if (parentPort) {
    parentPort.on('message', ({ data, ports }) => {
      const port = ports[0];
      if (isMessageOfType<StartMessage>(data) && data.type === 'start' && port) serveCore(data, portEnd(port), exit);
    });
    return;
  }
  if (!process.send) throw new Error('core-process must be started by the desktop app');
  // A parent that dies without saying goodbye: close with it rather than linger holding the file.
  process.on('disconnect', () => process.exit(0));
  const onStart = (data: unknown) => {
    if (!isMessageOfType<StartMessage>(data) || data.type !== 'start') return;
    process.off('message', onStart);
    serveCore(data, forkEnd(), exit);
  };
  process.on('message', onStart);
}

if (!process.env.VITEST) run();
