import type Database from 'better-sqlite3';
import { WUXI } from './ids';
import { addTrip, ensureContact, ensureOrganisation, tripWriter } from './write';

/**
 * Demo 2, incoming: a delegation from Wuxi hosted by Södertälje kommun, after the renewal of the
 * sister-city agreement for 2016–2020 (Södertälje's report KS 15/341, which lists what earlier
 * Wuxi delegations visited). The dates are invented. Nobody is named: visitors and hosts are
 * described by role ("Role, context"), with the Chinese title as the visitors' native name.
 */

export const WUXI_VISITORS = [
  WUXI.member.viceMayor,
  WUXI.member.faoDirector,
  WUXI.member.education,
  WUXI.member.environment,
  WUXI.member.commerce,
  WUXI.member.interpreter,
];

export function seedWuxiTrip(db: Database.Database): void {
  addTrip(db, WUXI.trip, {
    title: 'Wuxi delegation to Södertälje (demo)',
    direction: 'incoming',
    purpose:
      'Visit by a delegation from Wuxi under the renewed sister-city agreement 2016–2020 between Wuxi and ' +
      'Södertälje. Focus areas: education, business development, sustainable environment and climate, and ' +
      'local democracy processes.',
    sendingOrganisation: "Wuxi Municipal People's Government (无锡市人民政府)",
    hostingOrganisation: 'Södertälje kommun',
    destinations: [{ city: 'Södertälje', country: 'SE', timeZone: 'Europe/Stockholm' }],
    startDate: '2016-05-23',
    endDate: '2016-05-26',
    homeTimeZone: 'Europe/Stockholm',
    visitorsTimeZone: 'Asia/Shanghai',
    costCoverage:
      'International travel: paid by the visitors (Wuxi Municipal People\'s Government)\n' +
      'Accommodation: paid by the visitors\n' +
      'Meals during the programme: paid by Södertälje kommun\n' +
      'Local transport in Sweden: paid by Södertälje kommun',
    status: 'confirmed',
    fundingReference: 'Sister-city cooperation, Dnr KS 15/341 (external project funds sought)',
    notes:
      'Demo: days and times are plausible inventions, not the real programme.\n' +
      "Based on Södertälje kommun's report on the renewed Sister City agreement with Wuxi (KS 15/341). " +
      'Visitors and hosts are described by role, not by name.',
  });
  seedAddressBook(db);
  seedMembers(db);
}

function seedAddressBook(db: Database.Database): void {
  const { org, contact } = WUXI;
  const addressNote = 'Demo: address not checked – verify before use.';
  ensureOrganisation(db, org.wuxiGov, {
    name: "Wuxi Municipal People's Government",
    nativeName: '无锡市人民政府',
    city: 'Wuxi',
    country: 'CN',
  });
  ensureOrganisation(db, org.wuxiFao, {
    name: 'Wuxi Foreign Affairs Office',
    nativeName: '无锡市外事办公室',
    city: 'Wuxi',
    country: 'CN',
    notes: 'Sends the flight details and the final list of delegates.',
  });
  ensureOrganisation(db, org.sodertalje, {
    name: 'Södertälje kommun',
    city: 'Södertälje',
    country: 'SE',
    address: 'Stadshuset, Campusgatan 26, 151 89 Södertälje',
    website: 'https://www.sodertalje.se',
    notes: addressNote,
  });
  ensureOrganisation(db, org.wendelaHebbe, {
    name: 'Wendela Hebbe gymnasium',
    city: 'Södertälje',
    country: 'SE',
    notes: 'Student and teacher exchanges with Wuxi since the start of the sister-city cooperation.',
  });
  ensureOrganisation(db, org.astraZeneca, {
    name: 'AstraZeneca, Södertälje (Gärtuna)',
    nativeName: '阿斯利康',
    city: 'Södertälje',
    country: 'SE',
    notes: "AstraZeneca also has a large production site in Wuxi and welcomes the cities' cooperation.",
  });
  ensureOrganisation(db, org.telge, {
    name: 'Telge Återvinning',
    city: 'Södertälje',
    country: 'SE',
    notes: "The municipality's recycling company.",
  });
  ensureOrganisation(db, org.tomTits, {
    name: 'Tom Tits Experiment',
    city: 'Södertälje',
    country: 'SE',
    address: 'Storgatan 33, Södertälje',
    notes: `Science centre. ${addressNote}`,
  });

  ensureContact(db, contact.councilChair, {
    name: 'Chair of the Municipal Council, Södertälje',
    title: 'Kommunfullmäktiges ordförande',
    organisationId: org.sodertalje,
    role: 'host',
    languages: 'sv, en',
  });
  ensureContact(db, contact.planner, {
    name: 'Planning architect, Södertälje kommun',
    title: 'Planarkitekt, översiktsplanen',
    organisationId: org.sodertalje,
    role: 'host',
    languages: 'sv, en',
  });
  ensureContact(db, contact.environmentStrategist, {
    name: 'Environmental strategist, Södertälje kommun',
    title: 'Miljöstrateg',
    organisationId: org.sodertalje,
    role: 'host',
    languages: 'sv, en',
  });
  ensureContact(db, contact.principal, {
    name: 'Principal, Wendela Hebbe gymnasium',
    title: 'Rektor',
    organisationId: org.wendelaHebbe,
    role: 'host',
    languages: 'sv, en',
  });
  ensureContact(db, contact.astraZenecaHost, {
    name: 'Site host, AstraZeneca Gärtuna',
    organisationId: org.astraZeneca,
    role: 'company',
    languages: 'sv, en',
  });
  ensureContact(db, contact.telgeGuide, {
    name: 'Guide, Telge Återvinning',
    organisationId: org.telge,
    role: 'guide',
    languages: 'sv',
  });
  ensureContact(db, contact.tomTitsGuide, {
    name: 'Guide, Tom Tits Experiment',
    organisationId: org.tomTits,
    role: 'guide',
    languages: 'sv, en',
  });
  ensureContact(db, contact.interpreter, {
    name: 'Interpreter, Swedish–Chinese (booked by Södertälje)',
    role: 'interpreter',
    languages: 'sv, zh',
    notes: 'For the formal meetings at the city hall; the Wuxi FAO interpreter covers the visits.',
  });
  ensureContact(db, contact.driver, {
    name: 'Driver, hired minibus',
    role: 'driver',
    languages: 'sv, en',
    notes: 'Demo: 16-seat minibus for the whole visit.',
  });
}

function seedMembers(db: Database.Database): void {
  const { member, group } = WUXI;
  const w = tripWriter(db, WUXI.trip);
  const visitor = {
    organisation: "Wuxi Municipal People's Government",
    nationality: 'Chinese',
    visaStatus: 'granted',
    side: 'visitor',
  } as const;

  w.member(member.viceMayor, { ...visitor, name: 'Vice Mayor of Wuxi', nativeName: '无锡市副市长', title: 'Vice Mayor', role: 'head', dietaryNeeds: 'No pork' });
  w.member(member.faoDirector, {
    ...visitor,
    name: 'Director, Wuxi Foreign Affairs Office',
    nativeName: '无锡市外事办公室主任',
    title: 'Director',
    organisation: 'Wuxi Foreign Affairs Office',
    role: 'deputy_head',
  });
  w.member(member.education, {
    ...visitor,
    name: 'Deputy Director, Wuxi Education Bureau',
    nativeName: '无锡市教育局副局长',
    title: 'Deputy Director',
  });
  w.member(member.environment, {
    ...visitor,
    name: 'Deputy Director, Wuxi Environmental Protection Bureau',
    nativeName: '无锡市环境保护局副局长',
    title: 'Deputy Director',
  });
  w.member(member.commerce, {
    ...visitor,
    name: 'Deputy Director, Wuxi Commerce Bureau',
    nativeName: '无锡市商务局副局长',
    title: 'Deputy Director',
  });
  w.member(member.interpreter, {
    ...visitor,
    name: 'Interpreter, Wuxi Foreign Affairs Office',
    nativeName: '无锡市外事办公室翻译',
    title: 'Interpreter',
    organisation: 'Wuxi Foreign Affairs Office',
    role: 'interpreter',
    dietaryNeeds: 'Vegetarian',
  });
  // The hosting team accompanies the delegation during the visit.
  // Demo value: the municipality's switchboard stands in for the hosts' own numbers.
  const host = {
    organisation: 'Södertälje kommun',
    nationality: 'Swedish',
    visaStatus: 'not_required',
    side: 'host',
    phone: '08-523 010 00 (växel)',
  } as const;
  w.member(member.strategist, {
    ...host,
    name: 'Municipal strategist, Södertälje kommun',
    title: 'Kommunstrateg',
    role: 'receiving_host',
  });
  w.member(member.coordinator, {
    ...host,
    name: 'International coordinator, Södertälje kommun',
    title: 'Internationell samordnare',
    role: 'accompanying_officer',
    notes: 'Meets the delegation at Arlanda.',
  });

  w.group(group.visitors, 'Wuxi delegation', WUXI_VISITORS);
  w.group(group.hosts, 'Hosting team', [member.strategist, member.coordinator]);
}
