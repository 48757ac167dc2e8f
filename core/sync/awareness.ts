import type Database from 'better-sqlite3';
import type { HocuspocusProvider } from '@hocuspocus/provider';
import type { z } from 'zod';
import { colourOf, PresenceState, type Colleague, type SetPresenceInput } from '../../shared/sync/presence';
import { plannerOf, type Planner } from './planner';
import { liveSyncOf } from './registry';

/**
 * Who has a shared trip open now, and on which screen: Yjs awareness through the Hocuspocus
 * provider of each trip's connection (live.ts). Never stored, never in the document: a state
 * lives as long as its laptop's connection, and every other laptop drops it when that laptop
 * says so (closing the trip), when its connection closes (the server removes its states) or
 * after y-protocols' 30-second awareness timeout (gone offline without a word).
 *
 * This laptop's state is under the awareness field `planner` (shared/sync/presence.ts); a laptop
 * without the trip open sends `planner: null` rather than no state at all, so the provider keeps
 * renewing it (Hocuspocus's liveness checks ride on awareness traffic).
 */
const FIELD = 'planner';

/** y-protocols' Awareness, named through the provider (y-protocols is its dependency, not ours). */
type Awareness = NonNullable<HocuspocusProvider['awareness']>;

/**
 * The page reports its screen whenever it changes and every PRESENCE_REPORT_MS; a page that
 * stopped reporting (a closed browser tab: nothing tells the core) is taken as gone after this.
 */
export const PAGE_SILENCE_MS = 25_000;

type Report = z.output<typeof SetPresenceInput>;

/** What the page in front of this planner last reported, and when. */
export class LocalPresence {
  private report: Report | null = null;
  private reportedAt = 0;

  constructor(private readonly clock: () => number = Date.now) {}

  set(report: Report): void {
    this.report = report.tripId ? report : null;
    this.reportedAt = this.clock();
  }

  /** The awareness state a trip's connection should carry: null unless the planner has that trip open. */
  stateFor(tripId: string, planner: Planner, clientId: number): PresenceState | null {
    const report = this.report;
    if (!report || report.tripId !== tripId || this.clock() - this.reportedAt > PAGE_SILENCE_MS) return null;
    return { name: planner.name, laptop: planner.laptopId, screen: report.screen, openId: report.openId, colour: colourOf(planner.laptopId || String(clientId)) };
  }
}

/** Set this laptop's state on one connection's awareness, sending only when it changed. */
export function publishPresence(awareness: Awareness, state: PresenceState | null): void {
  const current: unknown = awareness.getLocalState()?.[FIELD] ?? null;
  if (JSON.stringify(current) === JSON.stringify(state)) return;
  awareness.setLocalStateField(FIELD, state);
}

/** The colleagues an awareness knows of: valid states only, not this connection, not this laptop. */
export function colleaguesOf(awareness: Awareness, myLaptop: string): Colleague[] {
  const colleagues: Colleague[] = [];
  for (const [clientId, state] of awareness.getStates()) {
    if (clientId === awareness.clientID) continue;
    const parsed = PresenceState.safeParse((state as Record<string, unknown>)[FIELD]);
    if (!parsed.success || (myLaptop !== '' && parsed.data.laptop === myLaptop)) continue;
    colleagues.push({ ...parsed.data, clientId });
  }
  return colleagues.sort((a, b) => a.name.localeCompare(b.name) || a.clientId - b.clientId);
}

/** 'sync:setPresence': hand the page's screen to the running background sync (nothing is written). */
export function reportPresence(db: Database.Database, report: Report): { running: boolean } {
  const live = liveSyncOf(db);
  live?.setPresence(report, plannerOf(db));
  return { running: live !== undefined };
}
