import type Database from 'better-sqlite3';
import { JINAN } from './ids';
import { CN, HOTEL_JINAN, HOTEL_SHENYANG, INVENTED_HOTEL, SE, SHENYANG_MEMBERS, STRATEGIST } from './jinan-places';
import { span, tripWriter } from './write';

/**
 * The Shenyang leg of the Jinan trip: only three members go (a participant list, not all
 * members), with Robotdalen and Zongrui Funing Robotics; they sign a partnership agreement, review
 * the letter of intent with the City of Shenyang, and fly home two days after the others.
 */
export function seedShenyangLeg(db: Database.Database): void {
  const { org, contact: c } = JINAN;
  const w = tripWriter(db, JINAN.trip);
  const shenyangGroup = { allMembers: false, participantIds: SHENYANG_MEMBERS };
  const inShenyang = { counterpartLanguage: 'zh', interpreterContactId: c.interpreterShenyang };

  // Thursday 2 November: Jinan → Shenyang, preparatory meeting.
  w.item('shenyang-transfer-tna', {
    kind: 'transfer',
    title: 'Transfer hotellet → Jinan Yaoqiang (Shenyang-gruppen)',
    ...span(CN, '2017-11-02T08:30', '2017-11-02T09:30'),
    details: { from: HOTEL_JINAN.venue, to: 'Jinan Yaoqiang (TNA)', vehicle: 'Minibuss från Jinan FAO' },
    contactIds: [c.driverJinan],
    ...shenyangGroup,
  });
  w.item('flight-tna-she', {
    kind: 'flight',
    title: 'Flyg Jinan → Shenyang',
    ...span(CN, '2017-11-02T10:40', '2017-11-02T12:30'),
    details: { from: 'Jinan Yaoqiang (TNA)', to: 'Shenyang Taoxian (SHE)', bookingReference: 'DEMO8K' },
    ...shenyangGroup,
  });
  w.item('transfer-she-hotel', {
    kind: 'transfer',
    title: 'Transfer Shenyang Taoxian → hotellet i Shenyang',
    ...span(CN, '2017-11-02T13:00', '2017-11-02T14:00'),
    location: { city: 'Shenyang' },
    details: { from: 'Shenyang Taoxian (SHE)', to: HOTEL_SHENYANG.venue, vehicle: 'Bil ordnad av Zongrui Funing Robotics' },
    contactIds: [c.zongruiRep],
    ...shenyangGroup,
  });
  w.item('hotel-shenyang', {
    kind: 'accommodation',
    title: 'Hotell i Shenyang',
    ...span(CN, '2017-11-02T14:00', '2017-11-04T06:00'),
    location: HOTEL_SHENYANG,
    details: { phone: '+86 24 0000 0000 (demo)', confirmationNumber: 'DEMO-SY-2210' },
    publicNotes: 'Visa den kinesiska adressen för taxichauffören.',
    internalNotes: INVENTED_HOTEL,
    ...shenyangGroup,
  });
  w.item(
    'shenyang-prep',
    {
      kind: 'meeting',
      title: 'Förmöte med Robotdalen och Zongrui Funing Robotics, Shenyang',
      ...span(CN, '2017-11-02T16:00', '2017-11-02T17:30'),
      location: { ...HOTEL_SHENYANG, venue: `Mötesrum, ${HOTEL_SHENYANG.venue}` },
      contactIds: [c.robotdalenRep, c.zongruiRep, c.interpreterShenyang],
      ...shenyangGroup,
    },
    {
      ...inShenyang,
      hostOrganisationId: org.robotdalen,
      counterpartIds: [c.zongruiRep, c.robotdalenRep],
      agenda: '1. Partnerskapsavtalet inför undertecknandet\n2. Ceremonins upplägg\n3. Frågor inför avsiktsförklaringen med staden Shenyang',
      talkingPoints: 'Säkerställ att samarbetet tar upp lokal demokrati och äldres delaktighet.',
    },
  );

  // Friday 3 November: signing, letter of intent.
  w.item(
    'shenyang-signing',
    {
      kind: 'meeting',
      title: 'Undertecknande av partnerskapsavtal, Shenyang',
      ...span(CN, '2017-11-03T10:00', '2017-11-03T11:30'),
      location: { venue: 'Zongrui Funing Robotics', city: 'Shenyang' },
      internalNotes: 'Demo: lokal och adress bekräftas av Robotdalen.',
      contactIds: [c.zongruiRep, c.robotdalenRep, c.interpreterShenyang],
      ...shenyangGroup,
    },
    {
      ...inShenyang,
      hostOrganisationId: org.zongrui,
      counterpartIds: [c.zongruiRep, c.robotdalenRep],
      agenda: '1. Välkomstord\n2. Samarbetet med Robotdalen\n3. Undertecknande av partnerskapsavtalet\n4. Fotografering',
      talkingPoints:
        'Lyft lokal demokrati: hur äldres synpunkter tas tillvara när nya innovationer tas fram inom ramen för Robotdalens arbete.',
      giftsGiven: 'Glaskonst från Västerås (demo)',
      dressCode: 'Mörk kostym/dräkt (ceremoni med fotografering)',
      followUps: [
        { text: 'Skicka det undertecknade avtalet till stadsledningskontoret för diarieföring', owner: STRATEGIST, dueDate: '2017-11-10' },
      ],
    },
  );
  w.item('shenyang-lunch', {
    kind: 'meal',
    title: 'Lunch med Zongrui Funing Robotics, Shenyang',
    ...span(CN, '2017-11-03T12:00', '2017-11-03T13:30'),
    location: { city: 'Shenyang' },
    ...shenyangGroup,
  });
  w.item(
    'shenyang-letter-of-intent',
    {
      kind: 'meeting',
      title: 'Avsiktsförklaring med staden Shenyang: genomgång',
      ...span(CN, '2017-11-03T14:30', '2017-11-03T16:30'),
      location: { venue: "Shenyang Municipal People's Government", addressLocal: '沈阳市人民政府', city: 'Shenyang' },
      contactIds: [c.shenyangOfficer, c.robotdalenRep, c.interpreterShenyang],
      ...shenyangGroup,
    },
    {
      ...inShenyang,
      hostOrganisationId: org.shenyangGov,
      counterpartIds: [c.shenyangOfficer, c.robotdalenRep],
      agenda: '1. Utkastet till avsiktsförklaring\n2. Samarbetsområden\n3. Nästa steg',
      dressCode: 'Mörk kostym/dräkt',
      followUps: [
        { text: 'Skicka Västerås kommentarer på avsiktsförklaringen till staden Shenyang', owner: STRATEGIST, dueDate: '2017-12-15' },
      ],
    },
  );

  // Saturday 4 November: the Shenyang group flies home.
  w.item('shenyang-transfer-she', {
    kind: 'transfer',
    title: 'Transfer hotellet → Shenyang Taoxian',
    ...span(CN, '2017-11-04T06:00', '2017-11-04T07:00'),
    details: { from: HOTEL_SHENYANG.venue, to: 'Shenyang Taoxian (SHE)' },
    ...shenyangGroup,
  });
  w.item('flight-she-pek', {
    kind: 'flight',
    title: 'Flyg Shenyang → Peking',
    ...span(CN, '2017-11-04T08:10', '2017-11-04T09:40'),
    details: { carrier: 'Air China', from: 'Shenyang Taoxian (SHE)', to: 'Beijing Capital (PEK)', bookingReference: 'DEMO8K' },
    ...shenyangGroup,
  });
  w.item('flight-pek-arn-shenyang', {
    kind: 'flight',
    title: 'Flyg Peking → Stockholm Arlanda (Shenyang-gruppen)',
    ...span(CN, '2017-11-04T13:30', '2017-11-04T16:20', SE),
    details: { carrier: 'Air China', from: 'Beijing Capital (PEK)', to: 'Stockholm Arlanda (ARN)', bookingReference: 'DEMO8K' },
    ...shenyangGroup,
  });
  w.item('bus-home-shenyang', {
    kind: 'transfer',
    title: 'Buss Stockholm Arlanda → Västerås (Shenyang-gruppen)',
    ...span(SE, '2017-11-04T17:15', '2017-11-04T18:45'),
    location: { city: 'Västerås' },
    details: { from: 'Stockholm Arlanda, terminal 5', to: 'Stadshuset, Västerås', vehicle: 'Förbeställd minibuss (demo)' },
    ...shenyangGroup,
  });
}
