import type { ContactRole } from '../domain/contact';
import type { ItemKind } from '../domain/item';
import type { DelegationRole } from '../domain/member';
import { zh } from './labels-zh';
import { DocumentLanguage, languagesOf, type LabelLanguage } from './options';

/**
 * Every word the documents print, per language — and the one place that makes documents in
 * Chinese and in two languages.
 *
 * To give a document component its words (badges, place cards, seating, the report…):
 *  1. add the entry to an interface of labels (this one, or your component's own), and
 *  2. write it in each label language: sv and en below, zh in labels-zh.ts (or your own three
 *     tables), then look the labels up with `documentLabels[lang]` (or `labelsIn(yourTables, lang)`).
 * That is all: the bilingual languages (sv+zh, en+zh, sv+en) are made from the single ones by
 * `labelsIn`, every string and every label function's result as "primary / second" (the same
 * word once when both say it alike, "Transfer"). Entries may be strings, functions returning a
 * string, or objects of those; never assemble a label from fragments in a component, or a
 * bilingual document gets "Deltar / 参加 (3 av 9 / …)". The type checker refuses a table that
 * lacks an entry, so a new label cannot be missing in Chinese.
 */
export interface DocumentLabels {
  documentKind: { handout: string; briefing: string; personal: string; hosts: string; invitation: string; dietary: string; badges: string; placeCards: string };
  /** Marks every page of a document that carries passport or health data (the letter, the dietary sheet). */
  personalDataBanner: string;
  /** Marks every page of the briefing so it is never mistaken for the handout. */
  internalBanner: string;
  /**
   * Around Chromium's page number and page count: "Sida " 1 " av " 4. Fragments, so read it from
   * the primary language's own table (see RunningFooter), never from a bilingual one.
   */
  page: { before: string; between: string; after: string };
  delegation: string;
  /** The host members of an incoming trip, for the visitors. */
  yourHosts: string;
  neededWhen: string;
  noHosts: string;
  item: string;
  hostsNeeded: string;
  scheduleOf: (name: string) => string;
  dietaryNeeds: string;
  accompaniedBy: string;
  meetingPoint: string;
  signText: string;
  driver: string;
  headOfDelegation: string;
  sendingOrganisation: string;
  hostingOrganisation: string;
  purpose: string;
  preparedFor: string;
  programme: string;
  localTime: string;
  homeTime: (zoneCity: string) => string;
  allDay: string;
  checkIn: string;
  checkOut: string;
  departure: string;
  arrival: string;
  participants: (count: number, total: number) => string;
  /** Who attends, summarised (shared/documents/participants.ts): all of the delegation. */
  everyone: string;
  /** All of the delegation but the named ("Anna Berg; Olle Ek"). */
  everyoneExcept: (names: string) => string;
  host: string;
  counterparts: string;
  interpreter: string;
  agenda: string;
  onlineMeeting: string;
  contactsForItem: string;
  bookingReference: string;
  confirmationNumber: string;
  seat: string;
  vehicle: string;
  phone: string;
  /** Heading of the organisers-only part of an item in the briefing. */
  internal: string;
  internalNotes: string;
  talkingPoints: string;
  giftsGiven: string;
  giftsReceived: string;
  dressCode: string;
  followUps: string;
  openFollowUps: string;
  /** The plan's problems from the trip checks (briefing only). */
  checks: string;
  checkSeverity: Record<'error' | 'warning', string>;
  owner: string;
  due: string;
  practicalInformation: string;
  hotels: string;
  nights: (n: number) => string;
  keyContacts: string;
  timeDifference: string;
  timeDifferenceLine: (city: string, hours: string, home: string) => string;
  /** Appended when summer time starts or ends during the trip. */
  timeDifferenceFrom: (hours: string, date: string) => string;
  tripNotes: string;
  funding: string;
  name: string;
  titleAndOrganisation: string;
  role: string;
  noItems: string;
  kinds: Record<ItemKind, string>;
  roles: Record<DelegationRole, string>;
  contactRoles: Record<ContactRole, string>;
}

const sv: DocumentLabels = {
  documentKind: {
    handout: 'Program',
    briefing: 'Briefing för arrangörer',
    personal: 'Personligt program',
    hosts: 'Värdöversikt',
    invitation: 'Inbjudningsbrev',
    dietary: 'Specialkost',
    badges: 'Namnskyltar',
    placeCards: 'Bordskort',
  },
  personalDataBanner: 'Innehåller personuppgifter',
  internalBanner: 'INTERNT – endast för arrangörer',
  page: { before: 'Sida ', between: ' av ', after: '' },
  delegation: 'Delegationen',
  yourHosts: 'Era värdar',
  neededWhen: 'Vem av oss behövs när',
  noHosts: 'Inga värdar i delegationslistan: markera våra egna som värdar på sidan Deltagare.',
  item: 'Programpunkt',
  hostsNeeded: 'Värdar',
  scheduleOf: (name) => `Schema för ${name}`,
  dietaryNeeds: 'Kost',
  accompaniedBy: 'Medföljande värdar',
  meetingPoint: 'Mötesplats',
  signText: 'Skylt',
  driver: 'Chaufför',
  headOfDelegation: 'Delegationsledare',
  sendingOrganisation: 'Avsändande organisation',
  hostingOrganisation: 'Värdorganisation',
  purpose: 'Syfte',
  preparedFor: 'Program för',
  programme: 'Program dag för dag',
  localTime: 'Lokal tid',
  homeTime: (city) => `Tid i ${city}`,
  allDay: 'Hela dagen',
  checkIn: 'Incheckning',
  checkOut: 'Utcheckning',
  departure: 'Avgång',
  arrival: 'Ankomst',
  participants: (count, total) => `Deltar (${count} av ${total})`,
  everyone: 'alla',
  everyoneExcept: (names) => `alla utom ${names}`,
  host: 'Värd',
  counterparts: 'Motparter',
  interpreter: 'Tolk',
  agenda: 'Dagordning',
  onlineMeeting: 'Digitalt möte',
  contactsForItem: 'Kontakt',
  bookingReference: 'Bokningsnummer',
  confirmationNumber: 'Bekräftelsenummer',
  seat: 'Plats',
  vehicle: 'Fordon',
  phone: 'Telefon',
  internal: 'Internt',
  internalNotes: 'Interna anteckningar',
  talkingPoints: 'Mål och budskap',
  giftsGiven: 'Gåvor att överlämna',
  giftsReceived: 'Mottagna gåvor',
  dressCode: 'Klädsel',
  followUps: 'Uppföljning',
  openFollowUps: 'Öppna uppföljningar',
  checks: 'Kontroller: att åtgärda före avresa',
  checkSeverity: { error: 'Fel', warning: 'Varning' },
  owner: 'Ansvarig',
  due: 'Senast',
  practicalInformation: 'Praktisk information',
  hotels: 'Hotell',
  nights: (n) => (n === 1 ? '1 natt' : `${n} nätter`),
  keyContacts: 'Viktiga kontakter',
  timeDifference: 'Tidsskillnad',
  timeDifferenceLine: (city, hours, home) => `${city}: ${hours} timmar jämfört med ${home}`,
  timeDifferenceFrom: (hours, date) => `, ${hours} från och med ${date}`,
  tripNotes: 'Anteckningar om resan',
  funding: 'Finansiering',
  name: 'Namn',
  titleAndOrganisation: 'Befattning',
  role: 'Roll',
  noItems: 'Inga programpunkter.',
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
    receiving_host: 'Mottagande värd',
    accompanying_officer: 'Medföljande tjänsteperson',
    driver: 'Chaufför',
  },
  contactRoles: {
    host: 'Värdar',
    interpreter: 'Tolkar',
    embassy: 'Ambassad',
    consulate: 'Konsulat',
    company: 'Företag',
    guide: 'Guider',
    driver: 'Chaufförer',
    hotel: 'Hotell',
    emergency: 'Nödnummer',
    other: 'Övriga',
  },
};

const en: DocumentLabels = {
  documentKind: {
    handout: 'Programme',
    briefing: 'Briefing for organisers',
    personal: 'Personal programme',
    hosts: 'Host overview',
    invitation: 'Invitation letter',
    dietary: 'Dietary requirements',
    badges: 'Name badges',
    placeCards: 'Place cards',
  },
  personalDataBanner: 'Contains personal data',
  internalBanner: 'INTERNAL – organisers only',
  page: { before: 'Page ', between: ' of ', after: '' },
  delegation: 'The delegation',
  yourHosts: 'Your hosts',
  neededWhen: 'Who of us is needed when',
  noHosts: 'No hosts among the members: mark our own people as hosts on the Members screen.',
  item: 'Item',
  hostsNeeded: 'Hosts',
  scheduleOf: (name) => `Schedule of ${name}`,
  dietaryNeeds: 'Dietary needs',
  accompaniedBy: 'Accompanied by',
  meetingPoint: 'Meeting point',
  signText: 'Sign',
  driver: 'Driver',
  headOfDelegation: 'Head of delegation',
  sendingOrganisation: 'Sending organisation',
  hostingOrganisation: 'Hosting organisation',
  purpose: 'Purpose',
  preparedFor: 'Programme for',
  programme: 'Day-by-day programme',
  localTime: 'Local time',
  homeTime: (city) => `${city} time`,
  allDay: 'All day',
  checkIn: 'Check-in',
  checkOut: 'Check-out',
  departure: 'Departs',
  arrival: 'Arrives',
  participants: (count, total) => `Attending (${count} of ${total})`,
  everyone: 'everyone',
  everyoneExcept: (names) => `everyone except ${names}`,
  host: 'Host',
  counterparts: 'Counterparts',
  interpreter: 'Interpreter',
  agenda: 'Agenda',
  onlineMeeting: 'Online meeting',
  contactsForItem: 'Contact',
  bookingReference: 'Booking reference',
  confirmationNumber: 'Confirmation number',
  seat: 'Seat',
  vehicle: 'Vehicle',
  phone: 'Phone',
  internal: 'Internal',
  internalNotes: 'Internal notes',
  talkingPoints: 'Objectives and talking points',
  giftsGiven: 'Gifts to present',
  giftsReceived: 'Gifts received',
  dressCode: 'Dress code',
  followUps: 'Follow-up',
  openFollowUps: 'Open follow-ups',
  checks: 'Checks: to fix before departure',
  checkSeverity: { error: 'Error', warning: 'Warning' },
  owner: 'Owner',
  due: 'Due',
  practicalInformation: 'Practical information',
  hotels: 'Hotels',
  nights: (n) => (n === 1 ? '1 night' : `${n} nights`),
  keyContacts: 'Key contacts',
  timeDifference: 'Time difference',
  timeDifferenceLine: (city, hours, home) => `${city}: ${hours} hours compared with ${home}`,
  timeDifferenceFrom: (hours, date) => `, ${hours} from ${date}`,
  tripNotes: 'Notes on the trip',
  funding: 'Funding',
  name: 'Name',
  titleAndOrganisation: 'Position',
  role: 'Role',
  noItems: 'No programme items.',
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
    receiving_host: 'Receiving host',
    accompanying_officer: 'Accompanying officer',
    driver: 'Driver',
  },
  contactRoles: {
    host: 'Hosts',
    interpreter: 'Interpreters',
    embassy: 'Embassy',
    consulate: 'Consulate',
    company: 'Companies',
    guide: 'Guides',
    driver: 'Drivers',
    hotel: 'Hotels',
    emergency: 'Emergency',
    other: 'Others',
  },
};

/** Between a label and its second language: a slash reads as "the same, in the other language". */
export const SECOND_LANGUAGE_SEPARATOR = ' / ';

/** The labels of a document language from a table per label language (the bilingual ones combined). */
export function labelsIn<T>(tables: Record<LabelLanguage, T>, lang: DocumentLanguage): T {
  const { primary, second } = languagesOf(lang);
  return second === null ? tables[primary] : (combine(tables[primary], tables[second]) as T);
}

function combine(first: unknown, second: unknown): unknown {
  if (typeof first === 'string') return bothTexts(first, String(second));
  if (typeof first === 'function') {
    const a = first as (...args: unknown[]) => string;
    const b = second as (...args: unknown[]) => string;
    return (...args: unknown[]) => bothTexts(a(...args), b(...args));
  }
  if (first !== null && typeof first === 'object') {
    const other = second as Record<string, unknown>;
    return Object.fromEntries(Object.entries(first).map(([key, value]) => [key, combine(value, other[key])]));
  }
  return first;
}

function bothTexts(first: string, second: string): string {
  return first === second || second === '' ? first : `${first}${SECOND_LANGUAGE_SEPARATOR}${second}`;
}

const tables: Record<LabelLanguage, DocumentLabels> = { sv, en, zh };

/** A component's own label tables in every document language, combined once at start-up. */
export function inEveryLanguage<T>(own: Record<LabelLanguage, T>): Record<DocumentLanguage, T> {
  return Object.fromEntries(DocumentLanguage.options.map((lang) => [lang, labelsIn(own, lang)])) as Record<DocumentLanguage, T>;
}

/** The programme documents' labels in every document language, combined once at start-up. */
export const documentLabels = Object.fromEntries(
  DocumentLanguage.options.map((lang) => [lang, labelsIn(tables, lang)]),
) as Record<DocumentLanguage, DocumentLabels>;
