import { createHmac, randomBytes } from 'node:crypto';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ServerStore } from './store';

/**
 * Team tokens. A token is `dpt_` and 32 random bytes (base64url); the store keeps only
 * HMAC-SHA-256(server secret, token). Why HMAC and not a slow password hash (scrypt, argon2):
 * the token is random, not a human password, so there is nothing to guess from a stolen hash
 * either way — and the hash is computed on every document a laptop opens (a trip, the address
 * book, the index; again on every reconnect), which a deliberately slow hash would make cost
 * ~50 ms of CPU each. The secret lives in its own file beside the store (not in it), so a copy
 * of the database alone (a backup, a PostgreSQL dump) cannot even be used to test a token.
 */

export const SECRET_FILE = 'token-secret';

/**
 * Every token starts with this: recognisable in a config file or a leak scan, and never with
 * "-" (base64url can start with one), which a command line would read as an option, not a value.
 */
export const TOKEN_PREFIX = 'dpt_';

/** Team names end up in storage keys and log lines: plain ASCII, no separators. */
export const TEAM_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

export class TeamError extends Error {}

export function checkTeamName(team: string): void {
  if (!TEAM_NAME.test(team)) {
    throw new TeamError(
      `team name "${team}" is not allowed: use 1–64 letters a–z, digits, "-" or "_" (starting with a letter or digit)`,
    );
  }
}

/** Reads the data folder's secret, creating it (readable by this user only) on the first use. */
export function loadTokenSecret(dataDir: string): Buffer {
  const file = path.join(dataDir, SECRET_FILE);
  try {
    return Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const secret = randomBytes(32);
  // 'wx': two first starts racing must not each write a different secret.
  try {
    writeFileSync(file, secret.toString('hex') + '\n', { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return loadTokenSecret(dataDir);
    throw error;
  }
  chmodSync(file, 0o600);
  return secret;
}

export function tokenHash(secret: Buffer, token: string): string {
  return createHmac('sha256', secret).update(token, 'utf8').digest('hex');
}

export interface TeamTokens {
  /** Creates the team and returns its new token (shown once, never stored). */
  newTeam(team: string): Promise<string>;
  revokeTeam(team: string): Promise<void>;
  /** The team this token belongs to, or null for an unknown or revoked token. */
  teamFor(token: string): Promise<string | null>;
}

export function teamTokens(store: ServerStore, secret: Buffer): TeamTokens {
  return {
    async newTeam(team) {
      checkTeamName(team);
      const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
      if (!(await store.addTeam(team, tokenHash(secret, token)))) {
        throw new TeamError(`team "${team}" already exists (a revoked team's name is not reused)`);
      }
      return token;
    },
    async revokeTeam(team) {
      checkTeamName(team);
      if (!(await store.revokeTeam(team))) throw new TeamError(`there is no team "${team}"`);
    },
    async teamFor(token) {
      if (token.length === 0 || token.length > 200) return null;
      return store.teamForTokenHash(tokenHash(secret, token));
    },
  };
}
