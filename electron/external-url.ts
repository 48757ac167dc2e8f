/**
 * Which links may leave the app for the operating system: web pages over https, and e-mail.
 * Pure module so hostile inputs can be unit-tested without electron.
 */
/** Some OS URL handlers misbehave on very long arguments; no legitimate link is this long. */
const MAX_EXTERNAL_URL_LENGTH = 2048;

/**
 * The normalised URL to hand to `shell.openExternal`, or null if it must not be opened.
 *
 * Parsed with `new URL` and checked by protocol allow-list — never by substring, because
 * `javascript:`, `file:`, `data:` or custom handlers (`ms-msdt:` and friends) can execute code.
 * Only https (plain http can be rewritten on the way) and mailto. Web URLs with credentials
 * (`https://evil.example@app`) are refused: they exist mostly to make a link look like it goes
 * somewhere it does not. A mailto with an `attach` parameter (or `attachment`, in any case or
 * encoding) is refused: several mail clients attach the named local file to the draft, which a
 * link in an imported trip file could use to send someone's files away.
 */
export function toSafeExternalUrl(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length > MAX_EXTERNAL_URL_LENGTH) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol === 'https:') {
    if (url.username !== '' || url.password !== '' || url.hostname === '') return null;
  } else if (url.protocol === 'mailto:') {
    if (mentionsAttachment(url)) return null;
  } else {
    return null;
  }
  // The serialised form, not the raw string: what the OS receives is exactly what was checked.
  return url.href;
}

function mentionsAttachment(url: URL): boolean {
  // searchParams decodes names (%61ttach = attach); the raw check catches what it cannot split.
  for (const name of url.searchParams.keys()) if (/attach/i.test(name)) return true;
  let decoded = url.href;
  try {
    decoded = decodeURIComponent(url.href);
  } catch {
    return true; // undecodable escapes in a mail link: not worth the risk
  }
  return /[?&]\s*attach/i.test(decoded);
}
