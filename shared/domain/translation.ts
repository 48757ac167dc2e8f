import { z } from 'zod';
import { Line, Text } from './primitives';

/**
 * Text in a second language, entered by the user for bilingual documents ("Möte med
 * borgmästaren" / "与市长会见"). Never machine-made: an empty field means "no translation", and a
 * bilingual document then prints the text once. Which language it is in is the user's choice
 * (usually Chinese for a trip to or from China); documents print it as the second language.
 *
 * Each entity keeps its translation as one object (one JSON column), so a later field is added
 * here without a new column; a field missing from a stored or shared object reads as empty.
 */
export const ItemTranslation = z.object({
  title: Line(200).default(''),
  venue: Line(200).default(''),
  description: Text().default(''),
});
export type ItemTranslation = z.output<typeof ItemTranslation>;

export const MeetingTranslation = z.object({
  agenda: Text().default(''),
});
export type MeetingTranslation = z.output<typeof MeetingTranslation>;

export const MemberTranslation = z.object({
  title: Line(200).default(''),
  organisation: Line(200).default(''),
});
export type MemberTranslation = z.output<typeof MemberTranslation>;

export const EMPTY_ITEM_TRANSLATION: ItemTranslation = { title: '', venue: '', description: '' };
export const EMPTY_MEETING_TRANSLATION: MeetingTranslation = { agenda: '' };
export const EMPTY_MEMBER_TRANSLATION: MemberTranslation = { title: '', organisation: '' };

/** The field as an entity holds it: absent (an older caller or file) means no translation. */
export const itemTranslationField = () => ItemTranslation.default(() => ({ ...EMPTY_ITEM_TRANSLATION }));
export const memberTranslationField = () => MemberTranslation.default(() => ({ ...EMPTY_MEMBER_TRANSLATION }));
