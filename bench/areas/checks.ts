import { openCore } from '../../core/core';
import { runChecks } from '../../shared/checks';
import type { TripWorkspace } from '../../shared/domain/workspace';
import { toInstant } from '../../shared/time/zoned';
import type { Area } from '../context';
import { info, timedPair } from '../report';
import { collectGarbage, timePairSync } from '../timing';

/**
 * The trip checks (shared/checks) over the large trip's workspace: they rerun after every edit,
 * so the target is < 20 ms. The floor is the least an overlap check must do: every member's
 * items as intervals in time (toInstant in each item's own zone), sorted.
 */
export const checks: Area = {
  name: 'trip checks',
  async run(ctx) {
    const core = openCore(ctx.dataset.dbPath);
    let workspace: TripWorkspace;
    try {
      const result = core.dispatch('trips:workspace', { id: ctx.dataset.large.tripId });
      if (!result.ok) throw new Error(result.error.message);
      workspace = result.value as TripWorkspace;
    } finally {
      core.close();
    }
    let findings = 0;
    collectGarbage();
    const timed = timePairSync(
      () => (findings = runChecks(workspace).length),
      () => {
        // Every member's items as time intervals, in time order: what an overlap check needs at least.
        const byMember = new Map<string, [number, number][]>(workspace.members.map((m) => [m.id, []]));
        for (const item of workspace.items) {
          const start = toInstant(item.startLocal, item.startZone);
          const end = item.endLocal ? toInstant(item.endLocal, item.endZone) : start;
          for (const id of item.allMembers ? byMember.keys() : item.participantIds) byMember.get(id)?.push([start, end]);
        }
        for (const list of byMember.values()) list.sort((a, b) => a[0] - b[0]);
        return byMember;
      },
      { runs: ctx.quick ? 20 : 100, warmup: 10 },
    );
    ctx.log(`  ${workspace.items.length} items, ${workspace.members.length} members: ${findings} findings`);
    return [info('checks over the large trip · findings', findings, 'findings'), ...timedPair('checks (large trip)', timed.value, timed.floor, { maxValue: 20 })];
  },
};
