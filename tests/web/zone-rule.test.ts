import { describe, expect, it } from 'vitest';
import type { Trip } from '../../shared/domain/trip';
import { zonesFor, type ZoneRuleInput } from '../../renderer/src/features/programme/zoneRule';

const JINAN_TRIP: ZoneRuleInput['trip'] = {
  direction: 'outgoing',
  homeTimeZone: 'Europe/Stockholm',
  destinations: [
    { city: 'Jinan', nativeName: '济南', country: 'CN', timeZone: 'Asia/Shanghai' },
    { city: 'Shenyang', nativeName: '沈阳', country: 'CN', timeZone: 'Asia/Shanghai' },
  ] satisfies Trip['destinations'],
};

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
    expect(zones.end.zone).toBe('Europe/Stockholm');
  });
});
