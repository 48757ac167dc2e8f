import { describe, expect, it } from 'vitest';
import { CN, SE, WorkspaceBuilder } from './builder';
import type { Member } from '../../shared/domain/member';

/** A trip ending 2017-11-05 with one member; the return flight lands that day. */
function tripWith(patch: Partial<Member>, trip: ConstructorParameters<typeof WorkspaceBuilder>[0] = {}) {
  const b = new WorkspaceBuilder({ startDate: '2017-10-28', endDate: '2017-11-05', ...trip });
  b.member('anna', patch);
  b.item('home', { kind: 'flight', start: '2017-11-05T10:00', end: '2017-11-05T15:00', endZone: SE, details: { from: 'Jinan', to: 'Stockholm' } });
  return b;
}
const passport = ['passport-expired', 'passport-expires-soon', 'passport-unknown'] as const;
const visa = ['visa-refused', 'visa-not-granted', 'visa-expires'] as const;

describe('passport', () => {
  it('the 6-month line: exactly six months after the return passes, a day less warns', () => {
    expect(tripWith({ passportExpiry: '2018-05-05' }).find([...passport])).toEqual([]);
    const [r] = tripWith({ passportExpiry: '2018-05-04' }).find([...passport]);
    expect(r).toMatchObject({ id: 'passport-expires-soon:anna', severity: 'warning', memberIds: ['anna'], date: null });
    expect(r!.target).toEqual({ screen: 'members', memberId: 'anna', field: 'passportExpiry' });
    expect(r!.message.en).toBe('Anna’s passport expires on 4 May 2018, less than 6 months after the return home on 5 Nov 2017.');
    expect(r!.message.sv).toBe('Annas pass går ut 4 maj 2018, mindre än 6 månader efter hemresan 5 nov 2017.');
  });

  it('expiring before the return day is an error; on the return day it is still valid (but too short)', () => {
    expect(tripWith({ passportExpiry: '2017-11-04' }).find([...passport]).map((r) => [r.kind, r.severity])).toEqual([['passport-expired', 'error']]);
    expect(tripWith({ passportExpiry: '2017-11-05' }).find([...passport]).map((r) => r.kind)).toEqual(['passport-expires-soon']);
  });

  it('month ends clamp: a trip ending 31 Aug needs validity to 28 Feb', () => {
    const trip = { startDate: '2017-08-25', endDate: '2017-08-31' };
    expect(tripWith({ passportExpiry: '2018-02-28' }, trip).find([...passport])).toEqual([]);
    expect(tripWith({ passportExpiry: '2018-02-27' }, trip).find([...passport])).toHaveLength(1);
  });

  it('the number of months is a setting', () => {
    expect(tripWith({ passportExpiry: '2018-02-05' }).find([...passport], { passportValidityMonths: 3 })).toEqual([]);
    expect(tripWith({ passportExpiry: '2018-02-04' }).find([...passport], { passportValidityMonths: 3 })).toHaveLength(1);
  });

  it('an unknown expiry warns for an outgoing trip and is info for an incoming one', () => {
    expect(tripWith({ passportExpiry: null }).find([...passport]).map((r) => [r.kind, r.severity])).toEqual([['passport-unknown', 'warning']]);
    const incoming = tripWith({ passportExpiry: null, organisation: 'Wuxi FAO' }, { direction: 'incoming', hostingOrganisation: 'Södertälje kommun' });
    expect(incoming.find([...passport]).map((r) => r.severity)).toEqual(['info']);
  });

  it('hosts of an incoming trip are at home: no passport or visa checks', () => {
    const b = tripWith({ passportExpiry: null, visaStatus: 'required', organisation: 'Södertälje kommun', side: 'host' }, { direction: 'incoming', hostingOrganisation: 'Södertälje kommun' });
    expect(b.find([...passport, ...visa])).toEqual([]);
  });

  it('members who fly home early are measured against their own return', () => {
    const b = new WorkspaceBuilder({ startDate: '2017-10-28', endDate: '2017-11-05' });
    b.member('anna', { passportExpiry: '2018-05-02' });
    b.member('bo', { passportExpiry: '2018-05-02' });
    b.item('out', { kind: 'flight', start: '2017-10-28T13:30', zone: SE, end: '2017-10-29T08:40', endZone: CN, details: { to: 'Jinan' } });
    b.item('hotel', { kind: 'accommodation', start: '2017-10-29T12:00', end: '2017-11-05T08:00' });
    b.item('home-early', { kind: 'flight', start: '2017-11-02T10:00', end: '2017-11-02T15:00', endZone: SE, who: ['anna'], details: { to: 'Stockholm' } });
    b.item('home', { kind: 'flight', start: '2017-11-05T10:00', end: '2017-11-05T15:00', endZone: SE, who: ['bo'], details: { to: 'Stockholm' } });
    expect(b.find([...passport]).map((r) => r.memberIds[0])).toEqual(['bo']);
  });
});

describe('visa', () => {
  it('status refused is an error, required or applied a warning, granted or not required nothing', () => {
    expect(tripWith({ visaStatus: 'refused' }).find([...visa]).map((r) => [r.kind, r.severity])).toEqual([['visa-refused', 'error']]);
    const required = tripWith({ visaStatus: 'required' }).find([...visa]);
    expect(required.map((r) => [r.kind, r.severity])).toEqual([['visa-not-granted', 'warning']]);
    expect(required[0]!.message.en).toBe('Anna needs a visa and has not applied.');
    expect(tripWith({ visaStatus: 'applied' }).find([...visa])[0]!.message.sv).toBe('Annas visumansökan är ännu inte beviljad.');
    expect(tripWith({ visaStatus: 'granted' }).find([...visa])).toEqual([]);
    expect(tripWith({ visaStatus: 'not_required' }).find([...visa])).toEqual([]);
    expect(tripWith({ visaStatus: 'unknown' }).find([...visa])).toEqual([]);
  });

  it('a destination country that needs a visa makes unknown status a warning, unless marked not required', () => {
    const options = { visaRequiredCountries: ['cn'] };
    const [r] = tripWith({ visaStatus: 'unknown' }).find([...visa], options);
    expect(r!.message.en).toBe('Anna needs a visa (CN); its status is unknown.');
    expect(tripWith({ visaStatus: 'not_required' }).find([...visa], options)).toEqual([]);
    expect(tripWith({ visaStatus: 'granted' }).find([...visa], options)).toEqual([]);
    expect(tripWith({ visaStatus: 'unknown' }).find([...visa], { visaRequiredCountries: ['RU'] })).toEqual([]);
  });

  it('a visa valid through the last day passes; expiring the day before is an error', () => {
    expect(tripWith({ visaStatus: 'granted', visaExpiry: '2017-11-05' }).find([...visa])).toEqual([]);
    const [r] = tripWith({ visaStatus: 'granted', visaExpiry: '2017-11-04' }).find([...visa]);
    expect(r).toMatchObject({ kind: 'visa-expires', severity: 'error', target: { screen: 'members', memberId: 'anna', field: 'visaExpiry' } });
  });
});
