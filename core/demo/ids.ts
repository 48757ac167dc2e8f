import { createHash } from 'node:crypto';

/**
 * Fixed ids of the demo data. Seeding must find what an earlier run wrote, on every machine, so
 * nothing here is random: the trips have literal UUIDs (other code may point at them), and every
 * other entity's UUID is derived from a readable key ("jinan/member/teljeback") with a name-based
 * hash in the manner of UUID v5. Keys are listed once below, so a misspelt reference is a type error.
 */
export const DEMO_TRIP_IDS = {
  jinan: 'd3e00000-2017-4a28-8000-00000000a001',
  wuxi: 'd3e00000-2016-4523-8000-00000000a002',
} as const;

/** A stable UUID for a demo entity; same key, same id. */
export function demoId(key: string): string {
  const h = createHash('sha1').update(`delegation-planner/demo/${key}`).digest('hex');
  // Version 5 and the RFC 4122 variant, so the id passes the same uuid check as user data.
  const variant = ((parseInt(h.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function keyed<K extends string>(scope: string, keys: readonly K[]): Record<K, string> {
  return Object.fromEntries(keys.map((k) => [k, demoId(`${scope}/${k}`)])) as Record<K, string>;
}

export const JINAN = {
  trip: DEMO_TRIP_IDS.jinan,
  org: keyed('jinan/org', [
    'vasteras',
    'icld',
    'jinanGov',
    'jinanFao',
    'hotline',
    'hitech',
    'robotdalen',
    'zongrui',
    'shenyangGov',
    'embassy',
    'consulate',
  ]),
  contact: keyed('jinan/contact', [
    'faoProtocol',
    'hotlineDirector',
    'hitechHost',
    'robotdalenRep',
    'zongruiRep',
    'shenyangOfficer',
    'interpreterJinan',
    'interpreterShenyang',
    'driverJinan',
    'embassyDuty',
    'consulateDuty',
  ]),
  // In order of precedence: the order they are created in.
  member: keyed('jinan/member', [
    'teljeback',
    'unell',
    'filling',
    'engstrom',
    'steeringMember',
    'projectLead',
    'contactCentre1',
    'contactCentre2',
    'coordinator',
  ]),
  group: keyed('jinan/group', ['shenyang', 'homeFromJinan']),
} as const;

export const WUXI = {
  trip: DEMO_TRIP_IDS.wuxi,
  org: keyed('wuxi/org', ['wuxiGov', 'wuxiFao', 'sodertalje', 'wendelaHebbe', 'astraZeneca', 'telge', 'tomTits']),
  contact: keyed('wuxi/contact', [
    'councilChair',
    'planner',
    'environmentStrategist',
    'principal',
    'astraZenecaHost',
    'telgeGuide',
    'tomTitsGuide',
    'interpreter',
    'driver',
  ]),
  member: keyed('wuxi/member', [
    'viceMayor',
    'faoDirector',
    'education',
    'environment',
    'commerce',
    'interpreter',
    'strategist',
    'coordinator',
  ]),
  group: keyed('wuxi/group', ['visitors', 'hosts']),
} as const;
