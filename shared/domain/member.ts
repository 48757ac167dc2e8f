import { z } from 'zod';
import { Email, Id, Line, LocalDate, RequiredLine, Text, Timestamps } from './primitives';

export const DelegationRole = z.enum([
  'head',
  'deputy_head',
  'member',
  'staff',
  'interpreter',
  'press',
  'security',
  'other',
]);
export type DelegationRole = z.infer<typeof DelegationRole>;

export const VisaStatus = z.enum(['not_required', 'required', 'applied', 'granted', 'refused', 'unknown']);
export type VisaStatus = z.infer<typeof VisaStatus>;

const optionalDate = LocalDate.nullable();

const memberFields = {
  name: RequiredLine(200),
  /** Name in the member's own script (an incoming Wuxi delegation's names in Chinese). */
  nativeName: Line(200),
  title: Line(200),
  organisation: Line(200),
  /** Political party abbreviation, e.g. "S" or "M"; empty for officials. */
  party: Line(40),
  role: DelegationRole,
  email: Email,
  phone: Line(60),
  passportNumber: Line(40),
  passportExpiry: optionalDate,
  nationality: Line(80),
  visaStatus: VisaStatus,
  visaExpiry: optionalDate,
  dietaryNeeds: Line(500),
  accessibilityNeeds: Line(500),
  emergencyContact: Line(300),
  notes: Text(),
};

export const MemberCreate = z.object({
  tripId: Id,
  name: memberFields.name,
  nativeName: memberFields.nativeName.default(''),
  title: memberFields.title.default(''),
  organisation: memberFields.organisation.default(''),
  party: memberFields.party.default(''),
  role: memberFields.role.default('member'),
  email: memberFields.email.default(''),
  phone: memberFields.phone.default(''),
  passportNumber: memberFields.passportNumber.default(''),
  passportExpiry: memberFields.passportExpiry.default(null),
  nationality: memberFields.nationality.default(''),
  visaStatus: memberFields.visaStatus.default('unknown'),
  visaExpiry: memberFields.visaExpiry.default(null),
  dietaryNeeds: memberFields.dietaryNeeds.default(''),
  accessibilityNeeds: memberFields.accessibilityNeeds.default(''),
  emergencyContact: memberFields.emergencyContact.default(''),
  notes: memberFields.notes.default(''),
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

/** A named sub-group of a trip's members ("Shenyang group") to pick participants quickly. */
export const MemberGroup = z.object({
  id: Id,
  tripId: Id,
  name: RequiredLine(120),
  memberIds: z.array(Id),
  ...Timestamps,
});
export type MemberGroup = z.infer<typeof MemberGroup>;
