import type Database from 'better-sqlite3';
import Papa from 'papaparse';
import type { ExportedFile } from '../../shared/sharing/types';
import { getWorkspace } from '../services/workspace';
import { safeFileName } from './file-names';
import { sharingLabels } from './labels';
import { buildInvitationData } from '../../shared/documents/invitation-data/model';
import { invitationDataLabels } from '../../shared/documents/invitation-data/labels';
import { invitationDataTable } from '../../shared/documents/invitation-data/table';
import type { AppLanguage } from '../../shared/domain/language';

/**
 * Lists for Excel. Papa Parse's unparse does the quoting (separators, quotes and line breaks
 * inside cells) and escapeFormulae prefixes cells that start with = + - @ tab or CR with an
 * apostrophe, so a name like "=HYPERLINK(…)" or "+46 70…" is shown as text, never run as a
 * formula (CSV injection). The price: Excel shows that apostrophe in such cells.
 * Papa's own pattern (`escapeFormulae: true`, /^[=+\-@\t\r].*$/) misses a cell with a line
 * break after the formula — `.` stops at the break and `$` needs the end — so ours looks only
 * at the first character.
 *
 * Excel reads a CSV as UTF-8 only with a byte-order mark, and splits columns with the list
 * separator of the computer's regional settings: ";" in Sweden (where "," is the decimal comma).
 */
export interface CsvOptions {
  tripId: string;
  what: 'members' | 'contacts' | 'invitation-data';
  separator?: ';' | ',';
  lang?: AppLanguage;
  /** Passport numbers stay out unless asked for (privacy rule). */
  includePassports?: boolean;
}

const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvFile(db: Database.Database, options: CsvOptions): ExportedFile {
  const ws = getWorkspace(db, options.tripId);
  const lang = options.lang ?? 'sv';
  const unparse = (table: { fields: string[]; data: string[][] } | string[][]) =>
    Papa.unparse(table, { delimiter: options.separator ?? ';', newline: '\r\n', escapeFormulae: FORMULA_START, header: true }) + '\r\n';
  if (options.what === 'invitation-data') {
    const t = invitationDataLabels[lang];
    // The personal-data mark is the file's first line (cell A1 in Excel), above the header row.
    const content = BOM + unparse([[`${t.personalData} – ${t.documentKind}: ${ws.trip.title}`]]) + unparse(invitationDataTable(buildInvitationData(ws), lang));
    return { fileName: safeFileName(`${ws.trip.title} – ${t.fileName}`, '.csv', t.fileName), mediaType: 'text/csv; charset=utf-8', content };
  }
  const table = options.what === 'members' ? membersTable(ws, lang, options.includePassports ?? false) : contactsTable(ws, lang);
  const content = csvContent(table, options.separator ?? ';');
  const what = { members: { sv: 'deltagare', en: 'members' }, contacts: { sv: 'kontakter', en: 'contacts' } }[options.what][lang];
  return { fileName: safeFileName(`${ws.trip.title} – ${what}`, '.csv', what), mediaType: 'text/csv; charset=utf-8', content };
}

/** A table as Excel-ready CSV text: BOM, CRLF, quoting and formula neutralisation (see above). */
export function csvContent(table: { fields: string[]; data: string[][] }, separator: ';' | ','): string {
  return BOM + Papa.unparse(table, { delimiter: separator, newline: '\r\n', escapeFormulae: FORMULA_START, header: true }) + '\r\n';
}

type Ws = ReturnType<typeof getWorkspace>;

function membersTable(ws: Ws, lang: AppLanguage, includePassports: boolean): { fields: string[]; data: string[][] } {
  const l = sharingLabels[lang];
  const sv = lang === 'sv';
  type Column = [string, (m: Ws['members'][number]) => string];
  const passport: Column[] = includePassports ? [[sv ? 'Passnummer' : 'Passport number', (m) => m.passportNumber]] : [];
  const columns: Column[] = [
    [sv ? 'Ordning' : 'Order', (m) => String(m.precedence)],
    [sv ? 'Namn' : 'Name', (m) => m.name],
    [sv ? 'Namn i egen skrift' : 'Name in native script', (m) => m.nativeName],
    [sv ? 'Befattning' : 'Title', (m) => m.title],
    [sv ? 'Organisation' : 'Organisation', (m) => m.organisation],
    [sv ? 'Parti' : 'Party', (m) => m.party],
    [sv ? 'Roll' : 'Role', (m) => l.roles[m.role]],
    [sv ? 'E-post' : 'Email', (m) => m.email],
    [sv ? 'Telefon' : 'Phone', (m) => m.phone],
    [sv ? 'Nationalitet' : 'Nationality', (m) => m.nationality],
    ...passport,
    [sv ? 'Passet giltigt till' : 'Passport valid until', (m) => m.passportExpiry ?? ''],
    [sv ? 'Visum' : 'Visa', (m) => l.visa[m.visaStatus]],
    [sv ? 'Visum giltigt till' : 'Visa valid until', (m) => m.visaExpiry ?? ''],
    [sv ? 'Kost' : 'Dietary needs', (m) => m.dietaryNeeds],
    [sv ? 'Tillgänglighet' : 'Accessibility needs', (m) => m.accessibilityNeeds],
  ];
  return { fields: columns.map(([h]) => h), data: ws.members.map((m) => columns.map(([, get]) => get(m))) };
}

function contactsTable(ws: Ws, lang: AppLanguage): { fields: string[]; data: string[][] } {
  const l = sharingLabels[lang];
  const sv = lang === 'sv';
  const organisation = (id: string | null) => ws.organisations.find((o) => o.id === id);
  const columns: [string, (c: Ws['contacts'][number]) => string][] = [
    [sv ? 'Namn' : 'Name', (c) => c.name],
    [sv ? 'Namn i egen skrift' : 'Name in native script', (c) => c.nativeName],
    [sv ? 'Befattning' : 'Title', (c) => c.title],
    [sv ? 'Organisation' : 'Organisation', (c) => organisation(c.organisationId)?.name ?? ''],
    [sv ? 'Organisation i egen skrift' : 'Organisation in native script', (c) => organisation(c.organisationId)?.nativeName ?? ''],
    [sv ? 'Roll' : 'Role', (c) => l.contactRoles[c.role]],
    [sv ? 'Telefon' : 'Phone', (c) => c.phone],
    [sv ? 'E-post' : 'Email', (c) => c.email],
    [sv ? 'Meddelanden' : 'Messaging', (c) => c.messaging],
    [sv ? 'Adress' : 'Address', (c) => c.address],
    [sv ? 'Språk' : 'Languages', (c) => c.languages],
  ];
  return { fields: columns.map(([h]) => h), data: ws.contacts.map((c) => columns.map(([, get]) => get(c))) };
}
