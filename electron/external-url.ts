/**
 * Which links may leave the app for the operating system (browser, mail client, phone app).
 * Pure module so hostile inputs can be unit-tested without electron.
 */
const EXTERNAL_PROTOCOLS = new Set(['https:', 'http:', 'mailto:', 'tel:']);
/** Some OS URL handlers misbehave on very long arguments; no legitimate link is this long. */
const MAX_EXTERNAL_URL_LENGTH = 2048;

/**
 * The normalised URL to hand to `shell.openExternal`, or null if it must not be opened.
 *
 * Parsed with `new URL` and checked by protocol allow-list — never by substring, because
 * `javascript:`, `file:`, `data:` or custom handlers (`ms-msdt:` and friends) can execute code.
 * Web URLs with credentials (`https://evil.example@app`) are refused: they exist mostly to make
 * a link look like it goes somewhere it does not.
 */
export function toSafeExternalUrl(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length > MAX_EXTERNAL_URL_LENGTH) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (!EXTERNAL_PROTOCOLS.has(url.protocol)) return null;
  if (url.protocol === 'https:' || url.protocol === 'http:') {
    if (url.username !== '' || url.password !== '' || url.hostname === '') return null;
  }
  // The serialised form, not the raw string: what the OS receives is exactly what was checked.
  return url.href;
}
