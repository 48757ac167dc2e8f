import { useQuery } from '../../api/query';

/** The trip's budget (sources, lines, per diem, totals, warnings): recomputed by the core. */
export function useBudget(tripId: string) {
  return useQuery('budget:get', { tripId });
}

/** Writes of this feature change the budget and the workspace's documents (the briefing). */
export const BUDGET_INVALIDATES = ['budget:', 'documents:'];
