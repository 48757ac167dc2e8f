import { parseArgs } from 'node:util';

/**
 * The command line of `npm run sync-server`: serving (the default) and the two team commands.
 * Only parsing and the rules between options here; main.ts does the work.
 */

export class UsageError extends Error {}

export const USAGE = `Usage:
  npm run sync-server -- --data DIR [--port N] [--host H] [--tls-cert FILE --tls-key FILE]
                         [--behind-tls-proxy] [--redis URL] [--postgres URL]
  npm run sync-server -- new-team NAME --data DIR [--postgres URL]
  npm run sync-server -- revoke-team NAME --data DIR [--postgres URL]

The Delegation Planner team sync server (Yjs documents relayed and stored by Hocuspocus).

Options:
  --data DIR           Folder for the server's files: its SQLite store and token secret
                       (created if missing). Required.
  --port N             Port to listen on (default 1234; 0 picks a free port).
  --host H             Address to listen on (default 127.0.0.1). Plain ws:// is only allowed
                       on a loopback address: elsewhere give --tls-cert/--tls-key, or
                       --behind-tls-proxy when a reverse proxy on this machine terminates TLS.
  --tls-cert FILE      PEM certificate (chain): serve wss://.
  --tls-key FILE       PEM private key for --tls-cert.
  --behind-tls-proxy   Allow plain ws:// on a non-loopback address, because a TLS-terminating
                       reverse proxy is the only thing that can reach it.
  --redis URL          redis://[user:password@]host:port[/db]: relay changes between several
                       server instances.
  --postgres URL       postgres://user:password@host:port/db: keep documents and teams in
                       PostgreSQL instead of DIR (shared by several instances).
  -h, --help           Show this help.

new-team prints the team's token (one line); give it, with the server's URL, to the team's
laptops. Only a hash of it is kept. revoke-team refuses the token from the next connection on.
The first line the server prints is "listening on ws://HOST:PORT" (or wss://).`;

export interface ServeOptions {
  command: 'serve';
  dataDir: string;
  host: string;
  port: number;
  tlsCert?: string;
  tlsKey?: string;
  redis?: string;
  postgres?: string;
}

export interface TeamCommandOptions {
  command: 'new-team' | 'revoke-team';
  team: string;
  dataDir: string;
  postgres?: string;
}

export type Options = ServeOptions | TeamCommandOptions | { command: 'help' };

export const DEFAULT_PORT = 1234;

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
}

function checkUrl(option: string, value: string | undefined, protocols: string[]): string | undefined {
  if (value === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`--${option} must be a URL like ${protocols[0]}//host:port, not "${value}"`);
  }
  if (!protocols.includes(url.protocol)) {
    throw new UsageError(`--${option} must start with ${protocols.join(' or ')}//, not "${value}"`);
  }
  return value;
}

export function parseOptions(argv: string[]): Options {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        data: { type: 'string' },
        port: { type: 'string' },
        host: { type: 'string' },
        'tls-cert': { type: 'string' },
        'tls-key': { type: 'string' },
        'behind-tls-proxy': { type: 'boolean' },
        redis: { type: 'string' },
        postgres: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: 'help' };
  if (values.data === undefined || values.data.trim() === '') throw new UsageError('--data DIR is required');
  const postgres = checkUrl('postgres', values.postgres, ['postgres:', 'postgresql:']);

  const [command, team, ...extra] = positionals;
  if (command === 'new-team' || command === 'revoke-team') {
    if (team === undefined) throw new UsageError(`${command} needs the team's name: ${command} NAME --data DIR`);
    if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
    const serveOnly = ['port', 'host', 'tls-cert', 'tls-key', 'behind-tls-proxy', 'redis'] as const;
    const given = serveOnly.find((name) => values[name] !== undefined);
    if (given !== undefined) throw new UsageError(`--${given} is for running the server, not for ${command}`);
    return { command, team, dataDir: values.data, postgres };
  }
  if (command !== undefined) throw new UsageError(`unknown command "${command}" (new-team, revoke-team, or none to serve)`);

  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
  if (!/^\d+$/.test(values.port ?? '0') || port > 65_535) {
    throw new UsageError(`--port must be a number from 0 to 65535, not "${values.port}"`);
  }
  const host = values.host ?? '127.0.0.1';
  if (host.trim() === '') throw new UsageError('--host needs an address');
  const tlsCert = values['tls-cert'];
  const tlsKey = values['tls-key'];
  if ((tlsCert === undefined) !== (tlsKey === undefined)) {
    throw new UsageError('--tls-cert and --tls-key go together: give both or neither');
  }
  if (tlsCert === undefined && !values['behind-tls-proxy'] && !isLoopback(host)) {
    throw new UsageError(
      `plain ws:// is only allowed on a loopback address, not on ${host}: give --tls-cert and --tls-key, ` +
        'or --behind-tls-proxy when a TLS reverse proxy forwards to it',
    );
  }
  const redis = checkUrl('redis', values.redis, ['redis:', 'rediss:']);
  return { command: 'serve', dataDir: values.data, host, port, tlsCert, tlsKey, redis, postgres };
}
