import { useEffect, useMemo, useSyncExternalStore } from 'react';
import {
  countBySeverity,
  findingsByItem,
  findingsByMember,
  runChecks,
  worstSeverity,
  type CheckResult,
  type CheckSeverity,
  type SeverityCounts,
} from '../../../../shared/checks';
import type { TripWorkspace } from '../../../../shared/domain/workspace';
// The context module itself, not the workspace's index: the sidebar (in the workspace feature)
// shows the findings badge, and the index would make the two features import each other.
import { useOptionalTripWorkspace } from '../../navigation/workspaceContext';

/**
 * The trip checks, run in the renderer on the workspace already loaded: they are pure functions
 * in shared/ and take a few milliseconds, so every edit (which reloads the workspace) re-checks
 * the plan without another round trip. Every screen that shows findings uses these hooks, so
 * the Checks screen, the navigation badge and the warnings on cards always agree.
 */
export function useTripFindings(): CheckResult[] {
  const workspace = useCheckedWorkspace();
  return useMemo(() => (workspace ? analyse(workspace).findings : EMPTY), [workspace]);
}

/**
 * The workspace whose findings are shown: the newest one once its checks have run. The checks
 * (milliseconds to tens of milliseconds on a large trip) run after the frame that shows the
 * workspace has painted, so neither the first screen nor an edit's update waits on them; until
 * then the findings of the trip's previous workspace stay, which rarely differ by more than the
 * edit itself.
 */
function useCheckedWorkspace(): TripWorkspace | undefined {
  const current = useOptionalTripWorkspace()?.workspace;
  useEffect(() => {
    if (current) checkAfterPaint(current);
  }, [current]);
  const shown = useSyncExternalStore(subscribe, getChecked);
  if (!current || !shown) return undefined;
  return shown.trip.id === current.trip.id ? shown : undefined;
}

let checked: TripWorkspace | undefined;
let waiting: TripWorkspace | undefined;
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};
const getChecked = () => checked;

function checkAfterPaint(workspace: TripWorkspace): void {
  if (workspace === checked || workspace === waiting) return;
  waiting = workspace;
  // requestAnimationFrame runs just before the next paint; a task posted from it, just after.
  requestAnimationFrame(() =>
    setTimeout(() => {
      if (waiting !== workspace) return; // a newer workspace came meanwhile: check that one
      waiting = undefined;
      analyse(workspace);
      checked = workspace;
      for (const listener of listeners) listener();
    }, 0),
  );
}

/** Findings that concern one itinerary item (for warnings on its card). */
export function useItemFindings(itemId: string): CheckResult[] {
  const workspace = useCheckedWorkspace();
  return (workspace && analyse(workspace).byItem.get(itemId)) || EMPTY;
}

/** Findings that concern one member (for warnings in the members table). */
export function useMemberFindings(memberId: string): CheckResult[] {
  const workspace = useCheckedWorkspace();
  return (workspace && analyse(workspace).byMember.get(memberId)) || EMPTY;
}

/** How many findings of each severity, and the worst one (null when none): the navigation badge. */
export interface FindingSummary {
  counts: SeverityCounts;
  worst: CheckSeverity | null;
}

export function useFindingSummary(): FindingSummary {
  const workspace = useCheckedWorkspace();
  return workspace ? analyse(workspace).summary : NO_FINDINGS;
}

const EMPTY: CheckResult[] = [];
const NO_FINDINGS: FindingSummary = { counts: { error: 0, warning: 0, info: 0 }, worst: null };

interface Analysis {
  findings: CheckResult[];
  byItem: Map<string, CheckResult[]>;
  byMember: Map<string, CheckResult[]>;
  summary: FindingSummary;
}

// One run per loaded workspace however many cards ask: a reload after a write yields a new
// workspace object, which is the only time the checks need to run again.
const analyses = new WeakMap<TripWorkspace, Analysis>();
function analyse(workspace: TripWorkspace): Analysis {
  let analysis = analyses.get(workspace);
  if (!analysis) {
    const findings = runChecks(workspace);
    analysis = {
      findings,
      byItem: findingsByItem(findings),
      byMember: findingsByMember(findings),
      summary: { counts: countBySeverity(findings), worst: worstSeverity(findings) },
    };
    analyses.set(workspace, analysis);
  }
  return analysis;
}
