/**
 * Cost figures from decimal text, never through a float. The arithmetic itself lives in
 * decimal.ts; this adds what cost reading needs on top: turning a JSON number's source text
 * (which may carry an exponent) into plain decimal text exactly, and the percentage change.
 */
import { isDecimal, percentage } from './decimal.js';

/** Cost figures as the decimal text Infracost wrote (never through a float). */
export interface CostFigures {
  currency?: string | undefined;
  totalMonthly?: string | undefined;
  pastTotalMonthly?: string | undefined;
  diffTotalMonthly?: string | undefined;
  /** diff / past * 100, two decimals; absent when past is zero or unknown. */
  percentageChange?: string | undefined;
}

/** A JSON number's grammar, captured: sign, whole digits, fraction digits, exponent. */
const JSON_NUMBER = /^(-?)(\d+)(?:\.(\d+))?[eE]([+-]?\d+)$/;
/** Exponents beyond this are not costs; refusing them keeps the digit strings small. */
const MAX_EXPONENT = 400;

/**
 * The cost text to report for what a document held. Plain decimal text is kept exactly as written
 * (trailing zeros included, so the event shows what Infracost showed). A JSON number with an
 * exponent (`1.5e3`) is rewritten as the same value in plain form (`1500`), moving the decimal
 * point in the digit string so no float is involved. Undefined for anything that is not a number.
 */
export function normalizeDecimalText(text: string): string | undefined {
  if (isDecimal(text)) return text;
  const match = JSON_NUMBER.exec(text);
  if (!match) return undefined;
  const [, sign = '', whole = '', fraction = '', exponentText = '0'] = match;
  const exponent = Number(exponentText);
  if (Math.abs(exponent) > MAX_EXPONENT) return undefined;
  let digits = whole + fraction;
  // The point sits after `pointAt` digits of `digits`.
  let pointAt = whole.length + exponent;
  if (pointAt <= 0) {
    digits = '0'.repeat(1 - pointAt) + digits;
    pointAt = 1;
  } else if (pointAt > digits.length) {
    digits += '0'.repeat(pointAt - digits.length);
  }
  const intPart = digits.slice(0, pointAt).replace(/^0+(?=\d)/, '');
  const fracPart = digits.slice(pointAt).replace(/0+$/, '');
  const body = fracPart === '' ? intPart : `${intPart}.${fracPart}`;
  return sign === '-' && /[1-9]/.test(body) ? `-${body}` : body;
}

/**
 * `diff / past × 100` with two decimals, halves away from zero. Undefined when either is unknown
 * or past is zero: a change from nothing has no percentage, and `0` or `100` would be made up.
 */
export function percentageChangeText(diff: string | undefined, past: string | undefined): string | undefined {
  if (diff === undefined || past === undefined) return undefined;
  if (!isDecimal(diff) || !isDecimal(past)) return undefined;
  return percentage(diff, past, 2);
}

/** Figures with `percentageChange` filled from diff and past, and only known fields present. */
export function costFigures(
  currency: string | undefined,
  totalMonthly: string | undefined,
  pastTotalMonthly: string | undefined,
  diffTotalMonthly: string | undefined,
): CostFigures {
  const figures: CostFigures = {};
  if (currency !== undefined) figures.currency = currency;
  if (totalMonthly !== undefined) figures.totalMonthly = totalMonthly;
  if (pastTotalMonthly !== undefined) figures.pastTotalMonthly = pastTotalMonthly;
  if (diffTotalMonthly !== undefined) figures.diffTotalMonthly = diffTotalMonthly;
  const change = percentageChangeText(diffTotalMonthly, pastTotalMonthly);
  if (change !== undefined) figures.percentageChange = change;
  return figures;
}
