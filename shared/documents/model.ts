import { runChecks } from '../checks';
import type { Contact, ContactRole, Organisation } from '../domain/contact';
import type { Item } from '../domain/item';
import type { MeetingDetails } from '../domain/meeting';
import type { Member } from '../domain/member';
import { secondClockZone, type Destination, type Trip } from '../domain/trip';
import type { TripWorkspace } from '../domain/workspace';
import { fold } from '../text/fold';
import { addDaysToDate, convertLocal, daysBetween, offsetMinutes, toInstant } from '../time/zoned';
import { buildDietarySheet } from './dietary';
import { attends, entriesOf, groupByLocalDay, itemsFor } from './entries';
import { giftsByItem, toDocumentGifts, type DocumentGift } from './gifts';
import { buildInvitationData } from './invitation-data/model';
import { buildInvitation } from './invitation';
import type {
  ContactGroup,
  DocumentContact,
  DocumentItem,
  DocumentMeeting,
  DocumentMember,
  HotelStay,
  OpenFollowUp,
  ProgrammeDay,
  ProgrammeEntry,
  ProgrammeModel,
  TimeDifference,
} from './model-types';
import type { DocumentSettings } from './options';
import { buildReport } from './report/model';
import { buildSeatingSheet, buildSeatingSheets, type SeatingSheetModel } from './seating/model';
import { documentLabels } from './labels';
import { summariseParticipants, type ParticipantGroup } from './participants';

/**
 * Builds the programme document's model (model-types.ts) from a trip's workspace: what to
 * print, already filtered for the variant and member. Internal fields are removed HERE, not in
 * the components, so a handout cannot show them whatever a component does.
 */
/** Order in the contacts section: the people met first, safety numbers last. */
export const CONTACT_ROLE_ORDER: readonly ContactRole[] = [
  'host', 'interpreter', 'guide', 'driver', 'hotel', 'company', 'embassy', 'consulate', 'emergency', 'other',
];
/** Always listed in a personal programme, even when none of the member's items names them. */
const SAFETY_ROLES: readonly ContactRole[] = ['embassy', 'consulate', 'emergency'];

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
  const labels = documentLabels[settings.lang];
  // A group's members limited to this trip's, so a stale id never keeps a group from matching.
  const groups: ParticipantGroup[] = workspace.groups.map((g) => ({ id: g.id, name: g.name, memberIds: g.memberIds.filter((id) => memberById.has(id)) }));
  const meetingByItem = new Map(workspace.meetings.map((m) => [m.itemId, m]));
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
