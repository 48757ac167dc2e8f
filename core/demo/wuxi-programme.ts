import type Database from 'better-sqlite3';
import { WUXI } from './ids';
import { span, tripWriter } from './write';
import { WUXI_VISITORS } from './wuxi-trip';

/**
 * The Wuxi delegation's programme in Södertälje. The places are those earlier Wuxi delegations
 * visited (report KS 15/341): Wendela Hebbe gymnasium, AstraZeneca, Telge Återvinning, Tom Tits
 * and the water-treatment project in Stavbofjärden, plus the comprehensive plan (översiktsplan)
 * and public access to records at the city hall. Days and times are invented.
 */

const SE = 'Europe/Stockholm';
const CN = 'Asia/Shanghai';

const CITY_HALL = { venue: 'Södertälje stadshus', address: 'Campusgatan 26, Södertälje', city: 'Södertälje' };
const HOTEL = { venue: 'Canal Hotel Södertälje (demo)', address: 'Storgatan 1, 151 72 Södertälje', city: 'Södertälje' };

export function seedWuxiProgramme(db: Database.Database): void {
  const { org, contact: c, member } = WUXI;
  const w = tripWriter(db, WUXI.trip);
  const visitorsOnly = { allMembers: false, participantIds: WUXI_VISITORS };
  // Hosts speak Swedish or English to the delegation: the Wuxi FAO interpreter covers the visits,
  // a booked interpreter the formal meetings.
  const onVisit = (language: 'sv' | 'en') => ({ counterpartLanguage: language, interpreterMemberId: member.interpreter });
  const formal = { counterpartLanguage: 'sv', interpreterContactId: c.interpreter };
  const coordinator = 'International coordinator';

  // Monday 23 May: arrival.
  w.item('flight-in', {
    kind: 'flight',
    title: 'Flight Shanghai Pudong → Stockholm Arlanda (via Helsinki)',
    ...span(CN, '2016-05-23T11:50', '2016-05-23T18:05', SE),
    details: { carrier: 'Finnair', number: 'AY 815', from: 'Shanghai Pudong (PVG)', to: 'Stockholm Arlanda (ARN)' },
    publicNotes: 'Met at arrivals by the hosting team.',
    internalNotes: 'Flight details as sent by Wuxi FAO; check the connection in Helsinki on the day.',
    ...visitorsOnly,
  });
  w.item('transfer-in', {
    kind: 'transfer',
    title: 'Transfer Arlanda → hotel in Södertälje',
    ...span(SE, '2016-05-23T18:45', '2016-05-23T19:45'),
    // The airport pickup: what the coordinator at arrivals and the driver need on one page.
    details: {
      from: 'Stockholm Arlanda (ARN)',
      to: HOTEL.venue,
      number: 'AY 815',
      vehicle: 'Hired minibus, 16 seats (demo)',
      driver: 'Hired driver, phone on the booking (demo)',
      meetingPoint: 'Arlanda Terminal 2, arrivals hall, by the exit',
      signText: 'Wuxi delegation · 无锡代表团',
    },
    contactIds: [c.driver],
  });
  w.item('hotel', {
    kind: 'accommodation',
    title: 'Hotel in Södertälje',
    ...span(SE, '2016-05-23T19:45', '2016-05-26T12:00'),
    location: HOTEL,
    details: { phone: '+46 8 000 000 00 (demo)', confirmationNumber: 'DEMO-ST-0523' },
    internalNotes: 'Demo: hotel, address and phone are invented. Invoice to Södertälje kommun, ref. KS 15/341.',
    ...visitorsOnly,
  });

  // Tuesday 24 May: city hall, school, welcome dinner.
  w.item(
    'city-hall',
    {
      kind: 'meeting',
      title: 'Meeting: local democracy processes and the comprehensive plan (översiktsplan)',
      ...span(SE, '2016-05-24T09:00', '2016-05-24T11:30'),
      location: CITY_HALL,
      internalNotes: 'Demo: city hall address not checked. Book the council chamber and the interpreter two weeks ahead.',
      contactIds: [c.councilChair, c.planner, c.interpreter],
    },
    {
      ...formal,
      hostOrganisationId: org.sodertalje,
      counterpartIds: [c.councilChair, c.planner],
      agenda:
        '1. Welcome by the Chair of the Municipal Council\n2. The sister-city agreement 2016–2020 and its focus areas\n' +
        '3. Local democracy processes: the toolbox for citizen dialogue (medborgardialog)\n' +
        '4. The comprehensive plan (översiktsplan): how residents are consulted\n' +
        '5. Public access to official records (offentlighetsprincipen) in municipal processes',
      talkingPoints:
        'Let democracy questions run through every topic, as the council decided when renewing the agreement. ' +
        'Ask about Wuxi’s plans for the next teacher exchange.',
      giftsGiven: 'Book about Södertälje and a glass bowl (demo)',
      dressCode: 'Business',
      followUps: [
        { text: 'Send the citizen-dialogue presentation in English to Wuxi FAO', owner: coordinator, dueDate: '2016-06-10' },
      ],
    },
  );
  w.item('lunch-city-hall', {
    kind: 'meal',
    title: 'Lunch at the city hall',
    ...span(SE, '2016-05-24T11:45', '2016-05-24T12:45'),
    location: CITY_HALL,
  });
  w.item(
    'wendela-hebbe',
    {
      kind: 'visit',
      title: 'Visit: Wendela Hebbe gymnasium',
      ...span(SE, '2016-05-24T13:30', '2016-05-24T15:30'),
      location: { venue: 'Wendela Hebbe gymnasium', city: 'Södertälje' },
      contactIds: [c.principal],
    },
    {
      ...onVisit('sv'),
      hostOrganisationId: org.wendelaHebbe,
      counterpartIds: [c.principal],
      agenda: '1. Student and teacher exchanges so far\n2. Tour of the school\n3. Plans for the next exchange',
      followUps: [{ text: 'Agree on dates for the next teacher exchange', owner: coordinator, dueDate: '2016-09-01' }],
    },
  );
  w.item('welcome-dinner', {
    kind: 'meal',
    title: 'Welcome dinner hosted by the Chair of the Municipal Council',
    ...span(SE, '2016-05-24T18:30', '2016-05-24T21:00'),
    location: { venue: 'Restaurant in central Södertälje (demo)', city: 'Södertälje' },
    publicNotes: 'Dress: business.',
    internalNotes: 'Representation: guest list and receipt to finance. Seat the Vice Mayor to the right of the host.',
    contactIds: [c.councilChair, c.interpreter],
  });

  // Wednesday 25 May: business, recycling, science centre.
  w.item(
    'astrazeneca',
    {
      kind: 'visit',
      title: 'Visit: AstraZeneca, Gärtuna site',
      ...span(SE, '2016-05-25T09:00', '2016-05-25T11:30'),
      location: { venue: 'AstraZeneca Gärtuna', city: 'Södertälje' },
      publicNotes: 'Bring your passport for the security check at the gate. No photography inside.',
      internalNotes: 'AstraZeneca sees the Wuxi cooperation as positive for the Södertälje site (KS 15/341).',
      contactIds: [c.astraZenecaHost],
    },
    {
      ...onVisit('en'),
      hostOrganisationId: org.astraZeneca,
      counterpartIds: [c.astraZenecaHost],
      agenda: '1. AstraZeneca in Södertälje and in Wuxi\n2. Tour of the production site\n3. Business development: links between the two cities',
      dressCode: 'Business; flat shoes for the tour',
    },
  );
  w.item(
    'telge',
    {
      kind: 'visit',
      title: 'Visit: Telge Återvinning',
      ...span(SE, '2016-05-25T13:30', '2016-05-25T15:00'),
      location: { venue: 'Telge Återvinning', city: 'Södertälje' },
      contactIds: [c.telgeGuide],
    },
    {
      ...onVisit('sv'),
      hostOrganisationId: org.telge,
      counterpartIds: [c.telgeGuide],
      agenda: '1. Waste sorting and recycling in Södertälje\n2. Tour of the recycling centre',
    },
  );
  w.item(
    'tom-tits',
    {
      kind: 'visit',
      title: 'Visit: Tom Tits Experiment',
      ...span(SE, '2016-05-25T15:45', '2016-05-25T17:30'),
      location: { venue: 'Tom Tits Experiment', address: 'Storgatan 33, Södertälje', city: 'Södertälje' },
      contactIds: [c.tomTitsGuide],
    },
    {
      ...onVisit('en'),
      hostOrganisationId: org.tomTits,
      counterpartIds: [c.tomTitsGuide],
      agenda: 'Guided tour of the science centre: learning by experiment',
    },
  );
  w.item('evening-free', {
    kind: 'free_time',
    title: 'Evening at leisure',
    ...span(SE, '2016-05-25T18:00', '2016-05-25T22:00'),
    ...visitorsOnly,
  });

  // Thursday 26 May: water treatment, closing meeting, departure.
  w.item(
    'stavbofjarden',
    {
      kind: 'visit',
      title: 'Visit: Stavbofjärden water-treatment project',
      ...span(SE, '2016-05-26T09:00', '2016-05-26T11:00'),
      location: { venue: 'Stavbofjärden', city: 'Södertälje' },
      publicNotes: 'Outdoor visit: bring warm clothes and rain gear.',
      internalNotes: 'Demo: meeting point to be confirmed with the environment office.',
      contactIds: [c.environmentStrategist],
    },
    {
      ...onVisit('sv'),
      hostOrganisationId: org.sodertalje,
      counterpartIds: [c.environmentStrategist],
      agenda:
        '1. Why Stavbofjärden needs cleaner water\n2. The measures and their results so far\n' +
        '3. Exchange: experience from the Sino-Swedish EcoCity in Wuxi',
    },
  );
  w.item(
    'closing',
    {
      kind: 'meeting',
      title: 'Closing meeting: next steps under the sister-city agreement',
      ...span(SE, '2016-05-26T11:30', '2016-05-26T12:30'),
      location: CITY_HALL,
      contactIds: [c.councilChair, c.interpreter],
    },
    {
      ...formal,
      hostOrganisationId: org.sodertalje,
      counterpartIds: [c.councilChair],
      agenda: '1. Summary of the visit\n2. Activities for 2016–2017 in the four focus areas\n3. Next visit to Wuxi',
      followUps: [
        { text: 'Look for external project funding for the environment and climate area', owner: 'Municipal strategist', dueDate: '2016-09-30' },
      ],
    },
  );
  w.item('farewell-lunch', {
    kind: 'meal',
    title: 'Farewell lunch',
    ...span(SE, '2016-05-26T12:30', '2016-05-26T13:30'),
    location: CITY_HALL,
  });
  w.item('transfer-out', {
    kind: 'transfer',
    title: 'Transfer Södertälje → Arlanda',
    ...span(SE, '2016-05-26T14:00', '2016-05-26T15:15'),
    details: { from: HOTEL.venue, to: 'Stockholm Arlanda (ARN)', vehicle: 'Hired minibus, 16 seats (demo)' },
    publicNotes: 'Flight home departs 17:15 (Finnair via Helsinki).',
    contactIds: [c.driver],
  });
}
