import type Database from 'better-sqlite3';
import type { ParsedInput } from '../../shared/api/contract';
import type { GiftRegisterEntry } from '../../shared/domain/gift';
import { plainSek } from '../../shared/money/kronor';
import type { ExportedFile } from '../../shared/sharing/types';
import { giftRegister } from '../services/gifts';
import { getTrip } from '../services/trips';
import { csvContent } from './csv';
import { safeFileName } from './file-names';

/**
 * The gift register as CSV (one row per gift), through the same writer as the other lists: a
 * description such as "=HYPERLINK(…)" arrives in Excel as text. Values are plain numbers with two
 * decimals (a decimal comma in Swedish) so a spreadsheet can sum them; dates are ISO.
 */
export function giftsCsv(db: Database.Database, input: ParsedInput<'gifts:csv'>): ExportedFile {
  const { lang, separator, ...query } = input;
  const sv = lang === 'sv';
  const gifts = giftRegister(db, query);
  type Column = [string, (g: GiftRegisterEntry) => string];
  const columns: Column[] = [
    [sv ? 'Datum' : 'Date', (g) => g.date ?? ''],
    [sv ? 'Resa' : 'Trip', (g) => g.tripTitle],
    [sv ? 'Riktning' : 'Direction', (g) => (g.direction === 'given' ? (sv ? 'Givet' : 'Given') : sv ? 'Mottaget' : 'Received')],
    [sv ? 'Beskrivning' : 'Description', (g) => g.description],
    [sv ? 'Organisation' : 'Organisation', (g) => g.organisationName ?? ''],
    [sv ? 'Kontakt' : 'Contact', (g) => g.contactName ?? ''],
    [sv ? 'Programpunkt' : 'Programme item', (g) => g.itemTitle ?? ''],
    [sv ? 'Uppskattat värde (SEK)' : 'Estimated value (SEK)', (g) => (g.valueOre === null ? '' : plainSek(g.valueOre, lang))],
    [sv ? 'Förvaras av' : 'Held by', (g) => g.holder],
    [sv ? 'Ska registreras' : 'To be registered', (g) => (g.needsRegistration ? (sv ? 'Ja' : 'Yes') : '')],
    [sv ? 'Anteckningar' : 'Notes', (g) => g.notes],
  ];
  const table = { fields: columns.map(([h]) => h), data: gifts.map((g) => columns.map(([, get]) => get(g))) };
  const what = sv ? 'gåvoregister' : 'gift register';
  const scope = query.tripId ? getTrip(db, query.tripId).title : query.year ? String(query.year) : '';
  return {
    fileName: safeFileName(scope ? `${what} – ${scope}` : what, '.csv', what),
    mediaType: 'text/csv; charset=utf-8',
    content: csvContent(table, separator),
  };
}
