import pg from 'pg';
import { mergedState, type ServerStore } from './store';

/**
 * The shared store for several server instances: the same tables as the SQLite store, in
 * PostgreSQL through `pg`. Instances merge into the same rows concurrently, so each merge holds
 * a transaction-scoped advisory lock on its document (read, merge, write cannot interleave
 * across instances; a row lock would not cover a document's first insert).
 */

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS documents (
    team text NOT NULL,
    name text NOT NULL,
    state bytea NOT NULL,
    updated_at timestamptz NOT NULL,
    PRIMARY KEY (team, name)
  );
  CREATE TABLE IF NOT EXISTS document_updates (
    seq bigserial PRIMARY KEY,
    team text NOT NULL,
    name text NOT NULL,
    data bytea NOT NULL
  );
  CREATE INDEX IF NOT EXISTS document_updates_by_document ON document_updates (team, name, seq);
  CREATE TABLE IF NOT EXISTS teams (
    name text PRIMARY KEY,
    token_hash text NOT NULL UNIQUE,
    created_at timestamptz NOT NULL,
    revoked_at timestamptz
  );
`;

/** Any fixed number: serialises the schema creation of instances starting at the same time. */
const SCHEMA_LOCK = 7_240_413;

export class StoreUnavailable extends Error {}

export async function openPostgresStore(url: string): Promise<ServerStore> {
  const pool = new pg.Pool({ connectionString: url, max: 5 });
  // An idle client losing its connection (database restarted) must not crash the server.
  pool.on('error', (error) => console.error('PostgreSQL connection lost:', error.message));
  const inTransaction = async <T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  };
  try {
    await inTransaction(async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK]);
      await client.query(SCHEMA);
    });
  } catch (error) {
    await pool.end();
    throw new StoreUnavailable(`cannot use PostgreSQL at --postgres: ${(error as Error).message}`);
  }

  return {
    async fetchDocument(team, name) {
      const [state, updates] = await Promise.all([
        pool.query<{ state: Buffer }>('SELECT state FROM documents WHERE team = $1 AND name = $2', [team, name]),
        pool.query<{ data: Buffer }>('SELECT data FROM document_updates WHERE team = $1 AND name = $2 ORDER BY seq', [team, name]),
      ]);
      return mergedState(state.rows[0]?.state ?? null, updates.rows.map((row) => row.data));
    },
    async appendUpdate(team, name, update) {
      await pool.query('INSERT INTO document_updates (team, name, data) VALUES ($1, $2, $3)', [team, name, Buffer.from(update)]);
    },
    async mergeDocument(team, name, state) {
      await inTransaction(async (client) => {
        await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`${team}/${name}`]);
        const stored = await client.query<{ state: Buffer }>('SELECT state FROM documents WHERE team = $1 AND name = $2', [team, name]);
        const updates = await client.query<{ seq: string; data: Buffer }>(
          'SELECT seq, data FROM document_updates WHERE team = $1 AND name = $2 ORDER BY seq',
          [team, name],
        );
        const merged = mergedState(stored.rows[0]?.state ?? null, [...updates.rows.map((row) => row.data), state]);
        await client.query(
          `INSERT INTO documents (team, name, state, updated_at) VALUES ($1, $2, $3, now())
           ON CONFLICT (team, name) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`,
          [team, name, Buffer.from(merged ?? state)],
        );
        // Exactly the rows read: another instance's append may commit meanwhile with a lower
        // seq than the highest read here (sequence order is not commit order).
        await client.query('DELETE FROM document_updates WHERE seq = ANY($1::bigint[])', [updates.rows.map((row) => row.seq)]);
      });
    },
    async addTeam(team, tokenHash) {
      const result = await pool.query(
        'INSERT INTO teams (name, token_hash, created_at) VALUES ($1, $2, now()) ON CONFLICT DO NOTHING',
        [team, tokenHash],
      );
      return result.rowCount === 1;
    },
    async revokeTeam(team) {
      const result = await pool.query('UPDATE teams SET revoked_at = coalesce(revoked_at, now()) WHERE name = $1', [team]);
      return result.rowCount === 1;
    },
    async teamForTokenHash(tokenHash) {
      const { rows } = await pool.query<{ name: string }>('SELECT name FROM teams WHERE token_hash = $1 AND revoked_at IS NULL', [tokenHash]);
      return rows[0]?.name ?? null;
    },
    close: () => pool.end(),
  };
}
