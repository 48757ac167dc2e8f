import { describe, expect, it } from 'vitest';
import { LocalDate, LocalDateTime, TimeZone } from '../../shared/domain/primitives';
import { Destination, TripCreate, TripPatch } from '../../shared/domain/trip';
import { ItemCreate, ItemPatch } from '../../shared/domain/item';
import { MemberCreate } from '../../shared/domain/member';
import { ContactCreate } from '../../shared/domain/contact';
import { MeetingDetailsInput } from '../../shared/domain/meeting';
import { contract, isOperationName, operationNames } from '../../shared/api/contract';

const tripId = '6f1c1f40-3a2b-4c4d-9e8f-0a1b2c3d4e5f';

function messages(result: { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } }) {
  return (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('LocalDate', () => {
  it.each(['2017-10-28', '2016-02-29', '2017-12-31'])('accepts %s', (value) => {
    expect(LocalDate.safeParse(value).success).toBe(true);
  });
  it.each(['2017-02-30', '2017-02-29', '2017-13-01', '2017-00-10', '2017-10-32', '28/10/2017', '2017-1-5', '', '2017-10-28T09:30'])(
    'rejects %j',
    (value) => {
      expect(LocalDate.safeParse(value).success).toBe(false);
    },
  );
  it('says why a well-formed but impossible date is refused', () => {
    expect(messages(LocalDate.safeParse('2017-02-30'))).toEqual([': No such date']);
  });
});

describe('LocalDateTime', () => {
  it.each(['2017-10-28T09:30', '2017-10-28T00:00', '2017-10-28T23:59'])('accepts %s', (value) => {
    expect(LocalDateTime.safeParse(value).success).toBe(true);
  });
  it.each(['2017-10-28T24:00', '2017-10-28T12:60', '2017-02-30T10:00', '2017-10-28 09:30', '2017-10-28T09:30:00', '2017-10-28T9:30'])(
    'rejects %j',
    (value) => {
      expect(LocalDateTime.safeParse(value).success).toBe(false);
    },
  );
});

describe('TimeZone', () => {
  it.each(['Europe/Stockholm', 'Asia/Shanghai', 'America/Argentina/Buenos_Aires', 'UTC'])('accepts %s', (value) => {
    expect(TimeZone.safeParse(value).success).toBe(true);
  });
  it.each(['Mars/Olympus', '', 'Stockholm', 'Europe/Atlantis'])('rejects %j', (value) => {
    expect(TimeZone.safeParse(value).success).toBe(false);
  });
  it('names the unknown zone in the message', () => {
    expect(messages(TimeZone.safeParse('Mars/Olympus')).join()).toContain('Unknown time zone: Mars/Olympus');
  });
});

describe('Destination', () => {
  it('normalises the country code to upper case and trims names', () => {
    const parsed = Destination.parse({ city: '  Jinan ', nativeName: '济南', country: ' cn ', timeZone: 'Asia/Shanghai' });
    expect(parsed).toEqual({ city: 'Jinan', nativeName: '济南', country: 'CN', timeZone: 'Asia/Shanghai' });
  });
  it('fills defaults and refuses codes that are not two letters', () => {
    expect(Destination.parse({ city: 'Shenyang', timeZone: 'Asia/Shanghai' })).toEqual({
      city: 'Shenyang',
      nativeName: '',
      country: '',
      timeZone: 'Asia/Shanghai',
    });
    expect(Destination.safeParse({ city: 'Jinan', country: 'CHN', timeZone: 'Asia/Shanghai' }).success).toBe(false);
    expect(Destination.safeParse({ city: '', timeZone: 'Asia/Shanghai' }).success).toBe(false);
  });
});

describe('TripCreate', () => {
  it('fills the defaults a new trip starts with', () => {
    const parsed = TripCreate.parse({ title: 'Jinan', direction: 'outgoing', startDate: '2017-10-27', endDate: '2017-11-03' });
    expect(parsed).toEqual({
      title: 'Jinan',
      direction: 'outgoing',
      startDate: '2017-10-27',
      endDate: '2017-11-03',
      purpose: '',
      sendingOrganisation: '',
      hostingOrganisation: '',
      destinations: [],
      homeTimeZone: 'Europe/Stockholm',
      visitorsTimeZone: null,
      costCoverage: '',
      status: 'draft',
      fundingReference: '',
      notes: '',
      reportResults: '',
      reportLessons: '',
      reportNextSteps: '',
    });
  });

  it('refuses an end before the start, pointing at endDate', () => {
    const result = TripCreate.safeParse({ title: 'x', direction: 'incoming', startDate: '2017-11-03', endDate: '2017-10-27' });
    expect(messages(result)).toEqual(['endDate: The trip cannot end before it starts']);
  });

  it('accepts a one-day trip and refuses an empty or too long title', () => {
    const base = { direction: 'incoming', startDate: '2017-10-27', endDate: '2017-10-27' } as const;
    expect(TripCreate.safeParse({ ...base, title: 'Day visit' }).success).toBe(true);
    expect(TripCreate.safeParse({ ...base, title: '   ' }).success).toBe(false);
    expect(messages(TripCreate.safeParse({ ...base, title: 'x'.repeat(201) }))).toEqual(['title: At most 200 characters']);
  });

  it('a patch with both dates is checked; with one date it is left to the service', () => {
    expect(TripPatch.safeParse({ startDate: '2017-11-03', endDate: '2017-10-27' }).success).toBe(false);
    expect(TripPatch.safeParse({ endDate: '2017-10-27' }).success).toBe(true);
  });
});

describe('ItemCreate', () => {
  const flight = { tripId, kind: 'flight', title: 'SK 1415', startLocal: '2017-10-27T13:05', startZone: 'Europe/Stockholm' } as const;

  it('defaults endZone to startZone and fills an empty location', () => {
    const parsed = ItemCreate.parse(flight);
    expect(parsed.endZone).toBe('Europe/Stockholm');
    expect(parsed.endLocal).toBeNull();
    expect(parsed.location).toEqual({ venue: '', address: '', addressLocal: '', city: '' });
    expect(parsed.allMembers).toBe(true);
  });

  it('compares an end in another zone in that zone', () => {
    expect(ItemCreate.safeParse({ ...flight, endLocal: '2017-10-28T04:30', endZone: 'Asia/Shanghai' }).success).toBe(true);
    const before = ItemCreate.safeParse({ ...flight, endLocal: '2017-10-27T15:30', endZone: 'Asia/Shanghai' });
    expect(before.success).toBe(false);
    expect(before.error?.issues[0]?.path).toEqual(['endLocal']);
  });

  it('refuses unknown detail keys instead of dropping them silently', () => {
    expect(ItemCreate.safeParse({ ...flight, details: { gate: 'F62' } }).success).toBe(false);
  });

  it('ItemPatch checks the end against the start when both are in the patch', () => {
    expect(
      ItemPatch.safeParse({ startLocal: '2017-10-27T13:05', startZone: 'Europe/Stockholm', endLocal: '2017-10-27T15:30', endZone: 'Asia/Shanghai' })
        .success,
    ).toBe(false);
  });
});

describe('other inputs', () => {
  it('MemberCreate and ContactCreate trim names and validate e-mail', () => {
    expect(MemberCreate.parse({ tripId, name: '  Anna Svensson ' }).name).toBe('Anna Svensson');
    expect(MemberCreate.safeParse({ tripId, name: 'Anna', email: 'not-an-address' }).success).toBe(false);
    expect(ContactCreate.parse({ name: 'Wang Wei', nativeName: '王伟' })).toMatchObject({ role: 'other', organisationId: null });
  });

  it('meeting links must be https', () => {
    expect(MeetingDetailsInput.safeParse({ onlineUrl: 'https://meet.example.org/x' }).success).toBe(true);
    expect(MeetingDetailsInput.safeParse({ onlineUrl: 'javascript:alert(1)' }).success).toBe(false);
    expect(MeetingDetailsInput.safeParse({ onlineUrl: 'http://meet.example.org/x' }).success).toBe(false);
  });

  it('the contract knows its operation names and nothing else', () => {
    expect(operationNames).toContain('trips:create');
    expect(isOperationName('trips:create')).toBe(true);
    expect(isOperationName('toString')).toBe(false);
    expect(isOperationName('__proto__')).toBe(false);
    expect(Object.keys(contract).every((name) => /^[a-z][a-zA-Z]*:[a-zA-Z]+$/.test(name))).toBe(true);
  });
});
