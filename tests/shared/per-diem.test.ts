import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mealReductionPercent, perDiemDay, perDiemReport, perDiemSheet, rateTable, type PerDiemDayFacts } from '../../shared/per-diem';
import { CN, SE, WorkspaceBuilder } from '../checks/builder';

const KR = 'Asia/Seoul';
/** Normal amounts in öre (made up for the tests, not Skatteverket's). */
const RATES = rateTable([
  { country: 'CN', year: 2017, amountSekMinor: 850_00 },
  { country: 'KR', year: 2017, amountSekMinor: 700_00 },
]);
const noMeals = { breakfast: false, lunch: false, dinner: false };

function facts(patch: Partial<PerDiemDayFacts>): PerDiemDayFacts {
  return { date: '2017-10-30', country: 'CN', unknownPlace: null, minutes: { CN: 1080 }, position: 'between', departureTime: null, returnTime: null, meals: noMeals, ...patch };
}

describe('the per-diem rules, day by day', () => {
  it('counts the departure day whole when the journey starts before 12:00 (11:59), half from 12:00', () => {
    expect(perDiemDay(facts({ position: 'departure', departureTime: '11:59' }), RATES)).toMatchObject({ whole: true, amountSek: 850_00 });
    expect(perDiemDay(facts({ position: 'departure', departureTime: '12:00' }), RATES)).toMatchObject({ whole: false, amountSek: 425_00 });
  });

  it('counts the return day whole when the journey ends after 19:00 (19:01), half at 18:59', () => {
    expect(perDiemDay(facts({ position: 'return', returnTime: '18:59' }), RATES)).toMatchObject({ whole: false, amountSek: 425_00 });
    expect(perDiemDay(facts({ position: 'return', returnTime: '19:00' }), RATES)).toMatchObject({ whole: false });
    expect(perDiemDay(facts({ position: 'return', returnTime: '19:01' }), RATES)).toMatchObject({ whole: true, amountSek: 850_00 });
  });

  it('reduces for meals provided: breakfast 15 %, one main meal 35 %, both 70 %, all three 85 %', () => {
    expect(mealReductionPercent({ breakfast: true, lunch: false, dinner: false })).toBe(15);
    expect(mealReductionPercent({ breakfast: false, lunch: true, dinner: false })).toBe(35);
    expect(mealReductionPercent({ breakfast: false, lunch: false, dinner: true })).toBe(35);
    expect(mealReductionPercent({ breakfast: false, lunch: true, dinner: true })).toBe(70);
    expect(mealReductionPercent({ breakfast: true, lunch: true, dinner: true })).toBe(85);
    // Breakfast at the hotel and a dinner hosted by the partner: 15 + 35 = 50 % of 850 kr.
    expect(perDiemDay(facts({ meals: { breakfast: true, lunch: false, dinner: true } }), RATES)).toMatchObject({ reductionPercent: 50, amountSek: 425_00 });
  });

  it('says so instead of guessing when the country or its rate for the year is missing', () => {
    expect(perDiemDay(facts({ country: 'JP' }), RATES)).toMatchObject({ problem: 'no_rate', amountSek: null });
    expect(perDiemDay(facts({ date: '2018-01-02' }), RATES)).toMatchObject({ problem: 'no_rate', amountSek: null });
    expect(perDiemDay(facts({ country: null, unknownPlace: 'Qufu' }), RATES)).toMatchObject({ problem: 'unknown_country', unknownPlace: 'Qufu' });
  });

  const anyDay = fc.record({
    date: fc.constantFrom('2017-10-30', '2018-03-01'),
    country: fc.constantFrom('CN', 'KR', 'JP', null),
    unknownPlace: fc.constant(null),
    minutes: fc.constant({}),
    position: fc.constantFrom('departure' as const, 'return' as const, 'both' as const, 'between' as const),
    departureTime: fc.option(fc.constantFrom('00:00', '11:59', '12:00', '23:59')),
    returnTime: fc.option(fc.constantFrom('00:00', '18:59', '19:00', '19:01', '23:59')),
    meals: fc.record({ breakfast: fc.boolean(), lunch: fc.boolean(), dinner: fc.boolean() }),
  });

  it('never reduces more than 85 %, never pays more than days × the highest rate, and is deterministic', () => {
    fc.assert(
      fc.property(fc.array(anyDay, { maxLength: 40 }), (days) => {
        const sheet = perDiemSheet(days, RATES);
        for (const day of sheet.days) {
          expect(day.reductionPercent).toBeLessThanOrEqual(85);
          if (day.amountSek !== null) expect(day.amountSek).toBeGreaterThanOrEqual(Math.floor((day.rateSek! * 15) / 200));
        }
        expect(sheet.totalSek).toBeLessThanOrEqual(days.length * 850_00);
        expect(perDiemSheet(days, RATES)).toEqual(sheet);
      }),
    );
  });
});

/** Västerås → Jinan, 28 Oct – 2 Nov 2017, one member. */
function jinanTrip(options: { leaves?: string; landsHome?: string } = {}): WorkspaceBuilder {
  const b = new WorkspaceBuilder({ startDate: '2017-10-28', endDate: '2017-11-02' });
  b.member('anna');
  b.item('flight-out', {
    kind: 'flight',
    start: `2017-10-28T${options.leaves ?? '11:59'}`,
    zone: SE,
    end: '2017-10-29T06:00',
    endZone: CN,
    location: { venue: '', address: '', city: '' },
    details: { from: 'Stockholm Arlanda (ARN)', to: 'Jinan Yaoqiang (TNA)' },
  });
  b.item('hotel', { kind: 'accommodation', start: '2017-10-29T12:00', end: '2017-11-02T08:00', details: { breakfastIncluded: true } });
  b.item('banquet', { kind: 'meal', start: '2017-10-30T19:00', end: '2017-10-30T21:00', details: { mealProvided: true } });
  b.item('lunch-own', { kind: 'meal', start: '2017-10-31T12:00', end: '2017-10-31T13:00' });
  b.item('flight-home', {
    kind: 'flight',
    start: '2017-11-02T13:00',
    end: `2017-11-02T${options.landsHome ?? '18:59'}`,
    endZone: SE,
    location: { venue: '', address: '', city: '' },
    details: { from: 'Jinan Yaoqiang (TNA)', to: 'Stockholm Arlanda (ARN)' },
  });
  return b;
}

describe('per diem from the programme', () => {
  it('works a whole trip through by hand: journeys, the hotel breakfast and a hosted dinner', () => {
    const [anna] = perDiemReport(jinanTrip().build(), [{ country: 'CN', year: 2017, amountSekMinor: 850_00, source: 'test' }]).members;
    expect(anna!.days.map((d) => [d.date, d.country, d.whole, d.reductionPercent, d.amountSek])).toEqual([
      ['2017-10-28', 'CN', true, 0, 850_00], // leaves 11:59: whole; the flight counts for China
      ['2017-10-29', 'CN', true, 0, 850_00], // checked in today: no hotel breakfast yet
      ['2017-10-30', 'CN', true, 50, 425_00], // hotel breakfast 15 % + hosted banquet 35 %
      ['2017-10-31', 'CN', true, 15, 722_50], // a lunch not provided does not reduce
      ['2017-11-01', 'CN', true, 15, 722_50],
      ['2017-11-02', 'CN', false, 15, 361_25], // home 18:59: half, less the breakfast
    ]);
    expect(anna!.totalSek).toBe(850_00 + 850_00 + 425_00 + 722_50 + 722_50 + 361_25);
  });

  it('makes the departure day half at 12:00 and the return day whole at 19:01', () => {
    const [anna] = perDiemReport(jinanTrip({ leaves: '12:00', landsHome: '19:01' }).build(), [{ country: 'CN', year: 2017, amountSekMinor: 850_00, source: '' }]).members;
    expect(anna!.days[0]).toMatchObject({ whole: false, departureTime: '12:00', amountSek: 425_00 });
    expect(anna!.days.at(-1)).toMatchObject({ whole: true, returnTime: '19:01', amountSek: 722_50 });
  });

  it('gives a day split between two countries to the one with the longest time between 06:00 and 24:00', () => {
    const b = jinanTrip();
    // Jinan until 14:00 (8 h in China from 06:00), the flight 14:00–17:00 China time counts for
    // Korea, where it lands at 18:00: 3 h + 18:00–24:00 in Seoul = 9 h. Korea wins.
    b.item('to-seoul', {
      kind: 'flight',
      start: '2017-11-01T14:00',
      end: '2017-11-01T18:00',
      endZone: KR,
      location: { venue: '', address: '', city: '' },
      details: { from: 'Jinan Yaoqiang (TNA)', to: 'Seoul Incheon (ICN)' },
    });
    b.item('seoul-dinner', { kind: 'meal', start: '2017-11-01T19:00', zone: KR, city: 'Seoul' });
    const [anna] = perDiemReport(b.build(), [
      { country: 'CN', year: 2017, amountSekMinor: 850_00, source: '' },
      { country: 'KR', year: 2017, amountSekMinor: 700_00, source: '' },
    ]).members;
    const day = anna!.days.find((d) => d.date === '2017-11-01')!;
    expect(day.minutes).toEqual({ CN: 8 * 60, KR: 9 * 60 });
    expect(day).toMatchObject({ country: 'KR', rateSek: 700_00 });
  });

  it('gives each member the days of their own programme: one who goes on to Seoul, two who stay', () => {
    const b = jinanTrip();
    b.membersNamed('bo', 'cecilia');
    // As above, the Seoul flight and dinner, but for Bo alone.
    b.item('to-seoul', {
      kind: 'flight',
      start: '2017-11-01T14:00',
      end: '2017-11-01T18:00',
      endZone: KR,
      who: ['bo'],
      location: { venue: '', address: '', city: '' },
      details: { from: 'Jinan Yaoqiang (TNA)', to: 'Seoul Incheon (ICN)' },
    });
    b.item('seoul-dinner', { kind: 'meal', start: '2017-11-01T19:00', zone: KR, city: 'Seoul', who: ['bo'], details: { mealProvided: true } });
    const members = perDiemReport(b.build(), [
      { country: 'CN', year: 2017, amountSekMinor: 850_00, source: '' },
      { country: 'KR', year: 2017, amountSekMinor: 700_00, source: '' },
    ]).members;
    const dayOf = (name: string) => members.find((m) => m.name === name)!.days.find((d) => d.date === '2017-11-01')!;
    expect(members.map((m) => m.name)).toEqual(['Anna', 'Bo', 'Cecilia']);
    expect(dayOf('Bo')).toMatchObject({ country: 'KR', minutes: { CN: 8 * 60, KR: 9 * 60 }, meals: { breakfast: true, lunch: false, dinner: true } });
    for (const name of ['Anna', 'Cecilia']) {
      expect(dayOf(name)).toMatchObject({ country: 'CN', minutes: { CN: 18 * 60 }, meals: { breakfast: true, lunch: false, dinner: false } });
    }
    expect(members.map((m) => m.memberId)).toEqual(['anna', 'bo', 'cecilia']);
  });

  it('says which place has no known country, and which country has no rate', () => {
    const b = jinanTrip();
    b.item('qufu', { kind: 'visit', start: '2017-11-01T07:00', end: '2017-11-01T23:00', city: 'Qufu' });
    const [anna] = perDiemReport(b.build(), [{ country: 'CN', year: 2016, amountSekMinor: 850_00, source: '' }]).members;
    expect(anna!.days.find((d) => d.date === '2017-11-01')).toMatchObject({ country: null, unknownPlace: 'Qufu', problem: 'unknown_country' });
    expect(anna!.days[0]).toMatchObject({ country: 'CN', problem: 'no_rate' });
    expect(anna!.totalSek).toBe(0);
    expect(anna!.incompleteDays).toBe(6);
  });

  it('has nothing for an incoming trip', () => {
    const b = jinanTrip();
    b.trip.direction = 'incoming';
    expect(perDiemReport(b.build(), []).members).toEqual([]);
  });
});
