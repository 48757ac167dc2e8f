import { useQuery } from '../../api/query';

export function useGlobalSearch(query: string) {
  return useQuery('search:global', { query, limit: 30 }, { enabled: query.length > 0 });
}
