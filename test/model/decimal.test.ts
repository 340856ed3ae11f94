import { describe, expect, it } from 'vitest';
import { compareDecimals, isDecimal, percentage } from '../../src/model/decimal.js';

describe('decimal text arithmetic', () => {
  it('compares without floats', () => {
    expect(compareDecimals('0.1', '0.10')).toBe(0);
    expect(compareDecimals('10.005', '10.0049999999')).toBe(1);
    expect(compareDecimals('-3', '2')).toBe(-1);
    // 2^53 + 1 is where a float comparison would say equal.
    expect(compareDecimals('9007199254740993', '9007199254740992')).toBe(1);
  });

  it('rounds percentages half away from zero to two decimals', () => {
    expect(percentage('50', '200')).toBe('25.00');
    expect(percentage('1', '3')).toBe('33.33');
    expect(percentage('2', '3')).toBe('66.67');
    expect(percentage('-1', '3')).toBe('-33.33');
    expect(percentage('0.00005', '1')).toBe('0.01'); // 0.005 % rounds up, not to 0.00
    expect(percentage('-0.00004', '1')).toBe('0.00'); // no "-0.00"
    expect(percentage('5', '0')).toBeUndefined();
    expect(percentage('5', '0.000')).toBeUndefined();
  });

  it('knows decimal text', () => {
    expect(isDecimal('12.50')).toBe(true);
    expect(isDecimal('-0.3')).toBe(true);
    expect(isDecimal('1e3')).toBe(false);
    expect(isDecimal('.5')).toBe(false);
    expect(isDecimal('')).toBe(false);
  });
});
