import { documentLabels } from '../../shared/documents/labels';
import type { ContactRole } from '../../shared/domain/contact';
import type { ItemKind } from '../../shared/domain/item';
import type { DelegationRole, VisaStatus } from '../../shared/domain/member';
import type { AppLanguage } from '../../shared/domain/language';

/** Words the calendar, CSV and vCard exports write, in Swedish (default) and English. */

export interface SharingLabels {
  kinds: Record<ItemKind, string>;
  roles: Record<DelegationRole, string>;
  visa: Record<VisaStatus, string>;
  contactRoles: Record<ContactRole, string>;
  allMembers: string;
  /** All members but the named: the participants summary (shared/documents/participants.ts). */
  allMembersExcept: (names: string) => string;
  participants: string;
  contacts: string;
  from: string;
  to: string;
  flightOrTrain: string;
  bookingReference: string;
  confirmationNumber: string;
  phone: string;
  vehicle: string;
  host: string;
  dressCode: string;
  onlineMeeting: string;
  agenda: string;
  cancelled: string;
}

const sv: SharingLabels = {
  // Item kinds and delegation roles read the same in printed programmes and exports.
  kinds: documentLabels.sv.kinds,
  roles: documentLabels.sv.roles,
  visa: {
    not_required: 'Behövs inte',
    required: 'Behövs',
    applied: 'Ansökt',
    granted: 'Beviljat',
    refused: 'Avslaget',
    unknown: 'Okänt',
  },
  contactRoles: {
    host: 'Värd',
    interpreter: 'Tolk',
    embassy: 'Ambassad',
    consulate: 'Konsulat',
    company: 'Företag',
    guide: 'Guide',
    driver: 'Chaufför',
    hotel: 'Hotell',
    emergency: 'Nödkontakt',
    other: 'Övrig',
  },
  allMembers: 'Alla i delegationen',
  allMembersExcept: (names) => `Alla utom ${names}`,
  participants: 'Deltagare',
  contacts: 'Kontakter',
  from: 'Från',
  to: 'Till',
  flightOrTrain: 'Nummer',
  bookingReference: 'Bokningsnummer',
  confirmationNumber: 'Bekräftelsenummer',
  phone: 'Telefon',
  vehicle: 'Fordon',
  host: 'Värd',
  dressCode: 'Klädsel',
  onlineMeeting: 'Digitalt möte',
  agenda: 'Dagordning',
  cancelled: 'Inställd',
};

const en: SharingLabels = {
  // Item kinds and delegation roles read the same in printed programmes and exports.
  kinds: documentLabels.en.kinds,
  roles: documentLabels.en.roles,
  visa: {
    not_required: 'Not required',
    required: 'Required',
    applied: 'Applied',
    granted: 'Granted',
    refused: 'Refused',
    unknown: 'Unknown',
  },
  contactRoles: {
    host: 'Host',
    interpreter: 'Interpreter',
    embassy: 'Embassy',
    consulate: 'Consulate',
    company: 'Company',
    guide: 'Guide',
    driver: 'Driver',
    hotel: 'Hotel',
    emergency: 'Emergency contact',
    other: 'Other',
  },
  allMembers: 'All members',
  allMembersExcept: (names) => `All members except ${names}`,
  participants: 'Participants',
  contacts: 'Contacts',
  from: 'From',
  to: 'To',
  flightOrTrain: 'Number',
  bookingReference: 'Booking reference',
  confirmationNumber: 'Confirmation number',
  phone: 'Phone',
  vehicle: 'Vehicle',
  host: 'Host',
  dressCode: 'Dress code',
  onlineMeeting: 'Online meeting',
  agenda: 'Agenda',
  cancelled: 'Cancelled',
};

export const sharingLabels: Record<AppLanguage, SharingLabels> = { sv, en };
