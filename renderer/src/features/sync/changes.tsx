import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { RowChange } from '../../../../shared/sync/presence';
import { useApi } from '../../api/context';
import { runMutation } from '../../api/mutation';
import { useQuery } from '../../api/query';
import type { TripTab } from '../../navigation/routes';

/**
 * What planners see of each other inside one trip (docs/sync.md): who last changed each row and
 * which of those a colleague changed since this planner looked ('sync:changes', one read for the
 * whole trip, re-run after every write to it and when a colleague's change arrives), and the
 * screen reported to colleagues ('sync:setPresence').
 */
interface TripChanges {
  byId: ReadonlyMap<string, RowChange>;
  /** The planner opened a row's details: its mark goes. */
  markSeen: (ids?: string[]) => void;
  /** The item or member whose details are open (null: none), told to colleagues. */
  setOpen: (id: string | null) => void;
}

const TripChangesContext = createContext<TripChanges | null>(null);

/** How often the page repeats its screen: the core drops a page that stayed silent for 25 s (a closed tab). */
const PRESENCE_REPORT_MS = 10_000;
/**
 * A new screen or open row is told once the planner settled on it: not in the frame that shows
 * it (the call would delay that frame), and only the last of several quick tab switches.
 */
const PRESENCE_SETTLE_MS = 250;

export function TripChangesProvider({ tripId, tab, children }: { tripId: string; tab: TripTab; children: ReactNode }) {
  const call = useApi();
  const changes = useQuery('sync:changes', { tripId });
  const [openId, setOpenId] = useState<string | null>(null);

  useEffect(() => {
    const report = () => void call('sync:setPresence', { tripId, screen: tab, openId }).catch(() => undefined);
    const settled = setTimeout(report, PRESENCE_SETTLE_MS);
    const timer = setInterval(report, PRESENCE_REPORT_MS);
    return () => {
      clearTimeout(settled);
      clearInterval(timer);
    };
  }, [call, tripId, tab, openId]);
  // Leaving the trip (back to the list, another trip): colleagues see it at once.
  useEffect(() => () => void call('sync:setPresence', { tripId: null }).catch(() => undefined), [call, tripId]);

  const markSeen = useCallback((ids?: string[]) => void runMutation(call, 'sync:markSeen', { tripId, ids }), [call, tripId]);
  const data = changes.data;
  const value = useMemo<TripChanges>(
    () => ({ byId: new Map((data ?? []).map((c) => [c.entityId, c])), markSeen, setOpen: setOpenId }),
    [data, markSeen],
  );
  return <TripChangesContext.Provider value={value}>{children}</TripChangesContext.Provider>;
}

/** Who last changed a row (undefined: nobody recorded, e.g. a trip that is not shared). */
export function useRowChange(id: string): RowChange | undefined {
  return useContext(TripChangesContext)?.byId.get(id);
}

/**
 * For a details panel: tells colleagues it is open and marks the row's change as seen. Outside
 * a trip workspace (nothing to report) it does nothing.
 */
export function useDetailsOpen(id: string): RowChange | undefined {
  const context = useContext(TripChangesContext);
  const change = context?.byId.get(id);
  const setOpen = context?.setOpen;
  const markSeen = context?.markSeen;
  useEffect(() => {
    if (!setOpen) return;
    setOpen(id);
    return () => setOpen(null);
  }, [id, setOpen]);
  const unseen = change?.unseen === true;
  useEffect(() => {
    if (unseen) markSeen?.([id]);
  }, [unseen, id, markSeen]);
  return change;
}

export function useMarkAllSeen(): (() => void) | undefined {
  const markSeen = useContext(TripChangesContext)?.markSeen;
  return useMemo(() => (markSeen ? () => markSeen() : undefined), [markSeen]);
}
