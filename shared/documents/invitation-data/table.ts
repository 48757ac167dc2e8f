import { formatLongDate } from '../format';
import type { DocumentLanguage } from '../options';
import { invitationDataLabels } from './labels';
import type { InvitationDataRow, PlannedStay } from './model';

/** "Jinan 2017-10-28 – 2017-11-01; Shenyang 2017-11-01 – 2017-11-03": ISO dates, as visa forms want. */
export function staysText(stays: readonly PlannedStay[]): string {
  return stays.map((s) => (s.from === s.to ? `${s.city} ${s.from}` : `${s.city} ${s.from} – ${s.to}`)).join('; ');
}

/**
 * The pack as a plain table (header and rows of text): the CSV writes it as it is. Dates stay
 * ISO (YYYY-MM-DD) there: a host's clerk or script copies them into forms, which a long date
 * in Swedish would not fit.
 */
export function invitationDataTable(rows: readonly InvitationDataRow[], lang: DocumentLanguage): { fields: string[]; data: string[][] } {
  const t = invitationDataLabels[lang];
  const c = t.columns;
  const columns: [string, (r: InvitationDataRow, index: number) => string][] = [
    [c.number, (_r, i) => String(i + 1)],
    [c.name, (r) => r.name],
    [c.nativeName, (r) => r.nativeName],
    [c.sex, (r) => (r.sex ? t.sex[r.sex] : '')],
    [c.dateOfBirth, (r) => r.dateOfBirth ?? ''],
    [c.nationality, (r) => r.nationality],
    [c.passportNumber, (r) => r.passportNumber],
    [c.passportExpiry, (r) => r.passportExpiry ?? ''],
    [c.title, (r) => r.title],
    [c.organisation, (r) => r.organisation],
    [c.stays, (r) => staysText(r.stays)],
  ];
  return { fields: columns.map(([h]) => h), data: rows.map((r, i) => columns.map(([, get]) => get(r, i))) };
}

/** A date of the printed pack: "2 april 1961" (a missing one is marked, not left blank). */
export const printedDate = (date: string | null, lang: DocumentLanguage) => (date ? formatLongDate(date, lang) : null);
