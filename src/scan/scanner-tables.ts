/**
 * Lookup tables for the byte scanner (json-scanner.ts).
 *
 * Outside strings the scanner is a table-driven DFA: one load per byte, `TRANSITIONS[state << 8 |
 * byte]`, gives either the next state (< ACTION_BASE) or an action the scanner's switch handles
 * (structure, strings, value starts). A table costs the same whether a byte is whitespace, a digit
 * or a letter of `true`, so the whole JSON grammar outside strings is checked at no extra cost
 * over mere bracket counting. Inside strings a second table sorts bytes into "ordinary" and the
 * few that need attention (quote, backslash, control character).
 */

// DFA states outside strings.
export const S_START = 0; // before the top-level value
export const S_VALUE = 1; // a value must follow (after ':' or ',' in an array)
export const S_ARR_FIRST = 2; // after '[': a value or ']'
export const S_OBJ_FIRST = 3; // after '{': a key or '}'
export const S_KEY = 4; // after ',' in an object: a key
export const S_COLON = 5; // after a key: ':'
export const S_AFTER = 6; // after a value: ',' or the container's close
export const S_DONE = 7; // the top-level value is complete: only whitespace may follow
const S_MINUS = 8;
const S_ZERO = 9;
const S_INT = 10;
const S_DOT = 11;
const S_FRAC = 12;
const S_E = 13;
const S_ESIGN = 14;
const S_EXP = 15;
export const S_T1 = 16;
const S_T2 = 17;
const S_T3 = 18;
export const S_F1 = 19;
const S_F2 = 20;
const S_F3 = 21;
const S_F4 = 22;
export const S_N1 = 23;
const S_N2 = 24;
const S_N3 = 25;
export const STATE_COUNT = 26;

// Number states a value can start in (after its first byte).
export { S_MINUS, S_ZERO, S_INT };

// Actions (table entries >= ACTION_BASE).
export const ACTION_BASE = 64;
export const A_VALUE_START = 64; // first byte of a value: { [ " - 0-9 t f n
export const A_KEY_QUOTE = 65; // opening quote of an object key
export const A_COMMA = 66;
export const A_CLOSE_OBJECT = 67;
export const A_CLOSE_ARRAY = 68;
export const A_DONE_NEWLINE = 69; // a newline after the top-level value (for the NDJSON hint)
export const A_TRAILING = 70; // a non-whitespace byte after the top-level value
export const A_ERROR = 255;

const WHITESPACE = [0x20, 0x09, 0x0a, 0x0d];
const VALUE_STARTS = '{["-0123456789tfn';

function codes(chars: string): number[] {
  return [...chars].map((ch) => ch.charCodeAt(0));
}

function buildTransitions(): Uint8Array {
  const t = new Uint8Array(STATE_COUNT * 256).fill(A_ERROR);
  const set = (state: number, bytes: number[] | string, to: number): void => {
    for (const b of typeof bytes === 'string' ? codes(bytes) : bytes) t[(state << 8) | b] = to;
  };
  for (const s of [S_START, S_VALUE, S_ARR_FIRST, S_OBJ_FIRST, S_KEY, S_COLON, S_AFTER]) {
    set(s, WHITESPACE, s);
  }
  for (const s of [S_START, S_VALUE, S_ARR_FIRST]) set(s, VALUE_STARTS, A_VALUE_START);
  set(S_ARR_FIRST, ']', A_CLOSE_ARRAY);
  set(S_OBJ_FIRST, '"', A_KEY_QUOTE);
  set(S_OBJ_FIRST, '}', A_CLOSE_OBJECT);
  set(S_KEY, '"', A_KEY_QUOTE);
  set(S_COLON, ':', S_VALUE);
  // A value just ended: the same bytes end a number, so numbers share this row's exits.
  const afterValue = (s: number): void => {
    set(s, WHITESPACE, S_AFTER);
    set(s, ',', A_COMMA);
    set(s, '}', A_CLOSE_OBJECT);
    set(s, ']', A_CLOSE_ARRAY);
  };
  afterValue(S_AFTER);
  // Everything after the top-level value is trailing data, except whitespace.
  for (let b = 0; b < 256; b++) t[(S_DONE << 8) | b] = A_TRAILING;
  set(S_DONE, [0x20, 0x09, 0x0d], S_DONE);
  set(S_DONE, [0x0a], A_DONE_NEWLINE);
  // Numbers: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
  const digits = '0123456789';
  set(S_MINUS, '0', S_ZERO);
  set(S_MINUS, '123456789', S_INT);
  afterValue(S_ZERO);
  set(S_ZERO, '.', S_DOT);
  set(S_ZERO, 'eE', S_E);
  afterValue(S_INT);
  set(S_INT, digits, S_INT);
  set(S_INT, '.', S_DOT);
  set(S_INT, 'eE', S_E);
  set(S_DOT, digits, S_FRAC);
  afterValue(S_FRAC);
  set(S_FRAC, digits, S_FRAC);
  set(S_FRAC, 'eE', S_E);
  set(S_E, '+-', S_ESIGN);
  set(S_E, digits, S_EXP);
  set(S_ESIGN, digits, S_EXP);
  afterValue(S_EXP);
  set(S_EXP, digits, S_EXP);
  // Literals: the first letter is consumed by A_VALUE_START.
  set(S_T1, 'r', S_T2);
  set(S_T2, 'u', S_T3);
  set(S_T3, 'e', S_AFTER);
  set(S_F1, 'a', S_F2);
  set(S_F2, 'l', S_F3);
  set(S_F3, 's', S_F4);
  set(S_F4, 'e', S_AFTER);
  set(S_N1, 'u', S_N2);
  set(S_N2, 'l', S_N3);
  set(S_N3, 'l', S_AFTER);
  return t;
}

export const TRANSITIONS = buildTransitions();

/** The DFA state after the first byte of a number or literal (skip mode takes these without actions). */
export const STATE_AFTER_FIRST = (() => {
  const t = new Uint8Array(256);
  t[0x2d] = S_MINUS;
  t[0x30] = S_ZERO;
  for (let b = 0x31; b <= 0x39; b++) t[b] = S_INT;
  t[0x74] = S_T1;
  t[0x66] = S_F1;
  t[0x6e] = S_N1;
  return t;
})();

/** Inside a string: 0 ordinary byte, 1 closing quote, 2 backslash, 3 control character (invalid). */
export const STRING_BYTES = (() => {
  const t = new Uint8Array(256);
  for (let b = 0; b < 0x20; b++) t[b] = 3;
  t[0x22] = 1;
  t[0x5c] = 2;
  return t;
})();

/** After a backslash: 0 invalid, 1 a one-byte escape, 2 `u` (four hex digits follow). */
export const ESCAPE_BYTES = (() => {
  const t = new Uint8Array(256);
  for (const b of codes('"\\/bfnrt')) t[b] = 1;
  t[0x75] = 2;
  return t;
})();

export const HEX_BYTES = (() => {
  const t = new Uint8Array(256);
  for (const b of codes('0123456789abcdefABCDEF')) t[b] = 1;
  return t;
})();

/** What a state expects next, for error messages. */
export function expectedIn(state: number): string {
  switch (state) {
    case S_START:
    case S_VALUE:
      return 'a value';
    case S_ARR_FIRST:
      return "a value or ']'";
    case S_OBJ_FIRST:
      return "a key in double quotes or '}'";
    case S_KEY:
      return 'a key in double quotes';
    case S_COLON:
      return "':'";
    case S_AFTER:
      return "',' or a closing bracket";
    case S_DONE:
      return 'the end of the file';
    case S_T1:
    case S_T2:
    case S_T3:
      return 'the rest of `true`';
    case S_F1:
    case S_F2:
    case S_F3:
    case S_F4:
      return 'the rest of `false`';
    case S_N1:
    case S_N2:
    case S_N3:
      return 'the rest of `null`';
    default:
      return 'the rest of a number';
  }
}
