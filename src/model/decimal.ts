/**
 * Exact arithmetic on decimal text ("12.50", "-0.3"), so costs never pass through a float.
 * A value is held as a BigInt of units scaled by 10^scale.
 */

const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;

export function isDecimal(text: string): boolean {
  return DECIMAL.test(text);
}

interface Scaled {
  units: bigint;
  scale: number;
}

function parse(text: string): Scaled {
  const match = DECIMAL.exec(text);
  if (!match) throw new RangeError(`not a decimal: ${text}`);
  const fraction = match[3] ?? '';
  const units = BigInt(`${match[2]}${fraction}`);
  return { units: match[1] ? -units : units, scale: fraction.length };
}

function rescale(value: Scaled, scale: number): bigint {
  return value.units * 10n ** BigInt(scale - value.scale);
}

/** -1, 0 or 1 as a < b, a = b, a > b. */
export function compareDecimals(a: string, b: string): number {
  const x = parse(a);
  const y = parse(b);
  const scale = Math.max(x.scale, y.scale);
  const diff = rescale(x, scale) - rescale(y, scale);
  return diff === 0n ? 0 : diff > 0n ? 1 : -1;
}

export function isZeroDecimal(text: string): boolean {
  return parse(text).units === 0n;
}

/**
 * numerator / denominator * 100, rounded half away from zero to `places` decimals, as text.
 * Undefined when the denominator is zero.
 */
export function percentage(numerator: string, denominator: string, places = 2): string | undefined {
  const n = parse(numerator);
  const d = parse(denominator);
  if (d.units === 0n) return undefined;
  const scale = Math.max(n.scale, d.scale);
  // (n / d) * 100 * 10^places, computed in integers with one extra digit for rounding.
  let num = rescale(n, scale) * 100n * 10n ** BigInt(places + 1);
  let den = rescale(d, scale);
  if (den < 0n) {
    num = -num;
    den = -den;
  }
  const negative = num < 0n;
  const q = (negative ? -num : num) / den;
  const rounded = (q + 5n) / 10n;
  const digits = rounded.toString().padStart(places + 1, '0');
  const whole = digits.slice(0, digits.length - places);
  const fraction = digits.slice(digits.length - places);
  const text = places > 0 ? `${whole}.${fraction}` : whole;
  return negative && rounded !== 0n ? `-${text}` : text;
}

/** a + b exactly, as plain decimal text with the larger of the two scales ("1.5" + "2.25" = "3.75"). */
export function addDecimals(a: string, b: string): string {
  const x = parse(a);
  const y = parse(b);
  const scale = Math.max(x.scale, y.scale);
  const sum = rescale(x, scale) + rescale(y, scale);
  const negative = sum < 0n;
  const digits = (negative ? -sum : sum).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const text = scale > 0 ? `${whole}.${digits.slice(digits.length - scale)}` : whole;
  return negative ? `-${text}` : text;
}
