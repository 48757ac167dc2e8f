import { describe, expect, it } from 'vitest';
import { WUXI } from '../../core/demo/ids';
import { demoCore, exportText, freshCore, ok, WUXI_ID } from './helpers';

/** The hosting fields travel in the trip file, and files written before them still import. */
describe('trip file: hosting fields', () => {
  it('carries member sides and roles, the visitors’ time zone and the pickup details to a colleague', () => {
    const alice = demoCore();
    const bob = freshCore();
    ok(bob, 'sharing:applyImport', { content: exportText(alice, WUXI_ID) });

    expect(ok(bob, 'trips:get', { id: WUXI_ID }).visitorsTimeZone).toBe('Asia/Shanghai');
    const members = ok(bob, 'members:list', { tripId: WUXI_ID });
    expect(members.filter((m) => m.side === 'host').map((m) => m.role)).toEqual(['receiving_host', 'accompanying_officer']);
    expect(members.filter((m) => m.side === 'visitor')).toHaveLength(6);
    const pickup = ok(bob, 'trips:workspace', { id: WUXI_ID }).items.find((i) => i.details.signText);
    expect(pickup?.details).toMatchObject({ number: 'AY 815', meetingPoint: expect.stringContaining('Arlanda'), signText: expect.stringContaining('无锡') });
  });

  it('reads a file made before the hosting fields: members are visitors, the visitors’ zone is not set', () => {
    const alice = demoCore();
    const file = JSON.parse(exportText(alice, WUXI_ID)) as { trip: Record<string, unknown>; members: Record<string, unknown>[] };
    delete file.trip.visitorsTimeZone;
    for (const member of file.members) delete member.side;
    const bob = freshCore();
    ok(bob, 'sharing:applyImport', { content: JSON.stringify(file) });
    expect(ok(bob, 'trips:get', { id: WUXI_ID }).visitorsTimeZone).toBeNull();
    expect(ok(bob, 'members:list', { tripId: WUXI_ID }).find((m) => m.id === WUXI.member.coordinator)?.side).toBe('visitor');
  });

  it('carries who pays what; a file made before it reads as nothing stated', () => {
    const alice = demoCore();
    const costs = ok(alice, 'trips:get', { id: WUXI_ID }).costCoverage;
    expect(costs).toContain('Meals during the programme: paid by Södertälje kommun');
    const bob = freshCore();
    ok(bob, 'sharing:applyImport', { content: exportText(alice, WUXI_ID) });
    expect(ok(bob, 'trips:get', { id: WUXI_ID }).costCoverage).toBe(costs);

    const file = JSON.parse(exportText(alice, WUXI_ID)) as { trip: Record<string, unknown> };
    delete file.trip.costCoverage;
    const carol = freshCore();
    ok(carol, 'sharing:applyImport', { content: JSON.stringify(file) });
    expect(ok(carol, 'trips:get', { id: WUXI_ID }).costCoverage).toBe('');
  });
});
