import { openCore } from '../../core/core';

/**
 * A laptop that dies right after a local write, before it could push: opens the database given
 * as the first argument, adds an item to the trip given as the second, and SIGKILLs itself —
 * no close, no exit handlers. Run by cli-sync.test.ts as its own process.
 */
const [dbPath, tripId] = process.argv.slice(2);
const core = openCore(dbPath!);
const result = core.dispatch('items:create', {
  tripId,
  kind: 'visit',
  title: 'Written just before the crash',
  startLocal: '2017-10-31T14:00',
  startZone: 'Asia/Shanghai',
});
process.stdout.write(result.ok ? 'written\n' : `failed: ${result.error.message}\n`);
process.kill(process.pid, 'SIGKILL');
