import { fork } from 'node:child_process';
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import { bundledEntry } from '../support/node-entry';

/**
 * Stand-ins for Electron's utilityProcess and MessageChannelMain, for machines without the
 * Electron binary: `utilityProcess.fork(entry)` runs the REAL core-process entry in a real child
 * process (child_process.fork with structured-clone serialization, as a MessagePort carries it);
 * the port handed to it is bridged onto the fork's IPC channel, which core-process.ts serves when
 * it has no parent port. The app's bundle (dist/electron/core-process.cjs) is run when it has
 * been built, else the source bundled for the tests (see bundledEntry).
 */
export class StandInPort extends EventEmitter {
  partner: StandInPort | null = null;
  postMessage(data: unknown): void {
    const partner = this.partner;
    // Asynchronous like a real port: the sender never runs the receiver's code.
    setImmediate(() => partner?.emit('message', { data, ports: [] }));
  }
  start(): void {}
  close(): void {}
}

export class StandInMessageChannel {
  readonly port1 = new StandInPort();
  readonly port2 = new StandInPort();
  constructor() {
    this.port1.partner = this.port2;
    this.port2.partner = this.port1;
  }
}

export interface StandInUtilityProcess extends EventEmitter {
  pid: number | undefined;
  postMessage(message: unknown, ports?: StandInPort[]): void;
  kill(): boolean;
}

export function forkUtilityProcess(entry: string): StandInUtilityProcess {
  const source = fs.existsSync(entry) ? entry : bundledEntry(entry.replace(/\.cjs$/, '.ts'));
  const env = { ...process.env };
  delete env.VITEST; // the entry runs itself only outside vitest
  const child = fork(source, [], {
    serialization: 'advanced',
    execArgv: [],
    env,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const proc = Object.assign(new EventEmitter(), {
    pid: child.pid,
    postMessage(message: unknown, ports: StandInPort[] = []) {
      child.send(message as never);
      const port = ports[0];
      if (!port) return;
      // The port now lives in the child: what the main side posts to it goes down the fork's
      // channel, and what the child sends comes out of it.
      port.on('message', ({ data }: { data: unknown }) => child.connected && child.send(data as never));
      child.on('message', (data) => port.postMessage(data));
    },
    kill: () => child.kill(),
  });
  child.on('exit', (code) => proc.emit('exit', code ?? 0));
  return proc;
}
