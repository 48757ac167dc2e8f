import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/**
 * Team scoping of document names, at the WebSocket boundary.
 *
 * Clients name documents `trip/<id>`, `contacts`, `index` — the same names in every team. The
 * Hocuspocus server keys its in-memory documents by the name in each message (and checks that
 * every later message carries that same name), so two teams' `contacts` would be ONE document
 * if names reached it unchanged. Hence this layer: every incoming message's address is prefixed
 * with the team its socket authenticated as for that document (`<team>/contacts`), and the prefix
 * is stripped from every outgoing message. Storage, Redis channels and logs then see the scoped
 * name, and a client can never address another team's document: the prefix comes from the
 * token, never from the client.
 *
 * The wire format (Hocuspocus protocol, lib0 encoding): varString address, varUint message type,
 * then the payload; an Auth message's payload is varUint 0 (token) and varString token.
 *
 * lib0 is Yjs's own encoding library (installed with yjs); Hocuspocus encodes with it too.
 */

const AUTH_MESSAGE = 2;
const AUTH_TOKEN = 0;

/** Prefix for a document whose socket has not (successfully) authenticated: no team has it. */
export const UNAUTHENTICATED = '!';

/** The names a client may use; anything else is refused in onAuthenticate. */
const DOCUMENT_NAME = /^(index|contacts|trip\/[A-Za-z0-9_-]{1,100})$/;

export function isAllowedDocumentName(name: string): boolean {
  return DOCUMENT_NAME.test(name);
}

/** Splits a scoped name `<team>/<name>`; null when it has no team part. */
export function splitScopedName(scoped: string): { team: string; name: string } | null {
  const slash = scoped.indexOf('/');
  if (slash <= 0) return null;
  return { team: scoped.slice(0, slash), name: scoped.slice(slash + 1) };
}

function withAddress(data: Uint8Array, addressEnd: number, address: string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, address);
  encoding.writeUint8Array(encoder, data.subarray(addressEnd));
  return encoding.toUint8Array(encoder);
}

export interface SocketScope {
  /** The message with its address scoped to the team, or null for bytes that are no message. */
  incoming(data: Uint8Array): Promise<Uint8Array | null>;
  outgoing(data: Uint8Array): Uint8Array;
}

/** One per WebSocket: remembers which team each of its documents authenticated as. */
export function socketScope(teamFor: (token: string) => Promise<string | null>): SocketScope {
  const teamByAddress = new Map<string, string | null>();
  return {
    async incoming(data) {
      let address: string;
      let addressEnd: number;
      let token: string | undefined;
      try {
        const decoder = decoding.createDecoder(data);
        address = decoding.readVarString(decoder);
        addressEnd = decoder.pos;
        if (decoding.readVarUint(decoder) === AUTH_MESSAGE && decoding.readVarUint(decoder) === AUTH_TOKEN) {
          token = decoding.readVarString(decoder);
        }
      } catch {
        return null;
      }
      // Outside the try: a store that cannot answer is an error, not a malformed message.
      if (token !== undefined) teamByAddress.set(address, await teamFor(token));
      const team = teamByAddress.get(address) ?? UNAUTHENTICATED;
      return withAddress(data, addressEnd, `${team}/${address}`);
    },
    outgoing(data) {
      try {
        const decoder = decoding.createDecoder(data);
        const scoped = decoding.readVarString(decoder);
        const split = splitScopedName(scoped);
        return split === null ? data : withAddress(data, decoder.pos, split.name);
      } catch {
        return data;
      }
    },
  };
}
