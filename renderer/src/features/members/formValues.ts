import type { Trip } from '../../../../shared/domain/trip';
import type { DelegationRole, Member, MemberSide, Sex, VisaStatus } from '../../../../shared/domain/member';

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
  side: MemberSide;
  email: string;
  phone: string;
  passportNumber: string;
  passportExpiry: string | null;
  nationality: string;
  sex: Sex | null;
  dateOfBirth: string | null;
  visaStatus: VisaStatus;
  visaExpiry: string | null;
  dietaryNeeds: string;
  accessibilityNeeds: string;
  emergencyContact: string;
  notes: string;
  translation: { title: string; organisation: string };
}

export function memberToForm(member: Member): MemberFormValues {
  return {
    name: member.name,
    nativeName: member.nativeName,
    title: member.title,
    organisation: member.organisation,
    party: member.party,
    role: member.role,
    side: member.side,
    email: member.email,
    phone: member.phone,
    passportNumber: member.passportNumber,
    passportExpiry: member.passportExpiry,
    nationality: member.nationality,
    sex: member.sex,
    dateOfBirth: member.dateOfBirth,
    visaStatus: member.visaStatus,
    visaExpiry: member.visaExpiry,
    dietaryNeeds: member.dietaryNeeds,
    accessibilityNeeds: member.accessibilityNeeds,
    emergencyContact: member.emergencyContact,
    notes: member.notes,
    translation: { ...member.translation },
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
  side: MemberSide;
  email: string;
  phone: string;
}

export function emptyMemberCreateForm(tripId: string, organisation: string, side: MemberSide): MemberCreateFormValues {
  return { tripId, name: '', nativeName: '', title: '', organisation, party: '', role: side === 'host' ? 'receiving_host' : 'member', side, email: '', phone: '' };
}

/**
 * The organisation a new member on `side` starts with: the visitors' (sending) organisation for
 * visitors, the hosting organisation for hosts on an incoming trip; ours on an outgoing trip.
 */
export function defaultOrganisationFor(
  trip: Pick<Trip, 'direction' | 'sendingOrganisation' | 'hostingOrganisation'>,
  side: MemberSide,
): string {
  return trip.direction === 'incoming' && side === 'host' ? trip.hostingOrganisation : trip.sendingOrganisation;
}
