import type { CheckResult } from '../checks';
import type { TripBudget } from '../domain/budget';
import type { ContactRole } from '../domain/contact';
import type { Item, ItemDetails } from '../domain/item';
import type { FollowUp } from '../domain/meeting';
import type { DelegationRole, MemberSide } from '../domain/member';
import type { MeetingTranslation, MemberTranslation } from '../domain/translation';
import type { Destination, Trip } from '../domain/trip';
import type { DietarySheetModel } from './dietary';
import type { EntryPart } from './entries';
import type { DocumentGift } from './gifts';
import type { InvitationDataRow } from './invitation-data/model';
import type { InvitationModel } from './invitation';
import type { ParticipantSummary } from './participants';
import type { DocumentSettings } from './options';
import type { ReportModel } from './report/model';
import type { SeatingSheetModel } from './seating/model';

/**
 * The programme document as data: what to print, already filtered for the variant and member.
 * Internal fields are removed HERE, not in the components, so a handout cannot show them
 * whatever a component does; members carry no passport or visa data at all.
 */

/** What a document may say about a member (never passport, visa, dietary or emergency data). */
export interface DocumentMember {
  id: string;
  name: string;
  nativeName: string;
  title: string;
  organisation: string;
  party: string;
  role: DelegationRole;
  side: MemberSide;
  precedence: number;
  /** Briefing only (organisers call members), and hosts' in every variant: visitors call them. */
  phone: string;
  email: string;
  translation: MemberTranslation;
}

export interface DocumentContact {
  id: string;
  name: string;
  nativeName: string;
  title: string;
  organisation: string;
  organisationNative: string;
  role: ContactRole;
  phone: string;
  email: string;
  messaging: string;
  address: string;
}

/** A public-safe copy of an item: internal notes and booking data only in the briefing. */
export type DocumentItem = Omit<Item, 'details'> & { details: ItemDetails };

export interface DocumentMeeting {
  host: string;
  hostNative: string;
  counterparts: DocumentContact[];
  interpreter: string;
  agenda: string;
  translation: MeetingTranslation;
  onlineUrl: string;
  /** Briefing only; empty strings/arrays otherwise. */
  talkingPoints: string;
  giftsGiven: string;
  giftsReceived: string;
  dressCode: string;
  openFollowUps: FollowUp[];
}

export interface ProgrammeEntry {
  key: string;
  item: DocumentItem;
  part: EntryPart;
  /** Local date-time of this row and its zone (a check-out row uses the item's end). */
  local: string;
  zone: string;
  /** The same moment at home, when the home-time column is shown and the zones differ. */
  homeLocal: string | null;
  /** Attending visitors when not all of them attend; null means the whole delegation. */
  participants: DocumentMember[] | null;
  /** How `participants` is printed: a group's name, "everyone except …" or the names (null with it). */
  attendance: ParticipantSummary<DocumentMember> | null;
  /** Host members with the visitors at this item (incoming trips), in order of precedence. */
  accompaniedBy: DocumentMember[];
  /**
   * Meals, in the briefing and the hosts' overview only: the attending visitors' dietary needs,
   * for the restaurant. Personal data, so never in a handout.
   */
  dietary: { name: string; needs: string }[];
  meeting: DocumentMeeting | null;
  contacts: DocumentContact[];
  /** Briefing only: the gift register's gifts for this item (planned gifts per meeting). */
  gifts: DocumentGift[];
}

export interface ProgrammeDay {
  /** Local calendar date, YYYY-MM-DD, in the zone of the day's items. */
  date: string;
  entries: ProgrammeEntry[];
}

export interface HotelStay {
  item: DocumentItem;
  checkIn: string;
  checkOut: string | null;
  nights: number | null;
}

export interface ContactGroup {
  role: ContactRole;
  contacts: DocumentContact[];
}

export interface TimeDifference {
  /** Destinations that share this difference ("Jinan, Shenyang"). */
  cities: string[];
  /** Destination minus home, in minutes, on the trip's first day. */
  minutes: number;
  /** Where summer time starts or ends during the trip: the new difference from that date. */
  changes: { date: string; minutes: number }[];
}

export interface OpenFollowUp {
  itemTitle: string;
  date: string;
  followUp: FollowUp;
}

export interface ProgrammeModel {
  settings: DocumentSettings;
  trip: Trip;
  /** The trip's notes and funding are organisers' matters: blank unless briefing. */
  internal: boolean;
  organisationName: string;
  /** The organisation's address and phone for the running footer ("Stadshuset, Västerås · 021-39 00 00"). */
  organisationContact: string;
  logo: string | null;
  /** The member a personal programme is for. */
  member: DocumentMember | null;
  /** Every member, both sides, in order of precedence. */
  members: DocumentMember[];
  /** "The delegation": the members who travel (visitors), in order of precedence. */
  visitors: DocumentMember[];
  /** "Your hosts": host members (incoming trips), in order of precedence. */
  hosts: DocumentMember[];
  head: DocumentMember | null;
  /** The zone of the second clock (visitors' home on incoming trips, ours on outgoing); null: none. */
  secondClockZone: string | null;
  destinations: Destination[];
  days: ProgrammeDay[];
  /** True when the home-time column is asked for and some time differs from home. */
  showHomeTime: boolean;
  hotels: HotelStay[];
  contacts: ContactGroup[];
  timeDifferences: TimeDifference[];
  followUps: OpenFollowUp[];
  /**
   * Errors and warnings of the trip checks (shared/checks), briefing only: the same findings the
   * Checks screen and `cli check` show. A personal briefing keeps those concerning its member.
   */
  findings: CheckResult[];
  /** Budget totals: the whole-trip briefing only, when the workspace carries them; else null. */
  budget: TripBudget | null;
  /** The invitation letter's data (passport numbers): variant 'invitation' only, else null. */
  invitation: InvitationModel | null;
  /** One meal's dietary needs: variant 'dietary' only, else null. */
  dietarySheet: DietarySheetModel | null;
  /** One item's table plan: variant 'seating' only, else null. */
  seatingSheet: SeatingSheetModel | null;
  /** The briefing's table plans, one page each (items of the programme that have one). */
  seatingPlans: SeatingSheetModel[];
  /** The post-trip report: variant 'report' only, else null. */
  report: ReportModel | null;
  /** The invitation data pack (passport data): variant 'invitation-data' only, else null. */
  invitationData: InvitationDataRow[] | null;
}
