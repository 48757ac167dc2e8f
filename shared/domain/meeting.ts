import { z } from 'zod';
import { Id, Line, LocalDate, Text, Timestamps } from './primitives';
import { EMPTY_MEETING_TRANSLATION, MeetingTranslation } from './translation';

export const FollowUp = z.object({
  id: Id,
  text: Line(1_000).min(1, 'Required'),
  owner: Line(200),
  dueDate: LocalDate.nullable(),
  done: z.boolean(),
});
export type FollowUp = z.infer<typeof FollowUp>;

const meetingFields = {
  hostOrganisationId: Id.nullable(),
  /** Host as free text when the organisation is not in the address book. */
  hostOrganisation: Line(200),
  /** Counterparts across the table (address-book contacts). */
  counterpartIds: z.array(Id).max(500),
  /** Language the counterparts speak (BCP 47, e.g. zh); decides whether an interpreter is needed. */
  counterpartLanguage: Line(35),
  interpreterMemberId: Id.nullable(),
  interpreterContactId: Id.nullable(),
  agenda: Text(),
  /** Objectives and talking points: internal, organisers only. */
  talkingPoints: Text(),
  giftsGiven: Line(1_000),
  giftsReceived: Line(1_000),
  dressCode: Line(200),
  minutes: Text(50_000),
  /** Agreements signed at the meeting, one per line (for the post-trip report). */
  agreements: Text(5_000),
  /** Video link when the meeting is online. */
  onlineUrl: z
    .string()
    .trim()
    .max(2_000)
    .refine((s) => s === '' || /^https:\/\//i.test(s), 'Use an https:// link'),
  followUps: z.array(FollowUp).max(500),
  /** The agenda in a second language, for bilingual documents. */
  translation: MeetingTranslation,
};

export const MeetingDetailsInput = z.object(meetingFields).partial();
export type MeetingDetailsInput = z.input<typeof MeetingDetailsInput>;

/** Details of a meeting or visit item, keyed by the item's id. */
export const MeetingDetails = z.object({ itemId: Id, ...meetingFields, ...Timestamps });
export type MeetingDetails = z.infer<typeof MeetingDetails>;

export const EMPTY_MEETING: Omit<MeetingDetails, 'itemId' | 'createdAt' | 'updatedAt' | 'revision'> = {
  hostOrganisationId: null,
  hostOrganisation: '',
  counterpartIds: [],
  counterpartLanguage: '',
  interpreterMemberId: null,
  interpreterContactId: null,
  agenda: '',
  talkingPoints: '',
  giftsGiven: '',
  giftsReceived: '',
  dressCode: '',
  minutes: '',
  agreements: '',
  onlineUrl: '',
  followUps: [],
  translation: EMPTY_MEETING_TRANSLATION,
};
