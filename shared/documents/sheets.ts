import type { Paper } from './options';

/**
 * Geometry of the sheets to cut or fold (badges, place cards), in millimetres, and how large a
 * text may be set to fit its box. Pages print without margins, so these positions are the
 * paper's own; tests measure the PDF against the same numbers.
 */
export const PAPER_MM: Record<Paper, { width: number; height: number }> = {
  a4: { width: 210, height: 297 },
  letter: { width: 215.9, height: 279.4 },
};

/** A standard name badge (the common 90×55 mm badge holder insert). */
export const BADGE_MM = { width: 90, height: 55 } as const;
/** Room kept around the badge grid for the crop marks. */
const CROP_MARGIN_MM = 8;
/** Crop marks start this far from the cut so no mark shows on a badge cut a little off. */
export const CROP_GAP_MM = 1.5;
export const CROP_LENGTH_MM = 5;

export interface BadgeGrid {
  columns: number;
  rows: number;
  /** Top-left corner of the grid on the page. */
  left: number;
  top: number;
}

/** As many badges as fit with room for the crop marks, centred: 2 × 5 on A4, 2 × 4 on Letter. */
export function badgeGrid(paper: Paper): BadgeGrid {
  const { width, height } = PAPER_MM[paper];
  const columns = Math.floor((width - 2 * CROP_MARGIN_MM) / BADGE_MM.width);
  const rows = Math.floor((height - 2 * CROP_MARGIN_MM) / BADGE_MM.height);
  return { columns, rows, left: (width - columns * BADGE_MM.width) / 2, top: (height - rows * BADGE_MM.height) / 2 };
}

/** The badge cell of the k-th badge on its page (0-based). */
export function badgeCell(grid: BadgeGrid, k: number): { left: number; top: number; width: number; height: number } {
  const column = k % grid.columns;
  const row = Math.floor(k / grid.columns) % grid.rows;
  return { left: grid.left + column * BADGE_MM.width, top: grid.top + row * BADGE_MM.height, ...BADGE_MM };
}

/**
 * Place cards: two per sheet, each half of the paper, folded along its middle into a tent. Each
 * face is a quarter of the paper's height; the back face (the upper one) prints upside down so
 * it reads the right way up once folded.
 */
export function placeCardFace(paper: Paper): { width: number; height: number } {
  const { width, height } = PAPER_MM[paper];
  return { width, height: height / 4 };
}

/** Chunks of a list: the people on each sheet. */
export function perSheet<T>(list: readonly T[], size: number): T[][] {
  const sheets: T[][] = [];
  for (let i = 0; i < list.length; i += size) sheets.push(list.slice(i, i + size));
  return sheets;
}

const MM_PER_PT = 25.4 / 72;
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

/**
 * The width of `text` in em, a little wider than Noto Sans / Noto Sans SC set it: Han characters
 * are one em, Latin letters between a third and nine tenths. Erring wide means a text is set a
 * little smaller than it could be, never that it runs out of its box.
 */
export function textWidthEm(text: string): number {
  let em = 0;
  for (const ch of text) {
    if (WIDE.test(ch)) em += 1;
    else if (/[MWÅÄÖ@%&mw]/.test(ch)) em += 0.95;
    else if (/[A-Z]/.test(ch)) em += 0.75;
    else if (/[ .,:;'!|()[\]iljtf\-–]/.test(ch)) em += 0.36;
    else em += 0.62;
  }
  return em;
}

/**
 * The largest font size (pt, at most `maxPt`) at which `text` fits in `lines` lines of `widthMm`.
 * Wrapped text loses part of each line at word ends, hence the slack. Below `minPt` the text
 * would be unreadable: it is set at `minPt` and the caller gives it room for more lines.
 */
export function fittedFontSize(text: string, { widthMm, maxPt, minPt, lines = 1 }: { widthMm: number; maxPt: number; minPt: number; lines?: number }): number {
  const em = textWidthEm(text);
  if (em === 0) return maxPt;
  const usable = widthMm * (lines === 1 ? 1 : lines * 0.8);
  const size = usable / (em * MM_PER_PT);
  return Math.max(minPt, Math.min(maxPt, Math.floor(size * 4) / 4));
}
