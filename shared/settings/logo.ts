/**
 * What a logo may be. Checked by its first bytes (magic numbers), never by file name or the
 * type a browser guesses: a renamed .exe or a text file is refused whatever it is called.
 *
 * SVG is refused on purpose: it is a document that can carry scripts, external references and
 * entity tricks, and sanitising it well is a project of its own. Every logo program can export
 * a PNG, which prints just as sharply at the cover's 14 mm height.
 *
 * Pure: the renderer checks a chosen file before sending it (a message in the user's language at
 * once) and the core checks again (the trust boundary).
 */
export const LOGO_MAX_BYTES = 1_048_576;

export const LOGO_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'] as const;
export type LogoType = (typeof LOGO_TYPES)[number];

export type LogoProblem = 'empty' | 'too-large' | 'svg' | 'not-an-image';
export type LogoCheck = { ok: true; type: LogoType } | { ok: false; problem: LogoProblem };

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) =>
  bytes.length >= at + signature.length && signature.every((b, i) => bytes[at + i] === b);

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

export function detectLogoType(bytes: Uint8Array): LogoType | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'image/gif';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  return null;
}

/** SVG is text: look for its root element near the start (after an XML prolog, comments, BOM). */
function looksLikeSvg(bytes: Uint8Array): boolean {
  const head = String.fromCharCode(...bytes.subarray(0, 1024)).toLowerCase();
  return head.includes('<svg');
}

export function checkLogo(bytes: Uint8Array): LogoCheck {
  if (bytes.length === 0) return { ok: false, problem: 'empty' };
  if (bytes.length > LOGO_MAX_BYTES) return { ok: false, problem: 'too-large' };
  const type = detectLogoType(bytes);
  if (type) return { ok: true, type };
  return { ok: false, problem: looksLikeSvg(bytes) ? 'svg' : 'not-an-image' };
}

/** English messages for the core's refusals (the renderer shows its own translations). */
export const LOGO_PROBLEM_MESSAGES: Record<LogoProblem, string> = {
  empty: 'The logo file is empty',
  'too-large': 'The logo is too large: at most 1 MB',
  svg: 'SVG logos are not accepted: save the logo as PNG or JPEG',
  'not-an-image': 'The logo must be a PNG, JPEG, GIF or WebP image',
};
