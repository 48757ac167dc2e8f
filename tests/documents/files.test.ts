import { describe, expect, it } from 'vitest';
import { memberFileNames, safeFileName } from '../../core/documents/export';
import { codePointsOfMarkup, facesFor, parseUnicodeRange, shippedFaces } from '../../core/documents/fonts';

describe('file names for personal programmes', () => {
  it('keeps letters of every script and removes what paths forbid', () => {
    expect(safeFileName('Anders Teljebäck')).toBe('Anders Teljebäck');
    expect(safeFileName('王伟')).toBe('王伟');
    expect(safeFileName('A/B\\C:D*E?F"G<H>I|J')).toBe('A B C D E F G H I J');
    expect(safeFileName('  ..hidden. ')).toBe('hidden');
    expect(safeFileName('con')).toBe('_con');
    expect(safeFileName('\u0000\u001f')).toBe('_');
    // Decomposed "ä" (as macOS file systems may hand it over) becomes one character.
    expect(safeFileName('Telje\u0301ba\u0308ck')).toBe('Teljébäck'.normalize('NFC'));
    expect([...safeFileName('x'.repeat(300))]).toHaveLength(80);
  });

  it('tells members with the same name apart', () => {
    const names = memberFileNames([
      { id: '1', name: 'Anna Berg' },
      { id: '2', name: 'anna berg' },
      { id: '3', name: 'Anna/Berg' },
    ]);
    expect([...names.values()]).toEqual(['Anna Berg.pdf', 'anna berg (2).pdf', 'Anna Berg (3).pdf']);
  });
});

describe('font subsets', () => {
  it('parses unicode ranges with wildcards', () => {
    expect(parseUnicodeRange('U+0000-00FF, U+0131,U+4??')).toEqual([
      [0, 0xff],
      [0x131, 0x131],
      [0x400, 0x4ff],
    ]);
  });

  it('inlines only the faces the text needs', () => {
    const faces = shippedFaces();
    // Noto Sans SC alone ships ~100 chunks per weight.
    expect(faces.filter((f) => f.family === 'Noto Sans SC').length).toBeGreaterThan(150);
    const latin = facesFor(codePointsOfMarkup('<p>Västerås &amp; Jinan</p>'), faces);
    expect(latin.map((f) => `${f.family} ${f.weight}`)).toEqual(['Noto Sans 400', 'Noto Sans 600']);
    const chinese = facesFor(new Set([...'济南'].map((c) => c.codePointAt(0)!)), faces);
    expect(chinese.every((f) => f.family === 'Noto Sans SC')).toBe(true);
    expect(chinese.length).toBeGreaterThan(0);
    expect(chinese.length).toBeLessThanOrEqual(4);
  });

  it('reads the text of markup, not its tags or styles', () => {
    const points = codePointsOfMarkup('<style>.a{content:"Ж"}</style><p title="Ω">&lt;&#x5f20;&#20255;</p>');
    expect(points.has('<'.codePointAt(0)!)).toBe(true);
    expect(points.has(0x5f20)).toBe(true);
    expect(points.has(20255)).toBe(true);
    expect(points.has('Ж'.codePointAt(0)!)).toBe(false);
    expect(points.has('Ω'.codePointAt(0)!)).toBe(false);
  });
});
