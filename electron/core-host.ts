import { MessageChannelMain, utilityProcess, type UtilityProcess } from 'electron';
import type { CoreEnvironment } from '../core/core';
import { fail, type ApiResult } from '../shared/api/result';
import { isMessageOfType, type CoreToMain, type MainToCore, type StartMessage } from './core-protocol';

/**
 * The main process's side of the core process (core-process.ts): start it, forward calls to it,
 * and print for it. Every answer is awaited, so the main thread stays free while SQLite works.
 */

/** The core as the main process sees it: every answer arrives later. */
export interface RemoteCore {
  dispatch(name: string, input: unknown): Promise<ApiResult<unknown>>;
  /** Close the database (flushing it) and end the process; resolves when it is gone. */
  close(): Promise<void>;
}

/** The core process could not open the database; `message` is meant for the user. */
export class CoreStartError extends Error {
  constructor(
    message: string,
    /** True for StartupError (newer database, not a database, …): the message says it all. */
    readonly expected: boolean,
  ) {
    super(message);
  }
}

export interface CoreProcessOptions {
  /** The bundled entry, dist/electron/core-process.cjs. */
  entry: string;
  dbPath: string;
  passphrase: string | undefined;
  /** Printing stays in the main process: the core asks, this answers. */
  printer: Required<Pick<CoreEnvironment, 'printPdf' | 'warmUpPrinter'>>;
  /** A new database key kept in the OS keychain, for 'database:encrypt' (safeStorage is main-process only). */
  createDatabaseKey: () => string;
}

const GONE = 'The data process stopped unexpectedly. Restart Delegation Planner; nothing after your last saved change was lost.';

export function startCoreProcess({ entry, dbPath, passphrase, printer, createDatabaseKey }: CoreProcessOptions): Promise<RemoteCore> {
  const child: UtilityProcess = utilityProcess.fork(entry, [], { serviceName: 'Delegation Planner data', stdio: 'inherit' });
  const { port1: port, port2: childPort } = new MessageChannelMain();
  const post = (message: MainToCore) => port.postMessage(message);
  const calls = new Map<number, (result: ApiResult<unknown>) => void>();
  let nextCall = 1;
  let exited = false;
  let onClosed: () => void = () => undefined;

  return new Promise<RemoteCore>((resolve, reject) => {
    child.on('exit', () => {
      exited = true;
      reject(new CoreStartError(GONE, false)); // no-op once started
      for (const answer of calls.values()) answer(fail('internal', GONE));
      calls.clear();
      onClosed();
    });
    port.on('message', ({ data }) => {
      if (!isMessageOfType<CoreToMain>(data)) return;
      switch (data.type) {
        case 'ready':
          return resolve(remote());
        case 'startFailed':
          return reject(new CoreStartError(data.message, data.startupError));
        case 'answer': {
          const answer = calls.get(data.id);
          calls.delete(data.id);
          return answer?.(data.result);
        }
        case 'print':
          return void printer.printPdf(data.html, data.page).then(
            (pdf) => post({ type: 'printed', id: data.id, pdf }),
            (error: unknown) => post({ type: 'hostFailed', id: data.id, message: messageOf(error) }),
          );
        case 'warmUp':
          return void printer.warmUpPrinter().then(
            () => post({ type: 'warmedUp', id: data.id }),
            (error: unknown) => post({ type: 'hostFailed', id: data.id, message: messageOf(error) }),
          );
        case 'databaseKey':
          try {
            return post({ type: 'databaseKey', id: data.id, key: createDatabaseKey() });
          } catch (error) {
            return post({ type: 'hostFailed', id: data.id, message: messageOf(error) });
          }
        case 'closed':
          return;
      }
    });
    port.start();
    const start: StartMessage = { type: 'start', dbPath, passphrase };
    child.postMessage(start, [childPort]);
  });

  function remote(): RemoteCore {
    return {
      dispatch: (name, input) =>
        new Promise((answer) => {
          if (exited) return answer(fail('internal', GONE));
          const id = nextCall++;
          calls.set(id, answer);
          post({ type: 'call', id, name, input });
        }),
      close: () =>
        new Promise<void>((done) => {
          if (exited) return done();
          onClosed = done;
          post({ type: 'close' });
        }),
    };
  }
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';

