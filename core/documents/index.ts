/**
 * Programme documents: data → HTML (React, shared/documents) → PDF. Electron prints the same
 * HTML with toElectronPrintToPdfOptions(page) after running WAIT_FOR_FONTS_SCRIPT.
 */
export { renderProgrammeDocument, DOCUMENT_CSP, type RenderedDocument, type RenderOptions } from './html';
export { pageSettings, toElectronPrintToPdfOptions, toPlaywrightPdfOptions, PAPER_SIZES, type PageSettings } from './page-settings';
export { launchPdfPrinter, findChromium, WAIT_FOR_FONTS_SCRIPT, PrinterUnavailableError, type PdfPrinter } from './printer';
export {
  exportProgrammePdf,
  exportMemberProgrammes,
  memberFileNames,
  safeFileName,
  assertWritableFile,
  assertWritableDir,
  countPdfPages,
  OutputPathError,
  type PrintedDocument,
  type BatchProgress,
} from './export';
