import { MEETING_KINDS } from '../../domain/item';
import { isTravel, type CheckContext } from '../context';
import { messages } from '../messages';
import type { CheckResult } from '../types';
import { refs } from './common';

/**
 * Missing essentials (the things someone will need on the day):
 * - `item-without-location` (warning): no venue, address, local address or city. Free time is
 *   exempt; an online meeting (video link) is exempt; a travel item's from/to count as its
 *   location; accommodation is covered by the next rule instead.
 * - `hotel-without-address` (warning): accommodation with neither an address nor a local-script
 *   address (the taxi driver and the emergency sheet need one).
 * - `member-without-phone` (warning): a member with no phone number. For an incoming trip's
 *   visitors it is info: one usually reaches them through their head or interpreter.
 */
export function checkEssentials(ctx: CheckContext, out: CheckResult[]): void {
  for (const item of ctx.workspace.items) {
    if (item.kind === 'free_time') continue;
    const { venue, address, addressLocal, city } = item.location;
    const date = /^\d{4}-\d{2}-\d{2}/.test(item.startLocal) ? item.startLocal.slice(0, 10) : null;
    if (item.kind === 'accommodation') {
      if (address.trim() || addressLocal.trim()) continue;
      const [ref] = refs(ctx, item);
      out.push({
        id: `hotel-without-address:${item.id}`,
        kind: 'hotel-without-address',
        severity: 'warning',
        message: messages.hotelWithoutAddress({ item: ref }),
        memberIds: [],
        itemIds: [item.id],
        target: { screen: 'programme', itemId: item.id, field: 'address' },
        date,
      });
      continue;
    }
    if (venue.trim() || address.trim() || addressLocal.trim() || city.trim()) continue;
    const travel = isTravel(item);
    if (travel && (item.details.from?.trim() || item.details.to?.trim())) continue;
    if (MEETING_KINDS.includes(item.kind) && ctx.meetingByItem.get(item.id)?.onlineUrl) continue;
    const [ref] = refs(ctx, item);
    out.push({
      id: `item-without-location:${item.id}`,
      kind: 'item-without-location',
      severity: 'warning',
      message: messages.itemWithoutLocation({ item: ref, travel }),
      memberIds: [],
      itemIds: [item.id],
      target: { screen: 'programme', itemId: item.id, field: 'location' },
      date,
    });
  }

  const incoming = ctx.trip.direction === 'incoming';
  for (const member of ctx.members) {
    if (member.phone.trim()) continue;
    out.push({
      id: `member-without-phone:${member.id}`,
      kind: 'member-without-phone',
      severity: incoming && !ctx.isHost(member) ? 'info' : 'warning',
      message: messages.memberWithoutPhone({ name: member.name }),
      memberIds: [member.id],
      itemIds: [],
      target: { screen: 'members', memberId: member.id, field: 'phone' },
      date: null,
    });
  }
}
