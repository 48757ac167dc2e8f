import type { Contact, ContactRole, Organisation } from '../domain/contact';
import type { TripBudget } from '../domain/budget';
import type { Item, ItemDetails } from '../domain/item';
import { giftsByItem, toDocumentGifts, type DocumentGift } from './gifts';
import type { FollowUp, MeetingDetails } from '../domain/meeting';
import type { DelegationRole, Member, MemberSide } from '../domain/member';
import { secondClockZone, type Destination, type Trip } from '../domain/trip';
import type { TripWorkspace } from '../domain/workspace';
import type { MeetingTranslation, MemberTranslation } from '../domain/translation';
import { addDaysToDate, convertLocal, daysBetween, offsetMinutes, toInstant } from '../time/zoned';
import type { DocumentSettings } from './options';
import { runChecks, type CheckResult } from '../checks';
import { buildInvitation, type InvitationModel } from './invitation';
import { buildDietarySheet, type DietarySheetModel } from './dietary';
import { buildSeatingSheet, buildSeatingSheets, type SeatingSheetModel } from './seating/model';
import { buildReport, type ReportModel } from './report/model';
import { buildInvitationData, type InvitationDataRow } from './invitation-data/model';
import { documentLabels } from './labels';
import { summariseParticipants, type ParticipantGroup, type ParticipantSummary } from './participants';

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

/** Which part of an item a programme row shows. */
export type EntryPart = 'whole' | 'check-in' | 'check-out' | 'all-day';

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

/** Does `memberId` attend `item`? (All members, including members added later, or named.) */
export function attends(item: Pick<Item, 'allMembers' | 'participantIds'>, memberId: string): boolean {
  return item.allMembers || item.participantIds.includes(memberId);
}

/** The items of a personal programme (or all items when memberId is null), in programme order. */
export function itemsFor<T extends Pick<Item, 'allMembers' | 'participantIds'>>(items: readonly T[], memberId: string | null): T[] {
  return memberId === null ? [...items] : items.filter((item) => attends(item, memberId));
}

/** Order in the contacts section: the people met first, safety numbers last. */
export const CONTACT_ROLE_ORDER: readonly ContactRole[] = [
  'host', 'interpreter', 'guide', 'driver', 'hotel', 'company', 'embassy', 'consulate', 'emergency', 'other',
];
/** Always listed in a personal programme, even when none of the member's items names them. */
const SAFETY_ROLES: readonly ContactRole[] = ['embassy', 'consulate', 'emergency'];

/**
 * One programme row per item, except: a hotel stay shows check-in and check-out on their own
 * days; an all-day item shows on every day it spans. Each row belongs to the LOCAL date of its
 * own time in its own zone (a flight that leaves Stockholm on the 28th is on the 28th even if it
 * lands on the 29th), and rows within a day are in real time order across zones.
 */
export function entriesOf(item: Item): { part: EntryPart; local: string; zone: string }[] {
  const startDate = item.startLocal.slice(0, 10);
  const endDate = item.endLocal?.slice(0, 10) ?? null;
  if (item.kind === 'accommodation') {
    const rows: { part: EntryPart; local: string; zone: string }[] = [];
    if (!endDate || endDate === startDate) return [{ part: 'whole', local: item.startLocal, zone: item.startZone }];
    rows.push({ part: 'check-in', local: item.startLocal, zone: item.startZone });
    rows.push({ part: 'check-out', local: item.endLocal!, zone: item.endZone });
    return rows;
  }
  if (item.allDay) {
    const days = endDate && endDate > startDate ? daysBetween(startDate, endDate) + 1 : 1;
    return Array.from({ length: Math.min(days, 366) }, (_, i) => ({
      part: 'all-day' as const,
      local: `${addDaysToDate(startDate, i)}T00:00`,
      zone: item.startZone,
    }));
  }
  return [{ part: 'whole', local: item.startLocal, zone: item.startZone }];
}

/** Group rows by their local date; days in date order, rows in time order (all-day rows first). */
export function groupByLocalDay<E extends { local: string; zone: string; part: EntryPart; item: Pick<Item, 'sortOrder' | 'title'> }>(
  entries: readonly E[],
): { date: string; entries: E[] }[] {
  const byDate = new Map<string, E[]>();
  for (const entry of entries) {
    const date = entry.local.slice(0, 10);
    const list = byDate.get(date) ?? [];
    list.push(entry);
    byDate.set(date, list);
  }
  const rank = (e: E) => (e.part === 'all-day' ? 0 : 1);
  return [...byDate.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([date, list]) => ({
      date,
      entries: list.sort(
        (a, b) =>
          rank(a) - rank(b) ||
          toInstant(a.local, a.zone) - toInstant(b.local, b.zone) ||
          a.item.sortOrder - b.item.sortOrder ||
          a.item.title.localeCompare(b.item.title),
      ),
    }));
}

export function buildProgrammeModel(workspace: TripWorkspace, requested: DocumentSettings): ProgrammeModel {
  // A Schengen invitation letter is written in English whatever the app's language.
  const settings: DocumentSettings = requested.variant === 'invitation' ? { ...requested, lang: 'en' } : requested;
  const { trip } = workspace;
  const internal = settings.variant === 'briefing';
  const forHosts = settings.variant === 'hosts';
  const personal = settings.memberId;
  const memberRow = personal === null ? null : workspace.members.find((m) => m.id === personal);
  if (personal !== null && !memberRow) throw new Error(`The member ${personal} is not in this trip`);

  const members = [...workspace.members].sort((a, b) => a.precedence - b.precedence).map((m) => toDocumentMember(m, internal));
  const memberById = new Map(members.map((m) => [m.id, m]));
  const visitors = members.filter((m) => m.side === 'visitor');
  const hosts = members.filter((m) => m.side === 'host');
  const clockZone = secondClockZone(trip);
  const organisationById = new Map(workspace.organisations.map((o) => [o.id, o]));
  const contactById = new Map(workspace.contacts.map((c) => [c.id, toDocumentContact(c, organisationById)]));
  const meetingByItem = new Map(workspace.meetings.map((m) => [m.itemId, m]));
  const labels = documentLabels[settings.lang];
  // A group's members limited to this trip's, so a stale id never keeps a group from matching.
  const groups: ParticipantGroup[] = workspace.groups.map((g) => ({ id: g.id, name: g.name, memberIds: g.memberIds.filter((id) => memberById.has(id)) }));
  const giftsOf = internal ? giftsByItem(workspace.gifts, toDocumentGifts({ ...workspace, registrationLimitOre: null })) : new Map<string, DocumentGift[]>();

  const items = itemsFor(workspace.items, personal);
  const usedContactIds = new Set<string>();
  const rows: ProgrammeEntry[] = [];
  for (const item of items) {
    const publicItem = toDocumentItem(item, internal);
    const meetingRow = meetingByItem.get(item.id);
    const meeting = meetingRow ? toDocumentMeeting(meetingRow, { internal, personal: personal !== null }, memberById, contactById, organisationById) : null;
    const contacts = pick(item.contactIds, contactById);
    for (const c of contacts) usedContactIds.add(c.id);
    if (meetingRow) {
      meetingRow.counterpartIds.forEach((id) => usedContactIds.add(id));
      if (meetingRow.interpreterContactId) usedContactIds.add(meetingRow.interpreterContactId);
    }
    const participants = participantsOf(item, visitors, memberById);
    const attendance = participants && participants.length > 0 ? summariseParticipants(participants, visitors, groups, labels, documentMemberName) : null;
    const accompaniedBy = hosts.filter((h) => attends(item, h.id));
    const dietary = (internal || forHosts) && item.kind === 'meal' ? dietaryAt(item, workspace.members) : [];
    for (const [index, row] of entriesOf(item).entries()) {
      const homeLocal =
        settings.homeTime && clockZone && row.part !== 'all-day' ? homeTimeOf(row.local, row.zone, clockZone) : null;
      const gifts = giftsOf.get(item.id) ?? [];
      rows.push({ key: `${item.id}:${index}`, item: publicItem, part: row.part, local: row.local, zone: row.zone, homeLocal, participants, attendance, accompaniedBy, dietary, meeting, contacts, gifts });
    }
  }
  const days: ProgrammeDay[] = groupByLocalDay(rows);

  const hotels: HotelStay[] = items
    .filter((i) => i.kind === 'accommodation')
    .map((i) => ({
      item: toDocumentItem(i, internal),
      checkIn: i.startLocal,
      checkOut: i.endLocal,
      nights: i.endLocal ? daysBetween(i.startLocal.slice(0, 10), i.endLocal.slice(0, 10)) : null,
    }));

  const contactsShown = workspace.contacts.filter(
    (c) => personal === null || usedContactIds.has(c.id) || SAFETY_ROLES.includes(c.role),
  );
  const contacts: ContactGroup[] = CONTACT_ROLE_ORDER.map((role) => ({
    role,
    contacts: contactsShown.filter((c) => c.role === role).map((c) => contactById.get(c.id)!),
  })).filter((g) => g.contacts.length > 0);

  const destinations = personal === null ? trip.destinations : destinationsVisited(trip.destinations, items);
  const followUps: OpenFollowUp[] = internal
    ? rows
        .filter((r) => r.part !== 'check-out' && r.meeting)
        .flatMap((r) => r.meeting!.openFollowUps.map((followUp) => ({ itemTitle: r.item.title, date: r.local.slice(0, 10), followUp })))
    : [];

  const member = memberRow ? memberById.get(memberRow.id)! : null;
  return {
    settings,
    trip: internal ? trip : { ...trip, notes: '', fundingReference: '' },
    internal,
    organisationName:
      settings.organisationName?.trim() ||
      (trip.direction === 'incoming' ? trip.hostingOrganisation : trip.sendingOrganisation) ||
      trip.sendingOrganisation ||
      trip.hostingOrganisation,
    organisationContact: [settings.organisationAddress, settings.organisationPhone].filter((s) => s?.trim()).join(' · '),
    logo: settings.logo ?? null,
    member,
    members,
    visitors,
    hosts,
    head: visitors.find((m) => m.role === 'head') ?? null,
    secondClockZone: clockZone,
    destinations,
    days,
    showHomeTime: rows.some((r) => r.homeLocal !== null),
    hotels,
    contacts,
    timeDifferences: timeDifferences(trip, destinations, clockZone ?? trip.homeTimeZone),
    followUps,
    budget: internal && personal === null ? (workspace.budget ?? null) : null,
    findings: internal
      ? runChecks(workspace).filter(
          (f) => f.severity !== 'info' && (member === null || f.memberIds.length === 0 || f.memberIds.includes(member.id)),
        )
      : [],
    invitation: settings.variant === 'invitation' ? buildInvitation(workspace, personal) : null,
    dietarySheet: settings.variant === 'dietary' && settings.itemId !== null ? buildDietarySheet(workspace, settings.itemId) : null,
    seatingSheet: settings.variant === 'seating' ? seatingSheetOf(workspace, settings.itemId) : null,
    seatingPlans: internal ? buildSeatingSheets(workspace, items) : [],
    report: settings.variant === 'report' ? buildReport(workspace) : null,
    invitationData: settings.variant === 'invitation-data' ? buildInvitationData(workspace) : null,
  };
}

function seatingSheetOf(workspace: TripWorkspace, itemId: string | null): SeatingSheetModel | null {
  const item = workspace.items.find((i) => i.id === itemId);
  return item ? buildSeatingSheet(workspace, item) : null;
}

/** "Anders Teljebäck (S)": a member's name as Swedish press style writes it (Cover's memberName). */
export function documentMemberName(m: Pick<DocumentMember, 'name' | 'party'>): string {
  return m.party ? `${m.name} (${m.party})` : m.name;
}

function toDocumentMember(m: Member, internal: boolean): DocumentMember {
  return {
    id: m.id,
    name: m.name,
    nativeName: m.nativeName,
    title: m.title,
    organisation: m.organisation,
    party: m.party,
    role: m.role,
    side: m.side,
    precedence: m.precedence,
    phone: internal || m.side === 'host' ? m.phone : '',
    email: internal ? m.email : '',
    translation: m.translation,
  };
}

function toDocumentContact(c: Contact, organisations: Map<string, Organisation>): DocumentContact {
  const organisation = c.organisationId ? organisations.get(c.organisationId) : undefined;
  return {
    id: c.id,
    name: c.name,
    nativeName: c.nativeName,
    title: c.title,
    organisation: organisation?.name ?? '',
    organisationNative: organisation?.nativeName ?? '',
    role: c.role,
    phone: c.phone,
    email: c.email,
    messaging: c.messaging,
    address: c.address,
  };
}

function toDocumentItem(item: Item, internal: boolean): DocumentItem {
  if (internal) return item;
  // Booking references and seats identify a traveller's booking: organisers' eyes only.
  const { bookingReference: _b, confirmationNumber: _c, seat: _s, ...details } = item.details;
  return { ...item, internalNotes: '', details };
}

function toDocumentMeeting(
  m: MeetingDetails,
  { internal, personal }: { internal: boolean; personal: boolean },
  members: Map<string, DocumentMember>,
  contacts: Map<string, DocumentContact>,
  organisations: Map<string, Organisation>,
): DocumentMeeting {
  const hostOrg = m.hostOrganisationId ? organisations.get(m.hostOrganisationId) : undefined;
  const interpreterMember = m.interpreterMemberId ? members.get(m.interpreterMemberId) : undefined;
  const interpreterContact = m.interpreterContactId ? contacts.get(m.interpreterContactId) : undefined;
  const interpreter = interpreterMember
    ? interpreterMember.name
    : interpreterContact
      ? [interpreterContact.name, interpreterContact.nativeName].filter(Boolean).join(' ')
      : '';
  return {
    host: hostOrg?.name ?? m.hostOrganisation,
    hostNative: hostOrg?.nativeName ?? '',
    counterparts: pick(m.counterpartIds, contacts),
    interpreter,
    agenda: m.agenda,
    translation: m.translation,
    // A video link is for the people attending, not for a press handout.
    onlineUrl: internal || personal ? m.onlineUrl : '',
    talkingPoints: internal ? m.talkingPoints : '',
    giftsGiven: internal ? m.giftsGiven : '',
    giftsReceived: internal ? m.giftsReceived : '',
    dressCode: internal ? m.dressCode : '',
    openFollowUps: internal ? m.followUps.filter((f) => !f.done) : [],
  };
}

/** Dietary needs of the visitors at a meal, in order of precedence (hosts order for themselves). */
function dietaryAt(item: Item, members: readonly Member[]): { name: string; needs: string }[] {
  return [...members]
    .sort((a, b) => a.precedence - b.precedence)
    .filter((m) => m.side === 'visitor' && m.dietaryNeeds.trim() !== '' && attends(item, m.id))
    .map((m) => ({ name: m.name, needs: m.dietaryNeeds.trim() }));
}

/** The visitors attending, or null when all of them do (hosts are listed as accompanying). */
function participantsOf(item: Item, visitors: DocumentMember[], byId: Map<string, DocumentMember>): DocumentMember[] | null {
  if (item.allMembers) return null;
  const chosen = new Set(item.participantIds.filter((id) => byId.has(id)));
  const attending = visitors.filter((m) => chosen.has(m.id));
  return attending.length === visitors.length ? null : attending;
}

function pick<T>(ids: readonly string[], byId: Map<string, T>): T[] {
  return ids.flatMap((id) => {
    const found = byId.get(id);
    return found ? [found] : [];
  });
}

/** `local` in `zone` as seen at home; null when home shows the same wall-clock time. */
function homeTimeOf(local: string, zone: string, homeZone: string): string | null {
  if (zone === homeZone) return null;
  const home = convertLocal(local, zone, homeZone);
  return home === local ? null : home;
}

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase();

/**
 * The destinations a personal programme visits: those named as an item's city. When no item
 * names a city at all, every destination is kept (nothing tells them apart).
 */
function destinationsVisited(destinations: Destination[], items: readonly Item[]): Destination[] {
  const cities = new Set(items.map((i) => fold(i.location.city.trim())).filter(Boolean));
  if (cities.size === 0) return destinations;
  return destinations.filter((d) => cities.has(fold(d.city)) || (d.nativeName !== '' && cities.has(fold(d.nativeName))));
}

/** Each destination's difference from `homeZone` (the second clock's zone: whose home the reader thinks in). */
function timeDifferences(trip: Trip, destinations: Destination[], homeZone: string): TimeDifference[] {
  const days = Math.min(daysBetween(trip.startDate, trip.endDate), 366);
  const differenceOn = (date: string, zone: string) => {
    const at = toInstant(`${date}T12:00`, zone);
    return offsetMinutes(at, zone) - offsetMinutes(at, homeZone);
  };
  const byKey = new Map<string, TimeDifference>();
  for (const destination of destinations) {
    const minutes = differenceOn(trip.startDate, destination.timeZone);
    const changes: { date: string; minutes: number }[] = [];
    let current = minutes;
    for (let i = 1; i <= days; i++) {
      const date = addDaysToDate(trip.startDate, i);
      const next = differenceOn(date, destination.timeZone);
      if (next !== current) changes.push({ date, minutes: next });
      current = next;
    }
    if (minutes === 0 && changes.length === 0) continue;
    const key = JSON.stringify([minutes, changes]);
    const entry = byKey.get(key) ?? { cities: [], minutes, changes };
    if (!entry.cities.includes(destination.city)) entry.cities.push(destination.city);
    byKey.set(key, entry);
  }
  return [...byKey.values()];
}
