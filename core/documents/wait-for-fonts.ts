/**
 * Load every font face the page declares and wait until the document's fonts are ready, so no
 * page is printed with a fallback font. Resolves to the faces that failed (empty when all is well).
 * A string so Electron can run it with webContents.executeJavaScript.
 */
export const WAIT_FOR_FONTS_SCRIPT = `(async () => {
  const faces = [...document.fonts];
  await Promise.allSettled(faces.map((f) => f.load()));
  await document.fonts.ready;
  return faces.filter((f) => f.status === 'error').map((f) => f.family + ' ' + f.weight + ' ' + f.unicodeRange.slice(0, 40));
})()`;
