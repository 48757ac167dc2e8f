import type { Extension } from '@hocuspocus/server';
import { Database } from '@hocuspocus/extension-database';
import type { ServerStore } from './store';
import type { TeamTokens } from './team-tokens';
import { isAllowedDocumentName, splitScopedName, UNAUTHENTICATED } from './team-scope';
import { carriesUpdate, checkUpdate, RefusedMessage } from './update-guard';

/** What every connection carries once authenticated (plus the peer's address for the log). */
export interface SyncContext {
  team?: string;
  address?: string;
}

/** A scoped document name (see team-scope.ts) that this server can store; throws otherwise. */
function teamAndName(scopedName: string): { team: string; name: string } {
  const split = splitScopedName(scopedName);
  if (split === null || split.team === UNAUTHENTICATED) throw new RefusedMessage('token refused', 4401);
  return split;
}

/**
 * Refuses unknown and revoked tokens, and names outside the three kinds of document; logs each
 * refusal with the document and address (an operator's first clue to a mistyped token).
 */
export function authentication(tokens: TeamTokens, log: (line: string) => void): Extension {
  return {
    extensionName: 'team-tokens',
    async onAuthenticate({ token, documentName, context }) {
      const split = splitScopedName(documentName);
      const name = split?.name ?? documentName;
      const refuse = (reason: string, code: number) => {
        log(`refused document=${name} address=${(context as SyncContext).address ?? '?'} reason=${reason}`);
        return new RefusedMessage(reason, code);
      };
      // The scope layer already looked the token up; ask the store again so a team revoked
      // between the two is refused too, and so this hook alone decides who gets in.
      const team = await tokens.teamFor(token);
      if (split === null || team === null || split.team !== team) throw refuse('token refused', 4401);
      if (!isAllowedDocumentName(split.name)) throw refuse('unknown document name', 4404);
      return { team } satisfies SyncContext;
    },
  };
}

/**
 * Persistence through @hocuspocus/extension-database (fetch on load, store on change, debounced),
 * plus a write-ahead log of every incoming update BEFORE Hocuspocus applies and acknowledges
 * it: the provider counts a change as synced on that acknowledgement (and the laptop then drops
 * it from its outbox), so a server killed before its debounced store ran must still have it.
 */
export function persistence(store: ServerStore): Extension[] {
  const database = new Database({
    fetch: async ({ documentName }) => {
      const { team, name } = teamAndName(documentName);
      return store.fetchDocument(team, name);
    },
    store: async ({ documentName, state }) => {
      const { team, name } = teamAndName(documentName);
      await store.mergeDocument(team, name, state);
    },
  });
  const writeAhead: Extension = {
    extensionName: 'write-ahead',
    async beforeSync({ type, payload, documentName }) {
      if (!carriesUpdate(type)) return;
      if (checkUpdate(payload).empty) return;
      const { team, name } = teamAndName(documentName);
      await store.appendUpdate(team, name, payload);
    },
  };
  return [writeAhead, database];
}

/** One line per connection: team, document and the peer's address — never the token. */
export function connectionLog(log: (line: string) => void): Extension {
  return {
    extensionName: 'connection-log',
    async connected({ documentName, context }) {
      const { address } = context as SyncContext;
      const split = splitScopedName(documentName);
      log(`connected team=${split?.team ?? '?'} document=${split?.name ?? documentName} address=${address ?? '?'}`);
    },
  };
}
