import type { Destination } from '../domain/trip';
import { placeIn } from './index';
import { CITIES } from './table';

/**
 * The country (ISO 3166 alpha-2) of a place named in free text — a city field's "Jinan", a
 * flight's "Beijing Capital (PEK)" — or null when it cannot be told. In order: one of the trip's
 * destinations with its country; a city of the places table; an airport or station, by the city
 * its name starts with ("Beijing Capital" → Beijing), else by its time zone when every known city
 * in that zone is in one country (Asia/Shanghai → CN; Europe/Stockholm → SE).
 */
export function countryOfPlace(text: string, destinations: readonly Destination[] = []): string | null {
  const place = placeIn(text, destinations);
  if (!place) return null;
  if (place.kind === 'destination') {
    const own = destinations.find((d) => d.city.trim() === place.name && d.country);
    if (own) return own.country;
  }
  const name = place.name.toLowerCase();
  const city = CITIES.find((c) => [c.name, ...(c.also ?? [])].some((n) => name === n.toLowerCase()));
  if (city) return city.country;
  if (place.kind === 'airport' || place.kind === 'station') {
    const byName = CITIES.find((c) => [c.name, ...(c.also ?? [])].some((n) => name.startsWith(`${n.toLowerCase()} `)));
    if (byName) return byName.country;
  }
  return countryOfZone(place.zone);
}

let zoneCountries: Map<string, string | null> | undefined;

/** The one country every known city in `zone` belongs to, or null (none known, or several). */
export function countryOfZone(zone: string): string | null {
  if (!zoneCountries) {
    zoneCountries = new Map();
    for (const c of CITIES) {
      const seen = zoneCountries.get(c.zone);
      zoneCountries.set(c.zone, seen === undefined || seen === c.country ? c.country : null);
    }
  }
  return zoneCountries.get(zone) ?? null;
}
