import type { Paper } from '../../shared/documents/options';

/**
 * How a programme is put on paper, in ONE object that both print engines read: Chromium through
 * Playwright (CLI, tests) and Electron's webContents.printToPDF (the app). Lengths in inches,
 * because Electron's API takes inches; Playwright gets the same numbers with an "in" unit.
 */
export interface PageSettings {
  paper: Paper;
  widthInches: number;
  heightInches: number;
  marginInches: { top: number; right: number; bottom: number; left: number };
  /** Running header (trip title) and footer ("Sida 1 av 4"): Chromium header/footer templates; none on sheets. */
  displayHeaderFooter: boolean;
  headerTemplate: string;
  footerTemplate: string;
  printBackground: true;
  /** Tagged (accessible) PDF; the outline is built from the h1/h2 headings (one per day). */
  tagged: true;
  outline: true;
  /** The page size comes from here, never from a CSS @page rule. */
  preferCSSPageSize: false;
}

const MM = 1 / 25.4;
export const PAPER_SIZES: Record<Paper, { widthInches: number; heightInches: number }> = {
  a4: { widthInches: 210 * MM, heightInches: 297 * MM },
  letter: { widthInches: 8.5, heightInches: 11 },
};
/** Side margins in mm; the templates pad themselves by the same amount to line up with the text. */
export const SIDE_MARGIN_MM = 18;
const MARGINS_MM = { top: 20, right: SIDE_MARGIN_MM, bottom: 18, left: SIDE_MARGIN_MM };

export function pageSettings(paper: Paper, headerTemplate: string, footerTemplate: string, landscape = false): PageSettings {
  const { widthInches, heightInches } = PAPER_SIZES[paper];
  return {
    paper,
    widthInches: landscape ? heightInches : widthInches,
    heightInches: landscape ? widthInches : heightInches,
    marginInches: {
      top: MARGINS_MM.top * MM,
      right: MARGINS_MM.right * MM,
      bottom: MARGINS_MM.bottom * MM,
      left: MARGINS_MM.left * MM,
    },
    displayHeaderFooter: true,
    headerTemplate,
    footerTemplate,
    printBackground: true,
    tagged: true,
    outline: true,
    preferCSSPageSize: false,
  };
}

/**
 * Badges and place cards: no margins (the sheet places every badge itself, to the millimetre),
 * no running header or footer (they would print across the badges).
 */
export function sheetPageSettings(paper: Paper): PageSettings {
  return {
    ...pageSettings(paper, '', ''),
    marginInches: { top: 0, right: 0, bottom: 0, left: 0 },
    displayHeaderFooter: false,
  };
}

const inches = (n: number) => `${n.toFixed(4)}in`;

/** Options for Playwright's page.pdf(). */
export function toPlaywrightPdfOptions(s: PageSettings) {
  return {
    width: inches(s.widthInches),
    height: inches(s.heightInches),
    margin: {
      top: inches(s.marginInches.top),
      right: inches(s.marginInches.right),
      bottom: inches(s.marginInches.bottom),
      left: inches(s.marginInches.left),
    },
    displayHeaderFooter: s.displayHeaderFooter,
    headerTemplate: s.headerTemplate,
    footerTemplate: s.footerTemplate,
    printBackground: s.printBackground,
    tagged: s.tagged,
    outline: s.outline,
    preferCSSPageSize: s.preferCSSPageSize,
  };
}

/**
 * Options for Electron's webContents.printToPDF() (structurally typed: core never imports
 * electron). Same paper, margins, templates, tagging and outline as toPlaywrightPdfOptions.
 */
export function toElectronPrintToPdfOptions(s: PageSettings) {
  return {
    pageSize: { width: s.widthInches, height: s.heightInches },
    margins: { ...s.marginInches },
    displayHeaderFooter: s.displayHeaderFooter,
    headerTemplate: s.headerTemplate,
    footerTemplate: s.footerTemplate,
    printBackground: s.printBackground,
    generateTaggedPDF: s.tagged,
    generateDocumentOutline: s.outline,
    preferCSSPageSize: s.preferCSSPageSize,
  };
}
