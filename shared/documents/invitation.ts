import type { Member } from '../domain/member';
import type { TripWorkspace } from '../domain/workspace';
import { fold } from '../text/fold';

/**
 * The Schengen invitation letter as data. It is the ONE document that shows passport numbers:
 * the consulate needs them to match the letter to the visa application. Everything here is read
 * only when the letter itself is asked for (never part of the other variants' model).
 */
export interface InvitedVisitor {
  id: string;
  /** As in the passport (the Latin-script name the members list holds). */
  name: string;
  nativeName: string;
  title: string;
  organisation: string;
  nationality: string;
  passportNumber: string;
  /** YYYY-MM-DD or null when not entered. */
  passportExpiry: string | null;
}

export interface HostContact {
  name: string;
  title: string;
  organisation: string;
  phone: string;
  email: string;
}

export interface InvitationModel {
  /** One visitor's letter (--member) or the whole group's. */
  visitors: InvitedVisitor[];
  group: boolean;
  /** The receiving host (role receiving_host, else the first host in precedence), if any. */
  hostContact: HostContact | null;
  /** The trip's destinations, then any other city the programme names, in programme order. */
  places: string[];
  /** "Who pays what", one arrangement per line, blank lines dropped. */
  costLines: string[];
}

export function buildInvitation(workspace: TripWorkspace, memberId: string | null): InvitationModel {
  const members = [...workspace.members].sort((a, b) => a.precedence - b.precedence);
  const visitors = members.filter((m) => m.side === 'visitor' && (memberId === null || m.id === memberId));
  const hosts = members.filter((m) => m.side === 'host');
  const host = hosts.find((m) => m.role === 'receiving_host') ?? hosts[0] ?? null;
  return {
    visitors: visitors.map(toInvitedVisitor),
    group: memberId === null,
    hostContact: host ? { name: host.name, title: host.title, organisation: host.organisation, phone: host.phone, email: host.email } : null,
    places: placesOf(workspace, memberId),
    costLines: workspace.trip.costCoverage
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
  };
}

function toInvitedVisitor(m: Member): InvitedVisitor {
  return {
    id: m.id,
    name: m.name,
    nativeName: m.nativeName,
    title: m.title,
    organisation: m.organisation,
    nationality: m.nationality,
    passportNumber: m.passportNumber,
    passportExpiry: m.passportExpiry,
  };
}

function placesOf(workspace: TripWorkspace, memberId: string | null): string[] {
  const places: string[] = [];
  const seen = new Set<string>();
  const add = (city: string) => {
    const key = fold(city).trim();
    if (key === '' || seen.has(key)) return;
    seen.add(key);
    places.push(city.trim());
  };
  workspace.trip.destinations.forEach((d) => add(d.city));
  const items = workspace.items
    .filter((i) => memberId === null || i.allMembers || i.participantIds.includes(memberId))
    .sort((a, b) => (a.startLocal < b.startLocal ? -1 : a.startLocal > b.startLocal ? 1 : 0));
  items.forEach((i) => add(i.location.city));
  return places;
}
