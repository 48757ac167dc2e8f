import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, foldName } from '../../shared/text/fold';
import { formatUtcOffset } from '../../shared/time/zoned';

describe('folding text for search and name matching', () => {
  it('ignores case and accents, Swedish letters and full-width forms included', () => {
    expect(fold('Västerås')).toBe('vasteras');
    expect(fold('ÅSA Öberg')).toBe('asa oberg');
    expect(fold('Éric')).toBe('eric');
    expect(fold('ｊｉｎａｎ')).toBe('jinan');
    expect(fold('济南')).toBe('济南');
  });

  it('gives ASCII text the same form through its fast path as through the full one', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii' }), (text) => {
        expect(fold(text)).toBe(text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('sv'));
      }),
    );
  });

  it('reads names typed with extra spaces as the same name', () => {
    expect(foldName('  Jinan   Yaoqiang ')).toBe('jinan yaoqiang');
    expect(foldName('Södertälje\u00a0 kommun')).toBe('sodertalje kommun');
  });
});

describe('UTC offsets', () => {
  it('writes whole and half hours, with a minus sign west of Greenwich', () => {
    expect(formatUtcOffset(0)).toBe('UTC');
    expect(formatUtcOffset(480)).toBe('UTC+8');
    expect(formatUtcOffset(330)).toBe('UTC+5:30');
    expect(formatUtcOffset(-180)).toBe('UTC−3');
    expect(formatUtcOffset(-570)).toBe('UTC−9:30');
  });
});
