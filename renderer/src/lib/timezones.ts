import { tzOffset } from '@date-fns/tz';
import { isKnownTimeZone } from '../../../shared/domain/primitives';
import { formatUtcOffset } from '../../../shared/time/zoned';

/**
 * IANA time zones for pickers. The list comes from the browser's own tz database
 * (Intl.supportedValuesOf), the same one the core's conversions use in Electron, so a zone
 * offered here is always one the core accepts.
 */

let cachedZones: string[] | undefined;

/**
 * ICU lists some zones under their old names (Asia/Calcutta, Asia/Saigon, Europe/Kiev); people
 * look for today's names. The current name is offered instead wherever the runtime accepts it.
 */
const CURRENT_NAMES: Record<string, string> = {
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Europe/Kiev': 'Europe/Kyiv',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'America/Godthab': 'America/Nuuk',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Pacific/Truk': 'Pacific/Chuuk',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Enderbury': 'Pacific/Kanton',
};

function accepted(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export function allTimeZones(): string[] {
  if (!cachedZones) {
    let zones: string[] = [];
    try {
      zones = Intl.supportedValuesOf('timeZone');
    } catch {
      zones = [];
    }
    const current = zones.map((zone) => {
      const name = CURRENT_NAMES[zone];
      return name && accepted(name) ? name : zone;
    });
    // 'UTC' is valid everywhere but not always listed.
    cachedZones = [...new Set([...current, 'UTC'])].sort();
  }
  return cachedZones;
}

/** Offset of `zone` in minutes at `at` (a date or date-time string, or now). */
export function zoneOffsetAt(zone: string, at?: string): number {
  const instant = at ? Date.parse(at.length === 10 ? `${at}T12:00:00Z` : `${at}:00Z`) : Date.now();
  try {
    return tzOffset(zone, new Date(Number.isNaN(instant) ? Date.now() : instant));
  } catch {
    return 0;
  }
}

/** 'Asia/Shanghai (UTC+8)'. */
export function timeZoneLabel(zone: string, at?: string): string {
  return `${zone.replaceAll('_', ' ')} (${formatUtcOffset(zoneOffsetAt(zone, at))})`;
}

/** The city part of a zone, as people say it: 'Asia/Ho_Chi_Minh' → 'Ho Chi Minh'. */
export function zoneCity(zone: string): string {
  const last = zone.split('/').pop() ?? zone;
  return last.replaceAll('_', ' ');
}

/**
 * Zones matching a search text, best first: the city part starting with the text, then the
 * zone name containing it, then the offset ('utc+8', '+8') matching.
 */
export function searchTimeZones(query: string, at?: string, zones: string[] = allTimeZones()): string[] {
  const q = query.trim().toLowerCase().replaceAll(' ', '_');
  if (!q) return zones;
  const starts: string[] = [];
  const contains: string[] = [];
  const byOffset: string[] = [];
  const offsetQuery = q.replace(/^utc|^gmt/, '').replace('−', '-');
  for (const zone of zones) {
    const name = zone.toLowerCase();
    const city = (zone.split('/').pop() ?? zone).toLowerCase();
    if (city.startsWith(q)) starts.push(zone);
    else if (name.includes(q)) contains.push(zone);
    else if (/^[+-]\d/.test(offsetQuery)) {
      const label = formatUtcOffset(zoneOffsetAt(zone, at)).replace('−', '-').toLowerCase().replace('utc', '');
      if (label === offsetQuery || label.startsWith(`${offsetQuery}:`)) byOffset.push(zone);
    }
  }
  return [...starts, ...contains, ...byOffset];
}

/**
 * A sensible zone for a destination country, for countries with one zone (or one the
 * delegations of a Swedish municipality nearly always mean). Users can always change it.
 */
const COUNTRY_ZONES: Record<string, string> = {
  AT: 'Europe/Vienna',
  BE: 'Europe/Brussels',
  CH: 'Europe/Zurich',
  CN: 'Asia/Shanghai',
  CZ: 'Europe/Prague',
  DE: 'Europe/Berlin',
  DK: 'Europe/Copenhagen',
  EE: 'Europe/Tallinn',
  ES: 'Europe/Madrid',
  FI: 'Europe/Helsinki',
  FR: 'Europe/Paris',
  GB: 'Europe/London',
  GH: 'Africa/Accra',
  HK: 'Asia/Hong_Kong',
  IE: 'Europe/Dublin',
  IN: 'Asia/Kolkata',
  IS: 'Atlantic/Reykjavik',
  IT: 'Europe/Rome',
  JP: 'Asia/Tokyo',
  KE: 'Africa/Nairobi',
  KR: 'Asia/Seoul',
  LT: 'Europe/Vilnius',
  LV: 'Europe/Riga',
  NL: 'Europe/Amsterdam',
  NO: 'Europe/Oslo',
  PL: 'Europe/Warsaw',
  PT: 'Europe/Lisbon',
  RW: 'Africa/Kigali',
  SE: 'Europe/Stockholm',
  SG: 'Asia/Singapore',
  TH: 'Asia/Bangkok',
  TW: 'Asia/Taipei',
  TZ: 'Africa/Dar_es_Salaam',
  UA: 'Europe/Kyiv',
  UG: 'Africa/Kampala',
  VN: 'Asia/Ho_Chi_Minh',
  ZA: 'Africa/Johannesburg',
};

export function defaultZoneForCountry(country: string): string | undefined {
  const zone = COUNTRY_ZONES[country.trim().toUpperCase()];
  if (!zone) return undefined;
  if (accepted(zone)) return zone;
  // A runtime that knows only the old name (Europe/Kiev for Europe/Kyiv).
  return Object.entries(CURRENT_NAMES).find(([, name]) => name === zone)?.[0];
}

/** The computer's own zone as the default home zone; Stockholm when it is unusable. */
export function localHomeTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && isKnownTimeZone(zone) ? zone : 'Europe/Stockholm';
}
