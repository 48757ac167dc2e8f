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

/** In the preview, links (an organisation's website) are not followed: the frame may load nothing. */
const PREVIEW_EXTRA_CSS = '\na { pointer-events: none; }\n';

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
