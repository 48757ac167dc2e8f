import { useMemo } from 'react';
import type { Organisation } from '../../../../shared/domain/contact';
import { useQuery } from '../../api/query';

/**
 * Reads of the contacts feature: the only place here that names contact and organisation read
 * operations. Paged address-book lists are in usePagedContacts.ts.
 */

/** Every organisation of the address book, by name (they number dozens to a few hundred). */
export function useOrganisations() {
  return useQuery('organisations:list', {});
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
