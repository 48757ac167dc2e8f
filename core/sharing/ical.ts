import ICAL from 'ical.js';

/**
 * ical.js, configured once for everything core/sharing writes (calendars and vCards).
 *
 * RFC 5545 §3.1 and RFC 2426 §2.6: lines SHOULD NOT be longer than 75 octets, excluding the line
 * break. ical.js folds at `foldLength` octets but then starts each continuation line with a space,
 * so continuation lines came out at 76 octets. Folding at 74 keeps every line within 75. (This is
 * the library's module-wide setting; only this code writes with ical.js, parsing is unaffected.)
 */
ICAL.foldLength = 74;

export { ICAL };
