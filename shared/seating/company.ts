import type { Item } from '../domain/item';
import type { TripWorkspace } from '../domain/workspace';
import type { TableSide } from './auto-seat';
import type { SeatedPerson } from './plan';

/** Someone who may sit at an item's table, with what a plan and a place list show of them. */
export interface TablePerson {
  person: SeatedPerson;
  side: TableSide;
  name: string;
  nativeName: string;
  title: string;
  organisation: string;
}

export const personKey = (p: SeatedPerson) => `${p.kind}:${p.id}`;

/**
 * Who sits at an item's table, each side in order of precedence. Guests: the travelling members
 * (visitors) who attend, by member order. Hosts: on an incoming visit our host members first (by
 * member order); then the meeting's counterparts in their order on the meeting (that order is
 * the hosts' precedence), then the item's other contacts. Contacts are always on the host side:
 * abroad they are our hosts, at home they are the local people receiving the visitors with us.
 */
export function tableCompany(workspace: TripWorkspace, item: Item): { hosts: TablePerson[]; guests: TablePerson[] } {
  const attending = [...workspace.members]
    .sort((a, b) => a.precedence - b.precedence)
    .filter((m) => item.allMembers || item.participantIds.includes(m.id));
  const asPerson = (m: (typeof attending)[number], side: TableSide): TablePerson => ({
    person: { kind: 'member', id: m.id },
    side,
    name: m.name,
    nativeName: m.nativeName,
    title: m.title,
    organisation: m.organisation,
  });
  const incoming = workspace.trip.direction === 'incoming';
  const guests = attending.filter((m) => !incoming || m.side === 'visitor').map((m) => asPerson(m, 'guest'));
  const hostMembers = incoming ? attending.filter((m) => m.side === 'host').map((m) => asPerson(m, 'host')) : [];

  const meeting = workspace.meetings.find((m) => m.itemId === item.id);
  const contactIds = [...new Set([...(meeting?.counterpartIds ?? []), ...item.contactIds])];
  const contactById = new Map(workspace.contacts.map((c) => [c.id, c]));
  const organisationById = new Map(workspace.organisations.map((o) => [o.id, o]));
  const contacts = contactIds.flatMap((id): TablePerson[] => {
    const c = contactById.get(id);
    if (!c) return [];
    const organisation = c.organisationId ? organisationById.get(c.organisationId)?.name ?? '' : '';
    return [{ person: { kind: 'contact', id }, side: 'host', name: c.name, nativeName: c.nativeName, title: c.title, organisation }];
  });
  return { hosts: [...hostMembers, ...contacts], guests };
}
