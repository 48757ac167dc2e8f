import { openCore } from '../../core/core';
import { runChecks } from '../../shared/checks';
import type { Item } from '../../shared/domain/item';
import type { TripWorkspace } from '../../shared/domain/workspace';
import { toInstant } from '../../shared/time/zoned';
import type { Area } from '../context';
import { info, timedPair } from '../report';
import { collectGarbage, timePairSync } from '../timing';

/**
 * The trip checks (shared/checks) over the large trip's workspace as they run in the app: after
 * an edit. Each run first edits one item (untimed), the way a save leaves the workspace: a new
 * items array in which that item is a new object and the others are the same objects. The edits
 * take turns: a time, a title, a place, the participants (which changes who attends what, so the
 * checks cannot reuse their member classes); every other run undoes the last edit. They rerun
 * after every edit, so the targets are < 20 ms and (issue #14) at most 2× the floor. The floor
 * is the least an overlap check must do from scratch: every member's items as intervals in time
 * (toInstant in each item's own zone), sorted.
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
    // Each edit is undone by the next run (as Ctrl+Z would), so the plan stays the large trip's.
    let edits = 0;
    let undo: { index: number; item: Item } | null = null;
    const replace = (index: number, item: Item) => {
      workspace = { ...workspace, items: workspace.items.map((old, i) => (i === index ? item : old)) };
    };
    const edit = () => {
      if (undo) {
        replace(undo.index, undo.item);
        undo = null;
        return;
      }
      const index = (edits * 37) % workspace.items.length;
      undo = { index, item: workspace.items[index]! };
      replace(index, editedItem(undo.item, edits++, workspace));
    };
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
      { runs: ctx.quick ? 20 : 100, warmup: 10, before: edit },
    );
    ctx.log(`  ${workspace.items.length} items, ${workspace.members.length} members: ${findings} findings`);
    return [info('checks over the large trip · findings', findings, 'findings'), ...timedPair('checks (large trip)', timed.value, timed.floor, { maxValue: 20, maxRatio: 2 })];
  },
};

/** The nth kind of edit, in turn: five minutes later, a new title, another city, one member more or less. */
function editedItem(item: Item, n: number, workspace: TripWorkspace): Item {
  switch (n % 4) {
    case 0:
      return { ...item, startLocal: minutesLater(item.startLocal, 5), endLocal: item.endLocal && minutesLater(item.endLocal, 5) };
    case 1:
      return { ...item, title: `${item.title} (${n})` };
    case 2:
      return { ...item, location: { ...item.location, city: item.location.city === 'Jinan' ? 'Shenyang' : 'Jinan' } };
    default: {
      const member = workspace.members[n % workspace.members.length]!.id;
      const ids = item.allMembers ? workspace.members.map((m) => m.id) : item.participantIds;
      const participantIds = ids.includes(member) ? ids.filter((id) => id !== member) : [...ids, member];
      return { ...item, allMembers: false, participantIds };
    }
  }
}

function minutesLater(local: string, minutes: number): string {
  return new Date(Date.parse(`${local}:00Z`) + minutes * 60_000).toISOString().slice(0, 16);
}
