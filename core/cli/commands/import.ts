import fs from 'node:fs';
import type { ImportChange, ImportPreview, ImportResult } from '../../../shared/sharing/types';
import { CliError } from '../cli-error';
import type { CliIo, Command } from '../command';
import { expectOk, openCliCore } from '../open';
import { readTripFileOrFail, requireOption } from './export';

export const importCommand: Command = {
  name: 'import',
  summary: 'Import a .delegation file: a new trip, or merge a colleague’s copy into the trip here',
  usage:
    'import --db FILE --in FILE.delegation [--dry-run] [--json] [--theirs] [--apply-deletions] [--update-contacts]\n\n' +
    '  --dry-run          show what would change and change nothing\n' +
    '  --json             print the preview (or the result) as JSON\n' +
    '  --theirs           where both sides changed something, take the file’s version (default: keep ours)\n' +
    '  --apply-deletions  also remove what the file’s author deleted (never done without it)\n' +
    '  --update-contacts  also change address-book contacts and organisations that other trips here use\n' +
    '                     (without it, such a file is refused; --dry-run lists them)',
  options: {
    db: { type: 'string' },
    in: { type: 'string' },
    'dry-run': { type: 'boolean' },
    json: { type: 'boolean' },
    theirs: { type: 'boolean' },
    'apply-deletions': { type: 'boolean' },
    'update-contacts': { type: 'boolean' },
  },
  run(values, io) {
    const input = requireOption(values.in, 'in', 'FILE.delegation');
    const dryRun = Boolean(values['dry-run']);
    // The whole file is read (with its size checked first) before the database is opened.
    const content = readTripFileOrFail(input);
    // Importing onto a new machine creates the database; a dry run never creates anything.
    const created = !dryRun && typeof values.db === 'string' && !fs.existsSync(values.db);
    const core = openCliCore(values.db, { create: !dryRun });
    try {
      const options = {
        content,
        theirs: Boolean(values.theirs),
        applyDeletions: Boolean(values['apply-deletions']),
        updateContacts: Boolean(values['update-contacts']),
      };
      if (!dryRun && !options.updateContacts) refuseSharedContactChanges(expectOk(core.dispatch('sharing:previewImport', options)));
      const result = expectOk(core.dispatch(dryRun ? 'sharing:previewImport' : 'sharing:applyImport', options)) as
        | ImportPreview
        | ImportResult;
      if (values.json) io.out(JSON.stringify(result, null, 2) + '\n');
      else report(io, result, { dryRun, created, db: String(values.db) });
      return 0;
    } finally {
      core.close();
    }
  },
};

/** A change to an address-book entry that other trips use is never made without being asked for. */
function refuseSharedContactChanges(preview: ImportPreview): void {
  const held = preview.changes.filter((c) => c.usedByOtherTrips && !c.willApply);
  if (held.length === 0) return;
  const names = held.map((c) => `${c.label} (also in ${c.usedByOtherTrips!.map((t) => `“${t}”`).join(', ')})`);
  const shown = names.length > 3 ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more` : names.join(', ');
  throw new CliError(
    `The file changes ${held.length} address-book ${held.length === 1 ? 'entry' : 'entries'} that other trips here use: ${shown}. Nothing was imported; check with --dry-run, then run again with --update-contacts to accept.`,
  );
}

const SYMBOL: Record<ImportChange['action'], string> = {
  add: '+',
  update: '~',
  conflict: '!',
  remove: '-',
  match: '=',
  keep_local: '·',
  stays_deleted: 'x',
  local_only: '·',
  unchanged: ' ',
};

const TYPE_NAME: Record<ImportChange['type'], string> = {
  trip: 'trip',
  member: 'member',
  member_group: 'group',
  item: 'item',
  meeting: 'meeting',
  contact: 'contact',
  organisation: 'organisation',
};

function report(io: CliIo, p: ImportPreview, context: { dryRun: boolean; created: boolean; db: string }): void {
  const lines: string[] = [];
  if (context.created) lines.push(`Created the database ${context.db}`);
  lines.push(`Trip file: “${p.trip.title}” (${p.trip.startDate} – ${p.trip.endDate}), exported ${p.file.exportedAt.replace('T', ' ').slice(0, 16)} UTC`);
  lines.push(
    p.mode === 'new'
      ? p.restoresDeletedTrip
        ? 'This trip was deleted here: importing brings it back.'
        : 'A new trip in this database.'
      : 'Merging into the same trip in this database (matched by its id).',
  );
  for (const [type, counts] of Object.entries(p.summary)) {
    const parts = Object.entries(counts ?? {}).map(([action, n]) => `${n} ${action.replace('_', ' ')}`);
    lines.push(`  ${(TYPE_NAME[type as ImportChange['type']] + 's').padEnd(14)} ${parts.join(', ')}`);
  }
  // A new trip is all additions (the counts say it); a merge lists every change.
  const shown = p.changes.filter((c) => c.action !== 'local_only' && c.action !== 'keep_local' && !(p.mode === 'new' && c.action === 'add'));
  if (shown.length) {
    lines.push('', 'Changes:');
    for (const c of shown) {
      const fields = c.fields?.length ? ` [${c.fields.join(', ')}]` : '';
      lines.push(`  ${SYMBOL[c.action]} ${TYPE_NAME[c.type].padEnd(12)} ${c.label}${fields}: ${c.reason}`);
    }
  }
  if (p.warnings.length) lines.push('', 'Warnings:', ...p.warnings.map((w) => `  ${w}`));
  lines.push('');
  const keptOurs = p.changes.filter((c) => c.action === 'conflict' && c.outcome === 'ours').length;
  if (keptOurs) lines.push(`${keptOurs} conflict(s) keep the version here; run again with --theirs to take the file’s.`);
  if (p.pendingContactUpdates) {
    lines.push(`${p.pendingContactUpdates} change(s) to address-book entries other trips use wait for your confirmation: run again with --update-contacts.`);
  }
  if (p.pendingDeletions) lines.push(`${p.pendingDeletions} deletion(s) in the file wait for your confirmation: run again with --apply-deletions.`);
  if (context.dryRun) lines.push('Dry run: nothing was changed.');
  else lines.push(p.upToDate ? 'Nothing to change: this database is up to date with the file.' : `Imported “${p.trip.title}”.`);
  io.out(lines.join('\n') + '\n');
}
