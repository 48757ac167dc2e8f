import { useQuery } from '../../api/query';

/** Address-book contacts matching a text, for the item editor's "Contacts involved" picker. */
export function useContactSearch(query: string, enabled: boolean) {
  return useQuery('contacts:list', { query, limit: 20, offset: 0 }, { enabled });
}
