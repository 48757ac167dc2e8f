import type { LucideIcon } from 'lucide-react';
import { BedDouble, Building2, BusFront, CircleDot, Coffee, Handshake, Plane, Ticket, TrainFront, UtensilsCrossed } from 'lucide-react';
import { ItemKind, type ItemDetails } from '../../../../shared/domain/item';

/** One icon per kind, the same on cards, in the kind picker and in the editor's title. */
export const KIND_ICONS: Record<ItemKind, LucideIcon> = {
  flight: Plane,
  train: TrainFront,
  transfer: BusFront,
  accommodation: BedDouble,
  meeting: Handshake,
  visit: Building2,
  meal: UtensilsCrossed,
  event: Ticket,
  free_time: Coffee,
  other: CircleDot,
};

/** Colour family of a kind (programme.css): travel, stay, official business, social, other. */
export const KIND_TONES: Record<ItemKind, 'travel' | 'stay' | 'official' | 'social' | 'other'> = {
  flight: 'travel',
  train: 'travel',
  transfer: 'travel',
  accommodation: 'stay',
  meeting: 'official',
  visit: 'official',
  meal: 'social',
  event: 'social',
  free_time: 'other',
  other: 'other',
};

export const ITEM_KINDS: readonly ItemKind[] = ItemKind.options;

/** The text details; the per-diem flags and the gifts-exchanged flag are checkboxes. */
export type DetailField = Exclude<keyof ItemDetails, 'mealProvided' | 'breakfastIncluded' | 'giftsExchanged'>;

/** The kind-specific fields the editor shows (all are kept when the kind changes). */
export const DETAIL_FIELDS: Record<ItemKind, readonly DetailField[]> = {
  flight: ['from', 'to', 'carrier', 'number', 'bookingReference', 'seat'],
  train: ['from', 'to', 'carrier', 'number', 'bookingReference', 'seat'],
  // A transfer is also the airport pickup of an incoming visit: the flight met, where and with what sign.
  transfer: ['from', 'to', 'number', 'vehicle', 'driver', 'meetingPoint', 'signText'],
  accommodation: ['confirmationNumber', 'phone'],
  meeting: [],
  visit: [],
  meal: [],
  event: [],
  free_time: [],
  other: [],
};

/** What the start and end of an item are called: a flight departs and arrives, a hotel checks in. */
export function timeLabels(kind: ItemKind): { start: 'departure' | 'checkIn' | 'starts'; end: 'arrival' | 'checkOut' | 'ends' } {
  if (kind === 'flight' || kind === 'train' || kind === 'transfer') return { start: 'departure', end: 'arrival' };
  if (kind === 'accommodation') return { start: 'checkIn', end: 'checkOut' };
  return { start: 'starts', end: 'ends' };
}

export const isTravel = (kind: ItemKind) => kind === 'flight' || kind === 'train' || kind === 'transfer';
export const isMeeting = (kind: ItemKind) => kind === 'meeting' || kind === 'visit';
