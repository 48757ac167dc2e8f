import { z } from 'zod';
import { Email, Id, Line, LocalDate, RequiredLine, Text, Timestamps } from './primitives';
import { MemberTranslation, memberTranslationField } from './translation';

export const DelegationRole = z.enum([
  'head',
  'deputy_head',
  'member',
  'staff',
  'interpreter',
  'press',
  'security',
  'other',
  // Roles of the host side of an incoming visit (the visitors' handout lists them under "Your hosts").
  'receiving_host',
  'accompanying_officer',
  'driver',
]);
export type DelegationRole = z.infer<typeof DelegationRole>;

/**
 * Which side of the visit a member is on. Visitors travel (on an outgoing trip: all of us; on an
 * incoming trip: the guests); hosts receive them at home, need no visa, and sleep in their own
 * beds. Stored per member rather than guessed from the organisation's text, which a typo or a
 * visitor from a same-named organisation would get wrong.
 */
export const MemberSide = z.enum(['visitor', 'host']);
export type MemberSide = z.infer<typeof MemberSide>;

/** The side a new member gets when the form does not say: the travelling delegation. */
export const DEFAULT_MEMBER_SIDE: MemberSide = 'visitor';

export const VisaStatus = z.enum(['not_required', 'required', 'applied', 'granted', 'refused', 'unknown']);
export type VisaStatus = z.infer<typeof VisaStatus>;

const optionalDate = LocalDate.nullable();

/** As the passport states it (F, M or X): asked for by Chinese invitation letters. Personal data. */
export const Sex = z.enum(['female', 'male', 'x']);
export type Sex = z.infer<typeof Sex>;

const memberFields = {
  name: RequiredLine(200),
  /** Name in the member's own script (an incoming Wuxi delegation's names in Chinese). */
  nativeName: Line(200),
  title: Line(200),
  organisation: Line(200),
  /** Political party abbreviation, e.g. "S" or "M"; empty for officials. */
  party: Line(40),
  role: DelegationRole,
  side: MemberSide,
  email: Email,
  phone: Line(60),
  passportNumber: Line(40),
  passportExpiry: optionalDate,
  nationality: Line(80),
  /** Personal data like the passport number: never in trip files without passports, only on the invitation data pack. */
  sex: Sex.nullable(),
  dateOfBirth: optionalDate,
  visaStatus: VisaStatus,
  visaExpiry: optionalDate,
  dietaryNeeds: Line(500),
  accessibilityNeeds: Line(500),
  emergencyContact: Line(300),
  notes: Text(),
  /** Title and organisation in a second language, for bilingual documents and badges. */
  translation: MemberTranslation,
};

export const MemberCreate = z.object({
  tripId: Id,
  name: memberFields.name,
  nativeName: memberFields.nativeName.default(''),
  title: memberFields.title.default(''),
  organisation: memberFields.organisation.default(''),
  party: memberFields.party.default(''),
  role: memberFields.role.default('member'),
  side: memberFields.side.default(DEFAULT_MEMBER_SIDE),
  email: memberFields.email.default(''),
  phone: memberFields.phone.default(''),
  passportNumber: memberFields.passportNumber.default(''),
  passportExpiry: memberFields.passportExpiry.default(null),
  nationality: memberFields.nationality.default(''),
  sex: memberFields.sex.default(null),
  dateOfBirth: memberFields.dateOfBirth.default(null),
  visaStatus: memberFields.visaStatus.default('unknown'),
  visaExpiry: memberFields.visaExpiry.default(null),
  dietaryNeeds: memberFields.dietaryNeeds.default(''),
  accessibilityNeeds: memberFields.accessibilityNeeds.default(''),
  emergencyContact: memberFields.emergencyContact.default(''),
  notes: memberFields.notes.default(''),
  translation: memberTranslationField(),
});
export type MemberCreate = z.input<typeof MemberCreate>;

export const MemberPatch = z.object(memberFields).partial();
export type MemberPatch = z.input<typeof MemberPatch>;

export const Member = z.object({
  id: Id,
  tripId: Id,
  ...memberFields,
  /** 1-based order of precedence within the delegation (protocol order on handouts). */
  precedence: z.number().int().positive(),
  ...Timestamps,
});
export type Member = z.infer<typeof Member>;

/** The members on one side, in order of precedence (the order they are given in). */
export function membersOnSide<M extends Pick<Member, 'side'>>(members: readonly M[], side: MemberSide): M[] {
  return members.filter((m) => m.side === side);
}

/** A named sub-group of a trip's members ("Shenyang group") to pick participants quickly. */
export const MemberGroup = z.object({
  id: Id,
  tripId: Id,
  name: RequiredLine(120),
  memberIds: z.array(Id),
  ...Timestamps,
});
export type MemberGroup = z.infer<typeof MemberGroup>;
