import type Database from 'better-sqlite3';
import type { ParsedInput } from '../../shared/api/contract';
import { budgetLabels } from '../../shared/budget/labels';
import { formatAmount, toSekMinor } from '../../shared/money/money';
import type { ExportedFile } from '../../shared/sharing/types';
import { listCostLines, listFundingSources } from '../services/budget';
import { tripPerDiem } from '../services/per-diem';
import { getWorkspace } from '../services/workspace';
import { csvContent } from './csv';
import { safeFileName } from './file-names';

/**
 * Cost lines in the shape a finance system imports: one row per line, ISO dates (YYYY-MM-DD),
 * amounts without thousands separators with a decimal comma in Swedish and a point in English,
 * the currency code beside each amount and the SEK amount at the line's rate. Through the
 * members/contacts CSV writer (csv.ts), so descriptions that start like a formula stay text.
 */
export function budgetCsv(db: Database.Database, { tripId, lang, separator }: ParsedInput<'budget:csv'>): ExportedFile {
  const ws = getWorkspace(db, tripId);
  const sources = new Map(listFundingSources(db, tripId).map((s) => [s.id, s]));
  const members = new Map(ws.members.map((m) => [m.id, m.name]));
  const items = new Map(ws.items.map((i) => [i.id, i.title]));
  const l = budgetLabels[lang];
  const sv = lang === 'sv';
  const amount = (minor: number | null, currency: string) => (minor === null ? '' : formatAmount(minor, currency, lang, { grouping: false }));
  const fields = sv
    ? ['Datum', 'Kategori', 'Beskrivning', 'Planerat', 'Utfall', 'Valuta', 'Kurs till SEK', 'Planerat SEK', 'Utfall SEK', 'Betalas av', 'Finansiering', 'Referens', 'Deltagare', 'Programpunkt']
    : ['Date', 'Category', 'Description', 'Planned', 'Actual', 'Currency', 'Rate to SEK', 'Planned SEK', 'Actual SEK', 'Paid by', 'Funding source', 'Reference', 'Member', 'Programme item'];
  const data = listCostLines(db, tripId).map((line) => {
    const source = line.fundingSourceId ? sources.get(line.fundingSourceId) : undefined;
    return [
      line.date ?? '',
      l.categories[line.category],
      line.description,
      amount(line.plannedMinor, line.currency),
      amount(line.actualMinor, line.currency),
      line.currency,
      sv ? line.rateToSek.replace('.', ',') : line.rateToSek,
      amount(toSekMinor(line.plannedMinor, line.currency, line.rateToSek), 'SEK'),
      line.actualMinor === null ? '' : amount(toSekMinor(line.actualMinor, line.currency, line.rateToSek), 'SEK'),
      l.payers[line.payer],
      source?.name ?? '',
      source?.reference ?? '',
      line.memberId ? (members.get(line.memberId) ?? '') : '',
      line.itemId ? (items.get(line.itemId) ?? '') : '',
    ];
  });
  const what = sv ? 'budget' : 'budget';
  return { fileName: safeFileName(`${ws.trip.title} – ${what}`, '.csv', what), mediaType: 'text/csv; charset=utf-8', content: csvContent({ fields, data }, separator ?? (sv ? ';' : ',')) };
}

/** The per-diem sheets as CSV: one row per member and day, with the basis of each amount. */
export function perDiemCsv(db: Database.Database, { tripId, memberId, lang, separator }: ParsedInput<'perDiem:csv'>): ExportedFile {
  const report = tripPerDiem(db, tripId, memberId);
  const title = getWorkspace(db, tripId).trip.title;
  const sv = lang === 'sv';
  const amount = (minor: number | null) => (minor === null ? '' : formatAmount(minor, 'SEK', lang, { grouping: false }));
  const fields = sv
    ? ['Deltagare', 'Datum', 'Land', 'Minuter per land 06–24', 'Hel/halv dag', 'Frukost', 'Lunch', 'Middag', 'Reducering %', 'Normalbelopp SEK', 'Belopp SEK', 'Anmärkning']
    : ['Member', 'Date', 'Country', 'Minutes per country 06–24', 'Whole/half day', 'Breakfast', 'Lunch', 'Dinner', 'Reduction %', 'Normal amount SEK', 'Amount SEK', 'Note'];
  const yes = sv ? 'ja' : 'yes';
  const data = report.members.flatMap((m) =>
    m.days.map((d) => [
      m.name,
      d.date,
      d.country ?? '',
      Object.entries(d.minutes).map(([c, n]) => `${c} ${n}`).join(', '),
      d.whole ? (sv ? 'hel' : 'whole') : sv ? 'halv' : 'half',
      d.meals.breakfast ? yes : '',
      d.meals.lunch ? yes : '',
      d.meals.dinner ? yes : '',
      String(d.reductionPercent),
      amount(d.rateSek),
      amount(d.amountSek),
      d.problem === 'no_rate'
        ? sv ? `Inget normalbelopp för ${d.country} ${d.date.slice(0, 4)}` : `No normal amount for ${d.country} ${d.date.slice(0, 4)}`
        : d.problem === 'unknown_country'
          ? sv ? `Okänt land för ${d.unknownPlace || 'platsen'}` : `Country unknown for ${d.unknownPlace || 'the place'}`
          : '',
    ]),
  );
  const what = sv ? 'traktamente' : 'per diem';
  return { fileName: safeFileName(`${title} – ${what}`, '.csv', what), mediaType: 'text/csv; charset=utf-8', content: csvContent({ fields, data }, separator ?? (sv ? ';' : ',')) };
}
