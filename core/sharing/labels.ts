import type { ContactRole } from '../../shared/domain/contact';
import type { ItemKind } from '../../shared/domain/item';
import type { DelegationRole, VisaStatus } from '../../shared/domain/member';

/** Words the calendar, CSV and vCard exports write, in Swedish (default) and English. */
export type SharingLanguage = 'sv' | 'en';

export interface SharingLabels {
  kinds: Record<ItemKind, string>;
  roles: Record<DelegationRole, string>;
  visa: Record<VisaStatus, string>;
  contactRoles: Record<ContactRole, string>;
  allMembers: string;
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
  kinds: {
    flight: 'Flyg',
    train: 'Tåg',
    transfer: 'Transfer',
    accommodation: 'Hotell',
    meeting: 'Möte',
    visit: 'Besök',
    meal: 'Måltid',
    event: 'Evenemang',
    free_time: 'Egen tid',
    other: 'Övrigt',
  },
  roles: {
    head: 'Delegationsledare',
    deputy_head: 'Biträdande delegationsledare',
    member: 'Delegat',
    staff: 'Tjänsteperson',
    interpreter: 'Tolk',
    press: 'Press',
    security: 'Säkerhet',
    other: 'Övrig',
  },
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
  kinds: {
    flight: 'Flight',
    train: 'Train',
    transfer: 'Transfer',
    accommodation: 'Hotel',
    meeting: 'Meeting',
    visit: 'Visit',
    meal: 'Meal',
    event: 'Event',
    free_time: 'Free time',
    other: 'Other',
  },
  roles: {
    head: 'Head of delegation',
    deputy_head: 'Deputy head of delegation',
    member: 'Member',
    staff: 'Staff',
    interpreter: 'Interpreter',
    press: 'Press',
    security: 'Security',
    other: 'Other',
  },
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

export const sharingLabels: Record<SharingLanguage, SharingLabels> = { sv, en };
