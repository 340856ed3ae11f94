/**
 * Money as people read it: `$1,361.31`, `+€12.50`, `-¥300`. Infracost writes exact decimal text
 * (`1361.3075`); the event keeps that text, the summaries round it for display here, in integers
 * (never through a float). The symbol and the number of decimals come from the ICU data Node
 * carries (`Intl`), so every ISO 4217 code works; an unknown code is printed after the number.
 */
import { isDecimal } from '../model/decimal.js';

interface CurrencyStyle {
  readonly prefix: string;
  readonly suffix: string;
  readonly digits: number;
}

const styles = new Map<string, CurrencyStyle>();

function styleOf(currency: string | undefined): CurrencyStyle {
  const code = (currency ?? '').trim().toUpperCase();
  const cached = styles.get(code);
  if (cached !== undefined) return cached;
  let style: CurrencyStyle = { prefix: '', suffix: code === '' ? '' : ` ${code}`, digits: 2 };
  if (/^[A-Z]{3}$/.test(code)) {
    try {
      const format = new Intl.NumberFormat('en-US', { style: 'currency', currency: code });
      const symbol = format.formatToParts(0).find((part) => part.type === 'currency')?.value ?? code;
      const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
      // A symbol that is just the code again ("CHF") reads better after the number.
      style =
        symbol === code ? { prefix: '', suffix: ` ${code}`, digits } : { prefix: symbol, suffix: '', digits };
    } catch {
      // Not a currency ICU knows: keep the code after the number.
    }
  }
  styles.set(code, style);
  return style;
}

/** `text` rounded half away from zero to `digits` decimals, with thousands separators; sign apart. */
function rounded(text: string, digits: number): { negative: boolean; body: string } {
  const match = /^(-)?(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) return { negative: false, body: text };
  const fraction = (match[3] ?? '').padEnd(digits + 1, '0');
  let units = BigInt(`${match[2]}${fraction.slice(0, digits + 1)}`);
  units = (units + 5n) / 10n;
  const digitsText = units.toString().padStart(digits + 1, '0');
  const whole = digitsText.slice(0, digitsText.length - digits).replace(/\B(?=(\d{3})+$)/g, ',');
  const body = digits > 0 ? `${whole}.${digitsText.slice(digitsText.length - digits)}` : whole;
  return { negative: match[1] !== undefined && units !== 0n, body };
}

/**
 * An amount for display: `$5,269.21`. `signed` puts `+` on a positive amount (a difference);
 * text that is not a decimal number is shown as it is.
 */
export function formatMoney(amount: string, currency: string | undefined, signed = false): string {
  if (!isDecimal(amount)) return amount;
  const style = styleOf(currency);
  const { negative, body } = rounded(amount, style.digits);
  const zero = /^[0.,]+$/.test(body);
  const sign = negative ? '-' : signed && !zero ? '+' : '';
  return `${sign}${style.prefix}${body}${style.suffix}`;
}

/** A percentage for display with its sign: `+5.00%`, `-24.75%`, `0.00%`. */
export function formatPercent(percent: string): string {
  if (!isDecimal(percent)) return `${percent}%`;
  const { negative, body } = rounded(percent, 2);
  const zero = /^[0.]+$/.test(body);
  return `${negative ? '-' : zero ? '' : '+'}${body}%`;
}
