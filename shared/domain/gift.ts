import { z } from 'zod';
import { Id, Line, LocalDate, RequiredLine, Text, Timestamps } from './primitives';

export const GiftDirection = z.enum(['given', 'received']);
export type GiftDirection = z.infer<typeof GiftDirection>;

/** Far above any gift; keeps a typo (or a hostile file) from overflowing sums. 100 MSEK in öre. */
export const GIFT_VALUE_MAX_ORE = 10_000_000_000;

const giftFields = {
  direction: GiftDirection,
  /** When it was (or will be) handed over; null: not known yet. */
  date: LocalDate.nullable(),
  /** The meeting, visit or meal where it is handed over. A given gift on an item is "planned" for it. */
  itemId: Id.nullable(),
  /** The person it goes to (given) or comes from (received), from the address book. */
  contactId: Id.nullable(),
  /** Their organisation, from the address book: the register's "to/from" across trips. */
  organisationId: Id.nullable(),
  description: RequiredLine(300),
  /** Estimated value in öre (SEK minor units); null: not estimated. */
  valueOre: z.number().int().min(0, 'The value cannot be negative').max(GIFT_VALUE_MAX_ORE, 'The value is too large').nullable(),
  /** Who holds it now ("Kommunstyrelsens kansli, vitrinskåpet"). */
  holder: Line(200),
  /** A photo: one of the trip's attachments. */
  photoAttachmentId: Id.nullable(),
  notes: Text(2_000),
};

export const GiftCreate = z.object({
  tripId: Id,
  direction: giftFields.direction,
  date: giftFields.date.default(null),
  itemId: giftFields.itemId.default(null),
  contactId: giftFields.contactId.default(null),
  organisationId: giftFields.organisationId.default(null),
  description: giftFields.description,
  valueOre: giftFields.valueOre.default(null),
  holder: giftFields.holder.default(''),
  photoAttachmentId: giftFields.photoAttachmentId.default(null),
  notes: giftFields.notes.default(''),
});
export type GiftCreate = z.input<typeof GiftCreate>;
export const GiftPatch = z.object(giftFields).partial();
export type GiftPatch = z.input<typeof GiftPatch>;
export const Gift = z.object({ id: Id, tripId: Id, ...giftFields, ...Timestamps });
export type Gift = z.infer<typeof Gift>;

/** A gift as the cross-trip register lists it: with the names it points at, resolved. */
export interface GiftRegisterEntry extends Gift {
  tripTitle: string;
  /** The trip's first day: the year filter and the order fall back on it when the gift has no date. */
  tripStartDate: string;
  itemTitle: string | null;
  contactName: string | null;
  organisationName: string | null;
  /** Received, and valued above the gift policy's limit: must be registered with the municipality. */
  needsRegistration: boolean;
}

export const GiftRegisterQuery = z.object({
  /** Only this trip's gifts. */
  tripId: Id.optional(),
  /** Calendar year of the gift's date (or of its trip's start when it has none). */
  year: z.number().int().min(1900).max(2200).optional(),
  organisationId: Id.optional(),
  direction: GiftDirection.optional(),
});
export type GiftRegisterQuery = z.input<typeof GiftRegisterQuery>;

/** A given gift to the same organisation on an earlier trip: the "already given" warning's source. */
export interface EarlierGift {
  giftId: string;
  tripId: string;
  tripTitle: string;
  tripStartDate: string;
  organisationId: string;
  description: string;
}
