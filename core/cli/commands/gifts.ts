import type { GiftRegisterEntry } from '../../../shared/domain/gift';
import { formatSek } from '../../../shared/money/kronor';
import type { ExportedFile } from '../../../shared/sharing/types';
import { writeTextFile } from '../../sharing';
import { CliError } from '../cli-error';
import type { Command } from '../command';
import { expectOk, openCliCore } from '../open';
import { resolveTrip } from '../resolve';
import { fileStep, requireOption } from './export';
import { languageOf } from './ics';

export const giftsCommand: Command = {
  name: 'gifts',
  summary: 'The gift register across trips (or one trip): a list, or CSV for Excel with --csv',
  usage: "gifts --db FILE [--trip TRIP] [--year YYYY] [--csv --out FILE.csv [--separator ';'|','] [--lang sv|en]] [--json]",
  options: {
    db: { type: 'string' },
    trip: { type: 'string' },
    year: { type: 'string' },
    csv: { type: 'boolean' },
    out: { type: 'string' },
    separator: { type: 'string' },
    lang: { type: 'string' },
    json: { type: 'boolean' },
  },
  run(values, io) {
    const year = values.year === undefined ? undefined : Number(values.year);
    if (year !== undefined && !(Number.isInteger(year) && year >= 1900 && year <= 2200)) {
      throw new CliError(`--year ${String(values.year)} is not a year (use e.g. 2017)`);
    }
    const separator = values.separator ?? ';';
    if (separator !== ';' && separator !== ',') throw new CliError(`Unknown --separator ${String(separator)}: use ';' or ','`);
    const lang = languageOf(values.lang);
    const out = values.csv ? requireOption(values.out, 'out', 'FILE.csv') : undefined;
    if (!values.csv && values.out !== undefined) throw new CliError('--out needs --csv (the list itself goes to the screen)');
    const core = openCliCore(values.db);
    try {
      const tripId = values.trip === undefined ? undefined : resolveTrip(core, values.trip).id;
      const query = { ...(tripId ? { tripId } : {}), ...(year ? { year } : {}) };
      if (out) {
        const file = expectOk(core.dispatch('gifts:csv', { ...query, lang, separator })) as ExportedFile;
        fileStep(() => writeTextFile(out, file.content));
        const count = (expectOk(core.dispatch('gifts:register', query)) as GiftRegisterEntry[]).length;
        io.out(`Wrote ${count} gifts to ${out}\n`);
        return 0;
      }
      const gifts = expectOk(core.dispatch('gifts:register', query)) as GiftRegisterEntry[];
      if (values.json) {
        io.out(`${JSON.stringify(gifts, null, 2)}\n`);
        return 0;
      }
      if (gifts.length === 0) io.out('No gifts.\n');
      for (const g of gifts) {
        const arrow = g.direction === 'given' ? '→' : '←';
        const whom = g.organisationName ?? g.contactName ?? '?';
        const value = g.valueOre === null ? '' : `  ${formatSek(g.valueOre, lang)}`;
        const flag = g.needsRegistration ? (lang === 'sv' ? '  [ska registreras]' : '  [to be registered]') : '';
        io.out(`${g.date ?? g.tripStartDate}  ${arrow} ${whom}: ${g.description}${value}${flag}  (${g.tripTitle})\n`);
      }
      return 0;
    } finally {
      core.close();
    }
  },
};
