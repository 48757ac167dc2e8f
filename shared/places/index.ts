import type { Destination } from '../domain/trip';
import { foldName } from '../text/fold';
import { AIRPORTS, CITIES, STATIONS } from './table';

export { AIRPORTS, CITIES, STATIONS } from './table';

/** A place named in free text whose time zone is known. */
export interface KnownPlace {
  /** 'destination': one of the trip's own destinations, with the zone the user gave it. */
  kind: 'airport' | 'station' | 'city' | 'destination';
  name: string;
  /** IATA code of an airport. */
  code?: string;
  zone: string;
}

/** "Stockholm Arlanda (ARN)", "Jinan". */
export function placeLabel(place: KnownPlace): string {
  return place.code ? `${place.name} (${place.code})` : place.name;
}

/**
 * The known place a free text names — a flight's "Stockholm Arlanda (ARN)", a train's
 * "Jinan Xi", a city field's "济南" — or null. An airport code wins; otherwise the longest name
 * found, and on equal length the trip's own destination (its zone is what the user set).
 */
export function placeIn(text: string, destinations: readonly Destination[] = []): KnownPlace | null {
  if (!text.trim()) return null;
  const byCode = airportCodeIn(text);
  if (byCode) return byCode;
  const folded = fold(text);
  const own = longestName(folded, destinationNames(destinations));
  const known = longestName(folded, tableNames());
  if (own && (!known || own.key.length >= known.key.length)) return own.place;
  return known?.place ?? null;
}

interface Name {
  key: string;
  /** Latin names must stand as words ("Lund" is not in "Lunda"); CJK has no word breaks. */
  words: boolean;
  place: KnownPlace;
}

let cachedTable: readonly Name[] | undefined;
let cachedCodes: ReadonlyMap<string, KnownPlace> | undefined;

function airportCodeIn(text: string): KnownPlace | null {
  cachedCodes ??= new Map(AIRPORTS.map((a) => [a.code, { kind: 'airport', name: a.name, code: a.code, zone: a.zone } as const]));
  // "(arn)" is a code whatever its case; a bare word only in capitals ("PEK T3"), so "the"
  // or "Sha" in a name is never read as one.
  for (const match of text.matchAll(/\(\s*([A-Za-z]{3})\s*\)/g)) {
    const place = cachedCodes.get(match[1]!.toUpperCase());
    if (place) return place;
  }
  for (const match of text.matchAll(/(?<![\p{L}\d])([A-Z]{3})(?![\p{L}\d])/gu)) {
    const place = cachedCodes.get(match[1]!);
    if (place) return place;
  }
  return null;
}

function tableNames(): readonly Name[] {
  if (!cachedTable) {
    const names: Name[] = [];
    for (const c of CITIES) {
      const place: KnownPlace = { kind: 'city', name: c.name, zone: c.zone };
      for (const n of [c.name, ...(c.also ?? []), ...(c.native ? [c.native] : [])]) names.push(nameOf(n, place));
    }
    for (const a of AIRPORTS) {
      const place: KnownPlace = { kind: 'airport', name: a.name, code: a.code, zone: a.zone };
      for (const n of [a.name, ...(a.also ?? [])]) names.push(nameOf(n, place));
    }
    for (const s of STATIONS) {
      const place: KnownPlace = { kind: 'station', name: s.name, zone: s.zone };
      for (const n of [s.name, ...(s.also ?? [])]) names.push(nameOf(n, place));
    }
    cachedTable = names.sort((a, b) => b.key.length - a.key.length);
  }
  return cachedTable;
}

function destinationNames(destinations: readonly Destination[]): Name[] {
  const names: Name[] = [];
  for (const d of destinations) {
    const place: KnownPlace = { kind: 'destination', name: d.city.trim(), zone: d.timeZone };
    names.push(nameOf(d.city, place));
    if (d.nativeName.trim()) names.push(nameOf(d.nativeName, place));
  }
  return names.filter((n) => n.key).sort((a, b) => b.key.length - a.key.length);
}

function nameOf(name: string, place: KnownPlace): Name {
  const key = fold(name);
  return { key, words: LATIN.test(key), place };
}

/** The first (so longest) name found in the text. */
function longestName(folded: string, names: readonly Name[]): Name | null {
  return names.find((name) => contains(folded, name)) ?? null;
}

function contains(text: string, name: Name): boolean {
  for (let at = text.indexOf(name.key); at >= 0; at = text.indexOf(name.key, at + 1)) {
    if (!name.words) return true;
    const before = at === 0 ? '' : text[at - 1]!;
    const after = text[at + name.key.length] ?? '';
    if (!LETTER.test(before) && !LETTER.test(after)) return true;
  }
  return false;
}

const LATIN = /^[\p{Script=Latin}\d\s'.()-]+$/u;
const LETTER = /[\p{L}\d]/u;

/** Case, accents, apostrophes and dashes aside: "Xi’an" = "xi'an", "Sundsvall-Timrå" = "sundsvall timra". */
function fold(text: string): string {
  return foldName(text.replace(/[’‘`´]/g, "'").replace(/[-‐‑–—/]/g, ' '));
}
