import { z } from 'zod';
import { Id, Line } from '../domain/primitives';

/**
 * What planners see of each other (docs/sync.md): who has a shared trip open now and on which
 * screen (Yjs awareness, never stored), and who last changed each row (the document's `changes`
 * map, copied into the local table row_changes with this laptop's "unseen" marks).
 */

/** The trip screens a colleague can be on (the workspace's tabs, renderer/src/app/routes.ts). */
export const PRESENCE_SCREENS = ['overview', 'programme', 'members', 'meetings', 'contacts', 'budget', 'gifts', 'checks', 'documents'] as const;
export const PresenceScreen = z.enum(PRESENCE_SCREENS);
export type PresenceScreen = z.infer<typeof PresenceScreen>;

/** How many avatar colours there are (the renderer's palette); a colleague's is derived from their laptop. */
export const PRESENCE_COLOURS = 8;

/** What the page reports: the trip and screen in front of the planner (tripId null: no trip open). */
export const SetPresenceInput = z.object({
  tripId: Id.nullable(),
  screen: PresenceScreen.default('overview'),
  /** The item or member whose details are open, if any. */
  openId: Id.nullable().default(null),
});

/**
 * One laptop's awareness state as it travels: checked with this schema on arrival (a colleague's
 * laptop is trusted no further than its document updates), anything else is ignored.
 */
export const PresenceState = z.strictObject({
  name: z.string().max(100),
  laptop: z.string().max(64),
  screen: PresenceScreen,
  openId: Id.nullable(),
  colour: z.number().int().min(0).max(PRESENCE_COLOURS - 1),
});
export type PresenceState = z.infer<typeof PresenceState>;

/** A colleague who has the trip open now. `name` is empty when they have not set one. */
export interface Colleague extends PresenceState {
  /** The awareness client id: tells two sessions of one person apart (React keys). */
  clientId: number;
}

export type ChangedEntityType = 'trip' | 'member' | 'group' | 'item';

/** Who last changed a row of a shared trip, for its details and marks. */
export interface RowChange {
  entityId: string;
  entityType: ChangedEntityType;
  /** The name the changing laptop had set (empty: none). */
  changedBy: string;
  /** Changed on this laptop ("changed by you"). */
  byMe: boolean;
  changedAt: string;
  /** A colleague's change this planner has not opened yet. */
  unseen: boolean;
}

export const MarkSeenInput = z.object({
  tripId: Id,
  /** The rows looked at; omitted: every row of the trip ("Mark all as seen"). */
  ids: z.array(Id).max(10_000).optional(),
});

export const PlannerNameInput = z.object({ name: Line(100) });

/** A colleague's colour: stable per laptop, the same on every screen that shows them. */
export function colourOf(laptop: string): number {
  let hash = 0;
  for (const char of laptop) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return hash % PRESENCE_COLOURS;
}
