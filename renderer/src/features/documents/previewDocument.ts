/**
 * The live preview shows the core's programme page ('documents:html') in a sandboxed iframe.
 *
 * The page is loaded as a blob: document. A blob: document inherits the app's CSP (on top of its
 * own), and the app allows no inline styles, so the page's <style> moves into a blob: stylesheet
 * (the app's CSP allows style-src blob:) and its meta CSP is replaced by one that allows exactly
 * that stylesheet, its data: fonts and data: images, and nothing else: no scripts, no requests.
 * The frame's sandbox keeps scripts off too (see DocumentPreview).
 *
 * Only the page's own markup is touched, and it comes from our core (React-rendered, user text
 * escaped), so the few string operations below work on a known shape.
 */
export const PREVIEW_CSP = "default-src 'none'; style-src blob:; font-src data:; img-src data:; script-src 'none'; base-uri 'none'; form-action 'none'";

/**
 * In the preview, links (an organisation's website) are not followed: the frame may load nothing.
 * And the browser lays out only the entries and contacts near the frame's viewport: the frame is
 * a same-origin document, so its layout runs on the app's main thread, and a large trip's whole
 * programme (some 100 pages) took over a second of it, in slices of 100-170 ms as the page
 * arrived, with every click in the app waiting behind them. The skipped ones keep their last
 * laid-out height (`auto`) or an estimate, are still found by the frame's Find and read by screen
 * readers, and print as usual (this is screen-only).
 */
const PREVIEW_EXTRA_CSS = `
a { pointer-events: none; }
@media screen {
  .entry, .contact { content-visibility: auto; contain-intrinsic-size: auto 24mm; }
}
`;

const STYLE_ELEMENT = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;
const META_CSP = /<meta\s+http-equiv="Content-Security-Policy"[^>]*>/i;

/** The page without its <style> elements, their CSS, and the meta CSP swapped for the preview's. */
export function splitDocument(html: string): { markup: string; css: string } {
  const css: string[] = [];
  const withoutStyles = html.replace(STYLE_ELEMENT, (_match, text: string) => {
    css.push(text);
    return '';
  });
  const meta = `<meta http-equiv="Content-Security-Policy" content="${PREVIEW_CSP}"/>`;
  const markup = META_CSP.test(withoutStyles)
    ? withoutStyles.replace(META_CSP, meta)
    : withoutStyles.replace(/<head\b[^>]*>/i, (head) => `${head}${meta}`);
  return { markup, css: css.join('\n') + PREVIEW_EXTRA_CSS };
}

export interface PreviewUrls {
  documentUrl: string;
  revoke: () => void;
}

/** blob: URLs of the preview page and its stylesheet; revoke() frees both. */
export function createPreviewUrls(html: string): PreviewUrls {
  const { markup, css } = splitDocument(html);
  const stylesheetUrl = URL.createObjectURL(new Blob([css], { type: 'text/css;charset=utf-8' }));
  const link = `<link rel="stylesheet" href="${stylesheetUrl}"/>`;
  const page = markup.replace(/<\/head>/i, `${link}</head>`);
  const documentUrl = URL.createObjectURL(new Blob([page], { type: 'text/html;charset=utf-8' }));
  return {
    documentUrl,
    revoke: () => {
      URL.revokeObjectURL(documentUrl);
      URL.revokeObjectURL(stylesheetUrl);
    },
  };
}
