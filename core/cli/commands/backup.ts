import type { Command } from '../command';
import { openCliCore } from '../open';
import { kilobytes } from './export';

export const backupCommand: Command = {
  name: 'backup',
  summary: 'Save a backup of the database now (SQLite online backup; kept in <folder of the database>/backups)',
  usage:
    'backup --db FILE [--out FILE]\n\n' +
    '  --out FILE  write the backup there instead of the backups folder (the file must not exist)',
  options: { db: { type: 'string' }, out: { type: 'string' } },
  run(values, io) {
    const core = openCliCore(values.db);
    try {
      const out = typeof values.out === 'string' && values.out !== '' ? values.out : undefined;
      const backup = core.maintenance.backup(out ? { out } : {});
      io.out(`Saved a backup of ${core.dbPath} (data version ${backup.schemaVersion}, ${kilobytes(backup.bytes)}) to ${backup.path}\n`);
      return 0;
    } finally {
      core.close();
    }
  },
};
