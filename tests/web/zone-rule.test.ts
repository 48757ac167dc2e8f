import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ItemKind } from '../../shared/domain/item';
import type { Destination } from '../../shared/domain/trip';
import { AIRPORTS, CITIES } from '../../shared/places';
import { noticeAfter, zonesFor, type ZoneRuleInput } from '../../renderer/src/features/programme/zoneRule';

const JINAN: Destination = { city: 'Jinan', nativeName: '济南', country: 'CN', timeZone: 'Asia/Shanghai' };
const SHENYANG: Destination = { city: 'Shenyang', nativeName: '沈阳', country: 'CN', timeZone: 'Asia/Shanghai' };
const JINAN_TRIP: ZoneRuleInput['trip'] = { direction: 'outgoing', homeTimeZone: 'Europe/Stockholm', destinations: [JINAN, SHENYANG] };

/** A new flight's form: nothing typed yet but what the case says. */
function flight(over: Partial<ZoneRuleInput>): ZoneRuleInput {
  return {
    trip: JINAN_TRIP,
    items: [],
    kind: 'flight',
    startLocal: '2017-11-04T13:30',
    city: '',
    from: '',
    to: '',
    start: { zone: 'Europe/Stockholm', chosen: false },
    end: { zone: 'Europe/Stockholm', chosen: false },
    ...over,
  };
}

/** Every airport and city of the app's tables, as the texts people type for it. */
interface Place {
  zone: string;
  texts: readonly string[];
}
const PLACES: readonly Place[] = [
  ...AIRPORTS.map((a) => ({ zone: a.zone, texts: [a.code, a.name, `${a.name} (${a.code})`, `${a.name.toUpperCase()} ${a.code}`] })),
  ...CITIES.map((c) => ({ zone: c.zone, texts: [c.name, c.name.toLowerCase(), ...(c.also ?? []), ...(c.native ? [c.native] : [])] })),
];
const ARLANDA = PLACES[0]!;
const TRAVEL_KINDS: readonly ItemKind[] = ['flight', 'train', 'transfer'];
const ZONES = [...new Set(PLACES.map((p) => p.zone))];

describe('zone of a new item', () => {
  it('Shanghai → Stockholm Arlanda: typing the arrival airport keeps the arrival in Stockholm (issue 18)', () => {
    const zones = zonesFor(
      flight({
        start: { zone: 'Asia/Shanghai', chosen: true },
        end: { zone: 'Europe/Stockholm', chosen: false },
        to: 'Stockholm Arlanda (ARN)',
      }),
    );
    expect(zones.start.zone).toBe('Asia/Shanghai');
    expect(zones.end).toMatchObject({ zone: 'Europe/Stockholm', place: { code: 'ARN' } });
  });

  it('every airport and city, home → abroad, abroad → home and abroad → abroad: each end gets its place’s zone', () => {
    for (const place of PLACES) {
      const abroad = PLACES.find((other) => other.zone !== place.zone && other.zone !== 'Europe/Stockholm')!;
      const journeys: [Place, Place][] = [
        [ARLANDA, place],
        [place, ARLANDA],
        [place, abroad],
        [abroad, place],
      ];
      for (const [from, to] of journeys) {
        for (let i = 0; i < from.texts.length || i < to.texts.length; i++) {
          const typed = { from: from.texts[i % from.texts.length]!, to: to.texts[i % to.texts.length]! };
          const zones = zonesFor(flight({ ...typed, start: { zone: to.zone, chosen: false }, end: { zone: from.zone, chosen: false } }));
          expect([zones.start.zone, zones.end.zone], `${typed.from} → ${typed.to}`).toEqual([from.zone, to.zone]);
        }
      }
    }
  });

  it('property: a known place sets the zone of its end; a zone the user chose never changes', () => {
    const place = fc.constantFrom(...PLACES);
    fc.assert(
      fc.property(
        fc.record({
          home: place,
          there: fc.array(place, { minLength: 1, maxLength: 3 }),
          direction: fc.constantFrom('home → abroad', 'abroad → home', 'abroad → abroad'),
          tripDirection: fc.constantFrom('outgoing' as const, 'incoming' as const),
          kind: fc.constantFrom(...TRAVEL_KINDS),
          startZone: fc.constantFrom(...ZONES),
          endZone: fc.constantFrom(...ZONES),
          startChosen: fc.boolean(),
          endChosen: fc.boolean(),
          city: fc.constantFrom('', 'Jinan', '济南', 'Södertälje'),
        }),
        fc.nat(),
        (c, pick) => {
          const [from, to] =
            c.direction === 'home → abroad' ? [c.home, c.there[0]!] : c.direction === 'abroad → home' ? [c.there[0]!, c.home] : [c.there[0]!, c.there.at(-1)!];
          const input = flight({
            trip: {
              direction: c.tripDirection,
              homeTimeZone: c.home.zone,
              destinations: c.there.map((p, i) => ({ city: `Destination ${i}`, nativeName: '', country: '', timeZone: p.zone })),
            },
            kind: c.kind,
            city: c.city,
            from: from.texts[pick % from.texts.length]!,
            to: to.texts[(pick >> 3) % to.texts.length]!,
            start: { zone: c.startZone, chosen: c.startChosen },
            end: { zone: c.endZone, chosen: c.endChosen },
          });
          const zones = zonesFor(input);
          expect(zones.start.zone).toBe(c.startChosen ? c.startZone : from.zone);
          expect(zones.end.zone).toBe(c.endChosen ? c.endZone : to.zone);
          // For a chosen zone the place is still reported, so the form can offer it.
          expect(zones.start.place?.zone).toBe(from.zone);
          expect(zones.end.place?.zone).toBe(to.zone);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('an arrival nobody names keeps its zone unless the journey leaves home for a trip abroad', () => {
    // Leaving Shanghai for somewhere unknown: the arrival is not copied from the departure.
    expect(zonesFor(flight({ start: { zone: 'Asia/Shanghai', chosen: true }, to: 'Somewhere' })).end.zone).toBe('Europe/Stockholm');
    expect(zonesFor(flight({ start: { zone: 'Asia/Shanghai', chosen: true }, end: { zone: 'Asia/Tokyo', chosen: false } })).end.zone).toBe(
      'Asia/Tokyo',
    );
    // Leaving home: the first destination abroad.
    expect(zonesFor(flight({ to: '' })).end.zone).toBe('Asia/Shanghai');
    // A trip hosted at home has no destination abroad to guess.
    const hosted = { direction: 'incoming' as const, homeTimeZone: 'Europe/Stockholm', destinations: [{ ...JINAN, city: 'Södertälje', timeZone: 'Europe/Stockholm' }] };
    expect(zonesFor(flight({ trip: hosted, start: { zone: 'Asia/Shanghai', chosen: true } })).end.zone).toBe('Europe/Stockholm');
  });

  it("a meeting takes its city's zone at both ends, else where the delegation is by then", () => {
    const meeting = (over: Partial<ZoneRuleInput>) => flight({ kind: 'meeting', ...over });
    expect(zonesFor(meeting({ city: 'Shenyang' })).end.zone).toBe('Asia/Shanghai');
    expect(zonesFor(meeting({ city: 'Västerås', start: { zone: 'Asia/Shanghai', chosen: false } })).start.zone).toBe('Europe/Stockholm');
    // From/to belong to journeys: a meeting's leftover "to" does not move it.
    expect(zonesFor(meeting({ city: 'Jinan', to: 'Stockholm Arlanda (ARN)' })).end.zone).toBe('Asia/Shanghai');
    const afterFlight = [{ startLocal: '2017-10-28T13:30', startZone: 'Europe/Stockholm', endZone: 'Asia/Shanghai' }] as unknown as ZoneRuleInput['items'];
    expect(zonesFor(meeting({ items: afterFlight, startLocal: '2017-10-30T09:00', city: 'Hotel' })).start.zone).toBe('Asia/Shanghai');
    expect(zonesFor(meeting({ city: 'Jinan', end: { zone: 'Europe/Paris', chosen: true } })).end.zone).toBe('Europe/Paris');
  });
});

describe('notice beside a zone the form changed', () => {
  const arn = { kind: 'airport' as const, name: 'Stockholm Arlanda', code: 'ARN', zone: 'Europe/Stockholm' };
  it('one notice for changes in a row; Undo goes back to the zone before the first; none when back there', () => {
    let notice = noticeAfter(null, 'Asia/Shanghai', 'Asia/Shanghai', null);
    expect(notice).toBeNull();
    notice = noticeAfter(notice, 'Asia/Shanghai', 'Asia/Tokyo', null);
    expect(notice).toEqual({ zone: 'Asia/Tokyo', was: 'Asia/Shanghai', place: null });
    notice = noticeAfter(notice, 'Asia/Tokyo', 'Europe/Stockholm', arn);
    expect(notice).toEqual({ zone: 'Europe/Stockholm', was: 'Asia/Shanghai', place: arn });
    // Typing on names the more precise place in the same zone.
    const stockholm = { kind: 'city' as const, name: 'Stockholm', zone: 'Europe/Stockholm' };
    expect(noticeAfter({ ...notice!, place: stockholm }, 'Europe/Stockholm', 'Europe/Stockholm', arn)).toEqual(notice);
    expect(noticeAfter(notice, 'Europe/Stockholm', 'Europe/Stockholm', null)).toBe(notice);
    expect(noticeAfter(notice, 'Europe/Stockholm', 'Asia/Shanghai', null)).toBeNull();
  });
});
