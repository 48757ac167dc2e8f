import type Database from 'better-sqlite3';
import type { ExportedFile } from '../../../shared/sharing/types';
import { getMember } from '../../services/members';
import { ServiceError } from '../../services/errors';
import { getWorkspace } from '../../services/workspace';
import { safeFileName } from '../file-names';
import { buildCalendar } from './calendar';
import type { AppLanguage } from '../../../shared/domain/language';

export { attends, buildCalendar, PRODID, UID_DOMAIN } from './calendar';

/** The calendar of a trip, or of one member's items, as a file to save. */
export function calendarFile(
  db: Database.Database,
  input: { tripId: string; memberId?: string; lang?: AppLanguage },
  now = new Date(),
): ExportedFile {
  const ws = getWorkspace(db, input.tripId);
  const member = input.memberId ? getMember(db, input.memberId) : undefined;
  if (member && member.tripId !== ws.trip.id) throw new ServiceError('conflict', `${member.name} is not a member of this trip`);
  const name = member ? `${ws.trip.title} – ${member.name}` : ws.trip.title;
  return {
    fileName: safeFileName(name, '.ics', 'calendar'),
    mediaType: 'text/calendar; charset=utf-8',
    content: buildCalendar(ws, { member, lang: input.lang, now }),
  };
}
