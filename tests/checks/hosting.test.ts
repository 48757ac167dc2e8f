import { describe, expect, it } from 'vitest';
import { DEFAULT_ENTRY_RULE, ENTRY_RULES, entryRulesOf } from '../../shared/checks/entry-rules';
import type { Member } from '../../shared/domain/member';
import type { Trip } from '../../shared/domain/trip';
import { presenceMatrix } from '../../shared/presence';
import { CN, SE, WorkspaceBuilder } from './builder';

/**
 * Issue 18: the checks for hosting, one example per rule. A Wuxi delegation hosted in Södertälje,
 * 23–26 May 2016: the visitors fly in on the 23rd and home on the 26th; the host stays home.
 */
const noPlace = { venue: '', address: '', city: '' };
const SODERTALJE = { city: 'Södertälje', nativeName: '', country: 'SE', timeZone: SE };

function hosted({ visitor = {}, journeyHome = true, trip = {} }: { visitor?: Partial<Member>; journeyHome?: boolean; trip?: Partial<Trip> } = {}) {
  const b = new WorkspaceBuilder({
    direction: 'incoming',
    title: 'Wuxi → Södertälje (test)',
    startDate: '2016-05-23',
    endDate: '2016-05-26',
    hostingOrganisation: 'Södertälje kommun',
    destinations: [SODERTALJE],
    ...trip,
  });
  b.member('li', { organisation: 'Wuxi FAO', nationality: 'Chinese', visaStatus: 'granted', passportExpiry: '2020-01-01', ...visitor });
  b.member('host', { organisation: 'Södertälje kommun', side: 'host', role: 'receiving_host', passportExpiry: null, visaStatus: 'unknown' });
  b.item('arrival', { kind: 'flight', start: '2016-05-23T11:50', zone: CN, end: '2016-05-23T18:05', endZone: SE, location: noPlace, details: { from: 'Shanghai Pudong (PVG)', to: 'Stockholm Arlanda (ARN)' }, who: ['li'] });
  b.item('hotel', { kind: 'accommodation', start: '2016-05-23T19:45', zone: SE, end: '2016-05-26T12:00', city: 'Södertälje', who: ['li'] });
  b.item('visit', { kind: 'visit', start: '2016-05-24T09:00', zone: SE, end: '2016-05-24T11:00', city: 'Södertälje' });
  b.meeting('visit', { interpreterMemberId: 'host' });
  if (journeyHome) {
    b.item('departure', { kind: 'flight', start: '2016-05-26T17:35', zone: SE, end: '2016-05-27T09:40', endZone: CN, location: noPlace, details: { from: 'Stockholm Arlanda (ARN)', to: 'Shanghai Pudong (PVG)' }, who: ['li'] });
  }
  return b;
}

const passport = ['passport-expired', 'passport-expires-soon', 'passport-unknown'] as const;
const visa = ['visa-refused', 'visa-not-granted', 'visa-expires'] as const;

describe('the table of destination rules', () => {
  it('Sweden is in the Schengen area, China has its own rule, anywhere else the default', () => {
    expect(entryRulesOf({ destinations: [SODERTALJE] }).map((r) => r.area)).toEqual(['schengen']);
    // A destination without a country: the known city's country (shared/places).
    expect(entryRulesOf({ destinations: [{ ...SODERTALJE, country: '' }] }).map((r) => r.area)).toEqual(['schengen']);
    expect(entryRulesOf({ destinations: [{ city: 'Jinan', nativeName: '济南', country: 'CN', timeZone: CN }] }).map((r) => r.area)).toEqual(['china']);
    expect(entryRulesOf({ destinations: [{ city: 'Tokyo', nativeName: '', country: 'JP', timeZone: 'Asia/Tokyo' }] })).toEqual([DEFAULT_ENTRY_RULE]);
    expect(entryRulesOf({ destinations: [] })).toEqual([DEFAULT_ENTRY_RULE]);
    expect(ENTRY_RULES.map((r) => [r.area, r.passportMonths, r.from])).toEqual([
      ['schengen', 3, 'departure'],
      ['china', 6, 'entry'],
    ]);
  });
});

describe('passports of visitors to the Schengen area', () => {
  it('must be valid 3 months after leaving the area: exactly 3 months passes, a day less warns', () => {
    expect(hosted({ visitor: { passportExpiry: '2016-08-26' } }).find([...passport])).toEqual([]);
    const [r] = hosted({ visitor: { passportExpiry: '2016-08-25' } }).find([...passport]);
    expect(r).toMatchObject({ kind: 'passport-expires-soon', severity: 'warning', memberIds: ['li'] });
    expect(r!.message.en).toBe('Li’s passport expires on 25 Aug 2016, less than 3 months after leaving the Schengen area on 26 May 2016 (the Schengen rule).');
    expect(r!.message.sv).toBe('Lis pass går ut 25 aug 2016, mindre än 3 månader efter utresan från Schengenområdet 26 maj 2016 (Schengenregeln).');
  });

  it('without a journey home, the line counts from the trip’s last day, and says so', () => {
    const [r] = hosted({ visitor: { passportExpiry: '2016-08-01' }, journeyHome: false }).find([...passport]);
    expect(r!.message.en).toBe('Li’s passport expires on 1 Aug 2016, less than 3 months after the trip’s last day, 26 May 2016 (no journey home is planned yet; the Schengen rule).');
  });

  it('expiring before the visitor leaves is an error', () => {
    expect(hosted({ visitor: { passportExpiry: '2016-05-25' } }).find([...passport]).map((r) => [r.kind, r.severity])).toEqual([['passport-expired', 'error']]);
  });
});

describe('passports of our delegation to China', () => {
  it('China’s 6 months after entry counts from the day the journey out lands', () => {
    const b = new WorkspaceBuilder({ startDate: '2017-10-28', endDate: '2017-11-02' });
    b.member('anna', { passportExpiry: '2018-04-28' });
    b.item('out', { kind: 'flight', start: '2017-10-28T13:30', zone: SE, end: '2017-10-29T08:40', endZone: CN, location: noPlace, details: { from: 'Stockholm Arlanda (ARN)', to: 'Jinan Yaoqiang (TNA)' } });
    b.item('home', { kind: 'flight', start: '2017-11-02T10:00', end: '2017-11-02T15:00', endZone: SE, location: noPlace, details: { from: 'Jinan', to: 'Stockholm Arlanda (ARN)' } });
    // Our own line (the setting, 3 months here, after the return) is met; China's is not.
    const [r] = b.find([...passport], { passportValidityMonths: 3 });
    expect(r!.message.en).toBe('Anna’s passport expires on 28 Apr 2018, less than 6 months after entering China on 29 Oct 2017 (China’s rule).');
    expect(b.find([...passport], { passportValidityMonths: 3 }).length).toBe(1);
    b.members[0]!.passportExpiry = '2018-04-29';
    expect(b.find([...passport], { passportValidityMonths: 3 })).toEqual([]);
    // With the default setting, our own 6 months after the return home is the later line, as before.
    expect(b.find([...passport])[0]!.message.en).toBe('Anna’s passport expires on 29 Apr 2018, less than 6 months after the return home on 2 Nov 2017.');
  });
});

describe('visas of visitors to the Schengen area', () => {
  it('a status left at Unknown is a warning: a Schengen visa and our invitation letter are needed', () => {
    const [r] = hosted({ visitor: { visaStatus: 'unknown' } }).find([...visa]);
    expect(r).toMatchObject({ id: 'visa-not-granted:li', severity: 'warning', target: { screen: 'members', memberId: 'li', field: 'visaStatus' } });
    expect(r!.message.en).toBe('Li needs a Schengen visa and our invitation letter; the visa status is unknown.');
    expect(r!.message.sv).toBe('Li behöver Schengenvisum och inbjudningsbrev från oss; visumstatus okänd.');
  });

  it('required and applied say Schengen too; granted and not required are fine; refused is an error', () => {
    expect(hosted({ visitor: { visaStatus: 'required' } }).find([...visa])[0]!.message.en).toBe('Li needs a Schengen visa and our invitation letter and has not applied.');
    expect(hosted({ visitor: { visaStatus: 'applied' } }).find([...visa])[0]!.message.sv).toBe('Lis ansökan om Schengenvisum är ännu inte beviljad.');
    expect(hosted({ visitor: { visaStatus: 'granted' } }).find([...visa])).toEqual([]);
    expect(hosted({ visitor: { visaStatus: 'not_required', nationality: 'Norwegian' } }).find([...visa])).toEqual([]);
    expect(hosted({ visitor: { visaStatus: 'refused' } }).find([...visa]).map((r) => r.severity)).toEqual(['error']);
  });

  it('hosts at home get no travel checks: no passport, visa, night or journey-home finding', () => {
    const found = hosted({ journeyHome: false }).run();
    const aboutHost = found.filter((r) => r.memberIds.includes('host')).map((r) => r.kind);
    expect(aboutHost).toEqual([]);
    // The visitor without a way home is still told about (as info: their flights are their own).
    expect(found.filter((r) => r.kind === 'return-journey-missing').map((r) => [r.memberIds, r.severity])).toEqual([[['li'], 'info']]);
  });
});

describe('the visitors’ journeys in and out', () => {
  it('may leave before the first hosted day and land after the last without a warning', () => {
    const b = hosted({ journeyHome: false });
    b.items.find((i) => i.id === 'arrival')!.startLocal = '2016-05-22T23:50';
    b.items.find((i) => i.id === 'arrival')!.endLocal = '2016-05-23T06:05';
    b.item('departure', { kind: 'flight', start: '2016-05-26T21:35', zone: SE, end: '2016-05-27T13:40', endZone: CN, location: noPlace, details: { from: 'Stockholm Arlanda (ARN)', to: 'Shanghai Pudong (PVG)' }, who: ['li'] });
    expect(b.find('item-outside-trip')).toEqual([]);
  });

  it('a journey in that lands before the hosted days, and other items outside them, still warn', () => {
    const b = hosted();
    b.items.find((i) => i.id === 'arrival')!.startLocal = '2016-05-21T23:50';
    b.items.find((i) => i.id === 'arrival')!.endLocal = '2016-05-22T06:05';
    b.item('dinner', { kind: 'meal', start: '2016-05-27T19:00', zone: SE, end: '2016-05-27T21:00', city: 'Södertälje' });
    expect(b.find('item-outside-trip').map((r) => r.itemIds[0])).toEqual(['arrival', 'dinner']);
  });

  it('an outgoing trip’s flights are judged on both dates, as before', () => {
    const b = new WorkspaceBuilder({ startDate: '2017-10-28', endDate: '2017-11-02' });
    b.member('anna');
    b.item('out', { kind: 'flight', start: '2017-10-27T13:30', zone: SE, end: '2017-10-28T08:40', endZone: CN, location: noPlace, details: { from: 'Stockholm Arlanda (ARN)', to: 'Jinan Yaoqiang (TNA)' } });
    expect(b.find('item-outside-trip').map((r) => r.itemIds[0])).toEqual(['out']);
  });
});

describe('where the visitors are (presence model)', () => {
  it('with only the arrival flight entered: abroad before it, arriving on its day, never home', () => {
    const b = new WorkspaceBuilder({ direction: 'incoming', startDate: '2016-05-22', endDate: '2016-05-26', destinations: [SODERTALJE] });
    b.member('li', { organisation: 'Wuxi FAO' });
    b.member('host', { side: 'host' });
    b.item('arrival', { kind: 'flight', start: '2016-05-23T11:50', zone: CN, end: '2016-05-23T18:05', endZone: SE, location: noPlace, details: { from: 'Shanghai Pudong (PVG)', to: 'Stockholm Arlanda (ARN)' }, who: ['li'] });
    const matrix = presenceMatrix(b.build());
    const [li, host] = matrix.rows;
    const text = (place: { kind: string; city?: string }) => (place.kind === 'city' ? place.city! : place.kind);
    expect(li!.cells.map((c) => (c.from ? `${text(c.from)}>` : '') + text(c.to))).toEqual(['abroad', 'abroad>unknown', 'unknown', 'unknown', 'unknown']);
    expect(li!.cells.map((c) => c.away)).toEqual(['before', null, null, null, null]);
    expect(host!.cells.map((c) => text(c.to))).toEqual(['sodertalje', 'sodertalje', 'sodertalje', 'sodertalje', 'sodertalje']);
  });

  it('nights work as today: a visitor’s night without a hotel is named, the host’s never', () => {
    const b = hosted();
    b.items.find((i) => i.id === 'hotel')!.endLocal = '2016-05-25T12:00';
    const nights = b.find('night-without-accommodation');
    expect(nights.map((r) => [r.memberIds, r.date])).toEqual([[['li'], '2016-05-25']]);
  });
});
