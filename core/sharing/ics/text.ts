import type { Item } from '../../../shared/domain/item';
import type { TripWorkspace } from '../../../shared/domain/workspace';
import type { SharingLabels } from '../labels';
import { summariseParticipants, summaryText } from '../../../shared/documents/participants';

/**
 * The text of a calendar event. Only what may be shown to every member: the item's description,
 * travel and booking facts, the host, contacts, participants and PUBLIC notes. Internal notes,
 * talking points, minutes, gifts and follow-ups are organisers' business and never appear here.
 */

/** Venue, address, city and the address in local script (for the driver), without repeats. */
export function locationOf(item: Item): string {
  const { venue, address, city, addressLocal } = item.location;
  const parts: string[] = [];
  for (const part of [venue, address]) if (part) parts.push(part);
  if (city && !parts.some((p) => p.toLowerCase().includes(city.toLowerCase()))) parts.push(city);
  if (addressLocal) parts.push(addressLocal);
  if (parts.length) return parts.join(', ');
  // A flight or train without a venue starts at its departure airport or station.
  return item.details.from ?? '';
}

export function describeItem(ws: TripWorkspace, item: Item, l: SharingLabels, index = indexWorkspace(ws)): string {
  const paragraphs: string[] = [];
  if (item.description.trim()) paragraphs.push(item.description.trim());

  const d = item.details;
  const facts: string[] = [];
  const number = [d.number, d.carrier].filter(Boolean).join(', ');
  if (number) facts.push(`${l.flightOrTrain}: ${number}`);
  if (d.from) facts.push(`${l.from}: ${d.from}`);
  if (d.to) facts.push(`${l.to}: ${d.to}`);
  if (d.bookingReference) facts.push(`${l.bookingReference}: ${d.bookingReference}`);
  if (d.confirmationNumber) facts.push(`${l.confirmationNumber}: ${d.confirmationNumber}`);
  if (d.vehicle) facts.push(`${l.vehicle}: ${d.vehicle}`);
  if (d.phone) facts.push(`${l.phone}: ${d.phone}`);

  const meeting = index.meetings.get(item.id);
  if (meeting) {
    const host = meeting.hostOrganisationId ? index.organisations.get(meeting.hostOrganisationId) : undefined;
    const hostName = host ? [host.name, host.nativeName].filter(Boolean).join(' / ') : meeting.hostOrganisation;
    if (hostName) facts.push(`${l.host}: ${hostName}`);
    if (meeting.dressCode) facts.push(`${l.dressCode}: ${meeting.dressCode}`);
    if (meeting.onlineUrl) facts.push(`${l.onlineMeeting}: ${meeting.onlineUrl}`);
  }
  if (facts.length) paragraphs.push(facts.join('\n'));
  if (meeting?.agenda.trim()) paragraphs.push(`${l.agenda}:\n${meeting.agenda.trim()}`);

  const contacts = item.contactIds
    .map((id) => index.contacts.get(id))
    .filter((c) => c !== undefined)
    .map((c) => [c.nativeName ? `${c.name} (${c.nativeName})` : c.name, c.phone].filter(Boolean).join(', '));
  if (contacts.length) paragraphs.push(`${l.contacts}:\n${contacts.join('\n')}`);

  paragraphs.push(`${l.participants}: ${item.allMembers ? l.allMembers : participantsText(ws, item, l, index) || '–'}`);

  if (item.publicNotes.trim()) paragraphs.push(item.publicNotes.trim());
  return paragraphs.join('\n\n');
}

/**
 * Who attends, as the printed programme says it: a group's name, "Alla utom …" or the names, so
 * a state visit's events do not each carry thirty names.
 */
function participantsText(ws: TripWorkspace, item: Item, l: SharingLabels, index: ReturnType<typeof indexWorkspace>): string {
  const chosen = new Set(item.participantIds);
  const attending = ws.members.filter((m) => chosen.has(m.id));
  if (attending.length === 0) return '';
  const words = { everyone: l.allMembers, everyoneExcept: l.allMembersExcept };
  const nameOf = (m: { name: string }) => m.name;
  return summaryText(summariseParticipants(attending, ws.members, index.groups, words, nameOf), words, nameOf);
}

/** Look-ups by id, built once per calendar rather than searched per item. */
export function indexWorkspace(ws: TripWorkspace) {
  const memberIds = new Set(ws.members.map((m) => m.id));
  return {
    // Limited to the trip's members, so a stale id never keeps a group from matching.
    groups: ws.groups.map((g) => ({ id: g.id, name: g.name, memberIds: g.memberIds.filter((id) => memberIds.has(id)) })),
    meetings: new Map(ws.meetings.map((m) => [m.itemId, m])),
    organisations: new Map(ws.organisations.map((o) => [o.id, o])),
    contacts: new Map(ws.contacts.map((c) => [c.id, c])),
  };
}
