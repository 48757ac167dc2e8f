/**
 * Wait until every font face the page's text is set in has loaded, so no page is printed with a
 * fallback font. Resolves to the faces that failed (empty when all is well). A string so Electron
 * can run it with webContents.executeJavaScript.
 *
 * Only the faces the text uses are waited for, not every face the page declares: the document
 * inlines each unicode-range chunk it needs in both weights (fonts.ts cannot tell which text the
 * stylesheet sets in semi-bold), and loading the unused ones — a dozen semi-bold Chinese chunks in
 * the large programme — cost a third of a second per print for nothing. Laying the page out makes
 * the browser request exactly the faces its text needs (right family, weight and unicode-range,
 * after text-transform); document.fonts.ready then settles once those have loaded or failed.
 * The font-affecting rules are the same for screen and print (the stylesheet's @media rules only
 * change the paper look), so the faces are the same in Electron, which does not emulate print.
 */
export const WAIT_FOR_FONTS_SCRIPT = `(async () => {
  void document.documentElement.getBoundingClientRect();
  await document.fonts.ready;
  return [...document.fonts].filter((f) => f.status === 'error').map((f) => f.family + ' ' + f.weight + ' ' + f.unicodeRange.slice(0, 40));
})()`;
