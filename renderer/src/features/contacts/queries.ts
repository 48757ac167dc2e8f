import { useEffect, useMemo } from 'react';
import { create } from 'zustand';
import type { Organisation } from '../../../../shared/domain/contact';
import { useQuery, type QueryResult } from '../../api/query';

/**
 * Reads of the contacts feature: the only place here that names contact and organisation read
 * operations. Paged address-book lists are in usePagedContacts.ts.
 */

/**
 * Organisations created in this window that 'organisations:list' may not have yet. Creating one
 * re-runs that list, but behind the other reads the same write re-runs (the address book's pages,
 * the trip's workspace): a picker showed "Loading…" for a second instead of the new name. The
 * created row is the one the core answered with, so it is shown at once and dropped again as soon
 * as the list has it (after that the list alone decides, e.g. when it is deleted).
 */
const useJustCreated = create<{ byId: Record<string, Organisation> }>()(() => ({ byId: {} }));

/** Show `organisation` in every organisation list and picker now (see useJustCreated). */
export function rememberCreatedOrganisation(organisation: Organisation): void {
  useJustCreated.setState((s) => ({ byId: { ...s.byId, [organisation.id]: organisation } }));
}

/** Every organisation of the address book, by name (they number dozens to a few hundred). */
export function useOrganisations(): QueryResult<Organisation[]> {
  const query = useQuery('organisations:list', {});
  const justCreated = useJustCreated((s) => s.byId);
  const listed = query.data;
  useEffect(() => {
    if (!listed) return;
    const arrived = listed.filter((o) => justCreated[o.id]).map((o) => o.id);
    if (arrived.length === 0) return;
    useJustCreated.setState((s) => ({ byId: Object.fromEntries(Object.entries(s.byId).filter(([id]) => !arrived.includes(id))) }));
  }, [listed, justCreated]);
  const data = useMemo(() => {
    const missing = Object.values(justCreated).filter((o) => !listed?.some((l) => l.id === o.id));
    if (missing.length === 0) return listed;
    return [...(listed ?? []), ...missing].sort((a, b) => a.name.localeCompare(b.name));
  }, [listed, justCreated]);
  // Same status and reload as the query; only `data` may hold a just-created row more.
  return { ...query, data } as QueryResult<Organisation[]>;
}

/** Organisations by id, for showing a contact's organisation without another call. */
export function useOrganisationIndex(): Map<string, Organisation> {
  const organisations = useOrganisations();
  return useMemo(() => new Map((organisations.data ?? []).map((o) => [o.id, o])), [organisations.data]);
}

/** One contact, fresh from the core (the detail panel; reloads after every contact write). */
export function useContact(id: string | null) {
  return useQuery('contacts:get', { id: id ?? '' }, { enabled: id !== null });
}

/** A short list of contacts matching a text (pickers: counterparts, interpreters). */
export function useContactSearch(query: string, { limit = 20, enabled = true }: { limit?: number; enabled?: boolean } = {}) {
  return useQuery('contacts:list', { query, limit, offset: 0 }, { enabled });
}

/** Contacts of one organisation (the organisation panel shows who works there). */
export function useOrganisationContacts(organisationId: string | null, limit = 50) {
  return useQuery(
    'contacts:list',
    { query: '', organisationId: organisationId ?? undefined, limit, offset: 0 },
    { enabled: organisationId !== null },
  );
}
