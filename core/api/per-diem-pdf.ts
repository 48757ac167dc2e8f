import type Database from 'better-sqlite3';
import type { ParsedInput, PrintedPdf } from '../../shared/api/contract';
import { countPdfPages, safeFileName } from '../documents/export';
import { renderPerDiemDocument } from '../documents/per-diem';
import { ServiceError } from '../services/errors';
import { tripPerDiem } from '../services/per-diem';
import { getSettings } from '../services/settings';
import { getTrip } from '../services/trips';
import { afterTransaction, type Deferred } from './deferred';

/** 'perDiem:pdf': the per-diem sheet, read in the transaction and printed after it (like documents:pdf). */
export function perDiemPdf(db: Database.Database, { tripId, memberId, lang }: ParsedInput<'perDiem:pdf'>): Deferred<PrintedPdf> {
  const trip = getTrip(db, tripId);
  const report = tripPerDiem(db, tripId, memberId);
  const { html, page, title } = renderPerDiemDocument(report, trip.title, lang, getSettings(db).paper);
  const member = memberId ? report.members[0]?.name : undefined;
  const fileName = `${safeFileName(member ? `${title} – ${member}` : title)}.pdf`;
  return afterTransaction(async ({ printPdf }) => {
    if (!printPdf) throw new ServiceError('internal', 'PDF printing is not available in this program (it was started without a printer)');
    const pdf = await printPdf(html, page);
    return { fileName, title, pages: countPdfPages(pdf), base64: Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('base64') };
  });
}
