import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/**
 * A hand-driven Hocuspocus protocol client over Node 22's WebSocket, for sending what no
 * well-behaved provider would. Wire format: varString document, varUint type, payload.
 */

const SYNC = 0;
const AUTH = 2;
const AUTH_TOKEN = 0;
const AUTH_AUTHENTICATED = 2;
const SYNC_UPDATE = 2;

export function authMessage(document: string, token: string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, document);
  encoding.writeVarUint(encoder, AUTH);
  encoding.writeVarUint(encoder, AUTH_TOKEN);
  encoding.writeVarString(encoder, token);
  return encoding.toUint8Array(encoder);
}

export function updateMessage(document: string, update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, document);
  encoding.writeVarUint(encoder, SYNC);
  encoding.writeVarUint(encoder, SYNC_UPDATE);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

export interface RawSocket {
  send(data: Uint8Array): void;
  /** Resolves once the server answers the token with "authenticated". */
  authenticated: Promise<void>;
  /** Resolves when the server closes the socket or sends anything after authentication. */
  answered(): Promise<void>;
  close(): void;
}

export async function openRawSocket(url: string, document: string, token: string): Promise<RawSocket> {
  const socket = new WebSocket(url);
  socket.binaryType = 'arraybuffer';
  await new Promise((resolve, reject) => {
    socket.addEventListener('open', resolve, { once: true });
    socket.addEventListener('error', reject, { once: true });
  });
  const received: Uint8Array[] = [];
  let notify = () => {};
  let closed = false;
  socket.addEventListener('message', (event) => {
    received.push(new Uint8Array(event.data as ArrayBuffer));
    notify();
  });
  socket.addEventListener('close', () => {
    closed = true;
    notify();
  });
  const authenticated = new Promise<void>((resolve) => {
    const check = () => {
      for (const data of received) {
        const decoder = decoding.createDecoder(data);
        if (decoding.readVarString(decoder) !== document) continue;
        if (decoding.readVarUint(decoder) === AUTH && decoding.readVarUint(decoder) === AUTH_AUTHENTICATED) resolve();
      }
    };
    notify = check;
  });
  socket.send(authMessage(document, token));
  await authenticated;
  return {
    send: (data) => socket.send(data),
    authenticated,
    answered: () =>
      new Promise<void>((resolve) => {
        const before = received.length;
        if (closed) return resolve();
        notify = () => {
          if (closed || received.length > before) resolve();
        };
      }),
    close: () => socket.close(),
  };
}
