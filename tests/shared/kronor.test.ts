import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatSek, parseSek, plainSek } from '../../shared/money/kronor';

const oreOf = (text: string) => {
  const parsed = parseSek(text);
  return parsed.ok ? parsed.ore : null;
};

describe('gift values typed in kronor', () => {
  it('reads kronor as people type them, with or without "kr"', () => {
    expect(oreOf('1 234,50')).toBe(123_450);
    expect(oreOf('1234.5')).toBe(123_450);
    expect(oreOf('500 kr')).toBe(50_000);
    expect(oreOf('500 SEK')).toBe(50_000);
    expect(oreOf('500:-')).toBe(50_000);
    expect(oreOf("1'234")).toBe(123_400);
    expect(oreOf('1\u00a0234,05 kr')).toBe(123_405);
  });

  it('refuses negative values, words and more than two decimals', () => {
    expect(oreOf('-12')).toBeNull();
    expect(oreOf('−12')).toBeNull();
    expect(oreOf('tolv')).toBeNull();
    expect(oreOf('1,234')).toBeNull();
    expect(oreOf('')).toBeNull();
  });

  it('shows whole kronor without decimals, and öre when there are some', () => {
    expect(formatSek(50_000)).toBe('500 kr');
    expect(formatSek(123_450, 'sv')).toBe('1\u00a0234,50 kr');
    expect(formatSek(123_400, 'en')).toBe('SEK 1,234');
    expect(formatSek(5, 'en')).toBe('SEK 0.05');
  });

  it('writes CSV cells without grouping and always with two decimals', () => {
    expect(plainSek(123_450, 'sv')).toBe('1234,50');
    expect(plainSek(123_400, 'en')).toBe('1234.00');
  });

  it('reads back every value it shows, in Swedish', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000_00 }), (ore) => {
        expect(oreOf(formatSek(ore, 'sv'))).toBe(ore);
        expect(oreOf(plainSek(ore, 'sv'))).toBe(ore);
      }),
    );
  });
});
