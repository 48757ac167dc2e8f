import { describe, expect, it } from 'vitest';
import { figure } from '../../bench/report';

describe('bench figure targets', () => {
  it('a minimum value is met at or above it and says so in the target', () => {
    expect(figure('items per page', 4.04, 'items', null, { minValue: 4 })).toMatchObject({ target: '≥ 4 items', met: true, ratio: null });
    expect(figure('items per page', 4, 'items', null, { minValue: 4 }).met).toBe(true);
    expect(figure('items per page', 3.9, 'items', null, { minValue: 4 }).met).toBe(false);
  });

  it('combines with a ratio target: both must hold', () => {
    expect(figure('x', 5, 's', 4, { maxRatio: 1.2, minValue: 4 })).toMatchObject({ target: '≤ 1.2× floor, ≥ 4 s', met: false, ratio: 1.25 });
    expect(figure('x', 4.4, 's', 4, { maxRatio: 1.2, minValue: 4 }).met).toBe(true);
    expect(figure('x', 4.4, 's', 4, { maxRatio: 1.2 })).toMatchObject({ target: '≤ 1.2× floor', met: true });
  });
});
