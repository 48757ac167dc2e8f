/**
 * Who attends an item, said as briefly as the facts allow: a group's name when the attending
 * members are exactly that group ("Spår A"), "everyone" when all are there, "everyone except …"
 * when fewer are away than attend, else the names. A state visit's 420 items each listing 30 of
 * 60 names took a third of the programme's paper; the summary says the same in one line.
 *
 * Nothing is lost: every summary names exactly the attending set (expandSummary gives it back),
 * and the plain list is kept whenever no summary is strictly shorter as printed text — so a
 * one-member group with a long name, or an "except" list as long as the attendance, stays a list.
 */

/** A named set of members ("Spår A") whose ids are limited to the trip's members. */
export interface ParticipantGroup {
  id: string;
  name: string;
  memberIds: readonly string[];
}

export type ParticipantSummary<M extends { id: string }> =
  | { kind: 'everyone' }
  | { kind: 'group'; group: ParticipantGroup }
  | { kind: 'except'; absent: M[] }
  | { kind: 'list'; members: M[] };

/** The words a summary needs, in the document's language(s) (DocumentLabels has them). */
export interface SummaryWords {
  everyone: string;
  everyoneExcept: (names: string) => string;
}

/** Between names: semicolons, because members described by role have commas in their names. */
export const NAME_SEPARATOR = '; ';

export function summaryText<M extends { id: string }>(summary: ParticipantSummary<M>, words: SummaryWords, nameOf: (m: M) => string): string {
  switch (summary.kind) {
    case 'everyone':
      return words.everyone;
    case 'group':
      return summary.group.name;
    case 'except':
      return words.everyoneExcept(summary.absent.map(nameOf).join(NAME_SEPARATOR));
    case 'list':
      return summary.members.map(nameOf).join(NAME_SEPARATOR);
  }
}

/**
 * The shortest true way to say that `attending` (members of `everyone`, in `everyone`'s order)
 * attend. Ties go to the plain list, then to the earlier candidate (everyone, groups in their
 * order, except).
 */
export function summariseParticipants<M extends { id: string }>(
  attending: readonly M[],
  everyone: readonly M[],
  groups: readonly ParticipantGroup[],
  words: SummaryWords,
  nameOf: (m: M) => string,
): ParticipantSummary<M> {
  const attendingIds = new Set(attending.map((m) => m.id));
  const members = everyone.filter((m) => attendingIds.has(m.id));
  const list: ParticipantSummary<M> = { kind: 'list', members };
  // Anyone attending outside `everyone` cannot be summarised against it.
  if (members.length !== attendingIds.size || members.length === 0) return list;
  const candidates: ParticipantSummary<M>[] = [];
  const absent = everyone.filter((m) => !attendingIds.has(m.id));
  if (absent.length === 0) candidates.push({ kind: 'everyone' });
  for (const group of groups) if (sameSet(new Set(group.memberIds), attendingIds)) candidates.push({ kind: 'group', group });
  if (absent.length > 0) candidates.push({ kind: 'except', absent });

  let best: ParticipantSummary<M> = list;
  let bestLength = textLength(summaryText(list, words, nameOf));
  for (const candidate of candidates) {
    const length = textLength(summaryText(candidate, words, nameOf));
    if (length < bestLength) {
      best = candidate;
      bestLength = length;
    }
  }
  return best;
}

/** The ids a summary names (the inverse of summariseParticipants, for tests and checks). */
export function expandSummary<M extends { id: string }>(summary: ParticipantSummary<M>, everyone: readonly M[]): Set<string> {
  switch (summary.kind) {
    case 'everyone':
      return new Set(everyone.map((m) => m.id));
    case 'group':
      return new Set(summary.group.memberIds);
    case 'except': {
      const absent = new Set(summary.absent.map((m) => m.id));
      return new Set(everyone.filter((m) => !absent.has(m.id)).map((m) => m.id));
    }
    case 'list':
      return new Set(summary.members.map((m) => m.id));
  }
}

/** Printed length in characters (code points: a Chinese name is as long as it looks). */
export function textLength(text: string): number {
  return [...text].length;
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const id of a) if (!b.has(id)) return false;
  return true;
}
