import { MEETING_KINDS, type Item } from '../../domain/item';
import type { Member } from '../../domain/member';
import type { CheckContext } from '../context';
import { nationalityLanguage, normaliseLanguage, parseLanguages } from '../languages';
import { messages } from '../messages';
import type { CheckResult } from '../types';
import { refs } from './common';

/**
 * Interpreters (warning `interpreter-missing`): a meeting or visit that members attend, whose
 * counterparts share no language with the delegation, and no interpreter.
 *
 * - Counterparts' languages: the meeting's `counterpartLanguage` (one or more tags or names);
 *   when empty, every language of its counterpart contacts (address-book `languages`). Unknown
 *   → nothing to check.
 * - Delegation's languages (`delegationLanguages`, the languages a meeting can be held in — any
 *   one shared is enough): "sv" for an outgoing trip; for an incoming trip, the languages of the
 *   visitors' nationalities (head, deputy head and members; hosts and interpreters do not count).
 *   If those cannot be told, one info `delegation-language-unknown` says the check did not run.
 * - An interpreter is there when the meeting names one (member or contact), a member with the
 *   role interpreter attends, or a contact with the role interpreter is among the item's contacts
 *   or the meeting's counterparts.
 */
export function checkInterpreters(ctx: CheckContext, out: CheckResult[]): void {
  const delegation = delegationLanguages(ctx);
  let undecided = false;

  ctx.workspace.items.forEach((item, index) => {
    if (!MEETING_KINDS.includes(item.kind)) return;
    // Whether any member attends, from the member classes (no lookup per participant); who they
    // are (attending) is only needed once an interpreter is wanted.
    if (ctx.classes.itemClasses[index]!.length === 0) return;
    const meeting = ctx.meetingByItem.get(item.id);
    let counterpart = parseLanguages(meeting?.counterpartLanguage ?? '');
    if (counterpart.length === 0 && meeting) {
      const all = new Set<string>();
      for (const id of meeting.counterpartIds) {
        const contact = ctx.contactById.get(id);
        if (contact && contact.role !== 'interpreter') parseLanguages(contact.languages).forEach((l) => all.add(l));
      }
      counterpart = [...all];
    }
    if (counterpart.length === 0) return;
    if (!delegation) {
      undecided = true;
      return;
    }
    if (counterpart.some((l) => delegation.includes(l))) return;
    const interpreter =
      !!meeting?.interpreterMemberId ||
      !!meeting?.interpreterContactId ||
      attending(ctx, item).some((m) => m.role === 'interpreter') ||
      [...item.contactIds, ...(meeting?.counterpartIds ?? [])].some((id) => ctx.contactById.get(id)?.role === 'interpreter');
    if (interpreter) return;
    const [ref] = refs(ctx, item);
    out.push({
      id: `interpreter-missing:${item.id}`,
      kind: 'interpreter-missing',
      severity: 'warning',
      message: messages.interpreterMissing({ meeting: ref, counterpartLanguages: counterpart, delegationLanguages: delegation }),
      memberIds: [],
      itemIds: [item.id],
      target: { screen: 'programme', itemId: item.id, field: 'interpreter' },
      date: /^\d{4}-\d{2}-\d{2}/.test(item.startLocal) ? item.startLocal.slice(0, 10) : null,
    });
  });

  if (undecided) {
    const unknown = visitors(ctx).filter((m) => !nationalityLanguage(m.nationality));
    const first = unknown[0] ?? ctx.members[0];
    out.push({
      id: `delegation-language-unknown:${ctx.trip.id}`,
      kind: 'delegation-language-unknown',
      severity: 'info',
      message: messages.delegationLanguageUnknown(),
      memberIds: unknown.map((m) => m.id),
      itemIds: [],
      target: first ? { screen: 'members', memberId: first.id, field: 'nationality' } : { screen: 'programme', date: ctx.trip.startDate },
      date: null,
    });
  }
}

function attending(ctx: CheckContext, item: Item): readonly Member[] {
  return item.allMembers ? ctx.members : item.participantIds.map((id) => ctx.memberById.get(id)).filter((m): m is Member => !!m);
}

/** The languages the delegation can meet in, or null when an incoming trip's cannot be told. */
export function delegationLanguages(ctx: CheckContext): string[] | null {
  const given = ctx.options.delegationLanguages;
  if (given && given.length > 0) return [...new Set(given.map(normaliseLanguage).filter((l): l is string => !!l))];
  if (ctx.trip.direction === 'outgoing') return ['sv'];
  const languages = new Set<string>();
  for (const m of visitors(ctx)) {
    const language = nationalityLanguage(m.nationality);
    if (language) languages.add(language);
  }
  return languages.size > 0 ? [...languages] : null;
}

/** The visiting delegation proper: not hosts, and head/deputy/members when there are any. */
function visitors(ctx: CheckContext): Member[] {
  const guests = ctx.members.filter((m) => !ctx.isHost(m));
  const core = guests.filter((m) => m.role === 'head' || m.role === 'deputy_head' || m.role === 'member');
  return core.length > 0 ? core : guests.filter((m) => m.role !== 'interpreter');
}
