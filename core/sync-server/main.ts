import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Extension } from '@hocuspocus/server';
import { parseOptions, USAGE, UsageError, type ServeOptions } from './options';
import { openSqliteStore } from './sqlite-store';
import type { ServerStore } from './store';
import { loadTokenSecret, TeamError, teamTokens } from './team-tokens';
import { startSyncServer } from './server';

/**
 * `npm run sync-server -- …` (see options.ts for the command line).
 *
 * Exit codes: 0 after SIGTERM/SIGINT once every document is stored, 2 for bad arguments or a
 * port, file or store that cannot be used (one line on stderr), 1 for anything unexpected.
 */

const PROGRAM = 'delegation-planner sync-server';

async function openStore(dataDir: string, postgres: string | undefined): Promise<ServerStore> {
  if (postgres === undefined) return openSqliteStore(dataDir);
  // Loaded only when asked for: a single server never needs the PostgreSQL client.
  const { openPostgresStore, StoreUnavailable } = await import('./postgres-store');
  try {
    return await openPostgresStore(postgres);
  } catch (error) {
    if (error instanceof StoreUnavailable) throw new UsageError(error.message);
    throw error;
  }
}

async function redisExtension(url: string): Promise<Extension> {
  const { Redis } = await import('@hocuspocus/extension-redis');
  const parsed = new URL(url);
  return new Redis({
    host: parsed.hostname,
    port: parsed.port === '' ? 6379 : Number(parsed.port),
    options: {
      username: parsed.username === '' ? undefined : decodeURIComponent(parsed.username),
      password: parsed.password === '' ? undefined : decodeURIComponent(parsed.password),
      db: parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : 0,
      tls: parsed.protocol === 'rediss:' ? {} : undefined,
    },
  });
}

function readPem(option: string, file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    throw new UsageError(`cannot read --${option} ${file}: ${(error as Error).message}`);
  }
}

async function serve(options: ServeOptions, store: ServerStore, secret: Buffer): Promise<void> {
  const tls =
    options.tlsCert !== undefined && options.tlsKey !== undefined
      ? { cert: readPem('tls-cert', options.tlsCert), key: readPem('tls-key', options.tlsKey) }
      : undefined;
  let server;
  try {
    server = await startSyncServer({
      host: options.host,
      port: options.port,
      tls,
      store,
      tokens: teamTokens(store, secret),
      extensions: options.redis === undefined ? [] : [await redisExtension(options.redis)],
      log: (line) => console.log(line),
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new UsageError(`port ${options.port} is in use; choose another with --port`);
    if (code === 'EACCES') throw new UsageError(`not allowed to listen on port ${options.port}`);
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new UsageError(`cannot listen on host ${options.host}`);
    if (code === 'ERR_OSSL_PEM_NO_START_LINE' || /PEM|key values mismatch/i.test(String(error))) {
      throw new UsageError(`--tls-cert/--tls-key are not a matching PEM certificate and key: ${(error as Error).message}`);
    }
    throw error;
  }
  console.log(`listening on ${server.url}`);
  const stop = (signal: string) => {
    console.log(`${signal}: storing documents and stopping`);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`${PROGRAM}: stopping failed:`, error);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

async function main(argv: string[]): Promise<void> {
  const options = parseOptions(argv);
  if (options.command === 'help') {
    console.log(USAGE);
    return;
  }
  const dataDir = path.resolve(options.dataDir);
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (error) {
    throw new UsageError(`cannot use --data ${dataDir}: ${(error as Error).message}`);
  }
  const secret = loadTokenSecret(dataDir);
  const store = await openStore(dataDir, options.postgres);
  if (options.command === 'serve') return serve(options, store, secret);
  try {
    const tokens = teamTokens(store, secret);
    if (options.command === 'new-team') console.log(await tokens.newTeam(options.team));
    else await tokens.revokeTeam(options.team);
  } finally {
    await store.close();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError || error instanceof TeamError) {
    console.error(`${PROGRAM}: ${error.message}`);
    process.exit(2);
  }
  console.error(`${PROGRAM}: unexpected error:`, error);
  process.exit(1);
});
