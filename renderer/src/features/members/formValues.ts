import type { DelegationRole, Member, VisaStatus } from '../../../../shared/domain/member';

/**
 * A member as the forms hold it: every field of MemberPatch present (text as text, optional
 * dates as null), so the domain schemas validate the values unchanged.
 */
export interface MemberFormValues {
  name: string;
  nativeName: string;
  title: string;
  organisation: string;
  party: string;
  role: DelegationRole;
  email: string;
  phone: string;
  passportNumber: string;
  passportExpiry: string | null;
  nationality: string;
  visaStatus: VisaStatus;
  visaExpiry: string | null;
  dietaryNeeds: string;
  accessibilityNeeds: string;
  emergencyContact: string;
  notes: string;
}

export function memberToForm(member: Member): MemberFormValues {
  return {
    name: member.name,
    nativeName: member.nativeName,
    title: member.title,
    organisation: member.organisation,
    party: member.party,
    role: member.role,
    email: member.email,
    phone: member.phone,
    passportNumber: member.passportNumber,
    passportExpiry: member.passportExpiry,
    nationality: member.nationality,
    visaStatus: member.visaStatus,
    visaExpiry: member.visaExpiry,
    dietaryNeeds: member.dietaryNeeds,
    accessibilityNeeds: member.accessibilityNeeds,
    emergencyContact: member.emergencyContact,
    notes: member.notes,
  };
}

/** The add-member form: the essentials typed for each new member (MemberCreate's shape). */
export interface MemberCreateFormValues {
  tripId: string;
  name: string;
  nativeName: string;
  title: string;
  organisation: string;
  party: string;
  role: DelegationRole;
  email: string;
  phone: string;
}

export function emptyMemberCreateForm(tripId: string, organisation: string): MemberCreateFormValues {
  return { tripId, name: '', nativeName: '', title: '', organisation, party: '', role: 'member', email: '', phone: '' };
}
