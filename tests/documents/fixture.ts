import { randomUUID } from 'node:crypto';
import type { Core } from '../../core';
import type { Contact, Organisation } from '../../shared/domain/contact';
import type { Item, ItemCreate } from '../../shared/domain/item';
import type { Member } from '../../shared/domain/member';
import type { Trip } from '../../shared/domain/trip';

/**
 * A Västerås → Jinan (→ Shenyang) delegation built through the API contract, independent of the
 * demo data so document tests do not move when the demo does. Names are those the press release
 * gives; the others are described by role. Days and times are invented.
 */
export interface JinanFixture {
  tripId: string;
  members: Member[];
  /** The three who continue to Shenyang. */
  shenyangIds: string[];
  items: Record<string, Item>;
  /** Titles of the items only the Shenyang group attends. */
  shenyangTitles: string[];
}

function must<T>(core: Core, name: string, input: unknown): T {
  const result = core.dispatch(name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value as T;
}

const SH = 'Asia/Shanghai';
const STO = 'Europe/Stockholm';

export function createJinanFixture(core: Core): JinanFixture {
  const trip = must<Trip>(core, 'trips:create', {
    title: 'Styrgruppens resa till Jinan och Shenyang',
    direction: 'outgoing',
    purpose:
      'Fortsatt förstudie om invånardialog och kontaktcenter med Jinan, besök i Hi-tech zone tillsammans med Robotdalen. Tre personer åker vidare till Shenyang.',
    sendingOrganisation: 'Västerås stad',
    hostingOrganisation: 'Jinans stad 济南市人民政府',
    destinations: [
      { city: 'Jinan', nativeName: '济南', country: 'CN', timeZone: SH },
      { city: 'Shenyang', nativeName: '沈阳', country: 'CN', timeZone: SH },
    ],
    startDate: '2017-10-28',
    endDate: '2017-11-03',
    homeTimeZone: STO,
    status: 'confirmed',
    fundingReference: 'ICLD kommunalt partnerskap 2017',
    notes: 'Budgeten för gåvor är 3 000 kr.',
  });
  const tripId = trip.id;
  const member = (input: Record<string, unknown>) => must<Member>(core, 'members:create', { tripId, ...input });
  const members = [
    member({ name: 'Anders Teljebäck', title: 'Kommunstyrelsens ordförande', party: 'S', role: 'head', organisation: 'Västerås stad', passportNumber: 'PASS-ANDERS-99', phone: '+46 21 39 12 62' }),
    member({ name: 'Elisabeth Unell', title: 'Oppositionsråd', party: 'M', role: 'deputy_head', organisation: 'Västerås stad', passportNumber: 'PASS-ELISABETH-77' }),
    member({ name: 'Charlotta Filling', title: 'Internationell strateg', role: 'staff', organisation: 'Västerås stad', phone: '+46 21 39 26 36' }),
    member({ name: 'Peter Engström', title: 'Enhetschef kontaktcenter', role: 'staff', organisation: 'Västerås stad', phone: '+46 21 39 18 18' }),
    member({ name: 'Styrgruppsledamot, Västerås stad', title: 'Ledamot i styrgruppen', role: 'member' }),
    member({ name: 'Projektledare, kontaktcenter', title: 'Projektledare', role: 'staff', organisation: 'Kontaktcenter' }),
    member({ name: 'Handläggare, kontaktcenter', title: 'Kundtjänsthandläggare', role: 'staff', organisation: 'Kontaktcenter' }),
    member({ name: 'Verksamhetsutvecklare, kontaktcenter', title: 'Verksamhetsutvecklare', role: 'staff', organisation: 'Kontaktcenter' }),
    member({ name: 'Kommunikatör, Västerås stad', title: 'Kommunikatör', role: 'press', organisation: 'Västerås stad' }),
  ];
  const shenyangIds = [members[0]!.id, members[2]!.id, members[3]!.id];
  const homeIds = members.map((m) => m.id).filter((id) => !shenyangIds.includes(id));

  const org = (input: Record<string, unknown>) => must<Organisation>(core, 'organisations:create', input);
  const foreignAffairs = org({ name: 'Jinan Foreign Affairs Office', nativeName: '济南市人民政府外事办公室', city: 'Jinan', country: 'CN' });
  const hotline = org({ name: 'Jinan 12345 Citizen Service Hotline', nativeName: '济南市12345市民服务热线', city: 'Jinan', country: 'CN' });
  const zongrui = org({ name: 'Zongrui Funing Robotics', nativeName: '众瑞富宁机器人', city: 'Shenyang', country: 'CN' });
  const contact = (input: Record<string, unknown>) => must<Contact>(core, 'contacts:create', input);
  const wang = contact({ name: 'Wang Li', nativeName: '王丽', title: 'Director, European Affairs', organisationId: foreignAffairs.id, role: 'host', phone: '+86 531 8608 0000', messaging: 'WeChat: wangli_jn' });
  const zhang = contact({ name: 'Zhang Wei', nativeName: '张伟', title: 'Interpreter (Swedish–Chinese)', role: 'interpreter', phone: '+86 138 0000 1234' });
  const liu = contact({ name: 'Liu Yang', nativeName: '刘洋', title: 'Head of Hotline 12345', organisationId: hotline.id, role: 'host' });
  const chen = contact({ name: 'Chen Jing', nativeName: '陈静', title: 'CEO', organisationId: zongrui.id, role: 'company', phone: '+86 24 0000 5678' });
  const embassy = contact({ name: 'Sveriges ambassad i Peking', nativeName: '瑞典驻华大使馆', role: 'embassy', phone: '+86 10 6532 9790', address: '3 Dongzhimenwai Dajie, Beijing' });
  const emergency = contact({ name: 'Larmnummer i Kina', role: 'emergency', phone: 'Polis 110 · Ambulans 120 · Brand 119' });

  const items: Record<string, Item> = {};
  const item = (key: string, input: Omit<ItemCreate, 'tripId'>) => {
    items[key] = must<Item>(core, 'items:create', { tripId, ...input });
    return items[key]!;
  };
  item('outbound', {
    kind: 'flight', title: 'Flyg Stockholm – Peking',
    startLocal: '2017-10-28T19:45', startZone: STO, endLocal: '2017-10-29T10:25', endZone: SH,
    location: { city: 'Stockholm' },
    details: { carrier: 'Air China', number: 'CA 912', from: 'Stockholm Arlanda (ARN)', to: 'Beijing Capital (PEK)', bookingReference: 'BOOKREF7' },
    publicNotes: 'Samling vid incheckningen terminal 5 kl. 17.30.',
    contactIds: [embassy.id, emergency.id],
  });
  item('connection', {
    kind: 'flight', title: 'Flyg Peking – Jinan',
    startLocal: '2017-10-29T13:30', startZone: SH, endLocal: '2017-10-29T14:40', endZone: SH,
    details: { carrier: 'Air China', number: 'CA 1575', from: 'Beijing Capital (PEK)', to: 'Jinan Yaoqiang (TNA)' },
  });
  item('hotelJinan', {
    kind: 'accommodation', title: 'Sofitel Jinan Silver Plaza',
    startLocal: '2017-10-29T16:00', startZone: SH, endLocal: '2017-11-01T08:00', endZone: SH,
    location: { venue: 'Sofitel Jinan Silver Plaza', address: '66 Luoyuan Street, Lixia District, Jinan', addressLocal: '山东省济南市历下区泺源大街66号', city: 'Jinan' },
    details: { phone: '+86 531 8606 8888', confirmationNumber: 'CONF-SOFITEL-4411' },
  });
  item('dinner', {
    kind: 'meal', title: 'Välkomstmiddag med Jinans stad',
    startLocal: '2017-10-29T18:30', startZone: SH, endLocal: '2017-10-29T20:30', endZone: SH,
    location: { venue: 'Sofitel Jinan, restaurang Silver', city: 'Jinan' },
    contactIds: [wang.id],
  });
  const visit = item('hotline', {
    kind: 'visit', title: 'Besök på kontaktcentret Hotline 12345',
    startLocal: '2017-10-30T09:00', startZone: SH, endLocal: '2017-10-30T11:30', endZone: SH,
    location: { venue: 'Hotline 12345', address: '1 Longao North Road, Lixia District, Jinan', addressLocal: '济南市历下区龙奥北路1号', city: 'Jinan' },
    description: 'Rundvandring i kontaktcentret och genomgång av hur ärenden följs upp.',
    internalNotes: 'INTERNAL-NOTE: fråga om statistiken från 2016 innan mötet.',
    contactIds: [liu.id],
  });
  must(core, 'meetings:update', {
    itemId: visit.id,
    patch: {
      hostOrganisationId: hotline.id,
      counterpartIds: [liu.id],
      interpreterContactId: zhang.id,
      agenda: '1. Välkommen\n2. Ärendeprocessen i Hotline 12345\n3. Frågor',
      talkingPoints: 'TALKING-POINT: lyft invånardialog och återkoppling till invånare.',
      giftsGiven: 'GIFT: glasskål från Västerås',
      dressCode: 'DRESS: mörk kostym',
      followUps: [
        { id: randomUUID(), text: 'FOLLOWUP: skicka projektplanen till Hotline 12345', owner: 'Charlotta Filling', dueDate: '2017-11-15', done: false },
        { id: randomUUID(), text: 'DONE-FOLLOWUP: tacka för besöket', owner: 'Anders Teljebäck', dueDate: null, done: true },
      ],
    },
  });
  item('projectPlan', {
    kind: 'meeting', title: 'Arbete med projektplanen',
    startLocal: '2017-10-30T14:00', startZone: SH, endLocal: '2017-10-30T17:00', endZone: SH,
    location: { venue: 'Jinans stadshus', addressLocal: '济南市市中区龙奥北路', city: 'Jinan' },
    contactIds: [wang.id, zhang.id],
  });
  item('hitech', {
    kind: 'visit', title: 'Science park i Hi-tech zone med Robotdalen',
    startLocal: '2017-10-31T09:00', startZone: SH, endLocal: '2017-10-31T12:00', endZone: SH,
    location: { venue: 'Jinan Hi-tech Zone', addressLocal: '济南高新技术产业开发区', city: 'Jinan' },
    publicNotes: 'Robotdalen och samarbetspartner från Shenyang ansluter.',
  });
  item('free', {
    kind: 'free_time', title: 'Egen tid i Jinan',
    startLocal: '2017-10-31T14:00', startZone: SH, endLocal: '2017-10-31T18:00', endZone: SH,
  });
  item('homeFlight', {
    kind: 'flight', title: 'Hemresa Jinan – Stockholm',
    startLocal: '2017-11-01T10:40', startZone: SH, endLocal: '2017-11-01T18:30', endZone: STO,
    details: { carrier: 'Air China', number: 'CA 1108 / CA 911', from: 'Jinan Yaoqiang (TNA)', to: 'Stockholm Arlanda (ARN)' },
    allMembers: false, participantIds: homeIds,
  });
  const shenyang = (key: string, input: Omit<ItemCreate, 'tripId'>) => item(key, { ...input, allMembers: false, participantIds: shenyangIds });
  shenyang('toShenyang', {
    kind: 'flight', title: 'Flyg Jinan – Shenyang',
    startLocal: '2017-11-01T11:15', startZone: SH, endLocal: '2017-11-01T13:05', endZone: SH,
    details: { carrier: 'Shandong Airlines', number: 'SC 4771', from: 'Jinan Yaoqiang (TNA)', to: 'Shenyang Taoxian (SHE)' },
  });
  shenyang('hotelShenyang', {
    kind: 'accommodation', title: 'Shenyang Marriott Hotel',
    startLocal: '2017-11-01T15:00', startZone: SH, endLocal: '2017-11-03T07:00', endZone: SH,
    location: { venue: 'Shenyang Marriott Hotel', address: '388 Qingnian Street, Shenhe District, Shenyang', addressLocal: '沈阳市沈河区青年大街388号', city: 'Shenyang' },
    details: { phone: '+86 24 3198 8888' },
  });
  const signing = shenyang('signing', {
    kind: 'meeting', title: 'Undertecknande av partnerskapsavtal med Zongrui Funing Robotics',
    startLocal: '2017-11-02T09:30', startZone: SH, endLocal: '2017-11-02T11:30', endZone: SH,
    location: { venue: 'Zongrui Funing Robotics', addressLocal: '沈阳市浑南区', city: 'Shenyang' },
    contactIds: [chen.id],
  });
  must(core, 'meetings:update', { itemId: signing.id, patch: { hostOrganisationId: zongrui.id, counterpartIds: [chen.id] } });
  shenyang('letterOfIntent', {
    kind: 'meeting', title: 'Genomgång av avsiktsförklaringen med Shenyangs stad',
    startLocal: '2017-11-02T14:00', startZone: SH, endLocal: '2017-11-02T16:00', endZone: SH,
    location: { venue: 'Shenyangs stadshus', city: 'Shenyang' },
  });
  shenyang('shenyangHome', {
    kind: 'flight', title: 'Hemresa Shenyang – Stockholm',
    startLocal: '2017-11-03T09:00', startZone: SH, endLocal: '2017-11-03T17:40', endZone: STO,
    details: { carrier: 'Air China', number: 'CA 1602 / CA 911', from: 'Shenyang Taoxian (SHE)', to: 'Stockholm Arlanda (ARN)' },
  });
  return {
    tripId,
    members,
    shenyangIds,
    items,
    shenyangTitles: ['Flyg Jinan – Shenyang', 'Shenyang Marriott Hotel', 'Undertecknande av partnerskapsavtal med Zongrui Funing Robotics', 'Genomgång av avsiktsförklaringen med Shenyangs stad', 'Hemresa Shenyang – Stockholm'],
  };
}
