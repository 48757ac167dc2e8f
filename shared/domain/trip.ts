import { z } from 'zod';
import { Id, Line, LocalDate, RequiredLine, Text, TimeZone, Timestamps } from './primitives';

/** outgoing: our delegation travels abroad; incoming: we host a visiting delegation. */
export const TripDirection = z.enum(['outgoing', 'incoming']);
export type TripDirection = z.infer<typeof TripDirection>;

export const TripStatus = z.enum(['draft', 'confirmed', 'completed', 'cancelled']);
export type TripStatus = z.infer<typeof TripStatus>;

/** A city the delegation stays in; its zone is the default for items planned there. */
export const Destination = z.object({
  city: RequiredLine(120),
  /** Name in local script, e.g. 济南 for Jinan — shown beside the Latin name and to drivers. */
  nativeName: Line(120).default(''),
  /** ISO 3166-1 alpha-2 country code, e.g. CN, SE. */
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^([A-Z]{2})?$/, 'Use a two-letter country code such as CN or SE')
    .default(''),
  timeZone: TimeZone,
});
export type Destination = z.infer<typeof Destination>;

const tripFields = {
  title: RequiredLine(200),
  direction: TripDirection,
  purpose: Text(5_000),
  sendingOrganisation: Line(200),
  hostingOrganisation: Line(200),
  destinations: z.array(Destination).max(50),
  startDate: LocalDate,
  endDate: LocalDate,
  /** IANA zone of our home (the organisers'), used for the home-time column on outgoing trips. */
  homeTimeZone: TimeZone,
  /**
   * IANA zone of the visitors' home on an incoming trip (Asia/Shanghai for a Wuxi delegation):
   * the programme's second clock shows it, so hosts see what time it is for their guests' families
   * and offices. Null when not known (and always unused on outgoing trips).
   */
  visitorsTimeZone: TimeZone.nullable(),
  /**
   * Who pays what on an incoming visit (travel, accommodation, meals, local transport…), one
   * arrangement per line, as the invitation letter states it to the visa authorities. Free text,
   * not a fixed list of cost items: real arrangements are often split ("hotel paid by us, first
   * two nights only") and a list of payer choices could not say so.
   */
  costCoverage: Text(2_000),
  status: TripStatus,
  fundingReference: Line(200),
  notes: Text(),
  /** The post-trip report's own texts (reseberättelse): results, lessons learnt, next steps. */
  reportResults: Text(),
  reportLessons: Text(),
  reportNextSteps: Text(),
};

const datesInOrder = (t: { startDate?: string; endDate?: string }) =>
  !t.startDate || !t.endDate || t.startDate <= t.endDate;
const datesMessage = { message: 'The trip cannot end before it starts', path: ['endDate'] };

export const TripCreate = z
  .object({
    ...tripFields,
    purpose: tripFields.purpose.default(''),
    sendingOrganisation: tripFields.sendingOrganisation.default(''),
    hostingOrganisation: tripFields.hostingOrganisation.default(''),
    destinations: tripFields.destinations.default([]),
    homeTimeZone: tripFields.homeTimeZone.default('Europe/Stockholm'),
    visitorsTimeZone: tripFields.visitorsTimeZone.default(null),
    costCoverage: tripFields.costCoverage.default(''),
    status: tripFields.status.default('draft'),
    fundingReference: tripFields.fundingReference.default(''),
    notes: tripFields.notes.default(''),
    reportResults: tripFields.reportResults.default(''),
    reportLessons: tripFields.reportLessons.default(''),
    reportNextSteps: tripFields.reportNextSteps.default(''),
  })
  .refine(datesInOrder, datesMessage);
export type TripCreate = z.input<typeof TripCreate>;

export const TripPatch = z.object(tripFields).partial().refine(datesInOrder, datesMessage);
export type TripPatch = z.input<typeof TripPatch>;

export const Trip = z.object({
  id: Id,
  ...tripFields,
  /** Set when the trip is archived: hidden from the default list, never deleted. */
  archivedAt: z.string().nullable(),
  ...Timestamps,
});
export type Trip = z.infer<typeof Trip>;

/**
 * The zone of the programme's second clock: the visitors' home on incoming trips (null until it
 * is entered), our home on outgoing ones. The first clock is always local time where things happen.
 */
export function secondClockZone(trip: Pick<Trip, 'direction' | 'homeTimeZone' | 'visitorsTimeZone'>): string | null {
  return trip.direction === 'incoming' ? trip.visitorsTimeZone : trip.homeTimeZone;
}

/** One row of the trips list: the trip plus the counts the list shows. */
export type TripSummary = Trip & {
  /** Every member, hosts included. */
  memberCount: number;
  /** Members on the host side (incoming trips): memberCount − hostCount are the visitors. */
  hostCount: number;
  itemCount: number;
};
