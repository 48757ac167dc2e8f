import { z } from 'zod';
import { Contact, Organisation } from '../../../shared/domain/contact';
import { Item, Location } from '../../../shared/domain/item';
import { FollowUp, MeetingDetails } from '../../../shared/domain/meeting';
import { DEFAULT_MEMBER_SIDE, Member, MemberGroup } from '../../../shared/domain/member';
import { Id, isRealDate, Line, RequiredLine } from '../../../shared/domain/primitives';
import { ATTACHMENT_MAX_BASE64, ATTACHMENT_MAX_BYTES, ATTACHMENT_MAX_LABEL } from '../../../shared/domain/attachment';
import { Destination, Trip } from '../../../shared/domain/trip';
import {
  EMPTY_ITEM_TRANSLATION,
  EMPTY_MEETING_TRANSLATION,
  EMPTY_MEMBER_TRANSLATION,
  ItemTranslation,
  MeetingTranslation,
  MemberTranslation,
} from '../../../shared/domain/translation';

/**
 * The `.delegation` trip file, version 1: documented in docs/trip-file-format.md.
 *
 * The entities are the domain's own zod schemas (shared/domain), made strict (an unknown key is
 * an error, not silently dropped) and bounded where the domain leaves a string or list open
 * (timestamps, group members, the top-level lists), so a hostile file cannot smuggle in
 * megabyte-long "timestamps" or a million items.
 */
export const TRIP_FILE_FORMAT = 'delegation-planner/trip';
export const TRIP_FILE_VERSION = 1;
export const TRIP_FILE_EXTENSION = '.delegation';
export const TRIP_FILE_MEDIA_TYPE = 'application/x-delegation+json';

const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?(?:Z|[+-](\d{2}):(\d{2}))$/;

/**
 * ISO-8601 instant as the core writes it (2017-10-28T09:30:00.000Z). The pattern alone let
 * 2017-13-45T25:61:61Z in, which then wrote LAST-MODIFIED:NaN… into calendars: every part must be
 * a real calendar value (and Date.parse must agree, the calendars and vCards rely on it).
 */
const Timestamp = z
  .string()
  .max(40)
  .regex(TIMESTAMP, 'Use an ISO-8601 time such as 2017-10-28T09:30:00.000Z')
  .refine(isRealInstant, 'No such date or time');

function isRealInstant(text: string): boolean {
  const [, date, hours, minutes, seconds, offsetHours = '00', offsetMinutes = '00'] = TIMESTAMP.exec(text) ?? [];
  if (date === undefined || !isRealDate(date)) return false;
  const within = (part: string | undefined, max: number) => Number(part) <= max;
  return (
    within(hours, 23) && within(minutes, 59) && within(seconds, 59) &&
    within(offsetHours, 23) && within(offsetMinutes, 59) && Number.isFinite(Date.parse(text))
  );
}

const versioned = {
  createdAt: Timestamp,
  updatedAt: Timestamp,
  revision: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
};

export const FileTrip = Trip.extend({
  destinations: z.array(Destination.strict()).max(50),
  // Added with the hosting fields: files written before them read as "not entered".
  visitorsTimeZone: Trip.shape.visitorsTimeZone.default(null),
  // Added with the invitation letter: older files read as "nothing stated".
  costCoverage: Trip.shape.costCoverage.default(''),
  // Added with the post-trip report: older files read as "nothing written yet".
  reportResults: Trip.shape.reportResults.default(''),
  reportLessons: Trip.shape.reportLessons.default(''),
  reportNextSteps: Trip.shape.reportNextSteps.default(''),
  archivedAt: Timestamp.nullable(),
  ...versioned,
}).strict();

/**
 * passportNumber is present exactly when the file says includesPassports; sex and date of birth
 * (personal data of the same kind, for invitation letters) travel only in such files too, and
 * are simply absent from older ones.
 */
export const FileMember = Member.extend({
  passportNumber: Member.shape.passportNumber.optional(),
  sex: Member.shape.sex.optional(),
  dateOfBirth: Member.shape.dateOfBirth.optional(),
  // Added with the hosting fields: a member in an older file is a visitor (the form's default).
  side: Member.shape.side.default(DEFAULT_MEMBER_SIDE),
  // Added with bilingual documents: files written before read as "no translation".
  translation: MemberTranslation.strict().default(() => ({ ...EMPTY_MEMBER_TRANSLATION })),
  ...versioned,
}).strict();

export const FileGroup = MemberGroup.extend({ memberIds: z.array(Id).max(1_000), ...versioned }).strict();

export const FileItem = Item.extend({
  location: Location.strict(),
  // Added with outcomes and seating plans: an item in an older file is planned, with neither.
  state: Item.shape.state.default('planned'),
  outcome: Item.shape.outcome.default(''),
  seating: Item.shape.seating.default(null),
  translation: ItemTranslation.strict().default(() => ({ ...EMPTY_ITEM_TRANSLATION })),
  ...versioned,
}).strict();

export const FileMeeting = MeetingDetails.extend({
  followUps: z.array(FollowUp.strict()).max(500),
  // Added with the post-trip report: a meeting in an older file signed nothing recorded.
  agreements: MeetingDetails.shape.agreements.default(''),
  translation: MeetingTranslation.strict().default(() => ({ ...EMPTY_MEETING_TRANSLATION })),
  ...versioned,
}).strict();

export const FileContact = Contact.extend(versioned).strict();

export const FileOrganisation = Organisation.extend(versioned).strict();

/**
 * An attachment with its bytes (base64), only in files exported with attachments included. The
 * declared size is bounded before anything is decoded; that the bytes have that size and hash to
 * `sha256` is checked when the file is read (validate.ts), so a damaged or altered blob is refused.
 */
export const FileAttachment = z
  .object({
    id: Id,
    tripId: Id,
    memberId: Id.nullable(),
    itemId: Id.nullable(),
    fileName: RequiredLine(255),
    mediaType: Line(200),
    size: z.number().int().min(0).max(ATTACHMENT_MAX_BYTES, `An attachment holds at most ${ATTACHMENT_MAX_LABEL}`),
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'Not a SHA-256 checksum'),
    sensitive: z.boolean(),
    content: z
      .string()
      .max(ATTACHMENT_MAX_BASE64 + 4, `An attachment holds at most ${ATTACHMENT_MAX_LABEL}`)
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Not base64'),
    ...versioned,
  })
  .strict();

/** Entity types of the deletions table (tombstones), as its triggers write them. */
export const TombstoneType = z.enum(['trip', 'member', 'member_group', 'item', 'follow_up', 'contact', 'organisation']);

export const FileTombstone = z.object({ entityId: Id, entityType: TombstoneType, deletedAt: Timestamp }).strict();

export const TripFileSchema = z
  .object({
    format: z.literal(TRIP_FILE_FORMAT),
    version: z.literal(TRIP_FILE_VERSION),
    exportedAt: Timestamp,
    includesPassports: z.boolean(),
    trip: FileTrip,
    members: z.array(FileMember).max(1_000),
    groups: z.array(FileGroup).max(1_000),
    items: z.array(FileItem).max(10_000),
    meetings: z.array(FileMeeting).max(10_000),
    contacts: z.array(FileContact).max(10_000),
    organisations: z.array(FileOrganisation).max(10_000),
    tombstones: z.array(FileTombstone).max(100_000),
    // Only when exported with attachments (older files and default exports have none).
    attachments: z.array(FileAttachment).max(1_000).optional(),
  })
  .strict();

export type TripFile = z.infer<typeof TripFileSchema>;
export type FileTrip = z.infer<typeof FileTrip>;
export type FileMember = z.infer<typeof FileMember>;
export type FileGroup = z.infer<typeof FileGroup>;
export type FileItem = z.infer<typeof FileItem>;
export type FileMeeting = z.infer<typeof FileMeeting>;
export type FileContact = z.infer<typeof FileContact>;
export type FileOrganisation = z.infer<typeof FileOrganisation>;
export type FileTombstone = z.infer<typeof FileTombstone>;
export type FileAttachment = z.infer<typeof FileAttachment>;
