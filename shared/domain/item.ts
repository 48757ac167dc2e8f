import { z } from 'zod';
import { Id, Line, LocalDateTime, RequiredLine, Text, TimeZone, Timestamps } from './primitives';
import { compareLocal } from '../time/zoned';
import { SeatingPlan } from '../seating/plan';
import { ItemTranslation, itemTranslationField } from './translation';

export const ItemKind = z.enum([
  'flight',
  'train',
  'transfer',
  'accommodation',
  'meeting',
  'visit',
  'meal',
  'event',
  'free_time',
  'other',
]);
export type ItemKind = z.infer<typeof ItemKind>;

/** Kinds that carry meeting details (host, counterparts, agenda, follow-ups). */
export const MEETING_KINDS: readonly ItemKind[] = ['meeting', 'visit'];
/** Kinds that move people from one place (and often one zone) to another. */
export const TRAVEL_KINDS: readonly ItemKind[] = ['flight', 'train', 'transfer'];

/**
 * Kind-specific facts. One flat object rather than a union per kind so that changing an item's
 * kind never loses what was typed; each kind's form shows the fields that apply to it.
 */
export const ItemDetails = z
  .object({
    carrier: Line(120),
    /** Flight or train number, e.g. SK 1415. */
    number: Line(40),
    bookingReference: Line(60),
    /** Departure place for travel kinds (airport, station), e.g. "Stockholm Arlanda (ARN)". */
    from: Line(200),
    /** Arrival place for travel kinds, e.g. "Jinan Yaoqiang (TNA)". */
    to: Line(200),
    seat: Line(60),
    /** Hotel confirmation number. */
    confirmationNumber: Line(60),
    /** Phone of the venue or hotel. */
    phone: Line(60),
    /** Driver, vehicle or pick-up arrangements for transfers. */
    vehicle: Line(200),
    /** Who drives (a pickup at the airport): name and phone. */
    driver: Line(200),
    /** Where the hosts meet arriving visitors, e.g. "Arlanda Terminal 5, arrivals hall exit". */
    meetingPoint: Line(200),
    /** Text on the sign the host holds up at arrivals, e.g. "Wuxi delegation 无锡代表团". */
    signText: Line(200),
    /** A meal paid by someone else (the hosts): reduces the per diem of those who attend it. */
    mealProvided: z.boolean(),
    /** A stay whose price includes breakfast: reduces the per diem of the mornings after its nights. */
    breakfastIncluded: z.boolean(),
    /** A meeting, visit or meal where gifts are exchanged: the gift register expects a gift planned for it. */
    giftsExchanged: z.boolean(),
  })
  .partial()
  .strict();
export type ItemDetails = z.infer<typeof ItemDetails>;

export const Location = z.object({
  venue: Line(200),
  address: Line(500),
  /** Address in the local script, for drivers (山东省济南市…). */
  addressLocal: Line(500),
  city: Line(120),
});
export type Location = z.infer<typeof Location>;

/**
 * What became of an item: planned (not yet happened or not yet recorded), done or cancelled.
 * "Changed" is not a state of its own: it is done with an outcome saying what changed, so the
 * report and the programme need no third way of being carried out.
 */
export const ItemState = z.enum(['planned', 'done', 'cancelled']);
export type ItemState = z.infer<typeof ItemState>;

const itemFields = {
  kind: ItemKind,
  title: RequiredLine(200),
  /** Local wall-clock start in startZone. For all-day items the time part is 00:00. */
  startLocal: LocalDateTime,
  startZone: TimeZone,
  /** Local wall-clock end in endZone (a flight lands in another zone); null when open-ended. */
  endLocal: LocalDateTime.nullable(),
  endZone: TimeZone,
  /** All-day items span whole dates; endLocal is then the last day (inclusive). */
  allDay: z.boolean(),
  location: Location,
  description: Text(),
  details: ItemDetails,
  /** Notes printed on handouts and shared with members. */
  publicNotes: Text(),
  /** Notes for organisers only: never on handouts, calendars or member copies. */
  internalNotes: Text(),
  /** True: every member of the delegation attends, including members added later. */
  allMembers: z.boolean(),
  /** Attending members when allMembers is false. */
  participantIds: z.array(Id).max(1000),
  /** Address-book contacts involved (hosts, guides, drivers). */
  contactIds: z.array(Id).max(1000),
  state: ItemState,
  /** What came of it, for the post-trip report (results of a meeting, why it was cancelled…). */
  outcome: Text(10_000),
  /** The table plan of a meal or meeting; null: none made. */
  seating: SeatingPlan.nullable(),
  /** Title, venue and description in a second language, for bilingual documents. */
  translation: ItemTranslation,
};

type TimeFields = {
  startLocal?: string;
  startZone?: string;
  endLocal?: string | null;
  endZone?: string;
};
/** End must not come before start once each is placed in its own zone. */
const endNotBeforeStart = (t: TimeFields) =>
  !t.startLocal || !t.endLocal || !t.startZone || !t.endZone ||
  compareLocal(t.startLocal, t.startZone, t.endLocal, t.endZone) <= 0;
const endMessage = {
  message: 'The end is before the start (times are compared in their own time zones)',
  path: ['endLocal'],
};

const emptyLocation: Location = { venue: '', address: '', addressLocal: '', city: '' };

export const ItemCreate = z
  .object({
    tripId: Id,
    kind: itemFields.kind,
    title: itemFields.title,
    startLocal: itemFields.startLocal,
    startZone: itemFields.startZone,
    endLocal: itemFields.endLocal.default(null),
    /** Defaults to startZone. */
    endZone: itemFields.endZone.optional(),
    allDay: itemFields.allDay.default(false),
    location: Location.partial().default({}).transform((l) => ({ ...emptyLocation, ...l })),
    description: itemFields.description.default(''),
    details: itemFields.details.default({}),
    publicNotes: itemFields.publicNotes.default(''),
    internalNotes: itemFields.internalNotes.default(''),
    allMembers: itemFields.allMembers.default(true),
    participantIds: itemFields.participantIds.default([]),
    contactIds: itemFields.contactIds.default([]),
    state: itemFields.state.default('planned'),
    outcome: itemFields.outcome.default(''),
    seating: itemFields.seating.default(null),
    translation: itemTranslationField(),
  })
  .transform((i) => ({ ...i, endZone: i.endZone ?? i.startZone }))
  .refine(endNotBeforeStart, endMessage);
export type ItemCreate = z.input<typeof ItemCreate>;

export const ItemPatch = z
  .object({ ...itemFields, location: Location.partial() })
  .partial()
  .refine(endNotBeforeStart, endMessage);
export type ItemPatch = z.input<typeof ItemPatch>;

export const Item = z.object({
  id: Id,
  tripId: Id,
  ...itemFields,
  /** Order among items that start at the same local minute (drag to reorder). */
  sortOrder: z.number().int(),
  ...Timestamps,
});
export type Item = z.infer<typeof Item>;
