import type { Contact, Organisation } from '../../../shared/domain/contact';
import { fold as foldText } from '../../../shared/text/fold';
import { contentOf, decide, type Chooser } from './decide';
import type { FileContact, FileOrganisation, TripFile } from './format';
import type { LocalState } from './local';
import type { Planned } from './plan';
import type { SharedHistory, SharedVersionRecord } from './shared-versions';

/**
 * Contacts and organisations live in the address book that all trips share, so an import must
 * never duplicate them. An incoming one is matched
 *   1. by id (then merged by the usual rules),
 *   2. else an organisation by its name and native name, a contact by name + native name +
 *      organisation name, or by e-mail address (case-insensitive) —
 * and a matched one is used as it is here: the file's references are pointed at it.
 * Only what matches nothing is added. Nothing in the address book is ever deleted by an import.
 */
export interface AddressBookPlan {
  organisations: Planned<FileOrganisation>[];
  contacts: Planned<FileContact>[];
  /** File id → local id, for entities matched under another id. */
  organisationIds: Map<string, string>;
  contactIds: Map<string, string>;
  shared: SharedVersionRecord[];
}

export function matchAddressBook(
  file: TripFile,
  local: LocalState,
  history: SharedHistory,
  choose: Chooser,
  updateContacts = false,
): AddressBookPlan {
  // The whole address book is keyed here (20,000 contacts: 60,000 folds); organisation names and
  // many personal names repeat, so each distinct text is folded once.
  const folded = new Map<string, string>();
  const fold = (text: string) => {
    let f = folded.get(text);
    if (f === undefined) folded.set(text, (f = foldText(text)));
    return f;
  };
  const organisationIds = new Map<string, string>();
  const contactIds = new Map<string, string>();
  const shared: SharedVersionRecord[] = [];

  const localOrgs = new Map(local.organisations.map((o) => [o.id, o]));
  const orgKey = (o: { name: string; nativeName: string }) => `${fold(o.name)}|${fold(o.nativeName)}`;
  const orgsByKey = firstBy(local.organisations, orgKey);

  const organisations = file.organisations.map((o): Planned<FileOrganisation> => {
    const here = localOrgs.get(o.id);
    const match = here ? undefined : orgsByKey.get(orgKey(o));
    if (match) {
      organisationIds.set(o.id, match.id);
      return { change: matched('organisation', o.id, o.name, match, 'Same name as an organisation already in the address book') };
    }
    return planOne('organisation', o, o.name, here, local, history, choose, shared, updateContacts);
  });
  const orgName = (id: string | null) => (id ? (localOrgs.get(id)?.name ?? '') : '');
  const fileOrgName = new Map(file.organisations.map((o) => [o.id, o.name]));

  const contactKey = (c: Pick<Contact, 'name' | 'nativeName'>, organisation: string) =>
    `${fold(c.name)}|${fold(c.nativeName)}|${fold(organisation)}`;
  const contactsByKey = firstBy(local.contactKeys, (c) => contactKey(c, orgName(c.organisationId)));
  const contactsByEmail = firstBy(
    local.contactKeys.filter((c) => c.email !== ''),
    (c) => c.email.toLowerCase(),
  );

  const contacts = file.contacts.map((raw): Planned<FileContact> => {
    const c = { ...raw, organisationId: raw.organisationId === null ? null : (organisationIds.get(raw.organisationId) ?? raw.organisationId) };
    const label = c.nativeName ? `${c.name} (${c.nativeName})` : c.name;
    const here = local.contacts.get(c.id);
    if (!here) {
      const byName = contactsByKey.get(contactKey(c, raw.organisationId ? (fileOrgName.get(raw.organisationId) ?? '') : ''));
      const byEmail = c.email ? contactsByEmail.get(c.email.toLowerCase()) : undefined;
      const match = byName ?? byEmail;
      if (match) {
        contactIds.set(c.id, match.id);
        const why = byName ? 'Same name and organisation as a contact already in the address book' : 'Same e-mail address as a contact already in the address book';
        return { change: matched('contact', c.id, label, match, why) };
      }
    }
    return planOne('contact', c, label, here, local, history, choose, shared, updateContacts);
  });

  return { organisations, contacts, organisationIds, contactIds, shared };
}

function planOne<T extends FileOrganisation | FileContact>(
  type: 'organisation' | 'contact',
  incoming: T,
  label: string,
  here: T | undefined,
  local: LocalState,
  history: SharedHistory,
  choose: Chooser,
  shared: SharedVersionRecord[],
  updateContacts: boolean,
): Planned<T> {
  const decision = decide(
    { type, id: incoming.id, label, local: here, incoming, comparable: (e) => contentOf(e), deletedHere: false },
    history,
    choose,
  );
  const change = decision.change;
  // An entry other trips use changes those trips' documents and calendars too: a file (perhaps
  // hand-edited, with the same id and a higher revision) must not do that silently.
  const otherTrips = here ? local.usedByOtherTrips.get(incoming.id) : undefined;
  if (otherTrips && decision.takesTheirs) {
    change.usedByOtherTrips = otherTrips;
    if (!updateContacts) {
      change.willApply = false;
      if (change.outcome) change.outcome = 'ours';
      change.reason = `${change.reason}; also used by ${otherTrips.map((t) => `“${t}”`).join(', ')} here: changed only when you confirm address-book changes`;
      return { change, entity: incoming };
    }
  }
  if (!here && local.deleted.has(incoming.id)) {
    change.reason = 'Deleted from the address book here, added again because the trip refers to it';
  }
  const version = (v: { revision: number; updatedAt: string }) => ({ type, id: incoming.id, tripId: null, revision: v.revision, updatedAt: v.updatedAt });
  if (decision.takesTheirs || change.action === 'unchanged' || change.action === 'keep_local') shared.push(version(incoming));
  if (change.action === 'unchanged' && here) shared.push(version(here));
  return { change, op: decision.takesTheirs ? (here ? 'overwrite' : 'insert') : undefined, entity: incoming };
}

function matched(type: 'organisation' | 'contact', id: string, label: string, match: Pick<Contact | Organisation, 'id' | 'name'>, reason: string) {
  return { type, id, label, action: 'match' as const, matchedId: match.id, willApply: false, reason: `${reason}: “${match.name}” is used` };
}

/** The first entity per key (entities come sorted by id, so the choice is the same every time). */
function firstBy<T>(list: readonly T[], key: (e: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  for (const e of list) {
    const k = key(e);
    if (!map.has(k)) map.set(k, e);
  }
  return map;
}
