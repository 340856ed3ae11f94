import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { costFigures, normalizeDecimalText, percentageChangeText } from '../../src/model/cost-math.js';

describe('percentageChangeText', () => {
  it.each([
    ['420.48', '245.26', '171.44'],
    ['-742.64', '2045.92', '-36.30'],
    ['0.125', '100', '0.13'],
    ['-0.125', '100', '-0.13'],
    ['0.124999', '100', '0.12'],
    ['1', '3', '33.33'],
    ['2', '3', '66.67'],
    ['-2', '3', '-66.67'],
    ['0', '5', '0.00'],
    ['-0.00001', '1000', '0.00'],
    ['5', '-5', '-100.00'],
    ['1361.3075', '0.0001', '1361307500.00'],
  ])('%s / %s', (diff, past, expected) => {
    expect(percentageChangeText(diff, past)).toBe(expected);
  });

  it('is left out when past is zero or either side is unknown', () => {
    expect(percentageChangeText('1361.3075', '0')).toBeUndefined();
    expect(percentageChangeText('1', '0.000')).toBeUndefined();
    expect(percentageChangeText(undefined, '5')).toBeUndefined();
    expect(percentageChangeText('5', undefined)).toBeUndefined();
    expect(percentageChangeText('abc', '5')).toBeUndefined();
  });

  /** Exact check: r (in hundredths) is diff/past*10000 rounded half away from zero. */
  function isRoundedHalfAway(diffCents: bigint, pastCents: bigint, text: string): boolean {
    const r = BigInt(text.replace('.', ''));
    // diff/past*10000 = n/d exactly
    let n = diffCents * 10000n;
    let d = pastCents;
    if (d < 0n) {
      n = -n;
      d = -d;
    }
    const twiceError = 2n * (n - r * d); // 2 * (exact - r) * d
    const abs = (x: bigint) => (x < 0n ? -x : x);
    if (abs(twiceError) < d) return true;
    // A tie (error exactly one half) must round away from zero.
    return abs(twiceError) === d && abs(r * d) > abs(n);
  }

  it('rounds half away from zero, exactly, over many values', () => {
    const cents = fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n });
    fc.assert(
      fc.property(
        cents,
        cents.filter((c) => c !== 0n),
        (diff, past) => {
          const text = percentageChangeText(formatCents(diff), formatCents(past));
          return (
            text !== undefined &&
            /^-?\d+\.\d\d$/.test(text) &&
            text !== '-0.00' &&
            isRoundedHalfAway(diff, past, text)
          );
        },
      ),
      { numRuns: 2000 },
    );
  });
});

function formatCents(cents: bigint): string {
  const negative = cents < 0n;
  const digits = (negative ? -cents : cents).toString().padStart(3, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

describe('normalizeDecimalText', () => {
  it.each([
    ['1361.3075', '1361.3075'],
    ['0.10', '0.10'],
    ['-560.64', '-560.64'],
    ['1.5e3', '1500'],
    ['1.3613075E3', '1361.3075'],
    ['1.5e-3', '0.0015'],
    ['-25E-3', '-0.025'],
    ['12e-1', '1.2'],
    ['-0e5', '0'],
    ['100E+0', '100'],
  ])('%s -> %s', (input, expected) => {
    expect(normalizeDecimalText(input)).toBe(expected);
  });

  it.each(['', '1,5', '+5', ' 5', 'NaN', 'Infinity', '0x10', '1e999999', '.5', '5.'])(
    'refuses %j',
    (input) => {
      expect(normalizeDecimalText(input)).toBeUndefined();
    },
  );
});

describe('costFigures', () => {
  it('keeps only known fields and adds the percentage when it exists', () => {
    expect(costFigures('USD', '665.74', '245.26', '420.48')).toEqual({
      currency: 'USD',
      totalMonthly: '665.74',
      pastTotalMonthly: '245.26',
      diffTotalMonthly: '420.48',
      percentageChange: '171.44',
    });
    expect(costFigures(undefined, '1', undefined, '1')).toEqual({ totalMonthly: '1', diffTotalMonthly: '1' });
    expect(Object.keys(costFigures(undefined, undefined, undefined, undefined))).toEqual([]);
  });
});
