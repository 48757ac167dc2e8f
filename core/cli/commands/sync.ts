import os from 'node:os';
import { SyncRefusal } from '../../sync/errors';
import { checkServerUrl } from '../../sync/server-url';
import type { Team } from '../../sync/sync';
import { CliError } from '../cli-error';
import type { Command } from '../command';
import { openCliCore } from '../open';
import { resolveTrip } from '../resolve';
import { requireOption } from './export';

const teamOptions = { db: { type: 'string' }, server: { type: 'string' }, token: { type: 'string' } } as const;

export const shareCommand: Command = {
  name: 'share',
  summary: 'Share a trip with your team through a sync server (members’ sensitive fields stay on this laptop)',
  usage: 'share --db FILE --trip TRIP --server wss://HOST:PORT --token TEAM_TOKEN [--as NAME]',
  options: { ...teamOptions, trip: { type: 'string' }, as: { type: 'string' } },
  async run(values, io) {
    const team = teamOf(values);
    const core = openCliCore(values.db);
    try {
      const trip = resolveTrip(core, values.trip);
      const sharedBy = typeof values.as === 'string' && values.as.trim() ? values.as.trim() : os.userInfo().username;
      await refusals(() => core.maintenance.teamSync.share(trip.id, team, sharedBy));
      io.out(`Shared “${trip.title}” with the team at ${team.url}\n`);
      return 0;
    } finally {
      core.close();
    }
  },
};

export const syncCommand: Command = {
  name: 'sync',
  summary: 'Exchange changes of shared trips with the team (and receive trips shared with it); --once: one round, then exit',
  usage: 'sync --db FILE --server wss://HOST:PORT --token TEAM_TOKEN [--trip TRIP] [--once] [--address-book]',
  options: { ...teamOptions, trip: { type: 'string' }, once: { type: 'boolean' }, 'address-book': { type: 'boolean' } },
  async run(values, io) {
    const team = teamOf(values);
    const core = openCliCore(values.db);
    try {
      const tripId = values.trip === undefined ? undefined : resolveTrip(core, values.trip).id;
      // Shared from now on; synced by the round below when it runs without --trip.
      if (values['address-book']) core.maintenance.teamSync.shareAddressBook(team);
      const synced = await refusals(() => core.maintenance.teamSync.once(team, tripId));
      io.out(`In sync with ${team.url}: ${synced.length} shared trip${synced.length === 1 ? '' : 's'}\n`);
      if (values.once) return 0;
      // Keep syncing until interrupted (Ctrl-C): the same loop the app runs in the background.
      const live = core.maintenance.teamSync.live(team, { onStatus: (tripId, status) => io.out(`${tripId}: ${status.state}\n`) });
      live.start();
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
      live.stop();
      return 0;
    } finally {
      core.close();
    }
  },
};

function teamOf(values: Record<string, string | boolean | undefined>): Team {
  const url = requireOption(values.server, 'server', 'wss://HOST:PORT');
  const token = requireOption(values.token, 'token', 'TEAM_TOKEN');
  try {
    checkServerUrl(url);
  } catch (error) {
    if (error instanceof SyncRefusal) throw new CliError(error.message);
    throw error;
  }
  return { url, token };
}

/** A refusal (bad URL, refused token, newer schema, unreachable server) is one line and exit 2. */
async function refusals<T>(step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (error instanceof SyncRefusal) throw new CliError(error.message);
    throw error;
  }
}
