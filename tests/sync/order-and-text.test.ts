import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isOrderKey, keyBetween, keysBetween, rekey } from '../../shared/sync/fractional-index';
import { textEdit } from '../../shared/sync/text-diff';

describe('fractional order keys', () => {
  it('always find a key strictly between two keys, and keep n keys short and in order', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { maxLength: 60 }), (choices) => {
        // Insert repeatedly at the front or the back of a list: the worst case for key length.
        const keys = [keyBetween(null, null)];
        for (const front of choices) keys.splice(front ? 0 : keys.length, 0, front ? keyBetween(null, keys[0]!) : keyBetween(keys.at(-1)!, null));
        expect([...keys].sort()).toEqual(keys);
        expect(keys.every(isOrderKey)).toBe(true);
      }),
    );
    const thousand = keysBetween(null, null, 1000);
    expect([...thousand].sort()).toEqual(thousand);
    expect(new Set(thousand).size).toBe(1000);
    expect(Math.max(...thousand.map((k) => k.length))).toBeLessThanOrEqual(3);
  });

  it('rekeys only the rows that moved, and the result follows the wanted order', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.uuid(), { minLength: 1, maxLength: 30 }), fc.nat(), fc.nat(), (ids, from, to) => {
        const keys = keysBetween(null, null, ids.length);
        const current = new Map(ids.map((id, i) => [id, keys[i]]));
        const wanted = [...ids];
        const [moved] = wanted.splice(from % ids.length, 1);
        wanted.splice(to % (wanted.length + 1), 0, moved!);
        const changes = rekey(wanted, current);
        expect(changes.size).toBeLessThanOrEqual(1);
        const after = wanted.map((id) => changes.get(id) ?? current.get(id)!);
        expect([...after].sort()).toEqual(after);
        expect(new Set(after).size).toBe(after.length);
      }),
    );
  });
});

/** No lone surrogate (String.prototype.isWellFormed is newer than the project's TypeScript lib). */
const wellFormed = (text: string) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);

describe('minimal text edits', () => {
  it('turn the old text into the new one, never splitting a character outside the BMP', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'å', '济', '𠀋', ' ', '\n') });
    fc.assert(
      fc.property(text, text, (before, after) => {
        const edit = textEdit(before, after);
        if (!edit) {
          expect(before).toBe(after);
          return;
        }
        const result = before.slice(0, edit.index) + edit.insert + before.slice(edit.index + edit.deleteCount);
        expect(result).toBe(after);
        expect(wellFormed(before.slice(0, edit.index))).toBe(true);
        expect(wellFormed(edit.insert)).toBe(true);
      }),
    );
  });

  it('touches only the typed characters', () => {
    const edit = textEdit('Mayor welcomed us.', 'Mayor warmly welcomed us.')!;
    expect(edit.deleteCount).toBe(0);
    expect(edit.insert).toHaveLength('warmly '.length);
  });
});
