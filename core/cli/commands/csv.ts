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
  summary: 'Members or contacts of a trip as CSV for Excel (UTF-8 with BOM; ";" for Swedish Excel by default)',
  usage:
    "csv --db FILE --trip TRIP --what members|contacts --out FILE.csv [--separator ';'|','] [--lang sv|en] [--include-passports]",
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
    if (what !== 'members' && what !== 'contacts') {
      throw new CliError(`${what === undefined ? 'Missing --what' : `Unknown --what ${String(what)}`}: use members or contacts`);
    }
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
      const rows = Papa.parse(file.content.replace(/^\uFEFF/, ''), { delimiter: separator, skipEmptyLines: true }).data.length - 1;
      io.out(`Wrote ${rows} ${what} of “${trip.title}” to ${out}\n`);
      return 0;
    } finally {
      core.close();
    }
  },
};
