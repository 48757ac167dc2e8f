/**
 * Sharing a trip beyond the app, in the UI: the trip file (export; import with a preview of what
 * changes), calendars, lists; saving files (save dialog in the app, download in the browser) and
 * opening them (file chooser, drag and drop, files the OS opens with the app).
 */
export { SharingHost } from './SharingHost';
export { ImportTripButton } from './ImportTripButton';
export { ShareSection } from './ShareSection';
export { saveFile, saveFiles, base64ToBytes, type SaveResult } from './files';
export { useSaveFeedback } from './useSaveFeedback';
