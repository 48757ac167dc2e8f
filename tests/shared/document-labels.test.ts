import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentLabels, labelsIn, SECOND_LANGUAGE_SEPARATOR } from '../../shared/documents/labels';
import { DocumentLanguage, languagesOf } from '../../shared/documents/options';
import { fittedFontSize, textWidthEm } from '../../shared/documents/sheets';
import { ownAndTranslation } from '../../shared/documents/text';

/** Every leaf label as text: functions are called with sample arguments. */
function leaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') return [[path, (value as (...args: unknown[]) => string)('Jinan', 3, 'Stockholm')]];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, v]) => leaves(v, path ? `${path}.${key}` : key));
}

const HAN = /[\u4e00-\u9fff]/u;

describe('document labels', () => {
  it('has every Chinese label written in Chinese (no English left in the table)', () => {
    const untranslated = leaves(documentLabels.zh).filter(([path, text]) => !HAN.test(text) && !path.startsWith('page.'));
    expect(untranslated).toEqual([]);
  });

  it('prints every bilingual label as the first language’s, then the second’s, for every bilingual language', () => {
    for (const lang of DocumentLanguage.options) {
      const { primary, second } = languagesOf(lang);
      if (second === null) continue;
      const first = new Map(leaves(documentLabels[primary]));
      const other = new Map(leaves(documentLabels[second]));
      for (const [path, text] of leaves(documentLabels[lang])) {
        const a = first.get(path)!;
        const b = other.get(path)!;
        expect(text, `${lang} ${path}`).toBe(a === b ? a : `${a}${SECOND_LANGUAGE_SEPARATOR}${b}`);
      }
    }
  });

  it('combines any component’s own tables the same way (labelsIn)', () => {
    const tables = { sv: { seat: 'Plats', guests: (n: number) => `${n} gäster` }, en: { seat: 'Seat', guests: (n: number) => `${n} guests` }, zh: { seat: '座位', guests: (n: number) => `${n}位客人` } };
    const both = labelsIn(tables, 'en+zh');
    expect(both.seat).toBe('Seat / 座位');
    expect(both.guests(8)).toBe('8 guests / 8位客人');
    expect(labelsIn(tables, 'zh').seat).toBe('座位');
  });
});

describe('the user’s text and its translation', () => {
  it('never loses the own text, and shows the translation in every bilingual or Chinese document', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.constantFrom(...DocumentLanguage.options), (own, translation, lang) => {
        const { first, second } = ownAndTranslation(own, translation, lang);
        const shown = `${first}\n${second}`;
        if (own.trim()) expect(shown).toContain(own.trim());
        const bilingual = languagesOf(lang).second !== null || languagesOf(lang).primary === 'zh';
        if (bilingual && translation.trim()) expect(shown).toContain(translation.trim());
        if (!bilingual && own.trim()) expect(second).toBe('');
      }),
    );
  });
});

describe('fitting text to a box', () => {
  it('sets every text no larger than its box allows, unless it is at the smallest size', () => {
    const MM_PER_PT = 25.4 / 72;
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'W', ' ', 'ä', '王', '伟', 'Å', '.', '1'), maxLength: 80 }),
        fc.integer({ min: 20, max: 200 }),
        (text, widthMm) => {
          const size = fittedFontSize(text, { widthMm, maxPt: 30, minPt: 8 });
          expect(size).toBeGreaterThanOrEqual(8);
          expect(size).toBeLessThanOrEqual(30);
          if (size > 8) expect(textWidthEm(text) * size * MM_PER_PT).toBeLessThanOrEqual(widthMm + 1e-9);
        },
      ),
    );
  });
});
