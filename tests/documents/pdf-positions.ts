import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** One run of text where pdf.js places it, in millimetres from the page's top-left corner. */
export interface PlacedText {
  page: number;
  str: string;
  /** The box the run's glyphs take (baseline to ascent), whatever way the text is turned. */
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** pdf.js's text matrix [a, b, c, d, e, f]: a < 0 and d < 0 is text turned 180°. */
  transform: number[];
}

export interface PlacedPdf {
  /** Page size in mm (the viewport at scale 1 is in points). */
  pageMm: { width: number; height: number };
  texts: PlacedText[];
}

const MM = 25.4 / 72;

/** Every text run of every page with its position, read back with pdf.js. */
export async function readTextPositions(data: Uint8Array): Promise<PlacedPdf> {
  const doc = await getDocument({ data: new Uint8Array(data), useSystemFonts: false, disableFontFace: true, isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const texts: PlacedText[] = [];
    let pageMm = { width: 0, height: 0 };
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      if (n === 1) pageMm = { width: viewport.width * MM, height: viewport.height * MM };
      const content = await page.getTextContent();
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const [a, , , d, e, f] = item.transform as number[];
        const x = e!;
        const baseline = viewport.height - f!;
        const size = Math.abs(d!);
        // Upright text runs right and up from its origin; text turned 180° runs left and down.
        const turned = a! < 0 && d! < 0;
        const [left, right] = turned ? [x - item.width, x] : [x, x + item.width];
        const [top, bottom] = turned ? [baseline, baseline + size] : [baseline - size, baseline];
        texts.push({ page: n, str: item.str, left: left * MM, right: right * MM, top: top * MM, bottom: bottom * MM, transform: item.transform as number[] });
      }
    }
    return { pageMm, texts };
  } finally {
    await doc.destroy();
  }
}
