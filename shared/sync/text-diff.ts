/**
 * The smallest single edit that turns `before` into `after`: keep the common start and end,
 * replace what lies between. Applied to a shared Y.Text, an edit then touches only the typed
 * characters, so two people typing in different places of the same minutes both keep their text
 * (replacing the whole text would make one of them win).
 *
 * Positions are UTF-16 code units (what Y.Text counts); a boundary is never put inside a
 * surrogate pair, so a rare CJK character (outside the BMP) is never split in half.
 */
export interface TextEdit {
  index: number;
  deleteCount: number;
  insert: string;
}

export function textEdit(before: string, after: string): TextEdit | null {
  if (before === after) return null;
  let start = 0;
  const shortest = Math.min(before.length, after.length);
  while (start < shortest && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start--;
  let end = 0;
  while (
    end < shortest - start &&
    before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)
  ) {
    end++;
  }
  if (end > 0 && isLowSurrogate(before.charCodeAt(before.length - end))) end--;
  return { index: start, deleteCount: before.length - start - end, insert: after.slice(start, after.length - end) };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
