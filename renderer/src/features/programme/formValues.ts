import type { Item, ItemDetails, ItemKind } from '../../../../shared/domain/item';
import type { Trip } from '../../../../shared/domain/trip';
import { foldName } from '../../../../shared/text/fold';
import { instantOf } from './model';

/**
 * The item form's values: the fields of ItemCreate / ItemPatch as the form holds them (every
 * field present, text as text, no end = null). The domain schemas validate them unchanged.
 */
export interface ItemDetailsForm {
  carrier: string;
  number: string;
  bookingReference: string;
  from: string;
  to: string;
  seat: string;
  confirmationNumber: string;
  phone: string;
  vehicle: string;
  driver: string;
  meetingPoint: string;
  signText: string;
  /** Per diem: a meal paid by the hosts; a stay with breakfast included. */
  mealProvided: boolean;
  breakfastIncluded: boolean;
  giftsExchanged: boolean;
}

export interface ItemFormValues {
  kind: ItemKind;
  title: string;
  startLocal: string;
  startZone: string;
  endLocal: string | null;
  endZone: string;
  allDay: boolean;
  location: { venue: string; address: string; addressLocal: string; city: string };
  description: string;
  details: ItemDetailsForm;
  publicNotes: string;
  internalNotes: string;
  allMembers: boolean;
  participantIds: string[];
  contactIds: string[];
  translation: { title: string; venue: string; description: string };
}

export type ItemCreateFormValues = ItemFormValues & { tripId: string };

type TextDetailKey = Exclude<keyof ItemDetailsForm, FlagDetailKey>;
type FlagDetailKey = 'mealProvided' | 'breakfastIncluded' | 'giftsExchanged';
const FLAG_KEYS: readonly FlagDetailKey[] = ['mealProvided', 'breakfastIncluded', 'giftsExchanged'];

const DETAIL_KEYS: readonly TextDetailKey[] = [
  'carrier',
  'number',
  'bookingReference',
  'from',
  'to',
  'seat',
  'confirmationNumber',
  'phone',
  'vehicle',
  'driver',
  'meetingPoint',
  'signText',
];

export function detailsToForm(details: ItemDetails): ItemDetailsForm {
  return {
    ...Object.fromEntries(DETAIL_KEYS.map((key) => [key, details[key] ?? ''])),
    ...Object.fromEntries(FLAG_KEYS.map((key) => [key, details[key] ?? false])),
  } as unknown as ItemDetailsForm;
}

/** Only the details that say something are stored (a flight keeps no empty 'vehicle'). */
export function detailsFromForm(details: ItemDetailsForm): ItemDetails {
  return {
    ...Object.fromEntries(DETAIL_KEYS.filter((key) => details[key].trim() !== '').map((key) => [key, details[key]])),
    ...Object.fromEntries(FLAG_KEYS.filter((key) => details[key]).map((key) => [key, true])),
  };
}

export function itemToForm(item: Item): ItemFormValues {
  return {
    kind: item.kind,
    title: item.title,
    startLocal: item.startLocal,
    startZone: item.startZone,
    endLocal: item.endLocal,
    endZone: item.endZone,
    allDay: item.allDay,
    location: { ...item.location },
    description: item.description,
    details: detailsToForm(item.details),
    publicNotes: item.publicNotes,
    internalNotes: item.internalNotes,
    allMembers: item.allMembers,
    participantIds: [...item.participantIds],
    contactIds: [...item.contactIds],
    translation: { ...item.translation },
  };
}

/** A copy of an item as a new one (Duplicate): same everything, its own id and order. */
export function duplicateOf(item: Item, title: string): ItemCreateFormValues {
  const form = itemToForm(item);
  return { ...form, tripId: item.tripId, title, details: detailsFromForm(form.details) as ItemDetailsForm };
}

/** What a new item starts with: the given day at 09:00 in the zone the delegation is in then. */
export function newItemForm(trip: Trip, items: readonly Item[], date: string | null, kind: ItemKind = 'meeting'): ItemCreateFormValues {
  const day = date ?? defaultDate(trip, items);
  const startLocal = `${day}T09:00`;
  const zone = suggestZone(trip, items, '', startLocal, kind);
  return {
    tripId: trip.id,
    kind,
    title: '',
    startLocal,
    startZone: zone,
    endLocal: null,
    endZone: zone,
    allDay: false,
    location: { venue: '', address: '', addressLocal: '', city: '' },
    description: '',
    details: detailsToForm({}),
    publicNotes: '',
    internalNotes: '',
    allMembers: true,
    participantIds: [],
    contactIds: [],
    translation: { title: '', venue: '', description: '' },
  };
}

/** People add items in sequence: the day of the last item, else the trip's first day. */
function defaultDate(trip: Trip, items: readonly Item[]): string {
  const last = items.at(-1);
  return last ? last.startLocal.slice(0, 10) : trip.startDate;
}

/** The destination whose city is `city` (case and accents aside), if any. */
export function destinationZone(trip: Pick<Trip, 'destinations'>, city: string): string | null {
  const wanted = foldName(city);
  if (!wanted) return null;
  return trip.destinations.find((d) => foldName(d.city) === wanted || (d.nativeName && d.nativeName === city.trim()))?.timeZone ?? null;
}

/**
 * The zone a new item most likely has: its city's destination zone; else the end zone of the
 * item before it (after the flight to Jinan, things happen in Jinan); else the trip's first
 * destination's zone; else home.
 */
export function suggestZone(trip: ZoneTrip, items: readonly Item[], city: string, startLocal: string, kind?: ItemKind): string {
  const byCity = destinationZone(trip, city);
  if (byCity) return byCity;
  // Wall-clock strings of different zones compare only roughly; good enough for a default.
  let previous: Item | undefined;
  for (const item of items) {
    if (item.startLocal <= startLocal) previous = item;
    else break;
  }
  if (previous) return previous.endZone || previous.startZone;
  // The first journey of a delegation going abroad leaves from home.
  if (kind && TRAVEL.includes(kind) && trip.direction === 'outgoing') return trip.homeTimeZone;
  return trip.destinations[0]?.timeZone ?? trip.homeTimeZone;
}

/** What of a trip its items' zones depend on. */
export type ZoneTrip = Pick<Trip, 'destinations' | 'homeTimeZone' | 'direction'>;

const TRAVEL: readonly ItemKind[] = ['flight', 'train', 'transfer'];

/** True when the end lies before the start once each is read in its own zone. */
export function endsBeforeStart(v: Pick<ItemFormValues, 'startLocal' | 'startZone' | 'endLocal' | 'endZone'>): boolean {
  if (!v.endLocal || !LOCAL.test(v.startLocal) || !LOCAL.test(v.endLocal)) return false;
  const start = instantOf(v.startLocal, v.startZone);
  const end = instantOf(v.endLocal, v.endZone);
  return !Number.isNaN(start) && !Number.isNaN(end) && end < start;
}

const LOCAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
