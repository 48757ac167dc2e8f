import type { Core } from '../core';
import type { Member } from '../../shared/domain/member';
import type { TripSummary } from '../../shared/domain/trip';
import type { Item } from '../../shared/domain/item';
import type { TripWorkspace } from '../../shared/domain/workspace';
import { fold } from '../../shared/text/fold';
import { CliError } from './cli-error';
import { expectOk } from './open';

/**
 * --trip and --member accept an id or any unique, case-insensitive part of the title or name
 * ("--trip Jinan"). No match or several matches is bad input and lists the candidates.
 */
export function resolveTrip(core: Core, query: unknown): TripSummary {
  const trips = expectOk(core.dispatch('trips:list', { includeArchived: true }));
  return pickOne('trip', query, trips, (t) => t.title, (t) => `${t.title} (${t.startDate}, ${t.id})`);
}

export function resolveMember(core: Core, tripId: string, query: unknown): Member {
  const members = expectOk(core.dispatch('members:list', { tripId }));
  return pickOne('member', query, members, (m) => `${m.name} ${m.nativeName}`, (m) => `${m.name} (${m.id})`);
}

/** --item for the dietary sheet: one of the trip's meals, by id or part of its title. */
export function resolveMeal(workspace: TripWorkspace, query: unknown): Item {
  const meals = workspace.items.filter((i) => i.kind === 'meal');
  return pickOne('meal', query, meals, (i) => i.title, (i) => `${i.title} (${i.startLocal.slice(0, 10)}, ${i.id})`);
}

/** An item of the programme for --variant seating: one with a seating plan, by id or part of its title. */
export function resolveSeatedItem(workspace: TripWorkspace, query: unknown): Item {
  const seated = workspace.items.filter((i) => i.seating !== null);
  if (seated.length === 0 && typeof query === 'string' && query.trim() !== '') {
    throw new CliError(`No item of “${workspace.trip.title}” has a seating plan yet: make one in the item's Seating panel`);
  }
  return pickOne('item', query, seated, (i) => i.title, (i) => `${i.title} (${i.startLocal.slice(0, 10)}, ${i.id})`);
}

function pickOne<T extends { id: string }>(
  what: string,
  query: unknown,
  candidates: T[],
  text: (c: T) => string,
  describe: (c: T) => string,
): T {
  if (typeof query !== 'string' || query.trim() === '') throw new CliError(`Missing --${what === 'meal' ? 'item' : what} (an id or part of the ${what === 'member' ? 'name' : 'title'})`);
  const byId = candidates.find((c) => c.id === query.trim());
  if (byId) return byId;
  const needle = fold(query.trim());
  const matches = candidates.filter((c) => fold(text(c)).includes(needle));
  if (matches.length === 1) return matches[0]!;
  const list = (items: T[]) => items.map(describe).join('; ');
  if (matches.length === 0) {
    throw new CliError(`No ${what} matches "${query}". ${candidates.length ? `Candidates: ${list(candidates)}` : `There are no ${what}s.`}`);
  }
  throw new CliError(`"${query}" matches ${matches.length} ${what}s: ${list(matches)}. Use more of the name or the id.`);
}
