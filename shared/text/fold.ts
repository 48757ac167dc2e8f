/**
 * Text as search and name matching compare it: case and accents ignored ("Västerås" = "vasteras",
 * "É" = "e"), compatibility forms unfolded (full-width "ｊｉｎａｎ" = "jinan"). SQLite's lower()
 * and NOCASE fold ASCII only, so the core registers this as the SQL function `fold` and the search
 * index stores its output: changing what it returns means bumping the index's version
 * (core/services/search-index.ts), or stored entries stop matching typed queries.
 */
export function fold(text: string): string {
  // Fast path (imports fold the whole address book): ASCII text has no marks and decomposes to
  // itself, and Swedish lower-casing of ASCII is plain lower-casing.
  if (ASCII.test(text)) return text.toLowerCase();
  // toLowerCase, not toLocaleLowerCase('sv'): the same for every code point (only Turkish,
  // Azeri and Lithuanian lower-case differently), and several times faster — the checks fold
  // every city name of a large trip after each edit.
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}
// eslint-disable-next-line no-control-regex -- the whole ASCII range, control characters included
const ASCII = /^[\x00-\x7f]*$/;

/** fold(), with runs of white space read as one space and none at the ends: for names people type. */
export function foldName(text: string): string {
  return fold(text).replace(/\s+/g, ' ').trim();
}
