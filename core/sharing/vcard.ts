import type Database from 'better-sqlite3';
import { ICAL } from './ical';
import { cleanTextValues } from './control-characters';
import type { Contact, Organisation } from '../../shared/domain/contact';
import type { VcardExport } from '../../shared/sharing/types';
import { fold } from '../../shared/text/fold';
import { contactTable } from '../services/contacts';
import { organisationTable } from '../services/organisations';
import { getWorkspace } from '../services/workspace';
import { safeFileName, uniqueFileNames } from './file-names';
import { sharingLabels } from './labels';
import type { AppLanguage } from '../../shared/domain/language';

/**
 * Contacts as vCard 3.0 (RFC 2426), written with ical.js's vCard support (escaping, folding).
 *
 * 3.0 rather than 4.0: Outlook for Windows — what most municipal offices use — imports vCard 2.1
 * and 3.0 but not 4.0, while phones and macOS/iOS Contacts read 3.0 as well. Known Outlook limits
 * shaped the details: it imports only the FIRST card of a file (so the CLI can also write one file
 * per contact), drops TEL without a TYPE, and ignores UID. Text is UTF-8 without a byte-order mark
 * (a BOM makes iCloud refuse the file).
 */
export function vcardText(contacts: readonly Contact[], organisations: readonly Organisation[], lang: AppLanguage = 'sv'): string {
  return contacts.map((c) => card(c, organisations, lang)).join('');
}

/** All contacts in one file (phones, macOS, Thunderbird) and one file per contact, named by the contact (Outlook). */
export function vcardFiles(db: Database.Database, input: { tripId?: string }, lang: AppLanguage = 'sv'): VcardExport {
  const { title, contacts, organisations } = input.tripId ? fromTrip(db, input.tripId) : addressBook(db);
  const names = uniqueFileNames(contacts.map((c) => safeFileName(c.name, '.vcf', 'contact')));
  return {
    combined: { fileName: safeFileName(title, '.vcf', 'contacts'), mediaType: 'text/vcard; charset=utf-8', content: vcardText(contacts, organisations, lang) },
    perContact: contacts.map((c, i) => ({ fileName: names[i]!, mediaType: 'text/vcard; charset=utf-8', content: card(c, organisations, lang) })),
  };
}

function fromTrip(db: Database.Database, tripId: string) {
  const ws = getWorkspace(db, tripId);
  return { title: `${ws.trip.title} – ${sharingLabels.sv.contacts.toLowerCase()}`, contacts: ws.contacts, organisations: ws.organisations };
}

function addressBook(db: Database.Database) {
  const contacts = (db.prepare(`SELECT ${contactTable.columns()} FROM contacts`).all() as Record<string, unknown>[])
    .map(contactTable.fromRow)
    .sort((a, b) => (fold(a.name) < fold(b.name) ? -1 : fold(a.name) > fold(b.name) ? 1 : a.id < b.id ? -1 : 1));
  const organisations = (db.prepare(`SELECT ${organisationTable.columns()} FROM organisations`).all() as Record<string, unknown>[]).map(
    organisationTable.fromRow,
  );
  return { title: 'Delegation Planner – kontakter', contacts, organisations };
}

function card(c: Contact, organisations: readonly Organisation[], lang: AppLanguage): string {
  const vcard = new ICAL.Component('vcard');
  // VERSION first: ical.js then writes with its vCard 3.0 rules.
  vcard.addPropertyWithValue('version', '3.0');
  vcard.addPropertyWithValue('fn', c.nativeName ? `${c.name} (${c.nativeName})` : c.name);
  // One name field only: which part is the family name depends on the culture (Wang Wei vs Anna
  // Andersson), so the whole name goes in the family-name slot rather than a wrong guess.
  structured(vcard, 'n', [c.name, '', '', '', '']);
  const org = organisations.find((o) => o.id === c.organisationId);
  if (org) structured(vcard, 'org', [org.nativeName ? `${org.name} (${org.nativeName})` : org.name]);
  if (c.title) vcard.addPropertyWithValue('title', c.title);
  vcard.addPropertyWithValue('role', sharingLabels[lang].contactRoles[c.role]);
  if (c.phone) typed(vcard, 'tel', c.phone, ['WORK', 'VOICE']);
  if (c.email) typed(vcard, 'email', c.email, ['INTERNET', 'WORK']);
  if (c.address) {
    const adr = new ICAL.Property('adr');
    adr.setParameter('type', 'WORK');
    adr.setValue(['', '', c.address, '', '', '', org?.country ?? '']);
    vcard.addProperty(adr);
  }
  // The contact's notes are the organisers' and stay in the app.
  const note = [c.messaging, c.languages ? `${lang === 'sv' ? 'Språk' : 'Languages'}: ${c.languages}` : '']
    .filter((s) => s.trim())
    .join('\n');
  if (note) vcard.addPropertyWithValue('note', note);
  vcard.addPropertyWithValue('uid', `urn:uuid:${c.id}`);
  // ical.js takes values in their jCal form (2017-10-28T09:30:00Z) and writes 20171028T093000Z.
  vcard.addPropertyWithValue('rev', c.updatedAt.replace(/\.\d+Z$/, 'Z'));
  return cleanTextValues(vcard).toString() + '\r\n';
}

function structured(vcard: ICAL.Component, name: string, parts: string[]): void {
  const property = new ICAL.Property(name);
  property.setValue(parts as unknown as string);
  vcard.addProperty(property);
}

function typed(vcard: ICAL.Component, name: string, value: string, types: string[]): void {
  const property = new ICAL.Property(name);
  property.setParameter('type', types);
  property.setValue(value);
  vcard.addProperty(property);
}
