import type { ApiCall, FileToSave } from '../../../../shared/api/client';
import type { ApiResult } from '../../../../shared/api/result';
import type { ExportedFile } from '../../../../shared/sharing/types';
import { callSafely } from '../../api/mutation';
import type { AppLanguage } from '../../../../shared/domain/language';

/**
 * The sharing exports: each asks the core for the file(s) and hands them over as FileToSave, for
 * saveFile / saveFiles. The only place in the renderer that names these operations.
 */

const toSave = (file: ExportedFile): FileToSave => ({ fileName: file.fileName, data: file.content, mediaType: file.mediaType });
const mapOk = <T, U>(result: ApiResult<T>, map: (value: T) => U): ApiResult<U> => (result.ok ? { ok: true, value: map(result.value) } : result);

export async function tripFile(
  call: ApiCall,
  tripId: string,
  includePassports: boolean,
  includeAttachments = false,
): Promise<ApiResult<FileToSave>> {
  return mapOk(await callSafely(call, 'sharing:exportTrip', { tripId, includePassports, includeAttachments }), toSave);
}

export async function calendarFile(call: ApiCall, tripId: string, lang: AppLanguage, memberId?: string): Promise<ApiResult<FileToSave>> {
  return mapOk(await callSafely(call, 'sharing:ics', memberId ? { tripId, memberId, lang } : { tripId, lang }), toSave);
}

export interface CsvOptions {
  what: 'members' | 'contacts' | 'invitation-data';
  separator: ';' | ',';
  lang: AppLanguage;
  includePassports: boolean;
}

export async function csvFile(call: ApiCall, tripId: string, options: CsvOptions): Promise<ApiResult<FileToSave>> {
  return mapOk(await callSafely(call, 'sharing:csv', { tripId, ...options }), toSave);
}

/** The trip's contacts as vCard: one combined file, or one file per contact (for Outlook). */
export async function vcardFiles(call: ApiCall, tripId: string, lang: AppLanguage, perContact: boolean): Promise<ApiResult<FileToSave[]>> {
  return mapOk(await callSafely(call, 'sharing:vcard', { tripId, lang }), (value) =>
    perContact ? value.perContact.map(toSave) : [toSave(value.combined)],
  );
}
