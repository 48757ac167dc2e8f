import { describe, expect, it } from 'vitest';
import { cleanTrip, type WorkspaceBuilder } from './builder';

/** The gift rules (shared/checks/rules/gifts.ts) on hand-built plans. */
function banquetTrip(): WorkspaceBuilder {
  const b = cleanTrip();
  b.item('banquet', { kind: 'meal', title: 'Bankett med borgmästaren', start: '2017-10-29T18:00', end: '2017-10-29T20:30', details: { giftsExchanged: true } });
  b.item('talks', { kind: 'meeting', title: 'Samtal om vänortsavtal', start: '2017-10-30T09:00', end: '2017-10-30T10:00', details: { giftsExchanged: true } });
  b.item('lunch', { kind: 'meal', title: 'Lunch', start: '2017-10-30T12:00', end: '2017-10-30T13:00' });
  b.organisation('jinan', 'Jinans stadsregering');
  return b;
}

const kinds = (b: WorkspaceBuilder, kind: string) => b.run().filter((r) => r.kind === kind);

describe('gift-not-planned', () => {
  it('warns for each meeting or meal marked “gifts exchanged” without a gift of ours planned there', () => {
    const b = banquetTrip();
    const found = kinds(b, 'gift-not-planned');
    expect(found.map((r) => r.itemIds[0])).toEqual(['banquet', 'talks']);
    expect(found[0]).toMatchObject({ severity: 'warning', date: '2017-10-29', target: { screen: 'programme', itemId: 'banquet' } });
    expect(found[0]!.message.sv).toContain('”Bankett med borgmästaren”');
    expect(found[0]!.message.en).toContain('no gift is planned');
  });

  it('is satisfied by a given gift on the item; a received one or one on another item does not count', () => {
    const b = banquetTrip();
    b.gift('vase', { itemId: 'banquet', description: 'Kristallvas' });
    b.gift('silk', { itemId: 'talks', direction: 'received', description: 'Sidenmålning' });
    b.gift('book', { itemId: 'lunch', description: 'Bok' });
    expect(kinds(b, 'gift-not-planned').map((r) => r.itemIds[0])).toEqual(['talks']);
  });

  it('ignores the flag on kinds where gifts are not handed over', () => {
    const b = cleanTrip();
    b.item('bus', { kind: 'transfer', start: '2017-10-29T08:00', end: '2017-10-29T09:00', details: { giftsExchanged: true, from: 'Hotel', to: 'City hall' } });
    expect(kinds(b, 'gift-not-planned')).toEqual([]);
  });
});

describe('gift-given-before', () => {
  const earlier = { giftId: 'old', tripId: 'trip-2015', tripTitle: 'Jinan 2015', tripStartDate: '2015-05-10', organisationId: 'jinan' };

  it('warns when the same gift (case, spacing and width aside) already went to the same organisation', () => {
    const b = banquetTrip();
    b.gift('vase', { itemId: 'banquet', description: 'Kristallvas  från ORREFORS', organisationId: 'jinan', date: '2017-10-29' });
    b.earlierGifts.push({ ...earlier, description: 'kristallvas från orrefors' });
    const [found, ...more] = kinds(b, 'gift-given-before');
    expect(more).toEqual([]);
    expect(found).toMatchObject({ id: 'gift-given-before:vase', itemIds: ['banquet'], target: { screen: 'gifts', giftId: 'vase' }, date: '2017-10-29' });
    expect(found!.message.sv).toBe('”Kristallvas  från ORREFORS” gavs redan till Jinans stadsregering under ”Jinan 2015” (10 maj 2015).');
  });

  it('finds the organisation through the gift’s contact, and stays quiet for other gifts, organisations or received gifts', () => {
    const b = banquetTrip();
    b.contact('wang', { organisationId: 'jinan' });
    b.gift('via-contact', { contactId: 'wang', description: 'Dalahäst' });
    b.gift('other-gift', { organisationId: 'jinan', description: 'Glasskål' });
    b.gift('received', { organisationId: 'jinan', direction: 'received', description: 'Dalahäst' });
    b.earlierGifts.push({ ...earlier, description: 'Dalahäst' }, { ...earlier, organisationId: 'wuxi', description: 'Glasskål' });
    expect(kinds(b, 'gift-given-before').map((r) => r.id)).toEqual(['gift-given-before:via-contact']);
  });
});
