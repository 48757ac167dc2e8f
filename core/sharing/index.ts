/**
 * Sharing a trip beyond the app: the `.delegation` trip file (export, validate, preview and
 * merge-import), calendar files (ICS), lists for Excel (CSV) and contacts (vCard).
 * Every function takes the database handle first and is called by the API handlers and the CLI.
 */
export { applyImport, buildTripFile, exportTrip, previewImport, readTripFile, serialiseTripFile } from './trip-file';
export { TRIP_FILE_EXTENSION, TRIP_FILE_FORMAT, TRIP_FILE_VERSION, type TripFile } from './trip-file';
export { attends, buildCalendar, calendarFile } from './ics';
export { csvFile } from './csv';
export { vcardFiles, vcardText } from './vcard';
export { safeFileName, uniqueFileNames } from './file-names';
export { assertWritable, FileAccessError, readTripFileText, writeTextFile } from './files';
