import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { mergedState } from '../../core/sync-server/store';
import { checkUpdate, RefusedMessage } from '../../core/sync-server/update-guard';

/**
 * The rule behind "a malformed update is refused and corrupts nothing", for every byte string a
 * client could send: either the guard refuses it, or it is an update that merges into the stored
 * state and applies to the document without an error and without losing what was there.
 */

function storedTrip(): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap('items').set('meeting', 'Möte i Shenyang 沈阳');
  doc.getText('minutes').insert(0, 'Protokoll');
  return Y.encodeStateAsUpdate(doc);
}

function validEdit(): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap('items').set('lunch', 'Lunch');
  doc.getText('minutes').insert(0, 'Anteckningar');
  return Y.encodeStateAsUpdate(doc);
}

/** Random bytes, and a valid edit with one byte changed, or cut short, or with bytes appended. */
const hostileBytes = fc.oneof(
  fc.uint8Array({ maxLength: 200 }),
  fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })).map(([at, value]) => {
    const bytes = validEdit().slice();
    bytes[at % bytes.length] = value;
    return bytes;
  }),
  fc.nat().map((cut) => validEdit().subarray(0, cut % validEdit().length)),
  fc.uint8Array({ minLength: 1, maxLength: 20 }).map((tail) => Uint8Array.from([...validEdit(), ...tail])),
);

describe('update guard', () => {
  it('refuses or safely applies every byte string', () => {
    fc.assert(
      fc.property(hostileBytes, (bytes) => {
        const stored = storedTrip();
        try {
          checkUpdate(bytes);
        } catch (error) {
          expect(error).toBeInstanceOf(RefusedMessage);
          return;
        }
        const merged = mergedState(stored, [bytes]) ?? stored;
        const doc = new Y.Doc();
        Y.applyUpdate(doc, merged);
        expect(doc.getMap('items').get('meeting')).toBe('Möte i Shenyang 沈阳');
        expect(doc.getText('minutes').toString()).toContain('Protokoll');
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts a real edit and tells an empty update apart', () => {
    expect(checkUpdate(validEdit()).empty).toBe(false);
    expect(checkUpdate(Y.encodeStateAsUpdate(new Y.Doc())).empty).toBe(true);
  });
});
