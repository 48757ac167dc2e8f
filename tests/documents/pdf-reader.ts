import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** What a test needs to know about a PDF, read back with a real PDF reader (pdf.js). */
export interface ReadPdf {
  pageCount: number;
  /** Width × height of page 1 in points. */
  pageSize: [number, number];
  /** Text of each page, items joined and whitespace collapsed. */
  pages: string[];
  /** Raster images drawn on each page (a logo). */
  images: number[];
  /** Font programs used for text on any page. */
  fonts: { name: string; embedded: boolean }[];
  outline: OutlineNode[];
  title: string;
}

export interface OutlineNode {
  title: string;
  items: OutlineNode[];
}

interface PdfjsFont {
  name?: string;
  missingFile?: boolean;
}

export async function readPdf(data: Uint8Array): Promise<ReadPdf> {
  const doc = await getDocument({
    data: new Uint8Array(data),
    // Fonts must come from the file itself, never from this machine.
    useSystemFonts: false,
    disableFontFace: true,
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
  try {
    const pages: string[] = [];
    const images: number[] = [];
    const fonts = new Map<string, { name: string; embedded: boolean }>();
    let pageSize: [number, number] = [0, 0];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      if (n === 1) {
        const [x0, y0, x1, y1] = page.view as [number, number, number, number];
        pageSize = [x1 - x0, y1 - y0];
      }
      const content = await page.getTextContent();
      pages.push(
        content.items
          .map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : ''))
          .join('')
          .replace(/\s+/g, ' ')
          .trim(),
      );
      const ops = await page.getOperatorList();
      images.push(ops.fnArray.filter((fn) => fn === OPS.paintImageXObject || fn === OPS.paintInlineImageXObject).length);
      ops.fnArray.forEach((fn, i) => {
        if (fn !== OPS.setFont) return;
        const loadedName = (ops.argsArray[i] as [string])[0];
        const font = page.commonObjs.get(loadedName) as PdfjsFont;
        const name = font.name ?? loadedName;
        fonts.set(name, { name, embedded: font.missingFile === false });
      });
    }
    const toNodes = (items: { title: string; items: unknown[] }[] | null): OutlineNode[] =>
      (items ?? []).map((i) => ({ title: i.title, items: toNodes(i.items as { title: string; items: unknown[] }[]) }));
    const outline = toNodes(await doc.getOutline());
    const meta = (await doc.getMetadata()).info as { Title?: string };
    return { pageCount: doc.numPages, pageSize, pages, images, fonts: [...fonts.values()], outline, title: meta.Title ?? '' };
  } finally {
    await doc.destroy();
  }
}
