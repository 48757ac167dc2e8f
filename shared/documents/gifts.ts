import type { Contact, Organisation } from '../domain/contact';
import type { Gift, GiftDirection } from '../domain/gift';
import type { Item } from '../domain/item';

/**
 * Gifts as documents show them: names resolved, nothing else needed. The briefing lists the
 * gifts planned for each meeting; the post-trip report lists the whole register (GiftList.tsx).
 */
export interface DocumentGift {
  id: string;
  direction: GiftDirection;
  date: string | null;
  description: string;
  /** The organisation and/or person it goes to or comes from ("Jinans stadsregering · Wang Wei 王伟"). */
  party: string;
  itemTitle: string | null;
  valueOre: number | null;
  holder: string;
  needsRegistration: boolean;
}

export interface GiftSources {
  gifts: readonly Gift[];
  items: readonly Item[];
  contacts: readonly Contact[];
  organisations: readonly Organisation[];
  /** The gift policy's limit (öre); null: nothing is flagged. */
  registrationLimitOre: number | null;
}

export function toDocumentGifts({ gifts, items, contacts, organisations, registrationLimitOre }: GiftSources): DocumentGift[] {
  const contactById = new Map(contacts.map((c) => [c.id, c]));
  const organisationById = new Map(organisations.map((o) => [o.id, o]));
  const itemById = new Map(items.map((i) => [i.id, i]));
  return gifts.map((g) => {
    const contact = g.contactId ? contactById.get(g.contactId) : undefined;
    const organisation = organisationById.get(g.organisationId ?? contact?.organisationId ?? '');
    const person = contact ? [contact.name, contact.nativeName].filter(Boolean).join(' ') : '';
    return {
      id: g.id,
      direction: g.direction,
      date: g.date,
      description: g.description,
      party: [organisation?.name, person].filter(Boolean).join(' · '),
      itemTitle: g.itemId ? (itemById.get(g.itemId)?.title ?? null) : null,
      valueOre: g.valueOre,
      holder: g.holder,
      needsRegistration:
        g.direction === 'received' && registrationLimitOre !== null && g.valueOre !== null && g.valueOre > registrationLimitOre,
    };
  });
}

/** The gifts of each item (given first), for the briefing's meetings. */
export function giftsByItem(gifts: readonly Gift[], documentGifts: readonly DocumentGift[]): Map<string, DocumentGift[]> {
  const byId = new Map(documentGifts.map((g) => [g.id, g]));
  const out = new Map<string, DocumentGift[]>();
  for (const gift of gifts) {
    const shown = byId.get(gift.id);
    if (!gift.itemId || !shown) continue;
    const list = out.get(gift.itemId) ?? [];
    list.push(shown);
    out.set(gift.itemId, list);
  }
  for (const list of out.values()) list.sort((a, b) => (a.direction === b.direction ? 0 : a.direction === 'given' ? -1 : 1));
  return out;
}
