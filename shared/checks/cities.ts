import type { Item } from '../domain/item';
import { foldName } from '../text/fold';
import type { Trip } from '../domain/trip';

/**
 * foldName, memoised: every check run folds each item's city again (Unicode normalisation is
 * costly) and a trip names few distinct cities. Bounded so a long session cannot grow it.
 */
function foldCity(text: string): string {
  let folded = foldedCities.get(text);
  if (folded === undefined) {
    folded = foldName(text);
    if (foldedCities.size >= MAX_FOLDED) foldedCities.clear();
    foldedCities.set(text, folded);
  }
  return folded;
}
const foldedCities = new Map<string, string>();
const MAX_FOLDED = 10_000;

const LATIN = /^[\p{Script=Latin}\d\s'’.-]+$/u;
const LETTER = /[\p{L}\d]/u;

/**
 * The cities a trip mentions (its destinations, with their native names, and every item's city),
 * so that free text such as a flight's "to: Jinan Yaoqiang (TNA)" can be read as a city.
 */
export class CityIndex {
  /** folded name (Latin or native) → canonical folded city */
  private readonly names = new Map<string, string>();
  /** Longest names first, so "Nya Jinan" wins over "Jinan". */
  private readonly sorted: string[];
  private readonly found = new Map<string, string | null>();
  private readonly canonicals = new Map<string, string | null>();
  /** canonical folded city → the spelling to show */
  private readonly display = new Map<string, string>();

  constructor(trip: Trip, items: readonly Item[]) {
    for (const d of trip.destinations) {
      this.add(d.city, d.city);
      if (d.nativeName) this.add(d.nativeName, d.city);
    }
    for (const item of items) if (item.location.city) this.add(item.location.city, item.location.city);
    this.sorted = [...this.names.keys()].sort((a, b) => b.length - a.length);
  }

  private add(name: string, city: string): void {
    const key = foldCity(name);
    const canonical = this.names.get(foldCity(city)) ?? foldCity(city);
    if (!key || !canonical) return;
    if (!this.names.has(key)) this.names.set(key, canonical);
    if (!this.display.has(canonical)) this.display.set(canonical, city.trim());
  }

  /** The canonical form of a city field ("Jinan", "济南" → "jinan"); null when empty. */
  canonical(city: string): string | null {
    let result = this.canonicals.get(city);
    if (result === undefined) {
      const key = foldCity(city);
      result = key ? (this.names.get(key) ?? key) : null;
      this.canonicals.set(city, result);
    }
    return result;
  }

  /** How to show a canonical city in a message. */
  show(canonical: string): string {
    return this.display.get(canonical) ?? canonical;
  }

  /** The known city named in a free text ("Beijing Capital (PEK)"), or null. */
  cityIn(text: string): string | null {
    const cached = this.found.get(text);
    if (cached !== undefined) return cached;
    const folded = foldCity(text);
    let result: string | null = null;
    for (const name of folded ? this.sorted : []) {
      if (containsName(folded, name)) {
        result = this.names.get(name)!;
        break;
      }
    }
    this.found.set(text, result);
    return result;
  }
}

/** Latin names must stand as words ("Ji" is not in "Jinan"); CJK names have no word breaks. */
function containsName(text: string, name: string): boolean {
  let from = 0;
  for (;;) {
    const at = text.indexOf(name, from);
    if (at < 0) return false;
    if (!LATIN.test(name)) return true;
    const before = at === 0 ? '' : text[at - 1]!;
    const after = text[at + name.length] ?? '';
    if (!LETTER.test(before) && !LETTER.test(after)) return true;
    from = at + 1;
  }
}

/**
 * Where a travel item arrives: the known city its `details.to` names; when `to` is empty, its
 * location's city. (A travel item's location is often where it leaves from, so a `to` that names
 * no known city gives "unknown" rather than the location.)
 */
export function arrivalCity(item: Item, cities: CityIndex): string | null {
  const to = item.details.to ?? '';
  if (to.trim()) return cities.cityIn(to);
  return item.location.city ? cities.canonical(item.location.city) : null;
}

/** Where a travel item leaves from: the known city its `details.from` names, or null. */
export function departureCity(item: Item, cities: CityIndex): string | null {
  const from = item.details.from ?? '';
  return from.trim() ? cities.cityIn(from) : null;
}
