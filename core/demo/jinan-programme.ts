import type Database from 'better-sqlite3';
import { JINAN } from './ids';
import {
  CITY_HALL_JINAN,
  CN,
  HOME_FROM_JINAN_MEMBERS,
  HOTEL_JINAN,
  INVENTED_HOTEL,
  SE,
  STRATEGIST,
} from './jinan-places';
import { span, tripWriter } from './write';

/**
 * The Jinan trip's programme. Days and times are plausible inventions (the trip notes say so);
 * the facts come from the press release: leave Saturday 28 October 2017, steering group and
 * pre-study work in Jinan, Hotline 12345, the Hi-tech Zone science park with Robotdalen, and three
 * of the nine on to Shenyang for the partnership agreement and the letter of intent.
 *
 * Local times in their own zones. Sweden leaves summer time during the first night (29 Oct), so
 * Jinan is 6 hours ahead at departure and 7 hours ahead for the rest of the trip.
 */
export function seedJinanProgramme(db: Database.Database): void {
  const { org, contact: c } = JINAN;
  const w = tripWriter(db, JINAN.trip);
  const homeFromJinan = { allMembers: false, participantIds: HOME_FROM_JINAN_MEMBERS };
  // Counterparts speak Chinese; the interpreter is booked through Jinan FAO.
  const inJinan = { counterpartLanguage: 'zh', interpreterContactId: c.interpreterJinan };

  // Saturday 28 October: Västerås → Arlanda → Beijing.
  w.item('bus-out', {
    kind: 'transfer',
    title: 'Buss Västerås → Stockholm Arlanda',
    ...span(SE, '2017-10-28T08:45', '2017-10-28T10:30'),
    location: { venue: 'Stadshuset, Fiskartorgsentrén', city: 'Västerås' },
    details: { from: 'Stadshuset, Västerås', to: 'Stockholm Arlanda, terminal 5', vehicle: 'Förbeställd minibuss (demo)' },
  });
  w.item('check-in', {
    kind: 'other',
    title: 'Samling vid incheckningen, Arlanda terminal 5',
    ...span(SE, '2017-10-28T11:00', '2017-10-28T11:30'),
    location: { venue: 'Stockholm Arlanda, terminal 5', city: 'Stockholm' },
    publicNotes: 'Ta med passet med kinesiskt visum. Nödkontakter i Kina: Sveriges ambassad i Peking.',
    contactIds: [c.embassyDuty, c.consulateDuty],
  });
  w.item('flight-arn-pek', {
    kind: 'flight',
    title: 'Flyg Stockholm Arlanda → Peking',
    // Leaves in Swedish summer time, lands in China: the end is in another zone.
    ...span(SE, '2017-10-28T13:30', '2017-10-29T04:10', CN),
    details: { carrier: 'Air China', from: 'Stockholm Arlanda (ARN)', to: 'Beijing Capital (PEK)', bookingReference: 'DEMO7Q' },
    publicNotes:
      'Sverige går över till vintertid natten till söndag 29 oktober medan vi flyger: ' +
      'Kina ligger sedan 7 timmar före Sverige (6 timmar vid avresan).',
    internalNotes: 'Gruppbokning; namnlista och passnummer skickade till resebyrån.',
  });

  // Sunday 29 October: Beijing → Jinan, welcome dinner.
  w.item('flight-pek-tna', {
    kind: 'flight',
    title: 'Flyg Peking → Jinan',
    ...span(CN, '2017-10-29T07:30', '2017-10-29T08:40'),
    details: { carrier: 'Air China', from: 'Beijing Capital (PEK)', to: 'Jinan Yaoqiang (TNA)', bookingReference: 'DEMO7Q' },
    publicNotes: 'Hämta bagaget i Peking för tullen och checka in det igen till Jinan.',
  });
  w.item('transfer-tna-hotel', {
    kind: 'transfer',
    title: 'Transfer Jinan Yaoqiang → hotellet',
    ...span(CN, '2017-10-29T09:15', '2017-10-29T10:15'),
    location: { city: 'Jinan' },
    details: {
      from: 'Jinan Yaoqiang (TNA), ankomsthallen',
      to: HOTEL_JINAN.venue,
      vehicle: 'Minibuss från Jinan FAO; chauffören väntar med skylten ”Västerås”',
    },
    contactIds: [c.driverJinan, c.faoProtocol],
  });
  w.item('hotel-jinan', {
    kind: 'accommodation',
    title: 'Hotell i Jinan',
    ...span(CN, '2017-10-29T10:15', '2017-11-02T12:00'),
    location: HOTEL_JINAN,
    details: { phone: '+86 531 0000 0000 (demo)', confirmationNumber: 'DEMO-JN-4471' },
    publicNotes: 'Visa den kinesiska adressen för taxichauffören.',
    internalNotes: `${INVENTED_HOTEL} Rumslistan skickad via Jinan FAO; tidig incheckning beställd. Faktureras ICLD-projektet.`,
  });
  w.item('rest', {
    kind: 'free_time',
    title: 'Egen tid: vila efter resan',
    ...span(CN, '2017-10-29T11:00', '2017-10-29T17:30'),
  });
  w.item('welcome-dinner', {
    kind: 'meal',
    title: 'Välkomstmiddag med Jinan Foreign Affairs Office',
    ...span(CN, '2017-10-29T18:30', '2017-10-29T20:30'),
    location: { venue: 'Restaurang, bokad av Jinan FAO', city: 'Jinan' },
    publicNotes: 'Klädsel: kavaj. Värdarna håller tal; delegationsledaren svarar kort.',
    internalNotes: 'Bordsplacering enligt rangordningen; Jinan FAO skickar placeringen dagen innan.',
    contactIds: [c.faoProtocol, c.interpreterJinan],
  });

  // Monday 30 October: steering group, Hotline 12345.
  w.item(
    'steering-group',
    {
      kind: 'meeting',
      title: 'Styrgruppsmöte för partnerskapet Västerås–Jinan',
      ...span(CN, '2017-10-30T09:00', '2017-10-30T11:30'),
      location: CITY_HALL_JINAN,
      internalNotes: 'Demo: adressen till stadshuset är inte kontrollerad – verifiera med Jinan FAO.',
      contactIds: [c.faoProtocol, c.interpreterJinan],
    },
    {
      ...inJinan,
      hostOrganisationId: org.jinanGov,
      counterpartIds: [c.faoProtocol, c.hotlineDirector],
      agenda:
        '1. Välkomstord\n2. Förstudien: läget sedan besöket i Västerås i augusti\n' +
        '3. Projektplan för ett treårigt projekt om invånardialog och kontaktcenter\n' +
        '4. Fortsatt finansiering: ny ansökan till ICLD\n5. Övriga frågor',
      talkingPoints:
        'Lyft lokal demokrati och invånarnas delaktighet i varje punkt. Vi vill lära av Hotline 12345:s ' +
        'strukturerade uppföljning av ärendeprocessen – och bidra med demokratiperspektivet.',
      giftsGiven: 'Glaskonst från Västerås och en bok om staden (demo)',
      dressCode: 'Mörk kostym/dräkt',
      followUps: [{ text: 'Skicka minnesanteckningar från styrgruppsmötet till Jinan FAO', owner: STRATEGIST, dueDate: '2017-11-10' }],
    },
  );
  w.item(
    'hotline-12345',
    {
      kind: 'visit',
      title: 'Studiebesök: Hotline 12345 (济南12345市民服务热线)',
      ...span(CN, '2017-10-30T14:00', '2017-10-30T16:30'),
      location: { venue: 'Jinan 12345 Citizen Service Hotline', addressLocal: '济南12345市民服务热线', city: 'Jinan' },
      internalNotes: 'Demo: exakt adress bekräftas av Jinan FAO; chauffören hittar dit.',
      contactIds: [c.hotlineDirector, c.driverJinan],
    },
    {
      ...inJinan,
      hostOrganisationId: org.hotline,
      counterpartIds: [c.hotlineDirector],
      agenda:
        '1. Ärendeprocessen från samtal till återkoppling\n2. Rundvandring i samtalshallen\n' +
        '3. Frågor och diskussion: uppföljning och invånarnas synpunkter',
      talkingPoints:
        'Fråga hur invånarnas synpunkter förs tillbaka till förvaltningarna. Jämför med ärendeflödet i ' +
        'Västerås kontaktcenter; ta upp demokratiperspektivet varsamt.',
      dressCode: 'Kavaj',
      followUps: [
        { text: 'Dela kontaktcentrets ärendestatistik med Hotline 12345', owner: 'Enhetschef kontaktcenter', dueDate: '2017-12-01' },
      ],
    },
  );

  // Tuesday 31 October: Hi-tech Zone with Robotdalen, project plan.
  w.item(
    'hi-tech-zone',
    {
      kind: 'visit',
      title: 'Besök på science park i Hi-tech Zone (济南高新区) med Robotdalen',
      ...span(CN, '2017-10-31T09:00', '2017-10-31T12:00'),
      location: { venue: 'Science park, Jinan Hi-tech Zone', addressLocal: '济南高新区', city: 'Jinan' },
      publicNotes: 'Robotdalen och deras samarbetspartner från Shenyang ansluter här. Bekväma skor: rundvandring.',
      contactIds: [c.hitechHost, c.robotdalenRep, c.zongruiRep, c.driverJinan],
    },
    {
      ...inJinan,
      hostOrganisationId: org.hitech,
      counterpartIds: [c.hitechHost, c.zongruiRep],
      agenda:
        '1. Presentation av Hi-tech Zone\n2. Robotdalen presenterar klustret\n3. Besök hos företag i parken\n' +
        '4. Diskussion: kontaktvägar mellan Jinan och Västerås näringsliv',
      talkingPoints: 'Introducera Västerås kluster för de kinesiska samarbetspartnerna; visa på värdet för näringslivet.',
      dressCode: 'Kavaj',
    },
  );
  w.item(
    'project-plan-1',
    {
      kind: 'meeting',
      title: 'Arbetsmöte: projektplan för invånardialog och kontaktcenter',
      ...span(CN, '2017-10-31T14:00', '2017-10-31T17:00'),
      location: CITY_HALL_JINAN,
    },
    {
      ...inJinan,
      hostOrganisationId: org.jinanGov,
      counterpartIds: [c.faoProtocol, c.hotlineDirector],
      agenda:
        '1. Mål och avgränsning för det treåriga projektet\n2. Kontaktcentrens ärendeprocess: Västerås och Jinan\n' +
        '3. Aktiviteter och tidplan\n4. Budget och ansökan till ICLD',
      talkingPoints: 'Målet är ett gemensamt utkast till projektplan före hemresan.',
      followUps: [{ text: 'Skicka utkast till projektplan till Jinan FAO', owner: STRATEGIST, dueDate: '2017-11-30' }],
    },
  );

  // Wednesday 1 November: project plan continued, culture, farewell dinner.
  w.item(
    'project-plan-2',
    {
      kind: 'meeting',
      title: 'Arbetsmöte: ärendeprocess och uppföljning (forts.)',
      ...span(CN, '2017-11-01T09:00', '2017-11-01T12:00'),
      location: CITY_HALL_JINAN,
    },
    {
      ...inJinan,
      hostOrganisationId: org.jinanGov,
      counterpartIds: [c.hotlineDirector],
      agenda:
        '1. Ärendeflödet från samtal till återkoppling, steg för steg\n' +
        '2. Hur invånarnas synpunkter återförs till förvaltningarna\n3. Sammanfattning av förstudien',
      followUps: [
        {
          text: 'Förbereda ny ansökan till ICLD: invånardialog med fokus på kontaktcenter och ärendeprocess',
          owner: STRATEGIST,
          dueDate: '2018-02-01',
        },
      ],
    },
  );
  w.item('culture', {
    kind: 'event',
    title: 'Kulturprogram: Baotu-källan (趵突泉) och Daming-sjön (大明湖)',
    ...span(CN, '2017-11-01T14:00', '2017-11-01T17:00'),
    location: { venue: 'Baotu-källan', addressLocal: '趵突泉', city: 'Jinan' },
    publicNotes: 'Promenad utomhus: bekväma skor och varma kläder.',
    contactIds: [c.faoProtocol, c.driverJinan],
  });
  w.item('farewell-dinner', {
    kind: 'meal',
    title: 'Avslutningsmiddag, Västerås stad är värd',
    ...span(CN, '2017-11-01T18:30', '2017-11-01T21:00'),
    location: { ...HOTEL_JINAN, venue: `Restaurangen, ${HOTEL_JINAN.venue}` },
    internalNotes: 'Representation: kvitto och gästlista till ekonomi. Gästlistan bekräftas med Jinan FAO senast 30 oktober.',
    contactIds: [c.faoProtocol, c.hotlineDirector, c.interpreterJinan],
  });

  // Thursday 2 November: six fly home; the Shenyang group flies on (see shenyang-programme.ts).
  w.item('home-transfer-tna', {
    kind: 'transfer',
    title: 'Transfer hotellet → Jinan Yaoqiang (hemresa)',
    ...span(CN, '2017-11-02T05:30', '2017-11-02T06:30'),
    details: { from: HOTEL_JINAN.venue, to: 'Jinan Yaoqiang (TNA)', vehicle: 'Minibuss från Jinan FAO' },
    contactIds: [c.driverJinan],
    ...homeFromJinan,
  });
  w.item('home-flight-tna-pek', {
    kind: 'flight',
    title: 'Flyg Jinan → Peking (hemresa)',
    ...span(CN, '2017-11-02T07:40', '2017-11-02T08:55'),
    details: { carrier: 'Air China', from: 'Jinan Yaoqiang (TNA)', to: 'Beijing Capital (PEK)', bookingReference: 'DEMO7Q' },
    ...homeFromJinan,
  });
  w.item('home-flight-pek-arn', {
    kind: 'flight',
    title: 'Flyg Peking → Stockholm Arlanda',
    ...span(CN, '2017-11-02T13:30', '2017-11-02T16:20', SE),
    details: { carrier: 'Air China', from: 'Beijing Capital (PEK)', to: 'Stockholm Arlanda (ARN)', bookingReference: 'DEMO7Q' },
    publicNotes: 'I Sverige är det nu vintertid: ställ tillbaka klockan 7 timmar.',
    ...homeFromJinan,
  });
  w.item('home-bus', {
    kind: 'transfer',
    title: 'Buss Stockholm Arlanda → Västerås',
    ...span(SE, '2017-11-02T17:15', '2017-11-02T18:45'),
    location: { city: 'Västerås' },
    details: { from: 'Stockholm Arlanda, terminal 5', to: 'Stadshuset, Västerås', vehicle: 'Förbeställd minibuss (demo)' },
    ...homeFromJinan,
  });
}
