import type { TripSummary } from '../../../shared/domain/trip';
import type { Command } from '../command';
import { expectOk, openCliCore } from '../open';

export const tripsCommand: Command = {
  name: 'trips',
  summary: 'List the delegations in a database',
  usage: 'trips --db FILE [--json] [--all]   (--all includes archived trips)',
  options: { db: { type: 'string' }, json: { type: 'boolean' }, all: { type: 'boolean' } },
  run(values, io) {
    const core = openCliCore(values.db);
    try {
      const trips = expectOk(core.dispatch('trips:list', { includeArchived: Boolean(values.all) }));
      io.out(values.json ? JSON.stringify(trips.map(toJson), null, 2) + '\n' : table(trips));
      return 0;
    } finally {
      core.close();
    }
  },
};

/** The stable JSON shape scripts depend on. */
function toJson(t: TripSummary) {
  return {
    id: t.id,
    title: t.title,
    startDate: t.startDate,
    endDate: t.endDate,
    direction: t.direction,
    status: t.status,
    destinations: t.destinations.map((d) => d.city),
    memberCount: t.memberCount,
    itemCount: t.itemCount,
  };
}

function table(trips: TripSummary[]): string {
  if (trips.length === 0) return 'No trips yet.\n';
  const rows = [
    ['Dates', 'Direction', 'Status', 'Members', 'Items', 'Title'],
    ...trips.map((t) => [
      `${t.startDate} – ${t.endDate}`,
      t.direction,
      t.status,
      String(t.memberCount),
      String(t.itemCount),
      t.title,
    ]),
  ];
  const widths = rows[0]!.map((_, col) => Math.max(...rows.map((r) => [...r[col]!].length)));
  return rows.map((r) => r.map((cell, col) => (col === r.length - 1 ? cell : cell.padEnd(widths[col]!))).join('  ')).join('\n') + '\n';
}
