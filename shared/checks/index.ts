import type { TripWorkspace } from '../domain/workspace';
import type { ClassifyMembers } from '../presence/member-classes';
import { CheckContext } from './context';
import { resolveOptions, type CheckOptions } from './options';
import { checkDocuments } from './rules/documents';
import { checkEssentials } from './rules/essentials';
import { checkGifts } from './rules/gifts';
import { checkInterpreters } from './rules/interpreters';
import { checkItemTimes } from './rules/item-times';
import { checkJourneyHome } from './rules/journey-home';
import { checkMovement } from './rules/movement';
import { checkNights } from './rules/nights';
import { checkOverlaps } from './rules/overlaps';
import { CHECK_KINDS, SEVERITIES, type CheckResult, type CheckSeverity, type SeverityCounts } from './types';

export * from './types';
export { CheckOptions, CHECK_DEFAULTS, resolveOptions } from './options';
export { DEFAULT_ENTRY_RULE, ENTRY_RULES, entryRulesOf, passportRulesOf, type EntryArea, type EntryRule, type PassportMeasuredFrom } from './entry-rules';

/**
 * The trip checks: pure functions over a TripWorkspace, fast enough to rerun after every edit.
 * Each rule's doc comment states its exact rule and severities (see also README.md here).
 *
 * Severities: error = the plan cannot happen as written (a double booking, an expired passport,
 * a refused visa, an impossible time); warning = needs action before departure; info = worth
 * knowing, nobody's trip is at risk.
 */
const RULES = [checkItemTimes, checkOverlaps, checkMovement, checkJourneyHome, checkNights, checkDocuments, checkInterpreters, checkEssentials, checkGifts];

/**
 * Every finding for the trip: most serious first; then by programme day (member-level findings,
 * which have none, first); then by kind, member precedence and programme order; then by id —
 * the same order whatever order the workspace lists things in.
 */
export function runChecks(workspace: TripWorkspace, options?: CheckOptions, classify?: ClassifyMembers): CheckResult[] {
  const ctx = new CheckContext(workspace, resolveOptions(options), classify);
  const results: CheckResult[] = [];
  for (const rule of RULES) rule(ctx, results);

  const memberRank = new Map(ctx.allMemberIds.map((id, i) => [id, i]));
  // Programme positions of the items the findings name first, not of every item: the checks run
  // after each edit, and a large programme has a few findings among hundreds of items.
  const firstItems = new Set(results.map((r) => r.itemIds[0]));
  const itemRank = new Map<string, number>();
  ctx.timed.forEach((t, i) => {
    if (firstItems.has(t.item.id)) itemRank.set(t.item.id, i);
  });
  const first = (ids: string[], ranks: Map<string, number>, unknown: number) => (ids.length ? (ranks.get(ids[0]!) ?? unknown) : -1);
  const keyed = results.map((r) => ({
    r,
    keys: [
      SEVERITIES.indexOf(r.severity),
      r.date ?? '',
      CHECK_KINDS.indexOf(r.kind),
      first(r.memberIds, memberRank, memberRank.size),
      first(r.itemIds, itemRank, ctx.timed.length),
      r.id,
    ] as const,
  }));
  keyed.sort((a, b) => {
    for (let i = 0; i < a.keys.length; i++) {
      const x = a.keys[i]!;
      const y = b.keys[i]!;
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  });
  return keyed.map((k) => k.r);
}

/** Findings per severity: the navigation badge, the CLI summary. */
export function countBySeverity(results: readonly CheckResult[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const r of results) counts[r.severity]++;
  return counts;
}

/** The most serious severity among the findings, or null when there are none. */
export function worstSeverity(results: readonly CheckResult[]): CheckSeverity | null {
  return SEVERITIES.find((s) => results.some((r) => r.severity === s)) ?? null;
}

/** Findings per item id, for warnings on programme cards. */
export function findingsByItem(results: readonly CheckResult[]): Map<string, CheckResult[]> {
  return groupBy(results, (r) => r.itemIds);
}

/** Findings per member id, for warnings on member cards. */
export function findingsByMember(results: readonly CheckResult[]): Map<string, CheckResult[]> {
  return groupBy(results, (r) => r.memberIds);
}

function groupBy(results: readonly CheckResult[], keys: (r: CheckResult) => readonly string[]): Map<string, CheckResult[]> {
  const map = new Map<string, CheckResult[]>();
  for (const r of results) {
    for (const key of keys(r)) {
      const list = map.get(key);
      if (list) list.push(r);
      else map.set(key, [r]);
    }
  }
  return map;
}
