import type { Item } from '../domain/item';

/**
 * Members who attend exactly the same items, found in one pass over the participants.
 *
 * A delegation splits into a few sub-groups (the six who fly home early, the three who go on to
 * Shenyang), so sixty members usually have only a handful of distinct programmes. Everything
 * that depends on a member's items alone (where they sleep each night, their journeys, moving
 * from city to city) is then worked out once per class instead of once per member: the checks
 * and the presence model stay near the cost of reading the participants once, however large the
 * delegation.
 *
 * Classes come from partition refinement: all members start in one class, and each item splits
 * every class into those who attend it and those who do not. Two members end in the same class
 * exactly when no item tells them apart.
 */
export interface MemberClasses {
  /** Class number (0 … count − 1) of each member, by position in the member list. */
  readonly classOf: Int32Array;
  readonly count: number;
  /** Per item (the order given): the classes attending it, ascending; unknown ids are ignored. */
  readonly itemClasses: readonly (readonly number[])[];
}

/**
 * The classes of the last call and a copy of what they were worked out from. The checks rerun
 * after every edit, and most edits (a time, a title, a place) leave every item's participants as
 * they were: comparing the participants with the copy costs a fraction of refining the partition
 * anew. A copy rather than the arrays themselves, so an array changed in place is noticed.
 */
let last: { memberIds: string[]; participation: (string[] | null)[]; classes: MemberClasses } | null = null;

/**
 * How members are grouped by the items they attend: memberClasses. Only the tests pass another
 * (one class per member, the straightforward way the fast one must agree with).
 */
export type ClassifyMembers<I extends Attendance = Item> = (memberIds: readonly string[], items: readonly I[]) => MemberClasses;

/** What the classes are read from: who attends an item. */
export type Attendance = Pick<Item, 'allMembers' | 'participantIds'>;

export function memberClasses(memberIds: readonly string[], items: readonly Attendance[]): MemberClasses {
  if (last && sameIds(last.memberIds, memberIds) && sameParticipation(last.participation, items)) return last.classes;
  const classes = refineClasses(memberIds, items);
  last = { memberIds: [...memberIds], participation: items.map((i) => (i.allMembers ? null : [...i.participantIds])), classes };
  return classes;
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sameParticipation(participation: readonly (readonly string[] | null)[], items: readonly Attendance[]): boolean {
  if (participation.length !== items.length) return false;
  for (let i = 0; i < items.length; i++) {
    const ids = participation[i]!;
    const item = items[i]!;
    if (ids === null ? !item.allMembers : item.allMembers || !sameIds(ids, item.participantIds)) return false;
  }
  return true;
}

/** The partition itself, without looking at the last call. */
export function refineClasses(memberIds: readonly string[], items: readonly Attendance[]): MemberClasses {
  // A member id appears once in a trip (primary key); should it repeat, every position with that
  // id attends the same items, so the repeats copy the first position's class at the end.
  const rankOf = new Map<string, number>();
  memberIds.forEach((id, rank) => rankOf.has(id) || rankOf.set(id, rank));

  const classOf = new Int32Array(memberIds.length);
  let next = 1;
  /** Per old class: the class its attending members move to for the current item (stamped). */
  const splitInto: number[] = [];
  const splitStamp: number[] = [];
  /** Per class: the item (index + 1) that created it. */
  const createdFor: number[] = [];
  const itemRanks: (readonly number[] | null)[] = items.map((item, index) => {
    if (item.allMembers) return null;
    const ranks: number[] = [];
    for (const id of item.participantIds) {
      const rank = rankOf.get(id);
      if (rank === undefined) continue;
      ranks.push(rank);
      const old = classOf[rank]!;
      // Already moved by this item (its id is listed twice).
      if (createdFor[old] === index + 1) continue;
      if (splitStamp[old] !== index + 1) {
        splitStamp[old] = index + 1;
        splitInto[old] = next;
        createdFor[next++] = index + 1;
      }
      classOf[rank] = splitInto[old]!;
    }
    return ranks;
  });

  memberIds.forEach((id, rank) => {
    const first = rankOf.get(id)!;
    if (first !== rank) classOf[rank] = classOf[first]!;
  });
  // Renumber densely, in order of first member, so class numbers are small and stable.
  const dense = new Map<number, number>();
  for (let rank = 0; rank < classOf.length; rank++) {
    let number = dense.get(classOf[rank]!);
    if (number === undefined) dense.set(classOf[rank]!, (number = dense.size));
    classOf[rank] = number;
  }
  const everyone = Array.from({ length: dense.size }, (_, i) => i);
  const stamp = new Int32Array(dense.size);
  const itemClasses = itemRanks.map((ranks, index) => {
    if (ranks === null) return everyone;
    const classes: number[] = [];
    for (const rank of ranks) {
      const c = classOf[rank]!;
      if (stamp[c] !== index + 1) {
        stamp[c] = index + 1;
        classes.push(c);
      }
    }
    return classes.sort((a, b) => a - b);
  });
  return { classOf, count: dense.size, itemClasses };
}
