/**
 * Fractional-index keys for orderings that several laptops change at once (member precedence,
 * item order, follow-ups). A row's place is a string key; moving a row gives it a new key between
 * its new neighbours' keys, so two concurrent moves each touch only the moved row: the merged
 * order never holds a row twice nor loses one (ties between equal keys fall back to the row id).
 *
 * No maintained fractional-indexing package is installed here, so this is a small version of
 * rocicorp/fractional-indexing's `midpoint` (CC0): keys are base-62 fractions 0.d1d2… written
 * as their digits, never ending in the zero digit, compared as plain strings (code units).
 */
const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const ZERO = DIGITS[0]!;

/** Whether `key` is a well-formed key (a remote document may hold anything). */
export function isOrderKey(key: unknown): key is string {
  return typeof key === 'string' && key.length > 0 && key.length <= 200 && !key.endsWith(ZERO) && [...key].every((c) => DIGITS.includes(c));
}

/** A key strictly between `a` and `b` (null: the start / the end of the list). */
export function keyBetween(a: string | null, b: string | null): string {
  if (a !== null && b !== null && a >= b) throw new Error(`order keys out of order: ${a} >= ${b}`);
  return midpoint(a ?? '', b);
}

/** `count` keys in increasing order strictly between `a` and `b`, kept short by bisecting. */
export function keysBetween(a: string | null, b: string | null, count: number): string[] {
  if (count <= 0) return [];
  const middle = keyBetween(a, b);
  const before = Math.floor((count - 1) / 2);
  return [...keysBetween(a, middle, before), middle, ...keysBetween(middle, b, count - 1 - before)];
}

function midpoint(a: string, b: string | null): string {
  if (b !== null) {
    // A common prefix (a padded with zeros) stays; the midpoint is found after it.
    let n = 0;
    while ((a[n] ?? ZERO) === b[n]) n++;
    if (n > 0) return b.slice(0, n) + midpoint(a.slice(n), b.slice(n));
  }
  const digitA = a ? DIGITS.indexOf(a[0]!) : 0;
  const digitB = b !== null ? DIGITS.indexOf(b[0]!) : DIGITS.length;
  if (digitB - digitA > 1) return DIGITS[Math.round((digitA + digitB) / 2)]!;
  // Adjacent first digits: b's first digit alone is between when b is longer; otherwise go deeper.
  if (b !== null && b.length > 1) return b.slice(0, 1);
  return DIGITS[digitA]! + midpoint(a.slice(1), null);
}

/**
 * New keys for a list whose wanted order is `ids`, given the keys rows have now (`current`, a
 * missing or malformed one counts as none). Rows on the longest run that is already in key order
 * keep their keys; only the others (moved or new rows) get new ones, between their neighbours.
 * Returns only the keys that change.
 */
export function rekey(ids: readonly string[], current: ReadonlyMap<string, string | undefined>): Map<string, string> {
  const keyed = ids.map((id) => {
    const key = current.get(id);
    return isOrderKey(key) ? key : undefined;
  });
  const keep = longestIncreasing(keyed);
  const changes = new Map<string, string>();
  let index = 0;
  while (index < ids.length) {
    if (keep.has(index)) {
      index++;
      continue;
    }
    const start = index;
    while (index < ids.length && !keep.has(index)) index++;
    const before = start > 0 ? keyed[start - 1]! : null;
    const after = index < ids.length ? keyed[index]! : null;
    keysBetween(before, after, index - start).forEach((key, offset) => changes.set(ids[start + offset]!, key));
  }
  return changes;
}

/** Indexes of a longest strictly increasing subsequence of the defined keys (patience sorting). */
function longestIncreasing(keys: readonly (string | undefined)[]): Set<number> {
  const tails: number[] = [];
  const previous = new Array<number>(keys.length).fill(-1);
  keys.forEach((key, i) => {
    if (key === undefined) return;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (keys[tails[mid]!]! < key) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1]!;
    tails[lo] = i;
  });
  const kept = new Set<number>();
  for (let i = tails.length ? tails[tails.length - 1]! : -1; i !== -1; i = previous[i]!) kept.add(i);
  return kept;
}

/** Order rows by key, then id (two laptops may pick the same key concurrently). */
export function byOrderKey<T>(keyOf: (row: T) => string, idOf: (row: T) => string): (a: T, b: T) => number {
  return (x, y) => {
    const a = keyOf(x);
    const b = keyOf(y);
    if (a !== b) return a < b ? -1 : 1;
    const i = idOf(x);
    const j = idOf(y);
    return i < j ? -1 : i > j ? 1 : 0;
  };
}
