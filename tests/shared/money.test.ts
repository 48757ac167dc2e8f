import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatAmount, normaliseRate, parseAmount, sumMinor, toSekMinor } from '../../shared/money/money';

const minorOf = (text: string, currency = 'SEK', locale: 'sv' | 'en' = 'sv') => {
  const parsed = parseAmount(text, currency, locale);
  return parsed.ok ? parsed.minor : parsed.reason;
};

describe('parsing amounts as people type them', () => {
  it('reads the Swedish and the English way of writing the same amount', () => {
    expect(minorOf('1 234,50')).toBe(123_450);
    expect(minorOf('1234.50')).toBe(123_450);
    expect(minorOf('1\u00a0234,5')).toBe(123_450);
    expect(minorOf('1,234.50', 'SEK', 'en')).toBe(123_450);
    expect(minorOf('1.234,50')).toBe(123_450);
    expect(minorOf('1,234', 'SEK', 'en')).toBe(123_400);
    expect(minorOf('1,25')).toBe(125);
    expect(minorOf('12')).toBe(1_200);
    expect(minorOf('-3,10')).toBe(-310);
    expect(minorOf('5000', 'JPY')).toBe(5_000);
  });

  it('refuses what is not an amount, and more decimals than the currency has', () => {
    expect(minorOf('')).toBe('empty');
    expect(minorOf('12 kr')).toBe('format');
    expect(minorOf('1,2,3')).toBe('format');
    expect(minorOf('1.23,4.5')).toBe('format');
    expect(minorOf('1,234')).toBe('decimals'); // in Swedish a comma is the decimal comma: 3 decimals
    expect(minorOf('1,2345')).toBe('decimals');
    expect(minorOf('12.5', 'JPY')).toBe('decimals');
    expect(minorOf('99999999999999999')).toBe('too_large');
  });
});

describe('formatting', () => {
  it('writes Swedish with a no-break space and a decimal comma, English with commas and a point', () => {
    expect(formatAmount(123_450, 'SEK', 'sv')).toBe('1\u00a0234,50');
    expect(formatAmount(123_450, 'SEK', 'en')).toBe('1,234.50');
    expect(formatAmount(-5, 'SEK', 'sv')).toBe('-0,05');
    expect(formatAmount(123_450, 'SEK', 'sv', { grouping: false })).toBe('1234,50');
    expect(formatAmount(5000, 'JPY', 'en')).toBe('5,000');
  });

  it('round-trips: parse(format(x)) = x in both languages and in every currency shape', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
        fc.constantFrom('SEK', 'CNY', 'EUR', 'JPY'),
        fc.constantFrom('sv' as const, 'en' as const),
        fc.boolean(),
        (minor, currency, locale, grouping) => {
          const parsed = parseAmount(formatAmount(minor, currency, locale, { grouping }), currency, locale);
          expect(parsed).toEqual({ ok: true, minor });
        },
      ),
    );
  });
});

describe('sums and conversions', () => {
  it('sums exactly where floating-point kronor drift', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(sumMinor([10, 20])).toBe(30);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1e12, max: 1e12 }), { maxLength: 200 }), (amounts) => {
        const exact = amounts.reduce((total, a) => total + BigInt(a), 0n);
        expect(BigInt(sumMinor(amounts))).toBe(exact);
        // The order of the lines never changes the total.
        expect(sumMinor([...amounts].reverse())).toBe(sumMinor(amounts));
      }),
    );
    expect(() => sumMinor([Number.MAX_SAFE_INTEGER, 1])).toThrow(/too large/);
  });

  it('converts at an exact decimal rate, rounding half away from zero once', () => {
    expect(toSekMinor(100_00, 'CNY', '1.4567')).toBe(145_67);
    expect(toSekMinor(1, 'CNY', '1.5')).toBe(2); // 1.5 öre → 2
    expect(toSekMinor(-1, 'CNY', '1.5')).toBe(-2);
    expect(toSekMinor(1000, 'JPY', '0.0712')).toBe(71_20);
    expect(toSekMinor(123_45, 'SEK', '1')).toBe(123_45);
    expect(toSekMinor(10_00, 'EUR', '11,4035')).toBe(114_04);
    expect(() => toSekMinor(1, 'EUR', '1e3')).toThrow(/exchange rate/);
  });

  it('converts a sum to within one öre per line of the sum of conversions, and SEK at rate 1 exactly', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1e9 }), { minLength: 1, maxLength: 50 }),
        fc.stringMatching(/^[1-9]\d{0,2}\.\d{1,6}$/),
        (amounts, rate) => {
          const perLine = sumMinor(amounts.map((a) => toSekMinor(a, 'CNY', rate)));
          const ofSum = toSekMinor(sumMinor(amounts), 'CNY', rate);
          expect(Math.abs(perLine - ofSum)).toBeLessThanOrEqual(amounts.length);
          expect(sumMinor(amounts.map((a) => toSekMinor(a, 'SEK', '1')))).toBe(sumMinor(amounts));
        },
      ),
    );
  });

  it('stores rates in one spelling', () => {
    expect(normaliseRate('1,50')).toBe('1.5');
    expect(normaliseRate('001.000')).toBe('1');
    expect(normaliseRate('0.0712')).toBe('0.0712');
  });
});
