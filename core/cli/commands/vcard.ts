import path from 'node:path';
import { writeTextFile } from '../../sharing';
import { CliError } from '../cli-error';
import type { Command } from '../command';
import { expectOk, openCliCore } from '../open';
import { resolveTrip } from '../resolve';
import { fileStep } from './export';
import { languageOf } from './ics';

export const vcardCommand: Command = {
  name: 'vcard',
  summary: 'Contacts as vCard 3.0 (.vcf): a trip’s contacts, or the whole address book',
  usage:
    'vcard --db FILE [--trip TRIP] --out FILE.vcf [--out-dir DIR] [--lang sv|en]\n\n' +
    '  --out-dir DIR  also one file per contact (Outlook imports only the first contact of a file)',
  options: { db: { type: 'string' }, trip: { type: 'string' }, out: { type: 'string' }, 'out-dir': { type: 'string' }, lang: { type: 'string' } },
  run(values, io) {
    if (typeof values.out !== 'string' && typeof values['out-dir'] !== 'string') throw new CliError('Missing --out FILE.vcf (or --out-dir DIR)');
    const lang = languageOf(values.lang);
    const core = openCliCore(values.db);
    try {
      const trip = values.trip === undefined ? undefined : resolveTrip(core, values.trip);
      const files = expectOk(core.dispatch('sharing:vcard', { tripId: trip?.id, lang }));
      if (typeof values.out === 'string') fileStep(() => writeTextFile(String(values.out), files.combined.content));
      if (typeof values['out-dir'] === 'string') {
        const dir = String(values['out-dir']);
        for (const file of files.perContact) fileStep(() => writeTextFile(path.join(dir, file.fileName), file.content));
      }
      const where = [values.out, values['out-dir']].filter((v) => typeof v === 'string').join(' and ');
      io.out(`Wrote ${files.perContact.length} contacts${trip ? ` of “${trip.title}”` : ' (the whole address book)'} to ${where}\n`);
      return 0;
    } finally {
      core.close();
    }
  },
};
