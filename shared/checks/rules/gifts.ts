import type { Gift } from '../../domain/gift';
import type { ItemKind } from '../../domain/item';
import type { CheckContext } from '../context';
import { messages } from '../messages';
import type { CheckResult } from '../types';
import { refs } from './common';

/** Kinds where gifts are handed over: the "gifts exchanged" flag means something only on these. */
export const GIFT_EXCHANGE_KINDS: readonly ItemKind[] = ['meeting', 'visit', 'meal'];

/**
 * Gifts.
 * - warning `gift-not-planned`: a meeting, visit or meal marked "gifts exchanged" (item
 *   details `giftsExchanged`) with no gift of ours (direction given) attached to it.
 * - warning `gift-given-before`: a gift this trip gives has the same description (ignoring case,
 *   spacing and width) as one given to the same organisation on an earlier trip (the
 *   organisation is the gift's own, else its contact's). Found once per gift, naming the first.
 */
export function checkGifts(ctx: CheckContext, out: CheckResult[]): void {
  const planned = new Set<string>();
  for (const gift of ctx.workspace.gifts) if (gift.direction === 'given' && gift.itemId) planned.add(gift.itemId);
  for (const { item } of ctx.timed) {
    if (!item.details.giftsExchanged || !GIFT_EXCHANGE_KINDS.includes(item.kind) || planned.has(item.id)) continue;
    const [ref] = refs(ctx, item);
    out.push({
      id: `gift-not-planned:${item.id}`,
      kind: 'gift-not-planned',
      severity: 'warning',
      message: messages.giftNotPlanned({ item: ref }),
      memberIds: [],
      itemIds: [item.id],
      target: { screen: 'programme', itemId: item.id },
      date: item.startLocal.slice(0, 10),
    });
  }

  const earlier = new Map<string, (typeof ctx.workspace.earlierGifts)[number]>();
  for (const e of ctx.workspace.earlierGifts) {
    const key = `${e.organisationId}\u0000${sameGift(e.description)}`;
    if (!earlier.has(key)) earlier.set(key, e);
  }
  if (earlier.size === 0) return;
  const organisationName = new Map(ctx.workspace.organisations.map((o) => [o.id, o.name]));
  for (const gift of ctx.workspace.gifts) {
    const organisationId = organisationOf(ctx, gift);
    if (gift.direction !== 'given' || !organisationId) continue;
    const before = earlier.get(`${organisationId}\u0000${sameGift(gift.description)}`);
    if (!before) continue;
    out.push({
      id: `gift-given-before:${gift.id}`,
      kind: 'gift-given-before',
      severity: 'warning',
      message: messages.giftGivenBefore({
        description: gift.description,
        organisation: organisationName.get(organisationId) ?? '?',
        earlierTrip: before.tripTitle,
        earlierStart: before.tripStartDate,
      }),
      memberIds: [],
      itemIds: gift.itemId ? [gift.itemId] : [],
      target: { screen: 'gifts', giftId: gift.id },
      date: gift.date,
    });
  }
}

function organisationOf(ctx: CheckContext, gift: Gift): string | null {
  if (gift.organisationId) return gift.organisationId;
  return gift.contactId ? (ctx.contactById.get(gift.contactId)?.organisationId ?? null) : null;
}

/** "Kristallvas  från Orrefors" and "kristallvas från orrefors" are the same gift. */
export const sameGift = (description: string): string => description.normalize('NFKC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv');
