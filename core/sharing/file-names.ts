/**
 * File names made from user text (a trip title, a member's name) that every OS accepts:
 * letters of any script stay (Åsa Öberg, 王伟), characters Windows or macOS refuse and control
 * characters become "-", reserved Windows names get a suffix, and the length is bounded.
 */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;
/** Marks, embeddings, overrides and isolates: they reorder how a name is shown. */
export const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function safeFileName(text: string, extension: string, fallback = 'export'): string {
  let base = text
    .normalize('NFC')
    // Bidi controls (U+202E shows "gpj.exe" as "exe.jpg") go without a trace.
    .replace(BIDI_CONTROLS, '')
    // Control characters and what Windows forbids in names: < > : " / \ | ? *
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u001f\u007f-\u009f<>:"/\\|?*]+/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/-{2,}/g, '-')
    .trim()
    // Windows drops trailing dots and spaces; a leading dot hides the file on macOS and Linux.
    .replace(/^[.\s-]+|[.\s-]+$/g, '');
  // 120 UTF-16 units stays well under the 255-byte limit of common file systems even in Chinese.
  if (base.length > 120) base = base.slice(0, 120).replace(/[\s.-]+$/, '');
  if (!base) base = fallback;
  if (RESERVED.test(base)) base = `${base}-file`;
  return base + extension;
}

/** Names for several files in one folder: a second "Anna Andersson" becomes "Anna Andersson (2)". */
export function uniqueFileNames(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((name) => {
    const dot = name.lastIndexOf('.');
    const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
    let candidate = name;
    for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = `${stem} (${n})${ext}`;
    used.add(candidate.toLowerCase());
    return candidate;
  });
}
