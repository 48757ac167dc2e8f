import type Database from 'better-sqlite3';
import { JINAN } from './ids';
import { HOME_FROM_JINAN_MEMBERS, SHENYANG_MEMBERS } from './jinan-places';
import { addTrip, ensureContact, ensureOrganisation, tripWriter } from './write';

/**
 * Demo 1, outgoing: Västerås stad's steering group to Jinan (and three of them on to Shenyang),
 * after Västerås stad's press release about the trip that left on Saturday 28 October 2017.
 * Only people the press release names have personal names; everyone else is described by role,
 * as "Role, context", so that the demo never puts invented names on real delegations.
 */

const DEMO_NOTE = 'Demo: days and times are plausible inventions, not the real programme.';
const ADDRESS_NOTE = 'Demo: adressen är inte kontrollerad – verifiera före användning.';

export const SHENYANG_GROUP_NAME = 'Shenyang-gruppen';

export function seedJinanTrip(db: Database.Database): void {
  addTrip(db, JINAN.trip, {
    title: 'Styrgruppen till Jinan och Shenyang (demo)',
    direction: 'outgoing',
    purpose:
      'Styrgruppen för partnerskapet Västerås–Jinan fortsätter förstudien om invånardialog som påbörjades i augusti, ' +
      'när representanter från Jinan besökte Västerås: att ta fram en projektplan för ett fortsatt treårigt projekt ' +
      'med fokus på kontaktcenter och deras ärendeprocess (Västerås kontaktcenter och Jinans Hotline 12345). ' +
      'Resan introducerar också klustret Robotdalen för kinesiska samarbetspartner. Tre personer ur styrgruppen ' +
      'reser vidare till Shenyang med Robotdalen och Zongrui Funing Robotics: ett partnerskapsavtal undertecknas ' +
      'och en avsiktsförklaring med staden Shenyang ses över.',
    sendingOrganisation: 'Västerås stad',
    hostingOrganisation: "Jinan Municipal People's Government (济南市人民政府)",
    destinations: [
      { city: 'Jinan', nativeName: '济南', country: 'CN', timeZone: 'Asia/Shanghai' },
      { city: 'Shenyang', nativeName: '沈阳', country: 'CN', timeZone: 'Asia/Shanghai' },
    ],
    startDate: '2017-10-28',
    endDate: '2017-11-04',
    homeTimeZone: 'Europe/Stockholm',
    status: 'confirmed',
    fundingReference: 'ICLD (Internationellt centrum för lokal demokrati) – stöd på nästan 2,7 MSEK',
    notes:
      `${DEMO_NOTE}\n` +
      'Underlag: Västerås stads pressmeddelande om resan (avresa lördag 28 oktober 2017). Personer som inte ' +
      'namnges i pressmeddelandet beskrivs med sin roll. Sverige går över till vintertid natten till söndag ' +
      '29 oktober: Kina ligger sedan 7 timmar före Sverige (6 timmar vid avresan).',
  });
  seedAddressBook(db);
  seedMembers(db);
}

function seedAddressBook(db: Database.Database): void {
  const { org, contact } = JINAN;
  ensureOrganisation(db, org.vasteras, {
    name: 'Västerås stad',
    city: 'Västerås',
    country: 'SE',
    address: 'Stadshuset, Fiskartorgsentrén, 721 87 Västerås',
    website: 'https://www.vasteras.se',
  });
  ensureOrganisation(db, org.icld, {
    name: 'Internationellt centrum för lokal demokrati (ICLD)',
    city: 'Visby',
    country: 'SE',
    website: 'https://icld.se',
    notes: 'Finansierar partnerskapet Västerås–Jinan (nästan 2,7 MSEK); verksamheten finansieras i sin tur av Sida.',
  });
  ensureOrganisation(db, org.jinanGov, {
    name: "Jinan Municipal People's Government",
    nativeName: '济南市人民政府',
    city: 'Jinan',
    country: 'CN',
    address: '1 Longding Avenue, Lixia District, Jinan, Shandong',
    addressLocal: '山东省济南市历下区龙鼎大道1号',
    notes: ADDRESS_NOTE,
  });
  ensureOrganisation(db, org.jinanFao, {
    name: 'Jinan Foreign Affairs Office',
    nativeName: '济南市外事办公室',
    city: 'Jinan',
    country: 'CN',
    notes: 'Ordnar program, tolk och transporter i Jinan.',
  });
  ensureOrganisation(db, org.hotline, {
    name: 'Jinan 12345 Citizen Service Hotline',
    nativeName: '济南12345市民服务热线',
    city: 'Jinan',
    country: 'CN',
    notes: 'Jinans kontaktcenter: en väg in för invånarna, med strukturerad uppföljning av ärendeprocessen.',
  });
  ensureOrganisation(db, org.hitech, {
    name: 'Jinan Hi-tech Industrial Development Zone',
    nativeName: '济南高新技术产业开发区',
    city: 'Jinan',
    country: 'CN',
    notes: 'Kallas i dagligt tal 济南高新区 (Hi-tech Zone); här ligger den science park som besöks.',
  });
  ensureOrganisation(db, org.robotdalen, {
    name: 'Robotdalen',
    city: 'Västerås',
    country: 'SE',
    website: 'https://www.robotdalen.se',
    notes: 'Svenskt robotikkluster; följer med till Jinan och vidare till Shenyang.',
  });
  ensureOrganisation(db, org.zongrui, {
    name: 'Zongrui Funing Robotics',
    city: 'Shenyang',
    country: 'CN',
    notes: 'Robotdalens samarbetspartner i Shenyang. Kinesiskt namn ska bekräftas med Robotdalen.',
  });
  ensureOrganisation(db, org.shenyangGov, {
    name: "Shenyang Municipal People's Government",
    nativeName: '沈阳市人民政府',
    city: 'Shenyang',
    country: 'CN',
  });
  ensureOrganisation(db, org.embassy, {
    name: 'Embassy of Sweden in Beijing',
    nativeName: '瑞典驻华大使馆',
    city: 'Beijing',
    country: 'CN',
    address: '3 Dongzhimenwai Dajie, Chaoyang District, 100600 Beijing',
    addressLocal: '北京市朝阳区东直门外大街3号',
    website: 'https://www.swedenabroad.se',
    notes: `Nödkontakt under resan (förlorat pass, olycka). ${ADDRESS_NOTE}`,
  });
  ensureOrganisation(db, org.consulate, {
    name: 'Consulate General of Sweden in Shanghai',
    nativeName: '瑞典驻上海总领事馆',
    city: 'Shanghai',
    country: 'CN',
    website: 'https://www.swedenabroad.se',
    notes: 'Reservkontakt. Kontrollera på swedenabroad.se vilken beskickning som ansvarar för Shandong och Liaoning.',
  });

  ensureContact(db, contact.faoProtocol, {
    name: 'Protocol officer, Jinan FAO',
    title: 'Protocol officer',
    organisationId: org.jinanFao,
    role: 'host',
    languages: 'zh, en',
    messaging: 'WeChat (utbyts vid ankomst)',
    notes: 'Huvudkontakt för programmet i Jinan.',
  });
  ensureContact(db, contact.hotlineDirector, {
    name: 'Director, Jinan 12345 Hotline',
    title: 'Director',
    organisationId: org.hotline,
    role: 'host',
    languages: 'zh',
  });
  ensureContact(db, contact.hitechHost, {
    name: 'Investment promotion officer, Jinan Hi-tech Zone',
    title: 'Investment promotion officer',
    organisationId: org.hitech,
    role: 'host',
    languages: 'zh, en',
  });
  ensureContact(db, contact.robotdalenRep, {
    name: 'Representative, Robotdalen',
    organisationId: org.robotdalen,
    role: 'company',
    languages: 'sv, en',
  });
  ensureContact(db, contact.zongruiRep, {
    name: 'Representative, Zongrui Funing Robotics',
    organisationId: org.zongrui,
    role: 'company',
    languages: 'zh, en',
  });
  ensureContact(db, contact.shenyangOfficer, {
    name: 'Foreign affairs officer, City of Shenyang',
    organisationId: org.shenyangGov,
    role: 'host',
    languages: 'zh',
  });
  ensureContact(db, contact.interpreterJinan, {
    name: 'Interpreter, Chinese–Swedish (Jinan)',
    organisationId: org.jinanFao,
    role: 'interpreter',
    languages: 'zh, sv, en',
    notes: 'Bokad via Jinan FAO för hela vistelsen i Jinan.',
  });
  ensureContact(db, contact.interpreterShenyang, {
    name: 'Interpreter, Chinese–English (Shenyang)',
    role: 'interpreter',
    languages: 'zh, en',
    notes: 'Bokas via Robotdalen; tolkar till engelska.',
  });
  ensureContact(db, contact.driverJinan, {
    name: 'Driver, Jinan FAO minibus',
    organisationId: org.jinanFao,
    role: 'driver',
    languages: 'zh',
    notes: 'Talar bara kinesiska: visa adressen på kinesiska.',
  });
  ensureContact(db, contact.embassyDuty, {
    name: 'Duty officer, Embassy of Sweden in Beijing',
    organisationId: org.embassy,
    role: 'embassy',
    languages: 'sv, en, zh',
    notes: 'Vid förlorat pass eller nödläge.',
  });
  ensureContact(db, contact.consulateDuty, {
    name: 'Consular section, Consulate General of Sweden in Shanghai',
    organisationId: org.consulate,
    role: 'consulate',
    languages: 'sv, en, zh',
  });
}

function seedMembers(db: Database.Database): void {
  const { member, group } = JINAN;
  const w = tripWriter(db, JINAN.trip);
  // Demo values, not real ones: a passport expiry well after the trip so the plan checks clean,
  // and the city's switchboard for members the press release gives no number for.
  const common = {
    organisation: 'Västerås stad',
    nationality: 'Svensk',
    visaStatus: 'granted',
    passportExpiry: '2022-06-30',
    phone: '021-39 00 00 (växel)',
  } as const;

  // The four people the press release names, with the phone numbers it gives.
  w.member(member.teljeback, {
    ...common,
    name: 'Anders Teljebäck',
    title: 'Kommunstyrelsens ordförande',
    party: 'S',
    role: 'head',
    phone: '021-39 12 62',
  });
  w.member(member.unell, { ...common, name: 'Elisabeth Unell', title: 'Oppositionsråd', party: 'M' });
  w.member(member.filling, {
    ...common,
    name: 'Charlotta Filling',
    title: 'Internationell strateg',
    phone: '021-39 26 36',
  });
  w.member(member.engstrom, {
    ...common,
    name: 'Peter Engström',
    title: 'Enhetschef kontaktcenter',
    phone: '021-39 18 18',
  });
  // The other five, by role only.
  w.member(member.steeringMember, {
    ...common,
    name: 'Ledamot, styrgruppen',
    title: 'Ledamot i styrgruppen för partnerskapet',
    notes: 'Reser vidare till Shenyang.',
  });
  w.member(member.projectLead, { ...common, name: 'Projektledare, förstudien', title: 'Projektledare', role: 'staff' });
  w.member(member.contactCentre1, { ...common, name: 'Representant, kontaktcenter 1', title: 'Kontaktcenter' });
  w.member(member.contactCentre2, {
    ...common,
    name: 'Representant, kontaktcenter 2',
    title: 'Kontaktcenter',
    dietaryNeeds: 'Vegetarisk kost',
  });
  w.member(member.coordinator, {
    ...common,
    name: 'Handläggare, internationella enheten',
    title: 'Resesamordnare',
    role: 'staff',
    notes: 'Håller i biljetter, visum och rumslista.',
  });

  w.group(group.shenyang, SHENYANG_GROUP_NAME, SHENYANG_MEMBERS);
  w.group(group.homeFromJinan, 'Hemresa från Jinan 2 november', HOME_FROM_JINAN_MEMBERS);
}
