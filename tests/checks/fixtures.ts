import { SE, WorkspaceBuilder, cleanTrip } from './builder';

/**
 * The clean trip with one deliberate problem of every kind an outgoing trip can have, each meant
 * to be reported exactly once (the Checks screen, CLI and briefing can use the same recipe).
 */
export function everyProblemOnce(): WorkspaceBuilder {
  const b = cleanTrip();
  const [anna, bo, cecilia] = b.members as [(typeof b.members)[number], (typeof b.members)[number], (typeof b.members)[number]];
  anna.passportExpiry = '2017-11-01'; // passport-expired
  bo.passportExpiry = '2018-01-01'; // passport-expires-soon
  cecilia.passportExpiry = null; // passport-unknown
  anna.visaStatus = 'refused'; // visa-refused
  bo.visaStatus = 'applied'; // visa-not-granted
  cecilia.visaExpiry = '2017-11-01'; // visa-expires
  anna.phone = ''; // member-without-phone

  const hotel = b.items.find((i) => i.id === 'hotel')!;
  hotel.allMembers = false;
  hotel.participantIds = [anna.id, bo.id]; // night-without-accommodation (cecilia)
  hotel.location.address = ''; // hotel-without-address
  const home = b.items.find((i) => i.id === 'flight-home')!;
  home.allMembers = false;
  home.participantIds = [anna.id, bo.id]; // return-journey-missing (cecilia; the trip ends the same day)

  // overlap (anna)
  b.item('clash', { title: 'Intervju', start: '2017-10-30T10:00', end: '2017-10-30T11:30', who: [anna.id] });
  // item-outside-trip
  b.item('pre-meeting', { kind: 'other', title: 'Förmöte', start: '2017-10-27T15:00', end: '2017-10-27T16:00', zone: SE, city: 'Västerås', who: [anna.id] });
  // item-ends-before-start
  b.item('typo', { title: 'Felskrivet', start: '2017-10-31T15:00', end: '2017-10-31T14:00', who: [anna.id] });
  // item-time-invalid
  b.item('imported', { title: 'Importerad', start: '2017-10-31T16:00', zone: 'Asia/Nowhere', who: [anna.id] });
  // meeting-before-arrival (bo is in Shenyang before his train gets there)
  b.item('shenyang', { title: 'Möte i Shenyang', start: '2017-11-01T08:00', end: '2017-11-01T09:00', city: 'Shenyang', who: [bo.id] });
  b.item('train', { kind: 'train', title: 'Tåg till Shenyang', start: '2017-11-01T10:00', end: '2017-11-01T14:00', who: [bo.id], details: { from: 'Jinan', to: 'Shenyang' } });
  // arrival-too-tight (50 min after landing)
  b.item('welcome', { kind: 'visit', title: 'Välkomstbesök', start: '2017-10-29T09:30', end: '2017-10-29T10:30' });
  // city-change-too-tight (cecilia)
  b.item('jinan-am', { title: 'Förmiddag i Jinan', start: '2017-10-31T09:00', end: '2017-10-31T10:00', who: [cecilia.id] });
  b.item('zibo', { kind: 'visit', title: 'Besök i Zibo', start: '2017-10-31T10:30', end: '2017-10-31T11:30', city: 'Zibo', who: [cecilia.id] });
  // interpreter-missing
  b.item('hotline', { kind: 'visit', title: 'Hotline 12345', start: '2017-10-30T14:00', end: '2017-10-30T16:00' });
  b.meeting('hotline', { counterpartLanguage: 'zh' });
  // item-without-location
  b.item('briefing', { kind: 'other', title: 'Genomgång', start: '2017-10-30T18:00', end: '2017-10-30T18:30', location: { venue: '', address: '', city: '' } });
  // gift-not-planned (the banquet exchanges gifts; the only gift planned is for another item)
  b.item('banquet', { kind: 'meal', title: 'Bankett', start: '2017-10-29T18:00', end: '2017-10-29T20:00', details: { giftsExchanged: true } });
  // gift-given-before (the same vase went to Jinan's government in 2015)
  b.organisation('jinan-government', 'Jinans stadsregering');
  b.gift('vase', { description: 'Kristallvas från Orrefors', organisationId: 'jinan-government', itemId: 'welcome', date: '2017-10-29' });
  b.earlierGifts.push({
    giftId: 'vase-2015',
    tripId: 'trip-2015',
    tripTitle: 'Västerås → Jinan 2015',
    tripStartDate: '2015-05-10',
    organisationId: 'jinan-government',
    description: 'kristallvas  från orrefors',
  });
  return b;
}

/** An incoming trip whose visitors' language cannot be told (delegation-language-unknown). */
export function unknownVisitorLanguage(): WorkspaceBuilder {
  const b = new WorkspaceBuilder({
    direction: 'incoming',
    hostingOrganisation: 'Södertälje kommun',
    startDate: '2016-05-23',
    endDate: '2016-05-26',
    destinations: [{ city: 'Södertälje', nativeName: '', country: 'SE', timeZone: SE }],
  });
  b.member('visitor', { nationality: '', organisation: 'Wuxi' });
  b.item('visit', { kind: 'visit', start: '2016-05-24T09:00', end: '2016-05-24T11:00', zone: SE, city: 'Södertälje' });
  b.meeting('visit', { counterpartLanguage: 'sv' });
  return b;
}
