import { describe, expect, it } from 'vitest';
import { isKnownTimeZone } from '../../shared/domain/primitives';
import { AIRPORTS, CITIES, STATIONS, placeIn } from '../../shared/places';

describe('the place table', () => {
  it('has only zones the runtime knows, and no code twice', () => {
    for (const place of [...CITIES, ...AIRPORTS, ...STATIONS]) expect(isKnownTimeZone(place.zone), `${place.name}: ${place.zone}`).toBe(true);
    const codes = AIRPORTS.map((a) => a.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('reads every name, spelling and code back as a place in its own zone', () => {
    for (const city of CITIES) {
      for (const name of [city.name, ...(city.also ?? []), ...(city.native ? [city.native] : [])]) {
        expect(placeIn(name)?.zone, name).toBe(city.zone);
        expect(placeIn(`${name.toUpperCase()} airport, terminal 2`)?.zone, name).toBe(city.zone);
      }
    }
    for (const airport of AIRPORTS) {
      for (const name of [airport.name, ...(airport.also ?? [])]) expect(placeIn(name)?.zone, name).toBe(airport.zone);
      expect(placeIn(airport.code), airport.code).toMatchObject({ kind: 'airport', code: airport.code, zone: airport.zone });
      expect(placeIn(`${airport.name} (${airport.code.toLowerCase()})`)?.code).toBe(airport.code);
    }
    for (const station of STATIONS) {
      for (const name of [station.name, ...(station.also ?? [])]) expect(placeIn(name)?.zone, name).toBe(station.zone);
    }
  });

  it('finds names as words only, and codes only in capitals or parentheses', () => {
    expect(placeIn('Lunda')).toBeNull();
    expect(placeIn('Rome Fiumicino')?.zone).toBe('Europe/Rome');
    expect(placeIn('the hotel')).toBeNull();
    expect(placeIn('Sha Tin')).toBeNull();
    expect(placeIn('PEK T3')).toMatchObject({ code: 'PEK' });
    expect(placeIn('Hotel near (arn)')).toMatchObject({ code: 'ARN' });
    expect(placeIn('Xi’an Xianyang')?.zone).toBe('Asia/Shanghai');
    expect(placeIn('  ')).toBeNull();
  });

  it("prefers the trip's own destination (its zone is the user's) over a table city of the same name", () => {
    const own = [{ city: 'Lund', nativeName: '', country: 'SE', timeZone: 'Europe/Berlin' }];
    expect(placeIn('Lund', own)).toMatchObject({ kind: 'destination', zone: 'Europe/Berlin' });
    // A longer, more precise name still wins: the airport's code.
    expect(placeIn('Lund (CPH)', own)).toMatchObject({ code: 'CPH' });
    const jinan = [{ city: 'Jinan', nativeName: '济南', country: 'CN', timeZone: 'Asia/Shanghai' }];
    expect(placeIn('济南遥墙国际机场', jinan)).toMatchObject({ kind: 'destination', name: 'Jinan' });
  });
});
