/**
 * The child process of crash.test.ts: writes through the real core (openCore + dispatch, the
 * path every transport takes) and prints one line per write *after* dispatch returned ok, i.e.
 * after the transaction committed. The parent kills it with SIGKILL at random points and then
 * checks that every acknowledged write is in the file.
 *
 * argv: <database> <run number> <trip id> <member id to update> [attachments]
 * With `attachments`, every write is instead a new attachment of 0.5–3 MB (different bytes each
 * time), so kills land inside large blob writes.
 * stdout: `ready`, then `ack <seq> <kind> <id>` per committed write, forever (until killed).
 */
import fs from 'node:fs';
import { openCore } from '../../core/core';

const [dbPath, runText, tripId, memberId, mode] = process.argv.slice(2);
if (!dbPath || !runText || !tripId || !memberId) throw new Error('usage: crash-writer <db> <run> <tripId> <memberId>');
const run = Number(runText);

// fs.writeSync: the acknowledgement is in the pipe before the next write starts (process.stdout
// may buffer), so "acknowledged" really means "the parent could have seen it".
const say = (line: string) => fs.writeSync(1, `${line}\n`);

const core = openCore(dbPath);
say('ready');
for (let i = 0; ; i += 1) {
  const seq = run * 100_000 + i;
  let kind: string;
  let result;
  if (mode === 'attachments') {
    const bytes = Buffer.alloc(512 * 1024 * (1 + (i % 6)), seq % 251);
    bytes.writeUInt32LE(seq, 0);
    result = core.dispatch('attachments:add', { tripId, fileName: `bilaga ${seq} 附件.bin`, content: bytes.toString('base64') });
    if (!result.ok) {
      say(`error ${JSON.stringify(result.error)}`);
      process.exit(1);
    }
    say(`ack ${seq} attachment ${(result.value as { id: string }).id}`);
    continue;
  }
  switch (i % 3) {
    case 0:
      kind = 'member';
      result = core.dispatch('members:create', { tripId, name: `Ledamot ${seq} – 成员`, notes: 'å'.repeat(i % 50) });
      break;
    case 1:
      kind = 'item';
      result = core.dispatch('items:create', {
        tripId,
        kind: 'meeting',
        title: `Möte ${seq} 会议`,
        startLocal: '2017-10-30T09:30',
        startZone: 'Asia/Shanghai',
        endLocal: '2017-10-30T11:00',
      });
      break;
    default:
      kind = 'update';
      result = core.dispatch('members:update', { id: memberId, patch: { notes: String(seq) } });
  }
  if (!result.ok) {
    say(`error ${JSON.stringify(result.error)}`);
    process.exit(1);
  }
  say(`ack ${seq} ${kind} ${(result.value as { id: string }).id}`);
}
