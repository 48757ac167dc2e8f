import fs from 'node:fs';
import type { PerDiemReport } from '../../../shared/per-diem';
import { parseRatesCsv } from '../../../shared/per-diem/rates-csv';
import { formatAmount } from '../../../shared/money/money';
import { CliError } from '../cli-error';
import type { Command } from '../command';
import { expectOk, openCliCore } from '../open';
import { resolveMember, resolveTrip } from '../resolve';
import { languageOf } from './ics';
import type { AppLanguage } from '../../../shared/domain/language';

/**
 * `per-diem`: each travelling member's per diem, day by day, from the programme and the normal
 * amounts in RATES.csv (`country,year,amount_sek,source`). Reads the database only: the rates
 * file is used for this run, not stored (Settings keeps the app's own table).
 */
export const perDiemCommand: Command = {
  name: 'per-diem',
  summary: 'Per diem (traktamente) per member and day from the programme, with the normal amounts from a CSV',
  usage: 'per-diem --db FILE --trip TRIP --rates RATES.csv [--member MEMBER] [--json] [--lang sv|en]\n\nRATES.csv: country,year,amount_sek,source (ISO 3166 two-letter country codes)',
  options: {
    db: { type: 'string' },
    trip: { type: 'string' },
    rates: { type: 'string' },
    member: { type: 'string' },
    json: { type: 'boolean' },
    lang: { type: 'string' },
  },
  run(values, io) {
    const lang = languageOf(values.lang);
    if (typeof values.rates !== 'string' || values.rates === '') throw new CliError('Missing --rates RATES.csv (country,year,amount_sek,source)');
    let text: string;
    try {
      text = fs.readFileSync(values.rates, 'utf8');
    } catch {
      throw new CliError(`Cannot read the rates file ${values.rates}`);
    }
    const parsed = parseRatesCsv(text);
    if (!parsed.ok) throw new CliError(`${values.rates}: ${parsed.message}`);
    const core = openCliCore(values.db);
    try {
      const trip = resolveTrip(core, values.trip);
      const member = values.member === undefined ? undefined : resolveMember(core, trip.id, values.member);
      const report = expectOk(core.dispatch('perDiem:sheet', { tripId: trip.id, memberId: member?.id, rates: parsed.rates })) as PerDiemReport;
      io.out(values.json ? JSON.stringify(report, null, 2) + '\n' : sheetText(trip.title, report, lang));
      return 0;
    } finally {
      core.close();
    }
  },
};

function sheetText(title: string, report: PerDiemReport, lang: AppLanguage): string {
  const sv = lang === 'sv';
  const sek = (minor: number | null) => (minor === null ? '–' : formatAmount(minor, 'SEK', lang).replace(/\u00a0/g, ' '));
  let text = `${title}\n`;
  if (report.members.length === 0) return text + (sv ? 'Ingen deltagare reser utomlands på den här resan.\n' : 'No member travels abroad on this trip.\n');
  for (const m of report.members) {
    text += `\n${m.name}: ${sek(m.totalSek)} SEK${m.incompleteDays ? (sv ? ` (${m.incompleteDays} dagar utan belopp)` : ` (${m.incompleteDays} days without an amount)`) : ''}\n`;
    for (const d of m.days) {
      const meals = [d.meals.breakfast && (sv ? 'frukost' : 'breakfast'), d.meals.lunch && 'lunch', d.meals.dinner && (sv ? 'middag' : 'dinner')].filter(Boolean).join('+');
      const problem =
        d.problem === 'no_rate'
          ? sv ? `inget normalbelopp för ${d.country} ${d.date.slice(0, 4)}` : `no normal amount for ${d.country} ${d.date.slice(0, 4)}`
          : d.problem === 'unknown_country'
            ? sv ? `okänt land för ${d.unknownPlace || 'platsen'}` : `country unknown for ${d.unknownPlace || 'the place'}`
            : '';
      text += `  ${d.date}  ${(d.country ?? '??').padEnd(3)}${(d.whole ? (sv ? 'hel' : 'whole') : sv ? 'halv' : 'half').padEnd(6)}${meals ? `−${d.reductionPercent} % (${meals})` : ''}  ${sek(d.amountSek)}${problem ? `  ${problem}` : ''}\n`;
    }
  }
  return text;
}
