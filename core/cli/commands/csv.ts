import Papa from 'papaparse';
import { writeTextFile } from '../../sharing';
import { CliError } from '../cli-error';
import type { Command } from '../command';
import { expectOk, openCliCore } from '../open';
import { resolveTrip } from '../resolve';
import { fileStep, requireOption } from './export';
import { languageOf } from './ics';

export const csvCommand: Command = {
  name: 'csv',
  summary: 'Members, contacts or invitation-letter data of a trip as CSV for Excel (UTF-8 with BOM; ";" for Swedish Excel by default)',
  usage:
    "csv --db FILE --trip TRIP --what members|contacts|invitation-data --out FILE.csv [--separator ';'|','] [--lang sv|en] [--include-passports]\n\n" +
    '  --what invitation-data   per traveller what a Chinese invitation letter needs (name as in the passport, sex,\n' +
    '                           date of birth, nationality, passport number and expiry, title, organisation,\n' +
    '                           planned cities and dates). Personal data: the first line says so.',
  options: {
    db: { type: 'string' },
    trip: { type: 'string' },
    what: { type: 'string' },
    out: { type: 'string' },
    separator: { type: 'string' },
    lang: { type: 'string' },
    'include-passports': { type: 'boolean' },
  },
  run(values, io) {
    const what = values.what;
    if (what !== 'members' && what !== 'contacts' && what !== 'invitation-data') {
      throw new CliError(`${what === undefined ? 'Missing --what' : `Unknown --what ${String(what)}`}: use members, contacts or invitation-data`);
    }
    if (what === 'invitation-data' && values['include-passports']) throw new CliError('--include-passports is not needed: invitation-data always has the passport data');
    const separator = values.separator ?? ';';
    if (separator !== ';' && separator !== ',') throw new CliError(`Unknown --separator ${String(separator)}: use ';' or ','`);
    const lang = languageOf(values.lang);
    const out = requireOption(values.out, 'out', 'FILE.csv');
    const core = openCliCore(values.db);
    try {
      const trip = resolveTrip(core, values.trip);
      const file = expectOk(
        core.dispatch('sharing:csv', { tripId: trip.id, what, separator, lang, includePassports: Boolean(values['include-passports']) }),
      );
      fileStep(() => writeTextFile(out, file.content));
      // Records, not lines: a cell may hold line breaks.
      // The invitation data's first line is its personal-data mark, above the header row.
      const rows = Papa.parse(file.content.replace(/^\uFEFF/, ''), { delimiter: separator, skipEmptyLines: true }).data.length - (what === 'invitation-data' ? 2 : 1);
      io.out(`Wrote ${rows} ${what === 'invitation-data' ? 'travellers’ invitation data' : what} of “${trip.title}” to ${out}\n`);
      return 0;
    } finally {
      core.close();
    }
  },
};
