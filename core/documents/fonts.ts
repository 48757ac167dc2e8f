import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * The document's fonts ship with the app (npm @fontsource packages) so a PDF looks the same on
 * every laptop. Only the faces the text needs are inlined as data: URLs: Noto Sans SC alone is
 * ~100 unicode-range chunks per weight, and a programme uses a few dozen Chinese characters.
 * Inlined faces make the HTML self-contained, so Chromium (Playwright), Electron's printToPDF
 * and the live preview load them without any file or network access.
 */

export const FONT_FAMILIES = [
  { family: 'Noto Sans', packageName: '@fontsource/noto-sans' },
  { family: 'Noto Sans SC', packageName: '@fontsource/noto-sans-sc' },
] as const;
/** Regular text and semi-bold headings; the stylesheet uses no other weight and no italics. */
export const FONT_WEIGHTS = [400, 600] as const;

export interface FontFace {
  family: string;
  weight: number;
  /** Absolute path of the woff2 file. */
  file: string;
  /** Inclusive code point ranges. */
  ranges: [number, number][];
}

/** Where the @fontsource packages are; Electron may pass its own (they are production dependencies). */
export function defaultFontRoot(packageName: string): string {
  const here = typeof __filename === 'string' ? __filename : fileURLFromMeta();
  const require = createRequire(here);
  return path.dirname(require.resolve(`${packageName}/package.json`));
}

function fileURLFromMeta(): string {
  // In the ESM sources (CLI, tests); a CommonJS bundle takes the __filename branch above.
  return import.meta.url;
}

const facesCache = new Map<string, FontFace[]>();

/** Every face of the shipped families and weights, read from fontsource's CSS. */
export function shippedFaces(resolveRoot: (packageName: string) => string = defaultFontRoot): FontFace[] {
  const faces: FontFace[] = [];
  for (const { family, packageName } of FONT_FAMILIES) {
    const root = resolveRoot(packageName);
    for (const weight of FONT_WEIGHTS) {
      const key = `${root}|${weight}`;
      let parsed = facesCache.get(key);
      if (!parsed) {
        parsed = parseFontsourceCss(fs.readFileSync(path.join(root, `${weight}.css`), 'utf8'), root, family, weight);
        facesCache.set(key, parsed);
      }
      faces.push(...parsed);
    }
  }
  return faces;
}

/** The @font-face rules of one fontsource CSS file (normal style only). */
export function parseFontsourceCss(css: string, root: string, family: string, weight: number): FontFace[] {
  const faces: FontFace[] = [];
  for (const [, body = ''] of css.matchAll(/@font-face\s*{([^}]*)}/g)) {
    if (/font-style:\s*italic/.test(body)) continue;
    const src = /url\(\.\/([^)]+\.woff2)\)/.exec(body)?.[1];
    if (!src) continue;
    const range = /unicode-range:\s*([^;]+);/.exec(body)?.[1];
    faces.push({
      family,
      weight,
      file: path.join(root, src),
      ranges: range ? parseUnicodeRange(range) : [[0, 0x10ffff]],
    });
  }
  return faces;
}

/** "U+0000-00FF,U+0131,U+4??" → [[0, 255], [305, 305], [0x400, 0x4ff]]. */
export function parseUnicodeRange(text: string): [number, number][] {
  return text.split(',').flatMap((part): [number, number][] => {
    const m = /^\s*U\+([0-9a-f?]+)(?:-([0-9a-f]+))?\s*$/i.exec(part);
    if (!m) return [];
    const [, first = '', last] = m;
    if (first.includes('?')) return [[parseInt(first.replace(/\?/g, '0'), 16), parseInt(first.replace(/\?/g, 'f'), 16)]];
    const start = parseInt(first, 16);
    return [[start, last ? parseInt(last, 16) : start]];
  });
}

/** Code points of the text a page shows (markup stripped, the few entities React writes decoded). */
export function codePointsOfMarkup(...markup: string[]): Set<number> {
  const points = new Set<number>();
  for (const html of markup) {
    const text = html
      .replace(/<style[\s\S]*?<\/style>/gi, ' ')
      .replace(/<[^>]*>/g, ' ')
      .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
      .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&nbsp;/g, '\u00a0')
      .replace(/&amp;/g, '&');
    for (const ch of text) points.add(ch.codePointAt(0)!);
  }
  return points;
}

/**
 * The faces the browser will use for `points`. Like the browser's font fallback, a code point
 * goes to the FIRST family whose faces cover it (Noto Sans for Latin, Noto Sans SC for Han), so
 * the Latin chunks of Noto Sans SC are never inlined for nothing.
 */
export function facesFor(points: ReadonlySet<number>, faces: readonly FontFace[]): FontFace[] {
  const families = [...new Set(faces.map((f) => f.family))];
  let remaining = [...points].sort((a, b) => a - b);
  const chosen = new Set<FontFace>();
  for (const family of families) {
    const own = faces.filter((f) => f.family === family);
    for (const face of own) if (face.ranges.some((range) => anyIn(remaining, range))) chosen.add(face);
    remaining = remaining.filter((p) => !own.some((f) => f.ranges.some(([lo, hi]) => p >= lo && p <= hi)));
  }
  return faces.filter((f) => chosen.has(f));
}

/** Is any of the sorted `points` within [lo, hi]? */
function anyIn(points: readonly number[], [lo, hi]: [number, number]): boolean {
  let a = 0;
  let b = points.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (points[mid]! < lo) a = mid + 1;
    else b = mid;
  }
  return a < points.length && points[a]! <= hi;
}

const dataCache = new Map<string, string>();
function base64Of(file: string): string {
  let data = dataCache.get(file);
  if (data === undefined) {
    data = fs.readFileSync(file).toString('base64');
    // Bounded: at most a few hundred small files over the life of the process.
    if (dataCache.size < 512) dataCache.set(file, data);
  }
  return data;
}

/** @font-face rules with the woff2 data inlined. font-display: block — never print a fallback. */
export function inlineFontFaceCss(faces: readonly FontFace[]): string {
  return faces
    .map((face) => {
      const range = face.ranges.map(([lo, hi]) => (lo === hi ? `U+${hex(lo)}` : `U+${hex(lo)}-${hex(hi)}`)).join(',');
      return (
        `@font-face{font-family:'${face.family}';font-style:normal;font-weight:${face.weight};font-display:block;` +
        `src:url(data:font/woff2;base64,${base64Of(face.file)}) format('woff2');unicode-range:${range};}`
      );
    })
    .join('\n');
}

const hex = (n: number) => n.toString(16);
