import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH, maxDepth } from '../../core/sharing/trip-file/safe-json';

/**
 * The trip file's nesting check skips strings with indexOf; it must count exactly as reading
 * every character does, escapes included, for any text: fast-check draws text from brackets,
 * quotes, backslashes and letters, where escapes and unclosed strings are common.
 */
function depthByCharacter(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') {
      inString = true;
    } else if (c === '[' || c === '{') {
      deepest = Math.max(deepest, ++depth);
      if (deepest > MAX_JSON_DEPTH) return deepest;
    } else if (c === ']' || c === '}') {
      depth--;
    }
  }
  return deepest;
}

const jsonish = fc.string({ unit: fc.constantFrom('[', ']', '{', '}', '"', '\\', 'a', ',', ' '), maxLength: 200 });

describe('JSON nesting depth', () => {
  it('counts as a character-by-character reading does, for any text', () => {
    fc.assert(
      fc.property(jsonish, (text) => {
        expect(maxDepth(text)).toBe(depthByCharacter(text));
      }),
      { numRuns: 10_000 },
    );
  });

  it('brackets inside strings, after escaped quotes, do not count', () => {
    expect(maxDepth('{"a":"[[[\\"[[[","b":[1]}')).toBe(2);
    expect(maxDepth('["\\\\",[[]]]')).toBe(3);
    expect(maxDepth('"unclosed [[[')).toBe(0);
  });
});
