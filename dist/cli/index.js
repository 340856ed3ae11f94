#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 4006:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(8016);
const utils = __nccwpck_require__(4059);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 5595:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 8265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(5595);
const utils = __nccwpck_require__(4059);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 8016:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(1781);
const parse = __nccwpck_require__(8265);
const utils = __nccwpck_require__(4059);
const constants = __nccwpck_require__(5595);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 1781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(4059);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(5595);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 4059:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(5595);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 99:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:sqlite");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 7997:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: ./src/plain-text.ts
/**
 * Text from files we do not control (addresses, unit folders, server messages) made safe to print
 * on one line of a log, a table cell or a Markdown item: no terminal escape sequences (a name must
 * not recolour, clear or forge log lines), no line breaks, no control or bidirectional-override
 * characters (a "Trojan Source" name that displays as something it is not).
 */
/* eslint-disable no-control-regex -- matching escape sequences and control characters is the point */
/** CSI (colours, cursor moves), OSC (titles, links), other two-byte ESC sequences, 8-bit CSI. */
const ANSI_SEQUENCE = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[@-_]|\u009b[0-?]*[ -/]*[@-~]/g;
/** Line breaks and tabs become one space, so a name stays on its line (and in its table cell). */
const LINE_BREAKS = /[\r\n\t\u000b\u000c\u0085\u2028\u2029]+/g;
/** C0/C1 controls, DEL, bidirectional marks, overrides and isolates. */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/* eslint-enable no-control-regex */
/** Removes terminal escape sequences, control and bidi characters; joins lines. */
function plainText(text) {
    return wellFormed(text.replace(ANSI_SEQUENCE, '').replace(LINE_BREAKS, ' ').replace(INVISIBLE, ''));
}
/** A UTF-16 surrogate without its partner: not a character, and not valid in UTF-8 or strict JSON. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/**
 * `text` with every lone surrogate replaced by U+FFFD. JSON allows `"\ud800"` and JSON.parse
 * yields such strings, but JSON.stringify writes them back as `\ud800`, which strict parsers (jq,
 * Go's encoding/json in strict mode) reject, and UTF-8 cannot encode them at all.
 */
function wellFormed(text) {
    return text.replace(LONE_SURROGATE, '\ufffd');
}
/** A deep copy of a JSON value with every string, keys included, made well-formed. */
function wellFormedJson(value) {
    if (typeof value === 'string')
        return wellFormed(value);
    if (Array.isArray(value))
        return value.map((item) => wellFormedJson(item));
    if (typeof value === 'object' && value !== null) {
        const out = {};
        for (const [key, item] of Object.entries(value)) {
            // defineProperty: a key named __proto__ (a valid output name) stays a key.
            Object.defineProperty(out, wellFormed(key), {
                value: wellFormedJson(item),
                enumerable: true,
                writable: true,
                configurable: true,
            });
        }
        return out;
    }
    return value;
}

;// CONCATENATED MODULE: ./src/errors.ts
/**
 * The project's own errors. Every failure a person can act on is one of these, with a stable
 * `code` (for scripts and tests) and the process exit code it maps to. Entry points print
 * `message` as one line and never a stack trace.
 */

/** Exit codes shared by the CLI, the Action and the plugin. */
const EXIT_OK = 0;
const EXIT_FAILURE = 1;
const EXIT_BAD_INPUT = 2;
/**
 * A setting named in a message, as data: `{setting:terragruntDir}` (the config path). Lower layers
 * never spell a flag, input or plugin setting; each entry words the reference for its world with
 * describeError(error, nameOf) (`--terragrunt-dir`, input "terragrunt-dir", settings.terragrunt_dir).
 */
function settingRef(path) {
    return `{setting:${path}}`;
}
const SETTING_REF = /\{setting:([A-Za-z0-9_.]+)\}/g;
/** The config paths a message refers to, in order. */
function settingsIn(template) {
    return [...template.matchAll(SETTING_REF)].map((match) => match[1]);
}
/** A name any reader understands when no world is known: `the terragrunt-dir setting`. */
function neutralName(path) {
    const last = path.split('.').pop() ?? path;
    return `the ${last.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} setting`;
}
/** Replaces each `{setting:path}` with its name in one world (or the neutral name). */
function wordSettings(template, nameOf) {
    return template.replace(SETTING_REF, (_, path) => nameOf?.(path) ?? neutralName(path));
}
class IacmError extends Error {
    /** The message as written, setting references unworded; `message` words them neutrally. */
    template;
    /** Config paths of the settings at fault or to use (from the template), for entries and scripts. */
    settings;
    constructor(template, options) {
        super(wordSettings(template), options);
        this.template = template;
        this.settings = settingsIn(template);
    }
    get name() {
        return this.constructor.name;
    }
}
/** A file we were given cannot be used. Exit 2. */
class InputError extends IacmError {
    code;
    file;
    detail;
    offset;
    exitCode = EXIT_BAD_INPUT;
    constructor(code, 
    /** The file (or glob, or directory) the problem is in, as the user named it. */
    file, 
    /** What is wrong, and where possible what to do; no file name (it is added). */
    detail, 
    /** Byte offset of the problem in the file, when there is one. */
    offset, options) {
        super(`${file}${offset === undefined ? '' : ` (byte ${offset})`}: ${detail}`, options);
        this.code = code;
        this.file = file;
        this.detail = detail;
        this.offset = offset;
    }
}
/** Flags, inputs or settings that do not make sense together. Exit 2. */
class UsageError extends IacmError {
    code;
    exitCode = EXIT_BAD_INPUT;
    constructor(message, code = 'USAGE', options) {
        super(message, options);
        this.code = code;
    }
}
/** A call to the Harness API failed for good. Exit 1. */
class ApiError extends IacmError {
    code;
    status;
    serverMessage;
    exitCode = EXIT_FAILURE;
    constructor(code, message, 
    /** HTTP status, when the server answered. */
    status, options, 
    /** What the server's error body said (its `message`), when it said something. */
    serverMessage) {
        // Messages quote servers, proxies and headers: cleaned of escape sequences and control
        // characters here, once, so every place that prints one prints it plain.
        super(plainText(message), options);
        this.code = code;
        this.status = status;
        this.serverMessage = serverMessage;
    }
}
/** A gate the user set (fail-on-drift, fail-on-destroy, cost) tripped. Exit 1. */
class GateError extends (/* unused pure expression or super */ null && (IacmError)) {
    code = 'GATE_FAILED';
    exitCode = EXIT_FAILURE;
}
/**
 * One line for a person: our errors worded for the caller's world (`nameOf` names the settings a
 * message refers to), anything else without its stack. Messages quote
 * file names and servers' words, which can hold line breaks and terminal escape sequences (a unit
 * folder named to recolour or clear a CI log): those are removed, so the line stays one plain line.
 */
function describeError(error, nameOf) {
    if (error instanceof IacmError)
        return plainText(nameOf ? wordSettings(error.template, nameOf) : error.message);
    if (error instanceof Error)
        return plainText(`unexpected error: ${error.message}`);
    return plainText(`unexpected error: ${String(error)}`);
}
function exitCodeOf(error) {
    return error instanceof IacmError ? error.exitCode : EXIT_FAILURE;
}

;// CONCATENATED MODULE: ./src/api/redact.ts
/**
 * Keeps secrets out of everything we print. Error messages can carry text we do not control (a
 * server's `message`, a network error that quotes a header, a URL a user pasted), so every line
 * that leaves the program through the API layer goes through `redact` first.
 */
const REDACTED = '[REDACTED]';
/** Header lines such as `x-api-key: pat.xxx` that a proxy or server may echo back. */
const API_KEY_HEADER = /(x-api-key["']?\s*[:=]\s*["']?)[^\s"',;}]+/gi;
/** Harness API keys have a recognisable shape (`pat.<account>.<id>.<secret>`, `sat.` likewise). */
const HARNESS_TOKEN = /\b([ps]at)\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+/g;
/**
 * Only the given secrets (as given and percent-encoded), nothing pattern-based: for whole output
 * streams such as a dry run's body, which must otherwise stay exactly as built.
 */
function redact_redactSecrets(text, secrets) {
    let out = text;
    for (const form of secretForms(secrets))
        if (out.includes(form))
            out = out.split(form).join(REDACTED);
    return out;
}
function secretForms(secrets) {
    const forms = new Set();
    for (const secret of secrets) {
        // Very short "secrets" would shred ordinary text and are not real keys anyway.
        if (secret === undefined || secret.length < 4)
            continue;
        forms.add(secret);
        forms.add(encodeURIComponent(secret));
    }
    // Longest first, so a secret that contains another is replaced whole.
    return [...forms].sort((a, b) => b.length - a.length);
}
/**
 * Replaces every occurrence of each secret (as given, and as it would appear percent-encoded in a
 * URL) with `[REDACTED]`, then masks anything that still looks like an API key header or token.
 */
function redact(text, secrets = []) {
    const out = redact_redactSecrets(text, secrets);
    return out.replace(API_KEY_HEADER, `$1${REDACTED}`).replace(HARNESS_TOKEN, `$1.${REDACTED}`);
}

;// CONCATENATED MODULE: ./src/config/settings.ts
/**
 * THE settings table: every setting of a report run, once, for all three worlds. The CLI's flags
 * (`--name`), the Action's inputs (`name`, declared in action.yml) and the plugin's settings
 * (`settings.name_in_snake_case`, arriving as PLUGIN_NAME) are all read from these rows by the
 * readers in this folder; `iacm-report --help` is generated from them at run time, and action.yml's
 * inputs and the README tables by `npm run docs:settings` (a test fails when those are stale).
 *
 * To add a setting:
 *   1. Add its field to the zod schema in schema.ts (type, default, and any rule that spans fields
 *      goes in that file's superRefine, never in a reader).
 *   2. Add one row below: `name` (kebab-case, it becomes --name, input name and settings.name),
 *      `path` (the schema field, dotted), `kind`, `section`, `description` (the action.yml text)
 *      and `help` (one line for --help and the README). Set `worlds` when not all three offer it,
 *      `env` for variables consulted when it is not given, `secret` for anything not to echo.
 *   3. Run `npm run docs:settings`: it rewrites action.yml's inputs and the README's CLI, Action and
 *      plugin tables from the rows (test/config/settings-table.test.ts fails while they are stale).
 *      `iacm-report --help` is generated from the rows at run time (cli/settings-usage.ts).
 * Nothing else: parsing, validation, help, docs and error wording follow from the row.
 *
 * One boolean grammar everywhere a boolean arrives as text (Action inputs, plugin settings):
 * `true` or `false` in any letter case; empty means unset (the default). On the CLI a boolean is a
 * flag: present means true.
 */
const WORLDS = ['cli', 'action', 'plugin'];
const SETTINGS = [
    // ── Inputs ──
    {
        name: 'plan',
        path: 'plans',
        kind: 'list',
        value: 'file|glob',
        section: 'inputs',
        description: 'Plan JSON files (`terraform show -json` / `tofu show -json` output) to report, one per line or comma-separated; globs allowed.',
        help: 'plan JSON files or globs (`terraform show -json` / `tofu show -json`); several add up',
    },
    {
        name: 'drift',
        path: 'drifts',
        kind: 'list',
        value: 'file|glob',
        section: 'inputs',
        description: 'Drift files (refresh-only plan JSON with `resource_drift`), one per line or comma-separated; globs allowed.',
        help: "refresh-only plan JSON; its drift is the event's drift",
    },
    {
        name: 'terragrunt-dir',
        path: 'terragruntDir',
        kind: 'text',
        value: 'dir',
        section: 'inputs',
        description: "Root of a Terragrunt `--json-out-dir` tree: one plan JSON per unit, under the unit's relative path.",
        help: 'tree from `terragrunt run --all --json-out-dir <dir> -- plan`',
    },
    {
        name: 'terragrunt-report',
        path: 'terragruntReport',
        kind: 'text',
        value: 'file',
        section: 'inputs',
        description: 'Terragrunt run report JSON (`--report-file`), for unit status and errors.',
        help: 'Terragrunt run report (`--report-file`, JSON)',
    },
    {
        name: 'plan-file-name',
        path: 'planFileName',
        kind: 'text',
        value: 'glob',
        section: 'inputs',
        default: 'tfplan.json',
        description: 'File name (glob allowed) of the plan JSON inside each Terragrunt unit folder.',
        help: 'plan file name (glob) inside each unit folder',
    },
    {
        name: 'infracost',
        path: 'infracost',
        kind: 'text',
        value: 'file',
        section: 'inputs',
        description: 'Infracost JSON (`infracost breakdown` or `infracost diff --format json`) with the costs.',
        help: '`infracost breakdown` / `infracost diff --format json` output',
    },
    // ── Event ──
    {
        name: 'event-type',
        path: 'eventType',
        kind: 'text',
        value: 'type',
        section: 'event',
        description: 'IaCM event type: plan, drifted, provisioning, destroying, active, inactive, apply_needed, failed or stage-complete. Default: plan; for drift-only runs drifted (active when nothing drifted).',
        help: 'override (plan, drifted, active, failed, ...)',
    },
    {
        name: 'activity-type',
        path: 'activityType',
        kind: 'text',
        value: 'type',
        section: 'event',
        description: 'Activity type: apply, destroy, plan, drifted, import, bootstrap, synth, deploy, diff, drift or rollback. Default: plan; drift for drift-only runs.',
        help: 'override (plan, drift, apply, ...)',
    },
    {
        name: 'activity-status',
        path: 'activityStatus',
        kind: 'text',
        value: 'status',
        section: 'event',
        description: 'Activity status: success, failure or incomplete. Default: failure when a plan errored or a unit failed, incomplete when a unit was skipped, else success.',
        help: 'override (success, failure, incomplete)',
    },
    {
        name: 'provisioner',
        path: 'provisioner',
        kind: 'text',
        value: 'name',
        section: 'event',
        description: 'terraform, opentofu or terragrunt. Default: terragrunt for a Terragrunt tree, else what the plans show.',
        help: 'terraform, opentofu or terragrunt (default: inferred)',
    },
    // ── Connection (the CLI's send / ttl / pipelines commands share these) ──
    {
        name: 'account-id',
        path: 'connection.accountId',
        kind: 'text',
        value: 'id',
        section: 'connection',
        env: { cli: ['HARNESS_ACCOUNT_ID'], plugin: ['HARNESS_ACCOUNT_ID'] },
        endpoint: 'account_id',
        description: 'Harness account id. Required unless dry-run is true.',
        help: 'Harness account id (`Harness-Account` header)',
    },
    {
        name: 'org',
        path: 'connection.org',
        kind: 'text',
        value: 'id',
        section: 'connection',
        env: { cli: ['HARNESS_ORG_ID'], plugin: ['HARNESS_ORG_ID'] },
        endpoint: 'org_id',
        description: 'Harness organization id. Required unless dry-run is true.',
        help: 'organisation id',
    },
    {
        name: 'project',
        path: 'connection.project',
        kind: 'text',
        value: 'id',
        section: 'connection',
        env: { cli: ['HARNESS_PROJECT_ID'], plugin: ['HARNESS_PROJECT_ID'] },
        endpoint: 'project_id',
        description: 'Harness project id. Required unless dry-run is true.',
        help: 'project id',
    },
    {
        name: 'workspace',
        path: 'connection.workspace',
        kind: 'text',
        value: 'id',
        section: 'connection',
        // In a Harness stage HARNESS_WORKSPACE is the checkout folder (`/harness`), never an id.
        env: { cli: ['HARNESS_WORKSPACE_ID'], plugin: ['IACM_WORKSPACE_ID'] },
        endpoint: 'workspace_id',
        description: 'IaCM workspace id. Required unless dry-run is true.',
        help: 'IaCM workspace id',
    },
    {
        name: 'api-key',
        path: 'connection.apiKey',
        kind: 'text',
        value: 'key',
        section: 'connection',
        secret: true,
        env: { cli: ['HARNESS_API_KEY'] },
        endpoint: 'token',
        description: 'Harness API key (`pat.*` or `sat.*`); pass it from a secret. Masked in the log and sent only in the `x-api-key` header. Required unless dry-run is true.',
        help: 'a `pat.*` / `sat.*` key, from a secret (never on a command line: it shows in process lists)',
    },
    {
        name: 'base-url',
        path: 'connection.baseUrl',
        kind: 'text',
        value: 'url',
        section: 'connection',
        env: { cli: ['HARNESS_BASE_URL'] },
        default: 'https://app.harness.io',
        description: 'Harness host, path prefix included (for example `https://app.harness.io/gateway`).',
        help: 'Harness host, path prefix included (`https://acme.harness.io/gateway`)',
    },
    // ── Delivery ──
    {
        name: 'dry-run',
        path: 'dryRun',
        kind: 'boolean',
        section: 'delivery',
        default: 'false',
        description: 'true to skip only the send to Harness: the summary, outputs, payload file and comment are still produced.',
        help: 'build and show the request body; send nothing, need no credentials',
    },
    {
        name: 'spool-dir',
        path: 'spoolDir',
        kind: 'text',
        value: 'dir',
        section: 'delivery',
        description: 'Where the request body is saved when sending fails for good, for a later `iacm-report send`. Default: RUNNER_TEMP.',
        help: 'where an undeliverable body is saved (default: RUNNER_TEMP, else the OS temp folder)',
    },
    // ── Review: the pull/merge request comment, the check run, the Markdown file (docs/pull-requests.md) ──
    {
        name: 'comment',
        path: 'review.comment',
        kind: 'text',
        value: 'mode',
        section: 'review',
        default: 'off',
        description: 'Sticky pull-request comment: off, on-change (only when the plan has changes or drift, but an existing comment is always refreshed) or always. Needs `pull-requests: write`.',
        help: 'sticky pull/merge request comment: off, on-change or always',
    },
    {
        name: 'comment-key',
        path: 'review.commentKey',
        kind: 'text',
        value: 'key',
        section: 'review',
        description: "Tells this step's comment apart from others on the same PR (set one per matrix leg). Default: the workflow and job names.",
        help: "tells this step's comment apart from others on the same request (one per matrix leg)",
    },
    {
        name: 'github-token',
        path: 'review.token',
        kind: 'text',
        value: 'token',
        section: 'review',
        worlds: ['action'],
        secret: true,
        default: '${{ github.token }}',
        description: 'Token used to write the PR comment and the check run.',
        help: 'token used to write the PR comment and the check run',
    },
    {
        name: 'forge-token',
        path: 'review.token',
        kind: 'text',
        value: 'token',
        section: 'review',
        worlds: ['cli', 'plugin'],
        secret: true,
        description: 'GitHub or GitLab token for the comment and check run. Default: GITHUB_TOKEN or GITLAB_TOKEN.',
        help: 'GitHub or GitLab token for the comment (default: `GITHUB_TOKEN` / `GITLAB_TOKEN`)',
    },
    {
        name: 'forge',
        path: 'review.forge',
        kind: 'text',
        value: 'github|gitlab',
        section: 'review',
        worlds: ['cli', 'plugin'],
        description: 'Where the pull or merge request lives. Default: detected from the CI (GitHub Actions, GitLab CI, Harness CI / Drone).',
        help: 'github or gitlab (default: detected from the CI)',
    },
    {
        name: 'forge-url',
        path: 'review.forgeUrl',
        kind: 'text',
        value: 'url',
        section: 'review',
        worlds: ['cli', 'plugin'],
        description: "The forge's API root: `https://HOST/api/v3` for GitHub Enterprise Server, `https://HOST/api/v4` for GitLab. Default: from the CI.",
        help: 'API root: `https://HOST/api/v3` (GitHub Enterprise), `https://HOST/api/v4` (GitLab)',
    },
    {
        name: 'forge-timeout',
        path: 'review.forgeTimeout',
        kind: 'text',
        value: 'seconds',
        section: 'review',
        default: '60',
        description: 'One deadline, in seconds, for every GitHub or GitLab call of the step (comment, check run).',
        help: 'seconds for all comment and check run calls together',
    },
    {
        name: 'check-run',
        path: 'review.checkRun',
        kind: 'boolean',
        section: 'review',
        default: 'false',
        description: 'true to write a check run `iacm-reporter / <workspace>` on the pull request head (GitHub; needs `checks: write`).',
        help: 'write a GitHub check run `iacm-reporter / <workspace>` (needs `checks: write`)',
    },
    {
        name: 'markdown',
        path: 'review.markdownFile',
        kind: 'text',
        value: 'file',
        section: 'review',
        worlds: ['cli'],
        description: "Write the Markdown summary (as the Action's job summary) to this file.",
        help: 'write the Markdown summary to this file',
    },
    {
        name: 'markdown-file',
        path: 'review.markdownFile',
        kind: 'text',
        value: 'file',
        section: 'review',
        worlds: ['plugin'],
        description: "Write the Markdown summary (as the Action's job summary) to this file.",
        help: 'write the Markdown summary to this file',
    },
    {
        name: 'markdown-budget',
        path: 'review.markdownBudget',
        kind: 'text',
        value: 'summary|comment',
        section: 'review',
        worlds: ['cli', 'plugin'],
        default: 'summary',
        description: 'Size of the Markdown file: summary (1 MiB, a job summary) or comment (65,536 characters).',
        help: 'Markdown size: summary (1 MiB) or comment (65,536 characters)',
    },
    // ── Gates ──
    {
        name: 'fail-on-drift',
        path: 'gates.failOnDrift',
        kind: 'boolean',
        section: 'gates',
        default: 'false',
        description: 'true to fail the step when any resource drifted (after the report is sent).',
        help: 'fail when any resource drifted (after the report is sent)',
    },
    {
        name: 'fail-on-destroy',
        path: 'gates.failOnDestroy',
        kind: 'boolean',
        section: 'gates',
        default: 'false',
        description: 'true to fail the step when the plan destroys any resource, replacements included (after the report is sent).',
        help: 'fail when the plan destroys any resource, replacements included',
    },
    {
        name: 'max-monthly-cost-increase',
        path: 'gates.maxMonthlyCostIncrease',
        kind: 'text',
        value: 'amount',
        section: 'gates',
        description: 'Fail the step when the monthly cost rises by more than this amount (in the Infracost currency, for example 100 or 12.50). Needs an Infracost diff.',
        help: 'fail when the Infracost monthly diff exceeds this amount',
    },
    {
        name: 'fail-on-policy',
        path: 'gates.failOnPolicy',
        kind: 'text',
        value: 'error|warning',
        section: 'gates',
        description: "error or warning: fail the step (after the report is sent) when Harness's policy evaluation of the uploaded data answers that or worse.",
        help: "error or warning: fail when Harness's policy answer to the uploads is that or worse",
    },
    // ── Workspace data uploads (issue 14; upload-settings.ts) ──
    {
        name: 'plan-text',
        path: 'uploads.planText',
        kind: 'text',
        value: 'file',
        section: 'uploads',
        description: "Upload this human-readable plan (`terraform show -no-color tfplan` output) to the workspace as plan_human; its id becomes the event's plan_uuid. Needs the four pipeline ids.",
        help: 'terraform/tofu show -no-color output -> plan_human -> plan_uuid',
    },
    {
        name: 'plan-text-name',
        path: 'uploads.planTextName',
        kind: 'text',
        value: 'name',
        section: 'uploads',
        description: "File name of the plan text beside each Terragrunt unit's plan; each is uploaded with the unit's path as stack_path. Needs terragrunt-dir and the four pipeline ids.",
        help: "plan text file beside each Terragrunt unit's plan (stack_path = unit)",
    },
    {
        name: 'upload-infracost',
        path: 'uploads.infracost',
        kind: 'boolean',
        section: 'uploads',
        default: 'false',
        description: "true to upload the infracost file as cost_breakdown or cost_diff (by what it is), and each unit's project for a Terragrunt tree; ids go to cost_breakdown_uuid / cost_diff_uuid.",
        help: 'upload the --infracost file as cost_breakdown / cost_diff (and per unit)',
    },
    {
        name: 'upload-state',
        path: 'uploads.state',
        kind: 'text',
        value: 'file',
        section: 'uploads',
        description: 'Upload this state file as state_raw (state_uuid, state_checksum). State holds secrets: it is only streamed to Harness, never read otherwise or printed.',
        help: 'state file -> state_raw -> state_uuid, state_checksum (never printed)',
    },
    {
        name: 'pipeline-id',
        path: 'uploads.pipeline.pipelineId',
        kind: 'text',
        value: 'id',
        section: 'uploads',
        env: { cli: ['HARNESS_PIPELINE_ID'], plugin: ['HARNESS_PIPELINE_ID'] },
        description: 'Harness pipeline id for the uploads (required by the data endpoint).',
        help: 'Harness pipeline id, required by any upload',
    },
    {
        name: 'stage-id',
        path: 'uploads.pipeline.stageId',
        kind: 'text',
        value: 'id',
        section: 'uploads',
        env: { cli: ['HARNESS_STAGE_ID'], plugin: ['HARNESS_STAGE_ID'] },
        description: 'Harness stage id for the uploads.',
        help: 'Harness stage id, required by any upload',
    },
    {
        name: 'pipeline-execution-id',
        path: 'uploads.pipeline.pipelineExecutionId',
        kind: 'text',
        value: 'id',
        section: 'uploads',
        env: { cli: ['HARNESS_EXECUTION_ID'], plugin: ['HARNESS_EXECUTION_ID'] },
        endpoint: 'pipeline_execution_id',
        description: 'Harness pipeline execution id for the uploads.',
        help: 'pipeline execution id, required by any upload',
    },
    {
        name: 'pipeline-stage-id',
        path: 'uploads.pipeline.pipelineStageId',
        kind: 'text',
        value: 'id',
        section: 'uploads',
        endpoint: 'pipeline_stage_execution_id',
        description: 'Harness stage execution id for the uploads.',
        help: 'the stage execution id, required by any upload',
    },
    // ── Partial reports: one CI leg of many (issue 13) ──
    {
        name: 'save-partial',
        path: 'savePartial',
        kind: 'text',
        value: 'file',
        section: 'partial',
        description: "Write this leg's partial report to this file (for a final job with `merge`) instead of sending; no Harness input is needed then. Upload it under a unique name per leg.",
        help: "write this leg's partial report; nothing is sent (unless --send)",
    },
    {
        name: 'leg',
        path: 'leg',
        kind: 'text',
        value: 'name',
        section: 'partial',
        description: "The leg's name in its partial report, for the merged summary (for example the matrix value). Default: the job id and the partial's file name.",
        help: "the leg's name in the partial (default: CI job/step and file name)",
    },
    {
        name: 'send',
        path: 'send',
        kind: 'boolean',
        section: 'partial',
        default: 'false',
        description: "true to also send this leg's own event with `save-partial` (one workspace per leg, merged with `comment-only`).",
        help: "with --save-partial, also send this leg's own event",
    },
    // ── Merge: the final job of a matrix (the CLI's `merge` command takes these as its own flags) ──
    {
        name: 'merge',
        path: 'merge.partials',
        kind: 'list',
        value: 'file|glob',
        section: 'merge',
        worlds: ['action', 'plugin'],
        description: "Partial report files or globs (one per line or comma-separated) to merge into one event, one job summary and one comment. Set it in the final job that downloads the legs' partials.",
        help: 'partial report files or globs to merge into one event',
    },
    {
        name: 'comment-only',
        path: 'merge.commentOnly',
        kind: 'boolean',
        section: 'merge',
        worlds: ['action', 'plugin'],
        default: 'false',
        description: 'With `merge`: the legs already sent to their own workspaces; write one comment and job summary over all of them, one section per workspace, and send nothing.',
        help: "with merge: one summary over many workspaces' legs; nothing sent",
    },
    {
        name: 'expect-legs',
        path: 'merge.expectLegs',
        kind: 'text',
        value: 'count',
        section: 'merge',
        worlds: ['action', 'plugin'],
        description: 'With `merge`: how many legs the matrix has. Fewer partials make the event incomplete, and the summary says how many are missing.',
        help: 'with merge: legs expected; fewer make the event incomplete',
    },
    {
        name: 'allow-mixed',
        path: 'merge.allowMixed',
        kind: 'boolean',
        section: 'merge',
        worlds: ['action', 'plugin'],
        default: 'false',
        description: 'With `merge`, true to accept partials of different workspaces or commits.',
        help: 'with merge: accept partials of different workspaces or commits',
    },
];
/** The rows a world offers, in table order. */
function settingsOf(world) {
    return SETTINGS.filter((setting) => (setting.worlds ?? WORLDS).includes(world));
}
/** The plugin setting key: `fail-on-drift` -> `fail_on_drift`. */
function pluginKey(setting) {
    return setting.name.replace(/-/g, '_');
}
/** The variable Harness sets for a plugin setting: `PLUGIN_FAIL_ON_DRIFT`. */
function pluginVariable(setting) {
    return `PLUGIN_${pluginKey(setting).toUpperCase()}`;
}
/** The row whose path is `path` or holds it (`plans.0` -> plans). */
function settingAt(path, world) {
    const rows = world === undefined ? SETTINGS : settingsOf(world);
    return rows.find((setting) => path === setting.path || path.startsWith(`${setting.path}.`));
}
/**
 * The one boolean grammar for text values (Action inputs, plugin settings): `true` / `false` in
 * any letter case. Undefined for anything else (`yes`, `1`, `on` are more likely mistakes).
 */
function parseBooleanText(value) {
    const lower = value.toLowerCase();
    if (lower === 'true')
        return true;
    if (lower === 'false')
        return false;
    return undefined;
}
/** Several files or globs in one value: comma-joined (Harness lists) or one a line (YAML blocks). */
function splitList(value) {
    return value
        .split(/[\n,]/)
        .map((item) => item.trim())
        .filter((item) => item !== '');
}
/** Sets `value` at a dotted path (`gates.failOnDrift`) of a plain object, creating the levels. */
function setPath(into, dotted, value) {
    const keys = dotted.split('.');
    let node = into;
    for (const key of keys.slice(0, -1)) {
        node[key] ??= {};
        node = node[key];
    }
    node[keys[keys.length - 1]] = value;
}
/** How each world names a setting in messages (for describeError and config errors). */
const SETTING_NAMES = {
    cli: (path) => {
        const setting = settingAt(path, 'cli');
        if (setting === undefined)
            return undefined;
        const env = setting.env?.cli ?? [];
        return [`--${setting.name}`, ...env].join(' / ');
    },
    action: (path) => {
        const setting = settingAt(path, 'action');
        return setting === undefined ? undefined : `input "${setting.name}"`;
    },
    plugin: (path) => {
        // Inside a stage the service URL comes with the stage, not from a setting.
        if (path === 'connection.serviceUrl')
            return 'PLUGIN_ENDPOINT_VARIABLES.base_url';
        const setting = settingAt(path, 'plugin');
        if (setting === undefined)
            return undefined;
        const sources = [pluginVariable(setting), ...(setting.env?.plugin ?? [])];
        return `settings.${pluginKey(setting)} (${sources.join(', ')})`;
    },
};

;// CONCATENATED MODULE: ./src/api/api-url.ts
/**
 * Where an IaCM call goes. Two forms: through the Harness host (`{baseUrl}/iacm/api/...`, where
 * baseUrl may carry a prefix such as `/gateway`) and, inside a pipeline stage, straight to the
 * IaCM service (`{serviceUrl}/api/...`).
 */

/** Each field a call needs, as a person calls it, with a reference each entry words for its world. */
const FLAG_NAMES = {
    accountId: `account id (${settingRef('connection.accountId')})`,
    org: `org (${settingRef('connection.org')})`,
    project: `project (${settingRef('connection.project')})`,
    workspace: `workspace (${settingRef('connection.workspace')})`,
    apiKey: `API key (${settingRef('connection.apiKey')})`,
};
/** Everything a call needs, or a UsageError that names each missing piece. */
function requireConnection(conn) {
    const missing = Object.keys(FLAG_NAMES).filter((key) => conn[key] === undefined || conn[key] === '');
    if (missing.length > 0) {
        throw new UsageError(`missing ${missing.map((key) => FLAG_NAMES[key]).join(', ')}`, 'CONFIG_MISSING');
    }
    return conn;
}
function isLoopbackHost(hostname) {
    const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
    return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}
/**
 * The API root (`.../iacm/api` or `.../api`), without a trailing slash. Plain http is refused
 * except to this machine: the API key travels in a header and must not cross a network in clear.
 */
function apiRoot(conn) {
    const inStage = conn.serviceUrl !== undefined;
    const raw = conn.serviceUrl ?? conn.baseUrl;
    const flag = settingRef(inStage ? 'connection.serviceUrl' : 'connection.baseUrl');
    let url;
    try {
        url = new URL(raw);
    }
    catch (error) {
        throw new UsageError(`${flag} "${raw}" is not a URL`, 'CONFIG_INVALID', { cause: error });
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new UsageError(`${flag} must start with https:// (got ${url.protocol}//)`, 'CONFIG_INVALID');
    }
    if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
        throw new UsageError(`${flag} uses plain http:// to ${url.hostname}; the API key would travel unencrypted, use https://`, 'CONFIG_INVALID');
    }
    let prefix = url.pathname.replace(/\/+$/, '');
    let suffix = '/api';
    if (!inStage) {
        // Tolerate a base URL pasted with the IaCM part already on it, rather than doubling it.
        prefix = prefix.replace(/\/iacm(\/api)?$/, '');
        suffix = '/iacm/api';
    }
    return new URL(`${url.origin}${prefix}${suffix}`);
}
/** `{root}/orgs/{org}/projects/{project}/workspaces/{workspace}/{resource}?{query}`. */
function workspaceUrl(conn, resource, query = {}) {
    const root = apiRoot(conn);
    for (const [name, value] of [
        ['org', conn.org],
        ['project', conn.project],
        ['workspace', conn.workspace],
    ]) {
        // URL parsers fold "." and ".." (even percent-encoded) into path navigation; no Harness
        // identifier looks like that, so refuse rather than call some other path.
        if (value === '.' || value === '..') {
            throw new UsageError(`${settingRef(`connection.${name}`)} "${value}" is not a valid identifier`, 'CONFIG_INVALID');
        }
    }
    const segments = ['orgs', conn.org, 'projects', conn.project, 'workspaces', conn.workspace];
    const path = segments.map((segment) => encodeURIComponent(segment)).join('/');
    const url = new URL(`${root.href}/${path}/${resource}`);
    for (const [key, value] of Object.entries(query))
        url.searchParams.set(key, String(value));
    return url;
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/util.js

// functions
function assertEqual(val) {
    return val;
}
function assertNotEqual(val) {
    return val;
}
function toZod() {
    return (schema) => schema;
}
function assertIs(_arg) { }
function assertNever(_x) {
    throw new Error("Unexpected value in exhaustive check");
}
function assert(_) { }
function getEnumValues(entries) {
    const numericValues = Object.values(entries).filter((v) => typeof v === "number");
    const values = Object.entries(entries)
        .filter(([k, _]) => numericValues.indexOf(+k) === -1)
        .map(([_, v]) => v);
    return values;
}
function joinValues(array, separator = "|") {
    return array.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
    if (typeof value === "bigint")
        return value.toString();
    return value;
}
// the accessor lives on a shared prototype: an own accessor makes every box a dictionary-mode object (~360 B and a slow load per read against ~100 B and an inlined getter here)
class Cached {
    constructor(getter) {
        this._getter = getter;
        this._value = undefined;
    }
    get value() {
        const getter = this._getter;
        if (getter !== undefined) {
            this._value = getter();
            this._getter = undefined;
        }
        return this._value;
    }
}
function cached(getter) {
    return new Cached(getter);
}
function nullish(input) {
    return input === null || input === undefined;
}
function cleanRegex(source) {
    const start = source.startsWith("^") ? 1 : 0;
    const end = source.endsWith("$") ? source.length - 1 : source.length;
    return source.slice(start, end);
}
function floatSafeRemainder(val, step) {
    const ratio = val / step;
    const roundedRatio = Math.round(ratio);
    // `val` and `step` each round to a double before the division rounds again, so a true decimal multiple's quotient can sit up to 1.5 of these scaled epsilons from the integer. A 1x tolerance therefore rejected 2.03 as a multiple of 0.07; 4x covers the worst case with margin.
    const tolerance = 4 * Number.EPSILON * Math.max(Math.abs(ratio), 1);
    if (Math.abs(ratio - roundedRatio) < tolerance)
        return 0;
    return ratio - roundedRatio;
}
const EVALUATING = /* @__PURE__*/ (/* unused pure expression or super */ null && (Symbol("evaluating")));
function defineLazy(object, key, getter) {
    let value = undefined;
    Object.defineProperty(object, key, {
        get() {
            if (value === EVALUATING) {
                // Circular reference detected, return undefined to break the cycle
                return undefined;
            }
            if (value === undefined) {
                value = EVALUATING;
                value = getter();
            }
            return value;
        },
        set(v) {
            Object.defineProperty(object, key, {
                value: v,
                // configurable: true,
            });
            // object[key] = v;
        },
        configurable: true,
    });
}
function objectClone(obj) {
    return Object.create(Object.getPrototypeOf(obj), Object.getOwnPropertyDescriptors(obj));
}
function util_assignProp(target, prop, value) {
    Object.defineProperty(target, prop, {
        value,
        writable: true,
        enumerable: true,
        configurable: true,
    });
}
/**
 * Whichever object a def's `shape` currently answers from: the one the caller passed until the first read, the frozen copy after it.
 *
 * Its keys and descriptors read without invoking anything, which is what lets a discriminated union check its discriminator, and the cycle walk read a shape, without resolving a getter that references the schema being constructed. A def that answers `shape` from an accessor of its own has none.
 */
function rawShape(def) {
    const desc = Object.getOwnPropertyDescriptor(def, "shape");
    return desc?.get ? desc.get.raw : desc?.value;
}
// where a builder reads its source's keys and descriptors, resolving only a shape a def answers for itself. A shape resolves by object spread, so only its enumerable keys are ever part of it.
function sourceShape(schema) {
    return rawShape(schema._zod.def) ?? schema._zod.def.shape;
}
// a key whose value is not settled yet, self-caching so every read after the first gets the same one
function deferProp(target, key, getter) {
    Object.defineProperty(target, key, {
        get() {
            const value = getter();
            util_assignProp(this, key, value);
            return value;
        },
        enumerable: true,
        configurable: true,
    });
}
// Writes a settled key. A plain assignment is much cheaper than `defineProperty` and produces the same descriptor, but it runs whatever setter already answers to the key — an accessor this shape deferred, or an inherited one, which `__proto__` has on every object and prototype pollution can add for any name.
function putProp(target, key, value) {
    if (key in target)
        util_assignProp(target, key, value);
    else
        target[key] = value;
}
/**
 * Copies `keys` of `source`'s shape onto `target`, each value passed through `wrap`.
 *
 * A key the source has resolved is copied through now, so the derived shape states it outright and nothing has to resolve it to learn what it holds. A key the source still defers stays deferred, and reads back through the source's own `shape`, so it resolves once and both shapes get that one schema.
 */
function mirrorShape(target, source, keys, wrap) {
    const raw = sourceShape(source);
    for (const key of keys) {
        const desc = Object.getOwnPropertyDescriptor(raw, key);
        if (!desc.enumerable)
            continue;
        if (desc.get) {
            deferProp(target, key, () => {
                const value = source._zod.def.shape[key];
                return wrap ? wrap(value, key) : value;
            });
        }
        else
            putProp(target, key, wrap ? wrap(desc.value, key) : desc.value);
    }
}
// same, for a plain shape a caller passed rather than a schema's
function mirrorProps(target, source) {
    for (const key of Reflect.ownKeys(source)) {
        const desc = Object.getOwnPropertyDescriptor(source, key);
        if (!desc.enumerable)
            continue;
        if (desc.get)
            deferProp(target, key, () => source[key]);
        else
            putProp(target, key, desc.value);
    }
}
function mergeDefs(...defs) {
    const mergedDescriptors = {};
    for (const def of defs) {
        const descriptors = Object.getOwnPropertyDescriptors(def);
        Object.assign(mergedDescriptors, descriptors);
    }
    return Object.defineProperties({}, mergedDescriptors);
}
function cloneDef(schema) {
    return mergeDefs(schema._zod.def);
}
function getElementAtPath(obj, path) {
    if (!path)
        return obj;
    return path.reduce((acc, key) => acc?.[key], obj);
}
function promiseAllObject(promisesObj) {
    const keys = Object.keys(promisesObj);
    const promises = keys.map((key) => promisesObj[key]);
    return Promise.all(promises).then((results) => {
        const resolvedObj = {};
        for (let i = 0; i < keys.length; i++) {
            resolvedObj[keys[i]] = results[i];
        }
        return resolvedObj;
    });
}
function randomString(length = 10) {
    const chars = "abcdefghijklmnopqrstuvwxyz";
    let str = "";
    for (let i = 0; i < length; i++) {
        str += chars[Math.floor(Math.random() * chars.length)];
    }
    return str;
}
function esc(str) {
    return JSON.stringify(str);
}
function slugify(input) {
    return input
        .toLowerCase()
        .trim()
        .replace(/[^\w\s-]/g, "")
        .replace(/[\s_-]+/g, "-")
        .replace(/^-+|-+$/g, "");
}
const captureStackTrace = ("captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => { });
function util_isObject(data) {
    return typeof data === "object" && data !== null && !Array.isArray(data);
}
const util_allowsEval = /* @__PURE__*/ cached(() => {
    // Skip the probe under `jitless`: strict CSPs report the caught `new Function` as a `securitypolicyviolation` even though the throw is swallowed.
    if (globalConfig.jitless) {
        return false;
    }
    // @ts-ignore
    if (typeof navigator !== "undefined" && navigator?.userAgent?.includes("Cloudflare")) {
        return false;
    }
    try {
        const F = Function;
        new F("");
        return true;
    }
    catch (_) {
        return false;
    }
});
function isPlainObject(o) {
    if (util_isObject(o) === false)
        return false;
    // modified constructor
    const ctor = o.constructor;
    if (ctor === undefined)
        return true;
    if (typeof ctor !== "function")
        return true;
    // modified prototype
    const prot = ctor.prototype;
    if (util_isObject(prot) === false)
        return false;
    // ctor doesn't have static `isPrototypeOf`
    if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
        return false;
    }
    return true;
}
function shallowClone(o) {
    if (isPlainObject(o))
        return { ...o };
    if (Array.isArray(o))
        return [...o];
    if (o instanceof Map)
        return new Map(o);
    if (o instanceof Set)
        return new Set(o);
    return o;
}
function numKeys(data) {
    let keyCount = 0;
    for (const key in data) {
        if (Object.prototype.hasOwnProperty.call(data, key)) {
            keyCount++;
        }
    }
    return keyCount;
}
const getParsedType = (data) => {
    const t = typeof data;
    switch (t) {
        case "undefined":
            return "undefined";
        case "string":
            return "string";
        case "number":
            return Number.isNaN(data) ? "nan" : "number";
        case "boolean":
            return "boolean";
        case "function":
            return "function";
        case "bigint":
            return "bigint";
        case "symbol":
            return "symbol";
        case "object":
            if (Array.isArray(data)) {
                return "array";
            }
            if (data === null) {
                return "null";
            }
            if (data.then && typeof data.then === "function" && data.catch && typeof data.catch === "function") {
                return "promise";
            }
            if (typeof Map !== "undefined" && data instanceof Map) {
                return "map";
            }
            if (typeof Set !== "undefined" && data instanceof Set) {
                return "set";
            }
            if (typeof Date !== "undefined" && data instanceof Date) {
                return "date";
            }
            // @ts-ignore
            if (typeof File !== "undefined" && data instanceof File) {
                return "file";
            }
            return "object";
        default:
            throw new Error(`Unknown data type: ${t}`);
    }
};
const propertyKeyTypes = /* @__PURE__*/ new Set(["string", "number", "symbol"]);
const primitiveTypes = /* @__PURE__*/ new Set([
    "string",
    "number",
    "bigint",
    "boolean",
    "symbol",
    "undefined",
]);
function escapeRegex(str) {
    return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
// zod-specific utils
function clone(inst, def, params) {
    const cl = new inst._zod.constr(def ?? inst._zod.def);
    if (!def || params?.parent)
        cl._zod.parent = inst;
    return cl;
}
function normalizeParams(_params) {
    const params = _params;
    if (!params)
        return {};
    if (typeof params === "string")
        return { error: () => params };
    if (params?.message !== undefined) {
        if (params?.error !== undefined)
            throw new Error("Cannot specify both `message` and `error` params");
        params.error = params.message;
    }
    delete params.message;
    if (typeof params.error === "string")
        return { ...params, error: () => params.error };
    return params;
}
function createTransparentProxy(getter) {
    let target;
    return new Proxy({}, {
        get(_, prop, receiver) {
            target ?? (target = getter());
            return Reflect.get(target, prop, receiver);
        },
        set(_, prop, value, receiver) {
            target ?? (target = getter());
            return Reflect.set(target, prop, value, receiver);
        },
        has(_, prop) {
            target ?? (target = getter());
            return Reflect.has(target, prop);
        },
        deleteProperty(_, prop) {
            target ?? (target = getter());
            return Reflect.deleteProperty(target, prop);
        },
        ownKeys(_) {
            target ?? (target = getter());
            return Reflect.ownKeys(target);
        },
        getOwnPropertyDescriptor(_, prop) {
            target ?? (target = getter());
            return Reflect.getOwnPropertyDescriptor(target, prop);
        },
        defineProperty(_, prop, descriptor) {
            target ?? (target = getter());
            return Reflect.defineProperty(target, prop, descriptor);
        },
    });
}
function stringifyPrimitive(value) {
    if (typeof value === "bigint")
        return value.toString() + "n";
    if (typeof value === "string")
        return `"${value}"`;
    return `${value}`;
}
function optionalKeys(shape) {
    return Object.keys(shape).filter((k) => {
        return shape[k]._zod.optin !== undefined && shape[k]._zod.optout === "optional";
    });
}
// Wrapped in a `@__PURE__` IIFE: esbuild never tree-shakes a top-level initializer that contains a member access on `Number`, so the bare object literal survived into every bundle.
const NUMBER_FORMAT_RANGES = /*@__PURE__*/ (() => ({
    safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
    int32: [-2147483648, 2147483647],
    uint32: [0, 4294967295],
    float32: [-3.4028234663852886e38, 3.4028234663852886e38],
    float64: [-Number.MAX_VALUE, Number.MAX_VALUE],
}))();
const BIGINT_FORMAT_RANGES = {
    int64: [/* @__PURE__*/ BigInt("-9223372036854775808"), /* @__PURE__*/ BigInt("9223372036854775807")],
    uint64: [/* @__PURE__*/ BigInt(0), /* @__PURE__*/ BigInt("18446744073709551615")],
};
function pick(schema, mask) {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(".pick() cannot be used on object schemas containing refinements");
    }
    const newShape = {};
    mirrorShape(newShape, schema, maskedKeys(schema, mask));
    return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
// the mask keys that select something, checked against the source's shape without resolving it
function maskedKeys(schema, mask) {
    const raw = sourceShape(schema);
    const keys = [];
    // `for...in` skips symbols, so a symbol in the mask would select nothing
    for (const key of Reflect.ownKeys(mask)) {
        if (!Object.getOwnPropertyDescriptor(raw, key)?.enumerable) {
            throw new Error(`Unrecognized key: "${String(key)}"`);
        }
        if (mask[key])
            keys.push(key);
    }
    return keys;
}
function omit(schema, mask) {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(".omit() cannot be used on object schemas containing refinements");
    }
    const omitted = new Set(maskedKeys(schema, mask));
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)).filter((key) => !omitted.has(key)));
    return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function extend(schema, shape) {
    if (!isPlainObject(shape)) {
        throw new Error("Invalid input to extend: expected a plain object");
    }
    const checks = schema._zod.def.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        // Only throw if new shape overlaps with existing shape. Use getOwnPropertyDescriptor to check key existence without accessing values
        const existingShape = sourceShape(schema);
        for (const key of Reflect.ownKeys(shape)) {
            if (Object.getOwnPropertyDescriptor(existingShape, key) !== undefined) {
                throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
            }
        }
    }
    return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
// the source's keys, then the caller's overlaid on top
function extended(schema, shape) {
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)));
    mirrorProps(newShape, shape);
    return newShape;
}
function safeExtend(schema, shape) {
    if (!isPlainObject(shape)) {
        throw new Error("Invalid input to safeExtend: expected a plain object");
    }
    return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function merge(a, b) {
    if (!b?._zod?.def) {
        throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
    }
    if (a._zod.def.checks?.length) {
        throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
    }
    const newShape = {};
    mirrorShape(newShape, a, Reflect.ownKeys(sourceShape(a)));
    mirrorShape(newShape, b, Reflect.ownKeys(sourceShape(b)));
    const def = mergeDefs(a._zod.def, {
        shape: newShape,
        get catchall() {
            return b._zod.def.catchall;
        },
        checks: b._zod.def.checks ?? [],
    });
    return clone(a, def);
}
function partial(Class, schema, mask, name = "partial") {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(`.${name}() cannot be used on object schemas containing refinements`);
    }
    const selected = mask ? new Set(maskedKeys(schema, mask)) : undefined;
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), Class &&
        ((value, key) => (selected && !selected.has(key) ? value : new Class({ type: "optional", innerType: value }))));
    return clone(schema, mergeDefs(schema._zod.def, { shape: newShape, checks: [] }));
}
function required(Class, schema, mask) {
    const selected = mask ? new Set(maskedKeys(schema, mask)) : undefined;
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), (value, key) => 
    // overwrite with non-optional
    selected && !selected.has(key) ? value : new Class({ type: "nonoptional", innerType: value }));
    return clone(schema, mergeDefs(schema._zod.def, { shape: newShape }));
}
// invalid_type | too_big | too_small | invalid_format | not_multiple_of | unrecognized_keys | invalid_union | invalid_key | invalid_element | invalid_value | custom
function aborted(x, startIndex = 0) {
    if (x.aborted === true)
        return true;
    for (let i = startIndex; i < x.issues.length; i++) {
        if (x.issues[i]?.continue !== true) {
            return true;
        }
    }
    return false;
}
// Checks for explicit abort (continue === false), as opposed to implicit abort (continue === undefined). Used to respect `abort: true` in .refine() even for checks that have a `when` function.
function explicitlyAborted(x, startIndex = 0) {
    if (x.aborted === true)
        return true;
    for (let i = startIndex; i < x.issues.length; i++) {
        if (x.issues[i]?.continue === false) {
            return true;
        }
    }
    return false;
}
function prefixIssues(path, issues) {
    return issues.map((iss) => {
        var _a;
        (_a = iss).path ?? (_a.path = []);
        iss.path.unshift(path);
        return iss;
    });
}
function unwrapMessage(message) {
    return typeof message === "string" ? message : message?.message;
}
/* A check holds no link back to the schema it is attached to — the same check instance is shared by every clone of that schema — so the owner is stamped onto the issues a check just raised, at the only point where both are in scope. Runs on the failure path only; `start` is the issue count from before the check ran. */
/** The leading size checks of `defChecks` that set an upper bound, each paired with it. */
function sizeCaps(defChecks) {
    const caps = [];
    for (const ch of defChecks ?? []) {
        const d = ch._zod.def;
        // a later check may rewrite the value
        if (!/_(length|size)$|_equals$/.test(d.check))
            break;
        const max = d.maximum ?? d.length ?? d.size;
        if (max >= 0)
            caps.push([max, ch]);
    }
    return caps;
}
function attachSchema(issues, start, inst) {
    var _a;
    for (let i = start; i < issues.length; i++) {
        (_a = issues[i]).schema ?? (_a.schema = inst);
    }
}
function finalizeIssue(iss, ctx, config) {
    var _a;
    // A schema that raised an issue itself owns it outright, and outranks any stamp an enclosing check left in `attachSchema`. String formats and z.custom() are schema and check at once, so when they act as a check they defer to that stamp instead.
    const traits = iss.inst?._zod?.traits;
    if (traits?.has("$ZodType")) {
        if (traits.has("$ZodCheck"))
            (_a = iss).schema ?? (_a.schema = iss.inst);
        else
            iss.schema = iss.inst;
    }
    // Decreasing specificity, first map to return a message wins. `inst` is whatever raised the issue, so a check's own map outranks the owning schema's.
    const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : undefined;
    const message = iss.message
        ? iss.message
        : (unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ??
            unwrapMessage(schemaError?.(iss)) ??
            unwrapMessage(ctx?.error?.(iss)) ??
            unwrapMessage(config.customError?.(iss)) ??
            unwrapMessage(config.localeError?.(iss)) ??
            "Invalid input");
    // an explicit own-key copy beats object rest with excluded keys, which v8 routes through a generic runtime call; Object.keys rather than for-in so an issue pushed with a prototype does not leak inherited keys, and an own __proto__ key is dropped rather than assigned through the setter
    const full = {};
    for (const k of Object.keys(iss)) {
        if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
            continue;
        full[k] = iss[k];
    }
    full.path ?? (full.path = []);
    full.message = message;
    if (ctx?.reportInput) {
        full.input = iss.input;
    }
    return full;
}
function getSizableOrigin(input) {
    if (input instanceof Set)
        return "set";
    if (input instanceof Map)
        return "map";
    // @ts-ignore
    if (input instanceof File)
        return "file";
    return "unknown";
}
const highSurrogate = /[\uD800-\uDBFF]/;
// Code points in `str`: a surrogate pair counts once, a lone surrogate as itself. Hand-rolled because the string iterator allocates and runs ~250x slower on this path; the regex probe exits ~50x quicker for a string with no astral characters.
function codePointLength(str) {
    const units = str.length;
    if (!highSurrogate.test(str))
        return units;
    let count = units;
    for (let i = 0; i < units - 1; i++) {
        if ((str.charCodeAt(i) & 0xfc00) === 0xd800 && (str.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
            count--;
            i++;
        }
    }
    return count;
}
function getLengthableOrigin(input) {
    if (Array.isArray(input))
        return "array";
    if (typeof input === "string")
        return "string";
    return "unknown";
}
function parsedType(data) {
    const t = typeof data;
    switch (t) {
        case "number": {
            return Number.isNaN(data) ? "nan" : "number";
        }
        case "object": {
            if (data === null) {
                return "null";
            }
            if (Array.isArray(data)) {
                return "array";
            }
            const obj = data;
            if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) {
                return obj.constructor.name;
            }
        }
    }
    return t;
}
function util_issue(...args) {
    const [iss, input, inst] = args;
    if (typeof iss === "string") {
        return {
            message: iss,
            code: "custom",
            input,
            inst,
        };
    }
    return { ...iss };
}
function cleanEnum(obj) {
    return Object.entries(obj)
        .filter(([k, _]) => {
        // return true if NaN, meaning it's not a number, thus a string key
        return Number.isNaN(Number.parseInt(k, 10));
    })
        .map((el) => el[1]);
}
// Codec utility functions
function base64ToUint8Array(base64) {
    const binaryString = atob(base64);
    const bytes = new Uint8Array(binaryString.length);
    for (let i = 0; i < binaryString.length; i++) {
        bytes[i] = binaryString.charCodeAt(i);
    }
    return bytes;
}
function uint8ArrayToBase64(bytes) {
    let binaryString = "";
    for (let i = 0; i < bytes.length; i++) {
        binaryString += String.fromCharCode(bytes[i]);
    }
    return btoa(binaryString);
}
function base64urlToUint8Array(base64url) {
    const base64 = base64url.replace(/-/g, "+").replace(/_/g, "/");
    const padding = "=".repeat((4 - (base64.length % 4)) % 4);
    return base64ToUint8Array(base64 + padding);
}
function uint8ArrayToBase64url(bytes) {
    return uint8ArrayToBase64(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=/g, "");
}
function hexToUint8Array(hex) {
    const cleanHex = hex.replace(/^0x/, "");
    if (cleanHex.length % 2 !== 0) {
        throw new Error("Invalid hex string length");
    }
    const bytes = new Uint8Array(cleanHex.length / 2);
    for (let i = 0; i < cleanHex.length; i += 2) {
        bytes[i / 2] = Number.parseInt(cleanHex.slice(i, i + 2), 16);
    }
    return bytes;
}
function uint8ArrayToHex(bytes) {
    return Array.from(bytes)
        .map((b) => b.toString(16).padStart(2, "0"))
        .join("");
}
// instanceof
class Class {
    constructor(..._args) { }
}
//////////    PROTOTYPE INSTALLERS     //////////
//
// Members live on the prototype and materialize per instance on first read, which keeps own-property count under the step where V8 stops using inline slots. Changing anything here means re-measuring runtime, memory and bundle size together — see "The three axes" in AGENTS.md.
/**
 * Installs a trait's members on its prototype. Each value builds that member for the instance on first read; the built value shadows the accessor as an own property, so a detached `const { parse } = schema` keeps working.
 *
 * Call this from a `proto` initializer, which runs once per prototype — never per instance.
 */
function members(proto, table) {
    for (const key in table) {
        const desc = Object.getOwnPropertyDescriptor(table, key);
        // a getter installs as written, so it stays live: `description` reads through to the registry on every access. not enumerable: an object literal's is, and a prototype member never was
        if (desc.get)
            Object.defineProperty(proto, key, { ...desc, enumerable: false });
        // a method materializes bound on first read, which is what keeps a detached member working: `const opt = schema.optional; opt()`
        else
            defineBound(proto, key, desc.value);
    }
}
/** Shadows a prototype member with an own value, so a getter that builds from the instance runs once. */
function own(inst, key, value, enumerable = true) {
    Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
    return value;
}
/** Like {@link own}, for a member that was never an own data property and has to stay out of `Object.keys`. */
function hide(inst, key, value) {
    return own(inst, key, value, false);
}
/** Adds members a table derives from the instance: each builds on first read and shadows as own data, and assignment shadows the same way, as when these were own properties. */
function derived(computes, table) {
    for (const key in computes) {
        const compute = computes[key];
        // an object literal's accessor is configurable and enumerable, and `members` copies the descriptor as written
        Object.defineProperty(table, key, {
            configurable: true,
            enumerable: true,
            get() {
                return own(this, key, compute(this));
            },
            set(value) {
                own(this, key, value);
            },
        });
    }
    return table;
}
function defineBound(proto, key, fn) {
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // vitest's spyOn calls a prototype getter bare to find the function it wraps, so a nullish receiver answers the raw method
            return this == null ? fn : own(this, key, fn.bind(this));
        },
        set(value) {
            own(this, key, value);
        },
    });
}
/** Returns the prototype to install on, or `undefined` if this group is already installed on it. */
function claim(inst, sentinel) {
    const proto = Object.getPrototypeOf(inst);
    // Runs on every construction, so `in` rather than the costlier `hasOwnProperty.call`. Sentinels are keys the group itself defines.
    return sentinel in proto ? undefined : proto;
}
// The internals whose init chain is installing. A second call for the same one is a derived constructor overriding its base, so it must not construct another schema in between or the override is dropped.
let installing;
// Set while a getter is running, so a value that resolved through a recursion break is not memoized. One shared descriptor shadows the key for the duration, which costs no per-key allocation.
let broke = false;
const breaker = {
    configurable: true,
    get() {
        broke = true;
        return undefined;
    },
};
/**
 * Installs a lazily-derived internal on the `_zod` prototype of `inst`'s
 * constructor, computed from the internals object itself and cached there on
 * first read. One accessor per constructor rather than one per instance.
 */
function defineLazyInternal(inst, key, compute) {
    const proto = Object.getPrototypeOf(inst._zod);
    if (key in proto && installing !== inst._zod) {
        // A repeat construction: everything is installed already. Cleared here so the reference is not held past the first construction of every type.
        installing = undefined;
        return;
    }
    installing = inst._zod;
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // Shadowed before computing so a re-entrant read from a recursive schema resolves to undefined instead of running the getter again.
            Object.defineProperty(this, key, breaker);
            const outer = broke;
            broke = false;
            try {
                const value = compute(this);
                // A result that resolved through a recursion break is recomputed once the graph is complete; everything else memoizes, undefined included.
                if (broke)
                    delete this[key];
                else
                    Object.defineProperty(this, key, { configurable: true, writable: true, value });
                broke = broke || outer;
                return value;
            }
            catch (err) {
                // A compute that threw memoizes nothing, so a later read runs it again and fails the same way. The shadow goes with it, since leaving it installed would answer undefined for every later read.
                delete this[key];
                broke = broke || outer;
                throw err;
            }
        },
        set(value) {
            Object.defineProperty(this, key, { configurable: true, writable: true, value });
        },
    });
}
/**
 * Installs `key` on `inst`'s prototype, computed by `make` on first read and cached there as an own
 * data property. One accessor per constructor rather than one per instance, because an own accessor
 * puts every instance after the first into v8 dictionary mode. The key doubles as the sentinel.
 */
function installLazyProp(inst, key, make, enumerable) {
    const proto = claim(inst, key);
    if (!proto)
        return;
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // Shadowed before computing, so a re-entrant read from a self-referential shape resolves to undefined instead of running the getter again. A data property rather than an accessor: an own accessor is the dictionary-mode transition this exists to avoid.
            const desc = { configurable: true, writable: true, enumerable, value: undefined };
            Object.defineProperty(this, key, desc);
            // a compute that throws leaves the shadow behind, so later reads answer undefined instead of re-throwing; `defineLazy` did the same, and `defineLazyInternal`'s delete-on-catch would cost bytes in every bundle for a case only a throwing user getter reaches
            desc.value = make(this);
            Object.defineProperty(this, key, desc);
            return desc.value;
        },
        set(value) {
            Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
        },
    });
}
/** Marks the thunk `_catch` synthesises for a constant catch value. `Function.length` cannot tell that thunk from a user callback — rest and defaulted parameters both report arity 0 — and a user callback reads `ctx.error`, whose issues only finalize correctly against the caller's per-parse error map. Provenance can say what arity cannot. A plain string key rather than `Symbol.for`, whose call at module scope no bundler can prove pure — the same shape that anchored `urlCanParse` into every build. */
const CONSTANT_CATCH = "~constantCatch";
/** Wraps a constant catch value in a thunk tagged with {@link CONSTANT_CATCH}. */
function constantCatch(value) {
    const fn = () => value;
    fn[CONSTANT_CATCH] = true;
    return fn;
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/core.js
var _a;

/** A special constant with type `never` */
const NEVER = /*@__PURE__*/ Object.freeze({
    status: "aborted",
});
/* Shared descriptor for installing `_zod`; defineProperty reads it
 * synchronously, so reusing one object avoids a per-instance allocation. */
const _zodDesc = { value: undefined, enumerable: false };
// null where suppressing the capture would be unrecoverable: `parse()` puts the frames back with `captureStackTrace`, so without it the throw would lose its stack. also latched to null once `stackTraceLimit` proves unassignable, which a realm can do at any point by hardening Error
let _E = "captureStackTrace" in Error ? Error : null;
// v8 captures a stack trace inside the Error constructor, which dominates a failed parse; costs only the frames, and parse() restores those. the constructor must RUN: Object.create is cheaper and passes instanceof, but Error.isError and util.types.isNativeError check an internal slot
function newError(Definition) {
    const E = _E;
    if (E) {
        const saved = E.stackTraceLimit;
        if (typeof saved === "number") {
            try {
                E.stackTraceLimit = 0;
            }
            catch {
                _E = null;
                return new Definition();
            }
            try {
                return new Definition();
            }
            finally {
                E.stackTraceLimit = saved;
            }
        }
    }
    return new Definition();
}
function $constructor(name, initializer, 
/** This trait's members, installed once on every prototype that composes it. They cannot be declared in the initializer above: that runs per instance, and the prototype is shared. */
proto, params) {
    // Prototype for this constructor's `_zod` internals. Lazily-derived fields (`values`, `pattern`, `optin`, …) install here once rather than as an accessor on every instance.
    const zodProto = {};
    // Assigning the fields in the constructor body is what gives instances in-object slots; building the object literally and reparenting it costs a second allocation and a generic property copy.
    function Internals(def) {
        this.def = def;
        this.constr = _;
        this.traits = new Set();
    }
    Internals.prototype = zodProto;
    const protoMembers = proto;
    // One trait's members land on every prototype whose chain composes it, so the answer is per prototype rather than per trait.
    const initialized = protoMembers && new WeakSet();
    function init(inst, def) {
        if (!inst._zod) {
            _zodDesc.value = new Internals(def);
            try {
                Object.defineProperty(inst, "_zod", _zodDesc);
            }
            finally {
                // Cleared even on throw, so the shared descriptor never leaks one instance's internals into the next.
                _zodDesc.value = undefined;
            }
        }
        else if (inst._zod.traits.has(name)) {
            return;
        }
        inst._zod.traits.add(name);
        initializer(inst, def);
        if (initialized) {
            // `super(def)` from a user subclass gives `this` a prototype the subclass owns, and installing there would overwrite whatever the subclass declared. `constr` built the instance, so its prototype is the one below the subclass's that should carry the members. A receiver whose chain never reaches that prototype installs on its own, which for a plain object handed straight to `init` means `Object.prototype` — unchanged from before.
            const own = Object.getPrototypeOf(inst);
            const ctorProto = inst._zod.constr.prototype;
            let up = own;
            while (up && up !== ctorProto)
                up = Object.getPrototypeOf(up);
            const target = up ?? own;
            if (!initialized.has(target)) {
                initialized.add(target);
                members(target, protoMembers);
            }
        }
        // support prototype modifications; for-in avoids the array allocation of Object.keys on the (usually empty) prototype
        const proto = _.prototype;
        for (const k in proto) {
            if (!Object.prototype.hasOwnProperty.call(proto, k))
                continue;
            if (!(k in inst)) {
                inst[k] = proto[k].bind(inst);
            }
        }
    }
    // doesn't work if Parent has a constructor with arguments
    const Parent = params?.Parent ?? Object;
    class Definition extends Parent {
    }
    Object.defineProperty(Definition, "name", { value: name });
    function _(def) {
        const inst = params?.Parent ? newError(Definition) : this;
        init(inst, def);
        const deferred = inst._zod.deferred;
        if (deferred) {
            for (const fn of deferred) {
                fn();
            }
            // Released: initializers run once, and the list would otherwise be retained for the schema's lifetime.
            inst._zod.deferred = undefined;
        }
        // Global post-processor hook. Internal: installed by `import "zod/compile"` to enable AOT compilation for every constructed schema. Runs last, once the instance is fully built, because it hands the instance to compile(). The post-processor is expected to be reentrancy-guarded by its own implementation.
        const pp = globalThis.__zod_globalConfig?.postProcessor;
        if (pp)
            pp(inst);
        return inst;
    }
    Object.defineProperty(_, "init", { value: init });
    Object.defineProperty(_, Symbol.hasInstance, {
        value: (inst) => {
            if (params?.Parent && inst instanceof params.Parent)
                return true;
            return inst?._zod?.traits?.has(name);
        },
    });
    Object.defineProperty(_, "name", { value: name });
    return _;
}
//////////////////////////////   UTILITIES   ///////////////////////////////////////
const $brand = /*@__PURE__*/ (/* unused pure expression or super */ null && (Symbol("zod_brand")));
class $ZodAsyncError extends Error {
    constructor() {
        super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
    }
}
class $ZodEncodeError extends Error {
    constructor(name) {
        super(`Encountered unidirectional transform during encode: ${name}`);
        this.name = "ZodEncodeError";
    }
}
(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
const globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
    if (newConfig)
        Object.assign(globalConfig, newConfig);
    return globalConfig;
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/memoizer.js

class $ZodCyclicError extends Error {
    constructor() {
        super(`Cannot parse a reference cycle that closes through a transform`);
        this.name = "ZodCyclicError";
    }
}
/** Keyed off the context object every schema in one parse call already shares. */
const STATE = "~memo";
const NO_ISSUES = [];
// a value a cycle can close through
function isRef(value) {
    return value !== null && typeof value === "object";
}
// Receivers prefix paths in place, so the cache and every hand-out need their own copies.
function cloneIssues(issues) {
    return issues.map((iss) => (iss.path ? { ...iss, path: iss.path.slice() } : { ...iss }));
}
const recursive = /*@__PURE__*/ new WeakMap();
/** What the walk established, in order of certainty: ordered so the strongest answer among children wins. */
const NONE = 0;
const ASSUMED = 1;
const PROVEN = 2;
/** Whether this schema's subtree contains a cycle, so one parse can re-enter it. */
function isRecursive(inst, stack, resolve) {
    const cached = recursive.get(inst);
    if (cached !== undefined)
        return cached ? PROVEN : NONE;
    // Relative to the walk in progress, so not cached.
    if (stack.has(inst))
        return PROVEN;
    stack.add(inst);
    let result = NONE;
    const check = (child) => {
        if (result !== PROVEN && child?._zod) {
            const answer = isRecursive(child, stack, resolve);
            if (answer > result)
                result = answer;
        }
    };
    // `Reflect.ownKeys` rather than `Object.keys`, so a cycle through a declared symbol key is still seen
    const shape = (sh, spread) => {
        let answer = NONE;
        for (const key of Reflect.ownKeys(sh)) {
            const desc = Object.getOwnPropertyDescriptor(sh, key);
            // an object resolves its shape by spread, so a key it does not enumerate is never parsed; `z.properties` reads every own key and so keeps them all
            if (spread && !desc.enumerable)
                continue;
            // resolving runs user code, and a factory mints a fresh subtree per read, so an edge the walk can't follow counts as a cycle
            const child = desc.get ? ASSUMED : desc.value?._zod ? isRecursive(desc.value, stack, resolve) : NONE;
            if (child > answer)
                answer = child;
        }
        return answer;
    };
    const merge = (answer) => {
        if (answer > result)
            result = answer;
    };
    const def = inst._zod.def;
    const kind = def.type;
    switch (kind) {
        case "object": {
            const raw = rawShape(def);
            // a def with no raw shape answers `shape` from an accessor of its own, and running that can mint a whole fresh subtree
            merge(raw ? shape(raw, true) : ASSUMED);
            check(def.catchall);
            break;
        }
        case "array":
            check(def.element);
            break;
        case "tuple":
            for (const el of def.items)
                check(el);
            check(def.rest);
            break;
        case "record":
        case "map":
            check(def.keyType);
            check(def.valueType);
            break;
        case "set":
            check(def.valueType);
            break;
        case "union":
            for (const el of def.options)
                check(el);
            break;
        case "intersection":
            check(def.left);
            check(def.right);
            break;
        case "optional":
        case "nullable":
        case "default":
        case "prefault":
        case "catch":
        case "readonly":
        case "nonoptional":
        case "promise":
        case "success":
            check(def.innerType);
            break;
        case "pipe":
            check(def.in);
            check(def.out);
            break;
        case "function":
            check(def.input);
            check(def.output);
            break;
        // `$ZodLazy` caches its inner on the def, so a resolved edge is followed exactly
        case "lazy": {
            const inner = def._cachedInner ?? (resolve ? inst._zod.innerType : undefined);
            // walked with resolution off: one hop sees past the deferral, and a lazy that yields only another unresolved lazy is generative, so it stops there
            merge(inner ? isRecursive(inner, stack, false) : ASSUMED);
            break;
        }
        // a leaf by choice: `parts` are regex fragments, not data positions
        case "template_literal":
        // leaves
        case "string":
        case "number":
        case "int":
        case "boolean":
        case "bigint":
        case "symbol":
        case "undefined":
        case "null":
        case "void":
        case "never":
        case "any":
        case "unknown":
        case "date":
        case "nan":
        case "enum":
        case "literal":
        case "file":
        case "transform":
        case "custom":
            break;
        default: {
            // a new built-in kind becomes a compile error here
            kind;
            // a user-defined kind can still hold children, and only its author knows where, so fall back to scanning the def — skipping accessors, since reading one can run user code
            for (const key in def) {
                const desc = Object.getOwnPropertyDescriptor(def, key);
                if (!desc || desc.get)
                    continue;
                const value = desc.value;
                if (!value || typeof value !== "object")
                    continue;
                if (value._zod)
                    check(value);
                else if (Array.isArray(value))
                    for (const el of value)
                        check(el);
            }
        }
    }
    stack.delete(inst);
    return settle(inst, result);
}
/** An assumed answer must not outlive the resolution that settles it, so only a certain one is cached. */
function settle(inst, answer) {
    if (answer !== ASSUMED)
        recursive.set(inst, answer === PROVEN);
    return answer;
}
/**
 * Whether one parse can re-enter this schema, i.e. its subtree contains a cycle.
 * Exported for `z.compile`, which refuses to compile such a schema: cycle
 * breaking is driven from here off state keyed on the parse context, and a
 * generated fast path has no context to key on.
 */
function isRecursiveSchema(inst) {
    // z.compile never parses, so nothing would ever resolve a lazy for it; it runs once and already treats a throw here as recursive
    return isRecursive(inst, new Set(), true) !== NONE;
}
function bucketFor(state, inst) {
    let bucket = state.buckets.get(inst);
    if (!bucket) {
        bucket = new WeakMap();
        state.buckets.set(inst, bucket);
    }
    return bucket;
}
// Set immediately before delegating to core and cleared immediately after, so `alloc` registers only for a visit this module is driving.
let handoff;
// Allocated but unfinished entries. `alloc` and the matching pop both happen in the synchronous part of a parse, so they nest even when children are async, and one stack serves every schema.
const memoizer_open = [];
const memo = {
    alloc(_inst, payload, empty) {
        const bucket = handoff;
        if (!bucket)
            return empty;
        handoff = undefined;
        const entry = { value: empty, issues: null };
        bucket.set(payload.value, entry);
        memoizer_open.push(entry);
        return empty;
    },
    guard(inst) {
        var _a;
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred.push(() => {
            const base = inst._zod.parse;
            const wrapped = (payload, ctx) => {
                // The value is a placeholder a back-edge is still waiting on, so the cycle closes through this transform. Its output can't exist in time to bind.
                if (ctx.direction !== "backward" && isBackEdge(ctx, payload.value))
                    throw new $ZodCyclicError();
                return base(payload, ctx);
            };
            inst._zod.parse = wrapped;
            if (inst._zod.run === base)
                inst._zod.run = wrapped;
        });
    },
    attach(inst) {
        var _a;
        let isRecursiveInst;
        let rechecked = false;
        // a recursive schema is re-entered many times per parse and its bucket never changes
        let lastCtx;
        let lastBucket;
        // Wraps `parse` in a deferred so it sees the container's final parse. Core's own deferred copies `parse` into `run` when there are no checks, and it ran first, so `run` is patched to match; with checks, `run` reads `parse` dynamically.
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred.push(() => {
            const base = inst._zod.parse;
            const wrapped = (payload, ctx) => {
                if (isRecursiveInst === undefined) {
                    const walked = isRecursive(inst, new Set(), false);
                    if (walked === NONE) {
                        // Nothing here can ever fire, so take it back out.
                        inst._zod.parse = base;
                        if (inst._zod.run === wrapped)
                            inst._zod.run = base;
                        return base(payload, ctx);
                    }
                    // this parse resolves the deferred edges on its own path, so ask once more before latching
                    if (walked === PROVEN || rechecked)
                        isRecursiveInst = true;
                    else
                        rechecked = true;
                }
                const input = payload.value;
                if (!isRef(input))
                    return base(payload, ctx);
                let state = ctx[STATE];
                if (!state) {
                    state = { buckets: new WeakMap(), backEdges: undefined };
                    ctx[STATE] = state;
                }
                let bucket;
                if (lastCtx === ctx) {
                    bucket = lastBucket;
                }
                else {
                    bucket = bucketFor(state, inst);
                    lastCtx = ctx;
                    lastBucket = bucket;
                }
                const hit = bucket.get(input);
                if (hit) {
                    payload.value = hit.value;
                    if (hit.issues) {
                        if (hit.issues.length)
                            payload.issues.push(...cloneIssues(hit.issues));
                    }
                    else {
                        // Still being parsed: its own checks cover it, so skip them here.
                        payload.memo = true;
                        state.backEdges ?? (state.backEdges = new WeakSet());
                        state.backEdges.add(hit.value);
                    }
                    return payload;
                }
                handoff = bucket;
                const depth = memoizer_open.length;
                const result = base(payload, ctx);
                handoff = undefined;
                // A container that rejected its input outright allocated nothing.
                const entry = memoizer_open.length > depth ? memoizer_open.pop() : undefined;
                // Both paths written out so the sync one allocates no closure. It runs once per node, and capturing here cost more than everything else combined.
                if (result instanceof Promise) {
                    return result.then((r) => {
                        if (entry)
                            entry.issues = r.issues.length ? cloneIssues(r.issues) : NO_ISSUES;
                        return r;
                    });
                }
                if (entry)
                    entry.issues = result.issues.length ? cloneIssues(result.issues) : NO_ISSUES;
                return result;
            };
            inst._zod.parse = wrapped;
            if (inst._zod.run === base)
                inst._zod.run = wrapped;
        });
    },
};
/** The memoizer that gives containers cycle support. `zod` installs it by default; `zod/mini` opts in with `config({ memoizer: memoizer() })`. */
function memoizer() {
    return memo;
}
/** Whether this value is a node a back-edge resolved to before it finished. */
function isBackEdge(ctx, value) {
    const backEdges = ctx[STATE]?.backEdges;
    return backEdges !== undefined && isRef(value) && backEdges.has(value);
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/regexes.js

/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link cuid2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const cuid = /^[cC][0-9a-z]{6,}$/;
const cuid2 = /^[0-9a-z]+$/;
const ulid = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/;
const xid = /^[0-9a-vA-V]{20}$/;
const ksuid = /^[A-Za-z0-9]{27}$/;
const nanoid = /^[a-zA-Z0-9_-]{21}$/;
function nanoidOfLength(length) {
    return new RegExp(`^[a-zA-Z0-9_-]{${length}}$`);
}
/** ISO 8601-1 duration regex. Does not support the 8601-2 extensions like negative durations or fractional/negative components. */
const duration = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
/** Implements ISO 8601-2 extensions like explicit +- prefixes, mixing weeks with other units, and fractional/negative components. */
const extendedDuration = /^[-+]?P(?!$)(?:(?:[-+]?\d+Y)|(?:[-+]?\d+[.,]\d+Y$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:(?:[-+]?\d+W)|(?:[-+]?\d+[.,]\d+W$))?(?:(?:[-+]?\d+D)|(?:[-+]?\d+[.,]\d+D$))?(?:T(?=[\d+-])(?:(?:[-+]?\d+H)|(?:[-+]?\d+[.,]\d+H$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:[-+]?\d+(?:[.,]\d+)?S)?)??$/;
/** A regex for any UUID-like identifier: 8-4-4-4-12 hex pattern */
const guid = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
/** Returns a regex for validating an RFC 9562/4122 UUID.
 *
 * @param version Optionally specify a version 1-8. If no version is specified, all versions are supported. */
const uuid = (version) => {
    if (!version)
        return /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
    return new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${version}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`);
};
const uuid4 = /*@__PURE__*/ (/* unused pure expression or super */ null && (uuid(4)));
const uuid6 = /*@__PURE__*/ (/* unused pure expression or super */ null && (uuid(6)));
const uuid7 = /*@__PURE__*/ (/* unused pure expression or super */ null && (uuid(7)));
/** Practical email validation */
const email = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
/** Equivalent to the HTML5 input[type=email] validation implemented by browsers. Source: https://developer.mozilla.org/en-US/docs/Web/HTML/Element/input/email */
const html5Email = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
/** The classic emailregex.com regex for RFC 5322-compliant emails */
const rfc5322Email = /^(([^<>()\[\]\\.,;:\s@"]+(\.[^<>()\[\]\\.,;:\s@"]+)*)|(".+"))@((\[[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}])|(([a-zA-Z\-0-9]+\.)+[a-zA-Z]{2,}))$/;
/** A loose regex that allows Unicode characters, enforces length limits, and that's about it. */
const unicodeEmail = /^[^\s@"]{1,64}@[^\s@]{1,255}$/u;
const idnEmail = (/* unused pure expression or super */ null && (unicodeEmail));
const browserEmail = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
// from https://thekevinscott.com/emojis-in-javascript/#writing-a-regular-expression
// Single character class, not an alternation: the two properties overlap (U+1F9B0-U+1F9B3), so `(A|B)+` backtracks exponentially on a failed match. The leading lookahead then demands one anchor — a pictograph, a regional indicator, or the enclosing keycap — because `\p{Emoji_Component}` on its own covers ASCII digits, `#`, `*`, ZWJ, variation selectors and skin tone modifiers, none of which is an emoji without a base.
const _emoji = `^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$`;
function emoji() {
    return new RegExp(_emoji, "u");
}
const ipv4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
const ipv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/;
const mac = (delimiter) => {
    const escapedDelim = util.escapeRegex(delimiter ?? ":");
    return new RegExp(`^(?:[0-9A-F]{2}${escapedDelim}){5}[0-9A-F]{2}$|^(?:[0-9a-f]{2}${escapedDelim}){5}[0-9a-f]{2}$`);
};
const cidrv4 = /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/;
const cidrv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/;
// https://stackoverflow.com/questions/7860392/determine-if-string-is-in-base64-using-javascript
const base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;
const base64url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;
// based on https://stackoverflow.com/questions/106179/regular-expression-to-match-dns-hostname-or-ip-address
// export const hostname: RegExp = /^([a-zA-Z0-9-]+\.)*[a-zA-Z0-9-]+$/;
const hostname = /^(?=.{1,253}\.?$)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[-0-9a-zA-Z]{0,61}[0-9a-zA-Z])?)*\.?$/;
const domain = /^(?=.{1,253}$)([a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}$/;
const httpProtocol = /^https?$/;
// https://blog.stevenlevithan.com/archives/validate-phone-number#r4-3 (regex sans spaces) E.164: leading digit must be 1-9; total digits (excluding '+') between 7-15
const e164 = /^\+[1-9]\d{6,14}$/;
// Credit card shape: 12–19 digits, optionally separated by single spaces or single hyphens. ISO/IEC 7812 caps the PAN at 19 digits; 12 is the shortest issued length (Maestro).
const creditCard = /^\d(?:[ -]?\d){11,18}$/;
// ISO 4217 alpha codes from the SIX list, regenerated by scripts/update-iso-4217.ts
const currencyCode = /^(?:AED|AFN|ALL|AMD|AOA|ARS|AUD|AWG|AZN|BAM|BBD|BDT|BHD|BIF|BMD|BND|BOB|BOV|BRL|BSD|BTN|BWP|BYN|BZD|CAD|CDF|CHE|CHF|CHW|CLF|CLP|CNY|COP|COU|CRC|CUP|CVE|CZK|DJF|DKK|DOP|DZD|EGP|ERN|ETB|EUR|FJD|FKP|GBP|GEL|GHS|GIP|GMD|GNF|GTQ|GYD|HKD|HNL|HTG|HUF|IDR|ILS|INR|IQD|IRR|ISK|JMD|JOD|JPY|KES|KGS|KHR|KMF|KPW|KRW|KWD|KYD|KZT|LAK|LBP|LKR|LRD|LSL|LYD|MAD|MDL|MGA|MKD|MMK|MNT|MOP|MRU|MUR|MVR|MWK|MXN|MXV|MYR|MZN|NAD|NGN|NIO|NOK|NPR|NZD|OMR|PAB|PEN|PGK|PHP|PKR|PLN|PYG|QAR|RON|RSD|RUB|RWF|SAR|SBD|SCR|SDG|SEK|SGD|SHP|SLE|SOS|SRD|SSP|STN|SVC|SYP|SZL|THB|TJS|TMT|TND|TOP|TRY|TTD|TWD|TZS|UAH|UGX|USD|USN|UYI|UYU|UYW|UZS|VED|VES|VND|VUV|WST|XAD|XAF|XAG|XAU|XBA|XBB|XBC|XBD|XCD|XCG|XDR|XOF|XPD|XPF|XPT|XSU|XTS|XUA|XXX|YER|ZAR|ZMW|ZWG)$/;
// iban electronic format: 2-letter country, check digits 02-98 (the only values `98 - remainder` can produce), 11-30 bban characters
const iban = /^[A-Z]{2}(?!00|01|99)\d{2}[A-Z0-9]{11,30}$/;
const dateSource = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;
/** Anchors a pattern source. The interpolation lives here rather than at the call site because
 * esbuild will not drop a `@__PURE__` call whose own argument interpolates a variable, but it
 * will drop `anchor(dateSource)`. Keeping it inline pinned `date` into every bundle. */
function regexes_anchor(source) {
    return new RegExp(`^${source}$`);
}
const date = /*@__PURE__*/ regexes_anchor(dateSource);
function timeSource(args) {
    const hhmm = `(?:[01]\\d|2[0-3]):[0-5]\\d`;
    const regex = typeof args.precision === "number"
        ? args.precision === -1
            ? `${hhmm}`
            : args.precision === 0
                ? `${hhmm}:[0-5]\\d`
                : `${hhmm}:[0-5]\\d\\.\\d{${args.precision}}`
        : args.seconds
            ? `${hhmm}:[0-5]\\d(?:\\.\\d+)?`
            : `${hhmm}(?::[0-5]\\d(?:\\.\\d+)?)?`;
    return regex;
}
function time(args) {
    return new RegExp(`^${timeSource(args)}$`);
}
// Adapted from https://stackoverflow.com/a/3143231
function datetime(args) {
    const opts = ["Z"];
    // if (args.offset) opts.push(`([+-]\\d{2}:\\d{2})`);
    if (args.offset)
        opts.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);
    // RFC 3339 mandates seconds wherever the time carries a `Z` or an offset, so only the unqualified form `local` adds may omit them
    const qualified = `${timeSource({ precision: args.precision, seconds: true })}(?:${opts.join("|")})`;
    const timeRegex = args.local ? `${qualified}|${timeSource({ precision: args.precision })}` : qualified;
    return new RegExp(`^${dateSource}T(?:${timeRegex})$`);
}
// the unbounded form of `string()` as a literal, so every plain string shares one instance instead of building its own
const anyString = /^[\s\S]{0,}$/;
const string = (params) => {
    const regex = params ? `[\\s\\S]{${params?.minimum ?? 0},${params?.maximum ?? ""}}` : `[\\s\\S]*`;
    return new RegExp(`^${regex}$`);
};
const bigint = /^-?\d+n?$/;
const integer = /^-?\d+$/;
const number = /^-?\d+(?:\.\d+)?$/;
const regexes_boolean = /^(?:true|false)$/i;
const _null = /^null$/i;

const _undefined = /^undefined$/i;

// regex for string with no uppercase letters
const lowercase = /^[^A-Z]*$/;
// regex for string with no lowercase letters
const uppercase = /^[^a-z]*$/;
// regex for hexadecimal strings (any length)
const hex = /^[0-9a-fA-F]*$/;
// Hash regexes for different algorithms and encodings
// Helper function to create base64 regex with exact length and padding
function fixedBase64(bodyLength, padding) {
    return new RegExp(`^[A-Za-z0-9+/]{${bodyLength}}${padding}$`);
}
// Helper function to create base64url regex with exact length (no padding)
function fixedBase64url(length) {
    return new RegExp(`^[A-Za-z0-9_-]{${length}}$`);
}
// MD5 (16 bytes): base64 = 24 chars total (22 + "==")
const md5_hex = /^[0-9a-fA-F]{32}$/;
const md5_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(22, "==")));
const md5_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(22)));
// SHA1 (20 bytes): base64 = 28 chars total (27 + "=")
const sha1_hex = /^[0-9a-fA-F]{40}$/;
const sha1_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(27, "=")));
const sha1_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(27)));
// SHA256 (32 bytes): base64 = 44 chars total (43 + "=")
const sha256_hex = /^[0-9a-fA-F]{64}$/;
const sha256_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(43, "=")));
const sha256_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(43)));
// SHA384 (48 bytes): base64 = 64 chars total (no padding)
const sha384_hex = /^[0-9a-fA-F]{96}$/;
const sha384_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(64, "")));
const sha384_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(64)));
// SHA512 (64 bytes): base64 = 88 chars total (86 + "==")
const sha512_hex = /^[0-9a-fA-F]{128}$/;
const sha512_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(86, "==")));
const sha512_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(86)));

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/checks.js
// import { $ZodType } from "./schemas.js";



const $ZodCheck = /*@__PURE__*/ $constructor("$ZodCheck", (inst, def) => {
    var _a;
    inst._zod ?? (inst._zod = {});
    inst._zod.def = def;
    (_a = inst._zod).onattach ?? (_a.onattach = []);
});
/** Default `when` for size-based checks: run only on non-nullish values with a `size`. */
const _whenHasSize = (payload) => {
    const val = payload.value;
    return !util.nullish(val) && val.size !== undefined;
};
/** Default `when` for length-based checks: run only on non-nullish values with a `length`. */
const _whenHasLength = (payload) => {
    const val = payload.value;
    return !nullish(val) && val.length !== undefined;
};
const numericOriginMap = {
    number: "number",
    bigint: "bigint",
    object: "date",
};
const $ZodCheckLessThan = /*@__PURE__*/ $constructor("$ZodCheckLessThan", (inst, def) => {
    $ZodCheck.init(inst, def);
    const origin = numericOriginMap[typeof def.value];
    inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value <= def.value : payload.value < def.value) {
            return;
        }
        payload.issues.push({
            origin: numericOriginMap[typeof payload.value] ?? origin,
            code: "too_big",
            maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
            input: payload.value,
            inclusive: def.inclusive,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckGreaterThan = /*@__PURE__*/ $constructor("$ZodCheckGreaterThan", (inst, def) => {
    $ZodCheck.init(inst, def);
    const origin = numericOriginMap[typeof def.value];
    inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value >= def.value : payload.value > def.value) {
            return;
        }
        payload.issues.push({
            origin: numericOriginMap[typeof payload.value] ?? origin,
            code: "too_small",
            minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
            input: payload.value,
            inclusive: def.inclusive,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckMultipleOf = 
/*@__PURE__*/ $constructor("$ZodCheckMultipleOf", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        if (typeof payload.value !== typeof def.value)
            throw new Error("Cannot mix number and bigint in multiple_of check.");
        const isMultiple = typeof payload.value === "bigint"
            ? // `value % 0n` throws, and nothing is a multiple of zero — the number branch already fails this way via NaN
                def.value !== BigInt(0) && payload.value % def.value === BigInt(0)
            : floatSafeRemainder(payload.value, def.value) === 0;
        if (isMultiple)
            return;
        payload.issues.push({
            origin: typeof payload.value,
            code: "not_multiple_of",
            divisor: def.value,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckNumberFormat = /*@__PURE__*/ $constructor("$ZodCheckNumberFormat", (inst, def) => {
    $ZodCheck.init(inst, def); // no format checks
    def.format = def.format || "float64";
    const isInt = def.format?.includes("int");
    const origin = isInt ? "int" : "number";
    const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
    inst._zod.check = (payload) => {
        const input = payload.value;
        if (isInt) {
            if (!Number.isInteger(input)) {
                // invalid_format issue
                // payload.issues.push({
                //   expected: def.format,
                //   format: def.format,
                //   code: "invalid_format",
                //   input,
                //   inst,
                // });
                // invalid_type issue
                payload.issues.push({
                    expected: origin,
                    format: def.format,
                    code: "invalid_type",
                    continue: false,
                    input,
                    inst,
                });
                return;
                // not_multiple_of issue
                // payload.issues.push({
                //   code: "not_multiple_of",
                //   origin: "number",
                //   input,
                //   inst,
                //   divisor: 1,
                // });
            }
            if (!Number.isSafeInteger(input)) {
                if (input > 0) {
                    // too_big
                    payload.issues.push({
                        input,
                        code: "too_big",
                        maximum: Number.MAX_SAFE_INTEGER,
                        note: "Integers must be within the safe integer range.",
                        inst,
                        origin,
                        inclusive: true,
                        continue: !def.abort,
                    });
                }
                else {
                    // too_small
                    payload.issues.push({
                        input,
                        code: "too_small",
                        minimum: Number.MIN_SAFE_INTEGER,
                        note: "Integers must be within the safe integer range.",
                        inst,
                        origin,
                        inclusive: true,
                        continue: !def.abort,
                    });
                }
                return;
            }
        }
        if (input < minimum) {
            payload.issues.push({
                origin: "number",
                input,
                code: "too_small",
                minimum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
        if (input > maximum) {
            payload.issues.push({
                origin: "number",
                input,
                code: "too_big",
                maximum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodCheckBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckBigIntFormat", (inst, def) => {
    $ZodCheck.init(inst, def); // no format checks
    const [minimum, maximum] = util.BIGINT_FORMAT_RANGES[def.format];
    inst._zod.check = (payload) => {
        const input = payload.value;
        if (input < minimum) {
            payload.issues.push({
                origin: "bigint",
                input,
                code: "too_small",
                minimum: minimum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
        if (input > maximum) {
            payload.issues.push({
                origin: "bigint",
                input,
                code: "too_big",
                maximum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
    };
})));
const $ZodCheckMaxSize = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMaxSize", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const size = input.size;
        if (size <= def.maximum)
            return;
        payload.issues.push({
            origin: util.getSizableOrigin(input),
            code: "too_big",
            maximum: def.maximum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckMinSize = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMinSize", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const size = input.size;
        if (size >= def.minimum)
            return;
        payload.issues.push({
            origin: util.getSizableOrigin(input),
            code: "too_small",
            minimum: def.minimum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckSizeEquals = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckSizeEquals", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const size = input.size;
        if (size === def.size)
            return;
        const tooBig = size > def.size;
        payload.issues.push({
            origin: util.getSizableOrigin(input),
            ...(tooBig ? { code: "too_big", maximum: def.size } : { code: "too_small", minimum: def.size }),
            inclusive: true,
            exact: true,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckMaxLength = /*@__PURE__*/ $constructor("$ZodCheckMaxLength", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // Strings are measured in Unicode code points, not UTF-16 units. A code point is at most two units, so a string that already fits in units fits in code points; only an overflow has to be counted.
        const length = typeof input === "string" && units > def.maximum ? codePointLength(input) : units;
        if (length <= def.maximum)
            return;
        const origin = getLengthableOrigin(input);
        payload.issues.push({
            origin,
            code: "too_big",
            maximum: def.maximum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckMinLength = /*@__PURE__*/ $constructor("$ZodCheckMinLength", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // A code point is one or two UTF-16 units, so fewer units than the floor can never reach it and twice the floor always clears it. Only in between is the exact count in doubt.
        const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2
            ? codePointLength(input)
            : units;
        if (length >= def.minimum)
            return;
        const origin = getLengthableOrigin(input);
        payload.issues.push({
            origin,
            code: "too_small",
            minimum: def.minimum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckLengthEquals = /*@__PURE__*/ $constructor("$ZodCheckLengthEquals", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // A code point is one or two UTF-16 units, so outside `[length, length * 2]` units the target is missed either way — and missed in the same direction in both measures.
        const length = typeof input === "string" && units >= def.length && units <= def.length * 2
            ? codePointLength(input)
            : units;
        if (length === def.length)
            return;
        const origin = getLengthableOrigin(input);
        const tooBig = length > def.length;
        payload.issues.push({
            origin,
            ...(tooBig ? { code: "too_big", maximum: def.length } : { code: "too_small", minimum: def.length }),
            inclusive: true,
            exact: true,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckStringFormat = /*@__PURE__*/ $constructor("$ZodCheckStringFormat", (inst, def) => {
    var _a, _b;
    $ZodCheck.init(inst, def);
    if (def.pattern)
        (_a = inst._zod).check ?? (_a.check = (payload) => {
            def.pattern.lastIndex = 0;
            if (def.pattern.test(payload.value))
                return;
            payload.issues.push({
                origin: "string",
                code: "invalid_format",
                format: def.format,
                input: payload.value,
                ...(def.pattern ? { pattern: def.pattern.toString() } : {}),
                inst,
                continue: !def.abort,
            });
        });
    else
        (_b = inst._zod).check ?? (_b.check = () => { });
});
const $ZodCheckRegex = /*@__PURE__*/ $constructor("$ZodCheckRegex", (inst, def) => {
    $ZodCheckStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        def.pattern.lastIndex = 0;
        if (def.pattern.test(payload.value))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "regex",
            input: payload.value,
            pattern: def.pattern.toString(),
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckLowerCase = /*@__PURE__*/ $constructor("$ZodCheckLowerCase", (inst, def) => {
    def.pattern ?? (def.pattern = lowercase);
    $ZodCheckStringFormat.init(inst, def);
});
const $ZodCheckUpperCase = /*@__PURE__*/ $constructor("$ZodCheckUpperCase", (inst, def) => {
    def.pattern ?? (def.pattern = uppercase);
    $ZodCheckStringFormat.init(inst, def);
});
const $ZodCheckIncludes = /*@__PURE__*/ $constructor("$ZodCheckIncludes", (inst, def) => {
    $ZodCheck.init(inst, def);
    const escapedRegex = escapeRegex(def.includes);
    // `String.prototype.includes(sub, position)` matches `sub` at `position`
    // OR LATER, so the pattern must allow at least `position` leading chars
    // (`{N,}`), not exactly `position` chars (`{N}`).
    const pattern = new RegExp(typeof def.position === "number" ? `^.{${def.position},}${escapedRegex}` : escapedRegex);
    def.pattern = pattern;
    inst._zod.check = (payload) => {
        if (payload.value.includes(def.includes, def.position))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "includes",
            includes: def.includes,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckStartsWith = /*@__PURE__*/ $constructor("$ZodCheckStartsWith", (inst, def) => {
    $ZodCheck.init(inst, def);
    const pattern = new RegExp(`^${escapeRegex(def.prefix)}.*`);
    def.pattern ?? (def.pattern = pattern);
    inst._zod.check = (payload) => {
        if (payload.value.startsWith(def.prefix))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "starts_with",
            prefix: def.prefix,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckEndsWith = /*@__PURE__*/ $constructor("$ZodCheckEndsWith", (inst, def) => {
    $ZodCheck.init(inst, def);
    const pattern = new RegExp(`.*${escapeRegex(def.suffix)}$`);
    def.pattern ?? (def.pattern = pattern);
    inst._zod.check = (payload) => {
        if (payload.value.endsWith(def.suffix))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "ends_with",
            suffix: def.suffix,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
///////////////////////////////////
/////    $ZodCheckProperty    /////
///////////////////////////////////
function handleCheckPropertyResult(result, payload, property) {
    if (result.issues.length) {
        payload.issues.push(...prefixIssues(property, result.issues));
    }
}
const $ZodCheckProperty = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckProperty", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        const result = def.schema._zod.run({
            value: payload.value[def.property],
            issues: [],
        }, {});
        if (result instanceof Promise) {
            return result.then((result) => handleCheckPropertyResult(result, payload, def.property));
        }
        handleCheckPropertyResult(result, payload, def.property);
        return;
    };
})));
const $ZodCheckProperties = /*@__PURE__*/ $constructor("$ZodCheckProperties", (inst, def) => {
    $ZodCheck.init(inst, def);
    hide(inst, Symbol.iterator, function* () {
        yield inst;
    });
    // key and schema snapshotted together: reading one live and the other cached lets a later mutation of the caller's shape object pair a stale key with a missing schema
    let entries;
    inst._zod.check = (payload) => {
        // the base schema already typed the value, so only a nullish one is rejected here: the properties read on a primitive too, matching z.property() on a string's length
        if (payload.value == null) {
            payload.issues.push({ expected: "object", code: "invalid_type", input: payload.value, inst });
            return undefined;
        }
        entries ?? (entries = Reflect.ownKeys(def.shape).map((key) => [key, def.shape[key]]));
        const input = payload.value;
        let proms;
        for (const [key, schema] of entries) {
            const result = schema._zod.run({ value: input[key], issues: [] }, {});
            if (result instanceof Promise) {
                proms ?? (proms = []);
                proms.push(result.then((result) => handleCheckPropertyResult(result, payload, key)));
            }
            else {
                handleCheckPropertyResult(result, payload, key);
            }
        }
        if (proms)
            return Promise.all(proms).then(() => undefined);
        return undefined;
    };
});
const $ZodCheckMimeType = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMimeType", (inst, def) => {
    $ZodCheck.init(inst, def);
    const mimeSet = new Set(def.mime);
    inst._zod.check = (payload) => {
        if (mimeSet.has(payload.value.type))
            return;
        payload.issues.push({
            code: "invalid_value",
            values: def.mime,
            input: payload.value.type,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckOverwrite = /*@__PURE__*/ $constructor("$ZodCheckOverwrite", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        payload.value = def.tx(payload.value);
    };
});

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/doc.js
class Doc {
    constructor(args = [], closed = {}) {
        this.content = [];
        this.indent = 0;
        this.args = args;
        this.closed = closed;
    }
    // the compiler catches a child's throw and keeps writing into this doc, so the indent has to unwind with it
    indented(fn) {
        this.indent += 1;
        try {
            fn(this);
        }
        finally {
            this.indent -= 1;
        }
    }
    write(arg) {
        if (typeof arg === "function") {
            arg(this, { execution: "sync" });
            arg(this, { execution: "async" });
            return;
        }
        const content = arg;
        const lines = content.split("\n").filter((x) => x);
        const minIndent = Math.min(...lines.map((x) => x.length - x.trimStart().length));
        const dedented = lines.map((x) => x.slice(minIndent)).map((x) => " ".repeat(this.indent * 2) + x);
        for (const line of dedented) {
            this.content.push(line);
        }
    }
    compile() {
        const F = Function;
        const content = this?.content ?? [``];
        const factory = new F(...Object.keys(this.closed), `return function (${this.args.join(", ")}) {\n${content.join("\n")}\n};`);
        return factory(...Object.values(this.closed));
    }
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/versions.js
const version = {
    major: 4,
    minor: 6,
    patch: 7,
};

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/schemas.js







const $ZodType = /*@__PURE__*/ $constructor("$ZodType", (inst, def) => {
    var _a;
    inst ?? (inst = {});
    inst._zod.def = def; // set _def property
    inst._zod.bag = inst._zod.bag || {}; // initialize _bag object
    inst._zod.version = version;
    const defChecks = inst._zod.def.checks;
    // if inst is itself a checks.$ZodCheck, run it as a check
    const checks = inst._zod.traits.has("$ZodCheck")
        ? [inst, ...(defChecks ?? [])]
        : defChecks?.length
            ? [...defChecks]
            : [];
    for (const ch of checks) {
        for (const fn of ch._zod.onattach) {
            fn(inst);
        }
    }
    if (checks.length === 0) {
        // deferred initializer inst._zod.parse is not yet defined
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred?.push(() => {
            inst._zod.run = inst._zod.parse;
        });
    }
    else {
        const runChecks = (payload, checks, ctx) => {
            if (payload.memo)
                return payload;
            let isAborted = aborted(payload);
            let asyncResult;
            for (const ch of checks) {
                if (ch._zod.def.when) {
                    if (explicitlyAborted(payload))
                        continue;
                    const shouldRun = ch._zod.def.when(payload);
                    if (!shouldRun)
                        continue;
                }
                else if (isAborted) {
                    continue;
                }
                const currLen = payload.issues.length;
                const _ = ch._zod.check(payload);
                if (_ instanceof Promise && ctx?.async === false) {
                    throw new $ZodAsyncError();
                }
                if (asyncResult || _ instanceof Promise) {
                    asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
                        await _;
                        const nextLen = payload.issues.length;
                        if (nextLen === currLen)
                            return;
                        attachSchema(payload.issues, currLen, inst);
                        if (!isAborted)
                            isAborted = aborted(payload, currLen);
                    });
                }
                else {
                    const nextLen = payload.issues.length;
                    if (nextLen === currLen)
                        continue;
                    attachSchema(payload.issues, currLen, inst);
                    if (!isAborted)
                        isAborted = aborted(payload, currLen);
                }
            }
            if (asyncResult) {
                return asyncResult.then(() => {
                    return payload;
                });
            }
            return payload;
        };
        const handleCanaryResult = (canary, payload, ctx) => {
            // abort if the canary is aborted
            if (aborted(canary)) {
                canary.aborted = true;
                return canary;
            }
            // run checks first, then
            const checkResult = runChecks(payload, checks, ctx);
            if (checkResult instanceof Promise) {
                if (ctx.async === false)
                    throw new $ZodAsyncError();
                return checkResult.then((checkResult) => inst._zod.parse(checkResult, ctx));
            }
            return inst._zod.parse(checkResult, ctx);
        };
        inst._zod.run = (payload, ctx) => {
            if (ctx.skipChecks) {
                return inst._zod.parse(payload, ctx);
            }
            if (ctx.direction === "backward") {
                // run canary initial pass (no checks)
                const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
                if (canary instanceof Promise) {
                    return canary.then((canary) => {
                        return handleCanaryResult(canary, payload, ctx);
                    });
                }
                return handleCanaryResult(canary, payload, ctx);
            }
            // forward
            const result = inst._zod.parse(payload, ctx);
            if (result instanceof Promise) {
                if (ctx.async === false)
                    throw new $ZodAsyncError();
                return result.then((result) => runChecks(result, checks, ctx));
            }
            return runChecks(result, checks, ctx);
        };
    }
}, {
    // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
    get "~standard"() {
        return hide(this, "~standard", standardProps(this));
    },
    set "~standard"(value) {
        own(this, "~standard", value);
    },
});
/** The Standard Schema surface for `inst`. Shared so wrappers can extend it without forcing it. */
// a Standard Schema result only reports issues, so a failure finalizes them straight off the raw payload: no ZodError, and no lazy result to read through
const toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
async function validateAsync(inst, value) {
    const ctx = { async: true };
    return toStandardResult((await inst._zod.run({ value, issues: [] }, ctx)), ctx);
}
function standardProps(inst) {
    return {
        validate: (value) => {
            const ctx = { async: false };
            try {
                const r = inst._zod.run({ value, issues: [] }, ctx);
                if (!(r instanceof Promise))
                    return toStandardResult(r, ctx);
            }
            catch (_) { }
            // async function so a synchronously throwing check rejects instead of escaping validate
            return validateAsync(inst, value);
        },
        vendor: "zod",
        version: 1,
    };
}

const $ZodString = /*@__PURE__*/ $constructor("$ZodString", (inst, def) => {
    $ZodType.init(inst, def);
    // a format's own pattern, else unbounded; a template literal derives the check-aware form itself
    inst._zod.pattern = def.pattern ?? anyString;
    inst._zod.parse = (payload, _) => {
        if (def.coerce)
            try {
                payload.value = String(payload.value);
            }
            catch (_) { }
        if (typeof payload.value === "string")
            return payload;
        payload.issues.push({
            expected: "string",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodStringFormat = /*@__PURE__*/ $constructor("$ZodStringFormat", (inst, def) => {
    // check initialization must come first
    $ZodCheckStringFormat.init(inst, def);
    $ZodString.init(inst, def);
});
const $ZodGUID = /*@__PURE__*/ $constructor("$ZodGUID", (inst, def) => {
    def.pattern ?? (def.pattern = guid);
    $ZodStringFormat.init(inst, def);
});
const $ZodUUID = /*@__PURE__*/ $constructor("$ZodUUID", (inst, def) => {
    if (def.version) {
        const versionMap = {
            v1: 1,
            v2: 2,
            v3: 3,
            v4: 4,
            v5: 5,
            v6: 6,
            v7: 7,
            v8: 8,
        };
        const v = versionMap[def.version];
        if (v === undefined)
            throw new Error(`Invalid UUID version: "${def.version}"`);
        def.pattern ?? (def.pattern = uuid(v));
    }
    else
        def.pattern ?? (def.pattern = uuid());
    $ZodStringFormat.init(inst, def);
});
const $ZodEmail = /*@__PURE__*/ $constructor("$ZodEmail", (inst, def) => {
    def.pattern ?? (def.pattern = email);
    $ZodStringFormat.init(inst, def);
});
/** The `://` guard rejected the input before the URL constructor saw it. */
const URL_BAD_FORMAT = 1;
/** The URL parser rejected the input. */
const URL_UNPARSEABLE = 2;
function canParseURL(input) {
    try {
        if (typeof URL !== "undefined" && typeof URL.canParse === "function")
            return URL.canParse(input);
        new URL(input);
        return true;
    }
    catch {
        return false;
    }
}
function validateURL(trimmed, def) {
    if (!("normalize" in def) && !("hostname" in def) && !("protocol" in def)) {
        return canParseURL(trimmed) || URL_UNPARSEABLE;
    }
    return parseURLObject(trimmed, def);
}
/** Parses a URL while preserving the non-normalizing HTTP guard. */
function parseURLObject(trimmed, def) {
    // When normalize is off, require :// for http/https URLs. This prevents strings like "http:example.com" or "https:/path" from being silently accepted
    if (!def.normalize && def.protocol?.source === httpProtocol.source && !/^https?:\/\//i.test(trimmed)) {
        return URL_BAD_FORMAT;
    }
    try {
        if (typeof URL !== "undefined") {
            const URLStatic = URL;
            if (typeof URLStatic.parse === "function")
                return URLStatic.parse(trimmed) ?? URL_UNPARSEABLE;
        }
        // @ts-ignore
        return new URL(trimmed);
    }
    catch {
        return URL_UNPARSEABLE;
    }
}
const asciiTabOrNewline = /[\t\n\r]/g;
/** The URL parser deletes every ASCII tab, LF and CR from its input before it parses, so `new URL("https://exa\nmple.com")` reports on `example.com`. Applying the same deletion to the returned value closes the half of that divergence which can move the host; the parser's other rewrite, stripping C0 controls at the edges, cannot. */
function stripTabAndNewline(value) {
    return value.replace(asciiTabOrNewline, "");
}
function urlHostnameOk(url, hostname) {
    hostname.lastIndex = 0;
    return hostname.test(url.hostname);
}
function urlProtocolOk(url, protocol) {
    protocol.lastIndex = 0;
    return protocol.test(url.protocol.endsWith(":") ? url.protocol.slice(0, -1) : url.protocol);
}
const $ZodURL = /*@__PURE__*/ $constructor("$ZodURL", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        try {
            // Trim whitespace from input
            const trimmed = payload.value.trim();
            const url = validateURL(trimmed, def);
            if (url === URL_BAD_FORMAT) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid URL format",
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
                return;
            }
            if (url === URL_UNPARSEABLE) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
                return;
            }
            if (url === true) {
                payload.value = stripTabAndNewline(trimmed);
                return;
            }
            if (def.hostname && !urlHostnameOk(url, def.hostname)) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid hostname",
                    pattern: def.hostname.source,
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
            }
            if (def.protocol && !urlProtocolOk(url, def.protocol)) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid protocol",
                    pattern: def.protocol.source,
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
            }
            // Set the output value based on normalize flag
            payload.value = def.normalize ? url.href : stripTabAndNewline(trimmed);
            return;
        }
        catch (_) {
            payload.issues.push({
                code: "invalid_format",
                format: "url",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodEmoji = /*@__PURE__*/ $constructor("$ZodEmoji", (inst, def) => {
    def.pattern ?? (def.pattern = emoji());
    $ZodStringFormat.init(inst, def);
});
const $ZodNanoID = /*@__PURE__*/ $constructor("$ZodNanoID", (inst, def) => {
    if (def.length !== undefined && (!Number.isInteger(def.length) || def.length < 1))
        throw new Error(`Invalid nanoid length: ${def.length}`);
    def.pattern ?? (def.pattern = def.length === undefined ? nanoid : nanoidOfLength(def.length));
    $ZodStringFormat.init(inst, def);
});
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link $ZodCUID2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const $ZodCUID = /*@__PURE__*/ $constructor("$ZodCUID", (inst, def) => {
    def.pattern ?? (def.pattern = cuid);
    $ZodStringFormat.init(inst, def);
});
const $ZodCUID2 = /*@__PURE__*/ $constructor("$ZodCUID2", (inst, def) => {
    def.pattern ?? (def.pattern = cuid2);
    $ZodStringFormat.init(inst, def);
});
const $ZodULID = /*@__PURE__*/ $constructor("$ZodULID", (inst, def) => {
    def.pattern ?? (def.pattern = ulid);
    $ZodStringFormat.init(inst, def);
});
const $ZodXID = /*@__PURE__*/ $constructor("$ZodXID", (inst, def) => {
    def.pattern ?? (def.pattern = xid);
    $ZodStringFormat.init(inst, def);
});
const $ZodKSUID = /*@__PURE__*/ $constructor("$ZodKSUID", (inst, def) => {
    def.pattern ?? (def.pattern = ksuid);
    $ZodStringFormat.init(inst, def);
});
const $ZodISODateTime = /*@__PURE__*/ $constructor("$ZodISODateTime", (inst, def) => {
    def.pattern ?? (def.pattern = datetime(def));
    $ZodStringFormat.init(inst, def);
});
const $ZodISODate = /*@__PURE__*/ $constructor("$ZodISODate", (inst, def) => {
    def.pattern ?? (def.pattern = date);
    $ZodStringFormat.init(inst, def);
});
const $ZodISOTime = /*@__PURE__*/ $constructor("$ZodISOTime", (inst, def) => {
    def.pattern ?? (def.pattern = time(def));
    $ZodStringFormat.init(inst, def);
});
const $ZodISODuration = /*@__PURE__*/ $constructor("$ZodISODuration", (inst, def) => {
    def.pattern ?? (def.pattern = duration);
    $ZodStringFormat.init(inst, def);
});
const $ZodIPv4 = /*@__PURE__*/ $constructor("$ZodIPv4", (inst, def) => {
    def.pattern ?? (def.pattern = ipv4);
    $ZodStringFormat.init(inst, def);
});
/** An IPv6 address is written with hex digits, colons and dots, and nothing else. The guard is what makes the check below an IPv6 check: `new URL("http://[...]")` parses an authority, not an address, so `@` and `\` re-delimit it and `"::@1\\"` validates against the host `0.0.0.1`. The URL parser also deletes ASCII tab, LF and CR rather than failing, which is how `"::1\n"` validated as `::1`. */
const ipv6Alphabet = /^[0-9a-fA-F:.]+$/;
function isValidIPv6(value) {
    if (!ipv6Alphabet.test(value))
        return false;
    return canParseURL(`http://[${value}]`);
}
const $ZodIPv6 = /*@__PURE__*/ $constructor("$ZodIPv6", (inst, def) => {
    def.pattern ?? (def.pattern = ipv6);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (!isValidIPv6(payload.value)) {
            payload.issues.push({
                code: "invalid_format",
                format: "ipv6",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodMAC = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodMAC", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.mac(def.delimiter));
    $ZodStringFormat.init(inst, def);
})));
const $ZodCIDRv4 = /*@__PURE__*/ $constructor("$ZodCIDRv4", (inst, def) => {
    def.pattern ?? (def.pattern = cidrv4);
    $ZodStringFormat.init(inst, def);
});
function isValidCIDRv6(value) {
    const parts = value.split("/");
    if (parts.length !== 2)
        return false;
    const [address, prefix] = parts;
    if (!prefix)
        return false;
    const prefixNum = Number(prefix);
    if (`${prefixNum}` !== prefix)
        return false;
    if (prefixNum < 0 || prefixNum > 128)
        return false;
    return isValidIPv6(address);
}
const $ZodCIDRv6 = /*@__PURE__*/ $constructor("$ZodCIDRv6", (inst, def) => {
    def.pattern ?? (def.pattern = cidrv6); // not used for validation
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (!isValidCIDRv6(payload.value)) {
            payload.issues.push({
                code: "invalid_format",
                format: "cidrv6",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
//////////////////////////////   ZodBase64   //////////////////////////////
function isValidBase64(data) {
    if (data === "")
        return true;
    // atob ignores whitespace, so reject it up front.
    if (/\s/.test(data))
        return false;
    if (data.length % 4 !== 0)
        return false;
    try {
        // @ts-ignore
        atob(data);
        return true;
    }
    catch {
        return false;
    }
}
// lax on purpose: the quantified regexes.base64 overflows the regex stack on multi-MB input and its leading ^$| alternation leaks through template-literal composition; isValidBase64 enforces length and padding
const base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/;
const $ZodBase64 = /*@__PURE__*/ $constructor("$ZodBase64", (inst, def) => {
    def.pattern ?? (def.pattern = base64Charset);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidBase64(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "base64",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
//////////////////////////////   ZodBase64URL   //////////////////////////////
// lax on purpose: the quantified regexes.base64url overflows the regex stack on multi-MB input; isValidBase64 enforces length on the padded string
const base64urlCharset = /^[A-Za-z0-9_-]*$/;
function isValidBase64URL(data) {
    if (!base64urlCharset.test(data))
        return false;
    const base64 = data.replace(/[-_]/g, (c) => (c === "-" ? "+" : "/"));
    const padded = base64.padEnd(Math.ceil(base64.length / 4) * 4, "=");
    return isValidBase64(padded);
}
const $ZodBase64URL = /*@__PURE__*/ $constructor("$ZodBase64URL", (inst, def) => {
    def.pattern ?? (def.pattern = base64urlCharset);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidBase64URL(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "base64url",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodE164 = /*@__PURE__*/ $constructor("$ZodE164", (inst, def) => {
    def.pattern ?? (def.pattern = e164);
    $ZodStringFormat.init(inst, def);
});
//////////////////////////////   ZodCreditCard   //////////////////////////////
const CC_SANITIZE = /[- ]/g;
/** Luhn checksum on a digit-only string. Adapted from valibot (MIT). */
function isLuhnAlgo(digits) {
    let length = digits.length;
    let bit = 1;
    let sum = 0;
    while (length) {
        const value = digits.charCodeAt(--length) - 48;
        bit ^= 1;
        sum += bit ? [0, 2, 4, 6, 8, 1, 3, 5, 7, 9][value] : value;
    }
    return sum % 10 === 0;
}
function isValidCreditCard(input) {
    if (!regexes.creditCard.test(input))
        return false;
    return isLuhnAlgo(input.replace(CC_SANITIZE, ""));
}
const $ZodCreditCard = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCreditCard", (inst, def) => {
    // Shape only — the Luhn check below is not expressible as a pattern, so consumers of `pattern` (JSON Schema, template literals) get the length and separator rules alone.
    def.pattern ?? (def.pattern = regexes.creditCard);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidCreditCard(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "credit_card",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
//////////////////////////////   ZodIBAN   //////////////////////////////
// iso 7064 mod 97-10 checksum without BigInt
function isIso7064Mod97(iban) {
    let remainder = 0;
    const len = iban.length;
    for (let i = 4; i < len; i++) {
        const code = iban.charCodeAt(i);
        remainder = (code >= 65 ? remainder * 100 + (code - 55) : remainder * 10 + (code - 48)) % 97;
    }
    for (let i = 0; i < 4; i++) {
        const code = iban.charCodeAt(i);
        remainder = (code >= 65 ? remainder * 100 + (code - 55) : remainder * 10 + (code - 48)) % 97;
    }
    return remainder === 1;
}
function isValidIBAN(input) {
    if (!regexes.iban.test(input))
        return false;
    return isIso7064Mod97(input);
}
const $ZodIBAN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodIBAN", (inst, def) => {
    // shape only — checksum is not expressible as a pattern
    def.pattern ?? (def.pattern = regexes.iban);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidIBAN(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "iban",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
//////////////////////////////   ZodJWT   //////////////////////////////
function isValidJWT(token, algorithm = null) {
    try {
        const tokensParts = token.split(".");
        if (tokensParts.length !== 3)
            return false;
        const [header] = tokensParts;
        if (!header)
            return false;
        // @ts-ignore
        const parsedHeader = JSON.parse(atob(header));
        if ("typ" in parsedHeader && parsedHeader?.typ !== "JWT")
            return false;
        if (!parsedHeader.alg)
            return false;
        if (algorithm && (!("alg" in parsedHeader) || parsedHeader.alg !== algorithm))
            return false;
        return true;
    }
    catch {
        return false;
    }
}
const $ZodJWT = /*@__PURE__*/ $constructor("$ZodJWT", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidJWT(payload.value, def.alg))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "jwt",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCustomStringFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCustomStringFormat", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (def.fn(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: def.format,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodNumber = /*@__PURE__*/ $constructor("$ZodNumber", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = number;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = Number(payload.value);
            }
            catch (_) { }
        const input = payload.value;
        if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
            return payload;
        }
        const received = typeof input === "number"
            ? Number.isNaN(input)
                ? "NaN"
                : !Number.isFinite(input)
                    ? String(input)
                    : undefined
            : undefined;
        payload.issues.push({
            expected: "number",
            code: "invalid_type",
            input,
            inst,
            ...(received ? { received } : {}),
        });
        return payload;
    };
});
const $ZodNumberFormat = /*@__PURE__*/ $constructor("$ZodNumberFormat", (inst, def) => {
    $ZodCheckNumberFormat.init(inst, def);
    $ZodNumber.init(inst, def); // no format checks
});
const $ZodBoolean = /*@__PURE__*/ $constructor("$ZodBoolean", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = regexes_boolean;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = Boolean(payload.value);
            }
            catch (_) { }
        const input = payload.value;
        if (typeof input === "boolean")
            return payload;
        payload.issues.push({
            expected: "boolean",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
});
const $ZodBigInt = /*@__PURE__*/ $constructor("$ZodBigInt", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = bigint;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = BigInt(payload.value);
            }
            catch (_) { }
        if (typeof payload.value === "bigint")
            return payload;
        payload.issues.push({
            expected: "bigint",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodBigIntFormat", (inst, def) => {
    checks.$ZodCheckBigIntFormat.init(inst, def);
    $ZodBigInt.init(inst, def); // no format checks
})));
const $ZodSymbol = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodSymbol", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "symbol")
            return payload;
        payload.issues.push({
            expected: "symbol",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodUndefined = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodUndefined", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = regexes.undefined;
    inst._zod.values = new Set([undefined]);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "undefined")
            return payload;
        payload.issues.push({
            expected: "undefined",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodNull = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodNull", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = regexes.null;
    inst._zod.values = new Set([null]);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (input === null)
            return payload;
        payload.issues.push({
            expected: "null",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodAny = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodAny", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload) => payload;
})));
const $ZodUnknown = /*@__PURE__*/ $constructor("$ZodUnknown", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload) => payload;
});
const $ZodNever = /*@__PURE__*/ $constructor("$ZodNever", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        payload.issues.push({
            expected: "never",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodVoid = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodVoid", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "undefined")
            return payload;
        payload.issues.push({
            expected: "void",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodDate = /*@__PURE__*/ $constructor("$ZodDate", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce) {
            try {
                payload.value = new Date(payload.value);
            }
            catch (_err) { }
        }
        const input = payload.value;
        const isDate = input instanceof Date;
        const isValidDate = isDate && !Number.isNaN(input.getTime());
        if (isValidDate)
            return payload;
        payload.issues.push({
            expected: "date",
            code: "invalid_type",
            input,
            ...(isDate ? { received: "Invalid Date" } : {}),
            inst,
        });
        return payload;
    };
});
// an oversized container fails its leading size checks before any element is parsed
function capSize(inst, size) {
    const caps = sizeCaps(inst._zod.def.checks);
    if (!caps.length)
        return;
    const cap = Math.min(...caps.map((c) => c[0]));
    const parse = inst._zod.parse;
    inst._zod.parse = (payload, ctx) => {
        const n = size(payload.value);
        if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
            for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
                if (n > max && ch._zod.def.when(payload)) {
                    const start = payload.issues.length;
                    ch._zod.check(payload);
                    // the value is still the raw input, so no later check may read it
                    payload.issues[start].continue = false;
                    attachSchema(payload.issues, start, inst);
                    return payload;
                }
            }
        }
        return parse(payload, ctx);
    };
}
const arraySize = (input) => (Array.isArray(input) ? input.length : -1);
const mapSize = (input) => (input instanceof Map ? input.size : -1);
const setSize = (input) => (input instanceof Set ? input.size : -1);
function handleArrayResult(result, final, index) {
    if (result.issues.length) {
        final.issues.push(...prefixIssues(index, result.issues));
    }
    final.value[index] = result.value;
}
const $ZodArray = /*@__PURE__*/ $constructor("$ZodArray", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!Array.isArray(input)) {
            payload.issues.push({
                expected: "array",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
        const proms = [];
        const abortEarly = ctx?.abortEarly;
        for (let i = 0; i < input.length; i++) {
            const item = input[i];
            const result = def.element._zod.run({
                value: item,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                proms.push(result.then((result) => handleArrayResult(result, payload, i)));
            }
            else {
                handleArrayResult(result, payload, i);
                // the element's payload is authoritative here, since handleArrayResult forwards every issue; an object's is not, because it drops a failed absent optional
                if (abortEarly && result.issues.length !== 0 && aborted(result))
                    break;
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => payload);
        }
        return payload; //handleArrayResultsAsync(parseResults, final);
    };
    capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
    const isPresent = key in input;
    const isOptionalOut = optout === "optional";
    // The middle rung means "absence permitted, nothing supplied in its place", so an absent key contributes nothing — whatever the schema made of `undefined` is invented, not substituted. Only `optional` reaches this with a value: `defaulted` substitutes, and a schema that isn't optional-out has to keep the key.
    if (!isPresent && isOptionalOut && optin === "optional") {
        return;
    }
    if (result.issues.length) {
        // For optional-in/out schemas, ignore errors on absent keys.
        if (optin !== undefined && isOptionalOut && !isPresent) {
            return;
        }
        final.issues.push(...prefixIssues(key, result.issues));
    }
    if (!isPresent && optin === undefined) {
        if (!result.issues.length) {
            final.issues.push({
                code: "invalid_type",
                expected: "nonoptional",
                input: undefined,
                path: [key],
            });
        }
        return;
    }
    if (result.value === undefined) {
        if (isPresent || (optin === "defaulted" && !isOptionalOut)) {
            final.value[key] = undefined;
        }
    }
    else {
        final.value[key] = result.value;
    }
}
// one shared instance; a fresh [] per schema cost 56 bytes retained
const NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
    const keys = Object.keys(def.shape);
    const ownSymbols = Object.getOwnPropertySymbols(def.shape);
    const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
    // aliases `keys` when there are no symbols, so a string-only shape keeps one array
    const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
    for (const k of allKeys) {
        if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
            throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
        }
    }
    const okeys = optionalKeys(def.shape);
    return {
        ...def,
        allKeys,
        symbolKeys,
        // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
        keySet: new Set(keys),
        numKeys: keys.length,
        optionalKeys: new Set(okeys),
    };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
    const unrecognized = [];
    const keySet = def.keySet;
    const _catchall = def.catchall._zod;
    const t = _catchall.def.type;
    const optin = _catchall.optin;
    const optout = _catchall.optout;
    // starts at 0, not the current length: the shape phase already ran and may have aborted
    let seen = 0;
    for (const key in input) {
        if (abortEarly && payload.issues.length !== seen) {
            if (aborted(payload, seen))
                break;
            seen = payload.issues.length;
        }
        // Must precede the __proto__ branch: a declared key is not unrecognized, even though the shape loop deliberately strips __proto__ from the parsed output.
        if (keySet.has(key))
            continue;
        // Don't copy an undeclared __proto__ into the result; assignment to a plain {} would replace the result prototype. But in strict mode it is still an unknown key, so report it before skipping.
        if (key === "__proto__") {
            if (t === "never")
                unrecognized.push(key);
            continue;
        }
        if (t === "never") {
            unrecognized.push(key);
            continue;
        }
        const r = _catchall.run({ value: input[key], issues: [] }, ctx);
        if (r instanceof Promise) {
            proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
        }
        else {
            handlePropertyResult(r, payload, key, input, optin, optout);
        }
    }
    if (unrecognized.length) {
        payload.issues.push({
            code: "unrecognized_keys",
            keys: unrecognized,
            input,
            inst,
            // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
            continue: true,
        });
    }
    if (!proms.length)
        return payload;
    return Promise.all(proms).then(() => {
        return payload;
    });
}
const $ZodObject = /*@__PURE__*/ $constructor("$ZodObject", (inst, def) => {
    // requires cast because technically $ZodObject doesn't extend
    $ZodType.init(inst, def);
    const desc = Object.getOwnPropertyDescriptor(def, "shape");
    // a cloned def carries its source's accessor, which knows the shape it answers from; adopting that keeps the clone's keys readable without running it
    const sh = desc?.get ? desc.get.raw : (def.shape ?? {});
    if (sh) {
        // Freezes the shape on first read, so its getters resolve once and every later read sees the same schemas.
        const get = () => {
            const newSh = { ...sh };
            Object.defineProperty(def, "shape", { value: newSh });
            get.raw = newSh;
            return newSh;
        };
        get.raw = sh;
        Object.defineProperty(def, "shape", { get });
    }
    const _normalized = cached(() => normalizeDef(def));
    defineLazyInternal(inst, "propValues", (zod) => {
        const shape = zod.def.shape;
        const propValues = {};
        for (const key in shape) {
            const field = shape[key]._zod;
            if (field.values) {
                if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
                    util_assignProp(propValues, key, new Set());
                }
                for (const v of field.values)
                    propValues[key].add(v);
                // An omittable slot reads back as undefined at a discriminator lookup, so it has to claim undefined: two options that can both omit the key are not discriminable on it.
                if (field.optin !== undefined)
                    propValues[key].add(undefined);
            }
        }
        return propValues;
    });
    const isObject = util_isObject;
    const catchall = def.catchall;
    let value;
    const memo = globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject(input)) {
            payload.issues.push({
                expected: "object",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
        const proms = [];
        const shape = value.shape;
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const key of value.allKeys) {
            if (abortEarly && payload.issues.length !== seen) {
                if (aborted(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            if (key === "__proto__")
                continue;
            const el = shape[key];
            const optin = el._zod.optin;
            const optout = el._zod.optout;
            const r = el._zod.run({ value: input[key], issues: [] }, ctx);
            if (r instanceof Promise) {
                proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
            }
            else {
                handlePropertyResult(r, payload, key, input, optin, optout);
            }
        }
        if (!catchall) {
            return proms.length ? Promise.all(proms).then(() => payload) : payload;
        }
        return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
    };
});
const $ZodObjectJIT = /*@__PURE__*/ $constructor("$ZodObjectJIT", (inst, def) => {
    // requires cast because technically $ZodObject doesn't extend
    $ZodObject.init(inst, def);
    const superParse = inst._zod.parse;
    const _normalized = cached(() => normalizeDef(def));
    const memo = globalConfig.memoizer;
    const generateFastpass = (shape) => {
        const normalized = _normalized.value;
        const syms = normalized.symbolKeys;
        // a symbol has no source literal, so it is read as `syms[i]` off the closed-over scope
        const doc = new Doc(["payload", "ctx"], { shape, inst, memo, syms });
        const parseStr = (k) => `shape[${k}]._zod.run({ value: input[${k}], issues: [] }, ctx)`;
        // prefixes in place, like util.prefixIssues. newResult must land before the early return: a catchall runs after this and would otherwise write onto the caller's input
        const prefixStr = (id, k) => `
          let ${id}_ab = false;
          for (let i = 0; i < ${id}.issues.length; i++) {
            const iss = ${id}.issues[i];
            iss.path = iss.path ? [${k}, ...iss.path] : [${k}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${id}_ab = true;
          }
          if (${id}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
        doc.write(`const input = payload.value;`);
        const ids = Object.create(null);
        let counter = 0;
        for (const key of normalized.allKeys) {
            ids[key] = `key_${counter++}`;
        }
        // A: preserve key order {
        doc.write(memo ? `const newResult = memo.alloc(inst, payload, {}, ctx);` : `const newResult = {};`);
        for (const key of normalized.allKeys) {
            if (key === "__proto__")
                continue;
            const id = ids[key];
            const k = typeof key === "symbol" ? `syms[${syms.indexOf(key)}]` : esc(key);
            const isPresent = `${k} in input`;
            const schema = shape[key];
            const optin = schema?._zod?.optin;
            const isOptionalIn = optin !== undefined;
            const isOptionalOut = schema?._zod?.optout === "optional";
            doc.write(`const ${id} = ${parseStr(k)};`);
            if (isOptionalIn && isOptionalOut) {
                // For optional-in/out schemas, ignore errors on absent keys — and, like the interpreted path, drop the value produced alongside them. The middle rung goes further: it permits absence without supplying anything in its place, so an absent key contributes nothing at all.
                const assign = optin === "optional" ? `${id}_present` : `${id}.value !== undefined || ${id}_present`;
                doc.write(`
        const ${id}_present = ${isPresent};
        if (!${id}.issues.length || ${id}_present) {
          if (${id}.issues.length) {${prefixStr(id, k)}
          }

          if (${assign}) {
            newResult[${k}] = ${id}.value;
          }
        }

      `);
            }
            else if (!isOptionalIn) {
                doc.write(`
        const ${id}_present = ${isPresent};
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
        if (!${id}_present && !${id}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${k}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${id}_present) {
          newResult[${k}] = ${id}.value;
        }

      `);
            }
            else {
                doc.write(`
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
      `);
                if (optin === "defaulted") {
                    doc.write(`newResult[${k}] = ${id}.value;`);
                }
                else {
                    doc.write(`
        if (${id}.value !== undefined || ${isPresent}) {
          newResult[${k}] = ${id}.value;
        }
      `);
                }
            }
        }
        doc.write(`payload.value = newResult;`);
        doc.write(`return payload;`);
        // closing `shape` in is what pays: turbofan specializes the parser against that one shape object, so every `shape[k]._zod.run` folds to a known callee. as a parameter it stays a generic load and measures 13% slower even with the forwarding frame gone
        return doc.compile();
    };
    let fastpass;
    const isObject = util_isObject;
    const jit = !globalConfig.jitless;
    const allowsEval = util_allowsEval;
    const fastEnabled = jit && allowsEval.value; // && !def.catchall;
    const catchall = def.catchall;
    let value;
    inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject(input)) {
            payload.issues.push({
                expected: "object",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        if (jit && fastEnabled && ctx?.async === false && ctx.jitless !== true) {
            // always synchronous
            if (!fastpass)
                fastpass = generateFastpass(def.shape);
            payload = fastpass(payload, ctx);
            if (!catchall)
                return payload;
            return handleCatchall([], input, payload, ctx, value, inst, ctx?.abortEarly === true);
        }
        return superParse(payload, ctx);
    };
});
function handleUnionResults(results, final, inst, ctx) {
    for (const result of results) {
        if (result.issues.length === 0) {
            final.value = result.value;
            return final;
        }
    }
    const nonaborted = results.filter((r) => !aborted(r));
    if (nonaborted.length === 1) {
        final.value = nonaborted[0].value;
        return nonaborted[0];
    }
    final.issues.push({
        code: "invalid_union",
        input: final.value,
        inst,
        errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config()))),
    });
    return final;
}
const $ZodUnion = /*@__PURE__*/ $constructor("$ZodUnion", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted")
        ? "defaulted"
        : zod.def.options.some((o) => o._zod.optin !== undefined)
            ? "optional"
            : undefined);
    defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : undefined);
    defineLazyInternal(inst, "values", (zod) => {
        if (zod.def.options.every((o) => o._zod.values)) {
            return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
        }
        return undefined;
    });
    defineLazyInternal(inst, "pattern", (zod) => {
        if (zod.def.options.every((o) => o._zod.pattern)) {
            const patterns = zod.def.options.map((o) => o._zod.pattern);
            return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
        }
        return undefined;
    });
    const first = def.options.length === 1 ? def.options[0]._zod.run : null;
    inst._zod.parse = (payload, ctx) => {
        if (first) {
            return first(payload, ctx);
        }
        let async = false;
        const results = [];
        for (const option of def.options) {
            const result = option._zod.run({
                value: payload.value,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                results.push(result);
                async = true;
            }
            else {
                if (result.issues.length === 0)
                    return result;
                results.push(result);
            }
        }
        if (!async)
            return handleUnionResults(results, payload, inst, ctx);
        return Promise.all(results).then((results) => {
            return handleUnionResults(results, payload, inst, ctx);
        });
    };
});
function handleExclusiveUnionResults(results, final, inst, ctx) {
    const matches = [];
    for (let i = 0; i < results.length; i++) {
        if (results[i].issues.length === 0)
            matches.push(i);
    }
    if (matches.length === 1) {
        final.value = results[matches[0]].value;
        return final;
    }
    if (matches.length === 0) {
        // No matches - same as regular union
        final.issues.push({
            code: "invalid_union",
            input: final.value,
            inst,
            errors: results.map((result) => result.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config()))),
        });
    }
    else {
        // Multiple matches - exclusive union failure
        final.issues.push({
            code: "invalid_union",
            input: final.value,
            inst,
            errors: [],
            inclusive: false,
            matches,
        });
    }
    return final;
}
const $ZodXor = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodXor", (inst, def) => {
    $ZodUnion.init(inst, def);
    def.inclusive = false;
    const first = def.options.length === 1 ? def.options[0]._zod.run : null;
    inst._zod.parse = (payload, ctx) => {
        if (first) {
            return first(payload, ctx);
        }
        let async = false;
        const results = [];
        for (const option of def.options) {
            const result = option._zod.run({
                value: payload.value,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                results.push(result);
                async = true;
            }
            else {
                results.push(result);
            }
        }
        if (!async)
            return handleExclusiveUnionResults(results, payload, inst, ctx);
        return Promise.all(results).then((results) => {
            return handleExclusiveUnionResults(results, payload, inst, ctx);
        });
    };
})));
/** Returns the option whose discriminator claims `value`, or throws if ambiguous. */
function getDiscriminatedOption(union, value) {
    const internals = union._zod;
    let map = internals.bag.optionsMap;
    if (!map) {
        map = discriminatorMap(internals.def);
        internals.bag.optionsMap = map;
    }
    const option = map.get(value);
    if (option === null)
        throw new Error(`Ambiguous discriminator value "${String(value)}"`);
    return option;
}
function discriminatorMap(def) {
    const map = new Map();
    for (const option of def.options) {
        const values = option._zod.propValues?.[def.discriminator];
        if (!values || values.size === 0)
            throw new Error(`Invalid discriminated union option at index "${def.options.indexOf(option)}"`);
        for (const value of values) {
            if (map.has(value)) {
                if (value !== undefined)
                    throw new Error(`Duplicate discriminator value "${String(value)}"`);
                // keep the collision marked so a later member cannot reclaim it
                map.set(value, null);
            }
            else {
                map.set(value, option);
            }
        }
    }
    return map;
}
const $ZodDiscriminatedUnion = 
/*@__PURE__*/
(/* unused pure expression or super */ null && (core.$constructor("$ZodDiscriminatedUnion", (inst, def) => {
    def.inclusive = false;
    $ZodUnion.init(inst, def);
    const _super = inst._zod.parse;
    util.defineLazyInternal(inst, "propValues", (zod) => {
        const propValues = {};
        let undefinedCount = 0;
        for (const option of zod.def.options) {
            const pv = option._zod.propValues;
            if (!pv || Object.keys(pv).length === 0)
                throw new Error(`Invalid discriminated union option at index "${zod.def.options.indexOf(option)}"`);
            if (pv[zod.def.discriminator]?.has(undefined))
                undefinedCount++;
            for (const [k, v] of Object.entries(pv)) {
                if (!Object.prototype.hasOwnProperty.call(propValues, k)) {
                    util.assignProp(propValues, k, new Set());
                }
                for (const val of v) {
                    propValues[k].add(val);
                }
            }
        }
        if (!zod.def.unionFallback && undefinedCount > 1)
            propValues[zod.def.discriminator]?.delete(undefined);
        return propValues;
    });
    // Checked now rather than in the lookup map below, so an option that lacks the discriminator fails at the `discriminatedUnion` call instead of on the first object parsed. Options whose shape cannot be enumerated without resolving it — pipes and lazies — are left to the map.
    def.options.forEach((option, i) => {
        const propShape = util.rawShape(option._zod.def);
        if (propShape && !Object.prototype.hasOwnProperty.call(propShape, def.discriminator)) {
            throw new Error(`Invalid discriminated union option at index "${i}"`);
        }
    });
    const disc = util.cached(() => discriminatorMap(def));
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!util.isObject(input)) {
            payload.issues.push({
                code: "invalid_type",
                expected: "object",
                input,
                inst,
            });
            return payload;
        }
        const value = input?.[def.discriminator];
        const opt = disc.value.get(value);
        // forward metadata cannot choose an encoder for an absent tag
        if (opt && (value !== undefined || ctx.direction !== "backward")) {
            return opt._zod.run(payload, ctx);
        }
        // Fall back to union matching when the fast discriminator path fails:
        // - explicitly enabled via unionFallback, or
        // - during backward direction (encode), since codec-based discriminators have different values in forward vs backward directions
        if (def.unionFallback || ctx.direction === "backward") {
            return _super(payload, ctx);
        }
        // no matching discriminator
        payload.issues.push({
            code: "invalid_union",
            errors: [],
            note: "No matching discriminator",
            discriminator: def.discriminator,
            options: Array.from(disc.value.keys()).filter((value) => disc.value.get(value) !== null),
            input,
            path: [def.discriminator],
            inst,
        });
        return payload;
    };
})));
const $ZodIntersection = /*@__PURE__*/ $constructor("$ZodIntersection", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        const left = def.left._zod.run({ value: input, issues: [] }, ctx);
        const right = def.right._zod.run({ value: input, issues: [] }, ctx);
        const async = left instanceof Promise || right instanceof Promise;
        if (async) {
            return Promise.all([left, right]).then(([left, right]) => {
                return handleIntersectionResults(payload, left, right);
            });
        }
        return handleIntersectionResults(payload, left, right);
    };
});
function mergeValues(a, b) {
    // const aType = parse.t(a);
    // const bType = parse.t(b);
    if (a === b) {
        return { valid: true, data: a };
    }
    if (a instanceof Date && b instanceof Date && +a === +b) {
        return { valid: true, data: a };
    }
    if (isPlainObject(a) && isPlainObject(b)) {
        const bKeys = Object.keys(b);
        const sharedKeys = Object.keys(a).filter((key) => bKeys.indexOf(key) !== -1);
        const newObj = { ...a, ...b };
        if (Object.prototype.hasOwnProperty.call(newObj, "__proto__"))
            delete newObj.__proto__;
        for (const key of sharedKeys) {
            if (key === "__proto__")
                continue;
            const sharedValue = mergeValues(a[key], b[key]);
            if (!sharedValue.valid) {
                return {
                    valid: false,
                    mergeErrorPath: [key, ...sharedValue.mergeErrorPath],
                };
            }
            newObj[key] = sharedValue.data;
        }
        return { valid: true, data: newObj };
    }
    if (Array.isArray(a) && Array.isArray(b)) {
        if (a.length !== b.length) {
            return { valid: false, mergeErrorPath: [] };
        }
        const newArray = [];
        for (let index = 0; index < a.length; index++) {
            const itemA = a[index];
            const itemB = b[index];
            const sharedValue = mergeValues(itemA, itemB);
            if (!sharedValue.valid) {
                return {
                    valid: false,
                    mergeErrorPath: [index, ...sharedValue.mergeErrorPath],
                };
            }
            newArray.push(sharedValue.data);
        }
        return { valid: true, data: newArray };
    }
    return { valid: false, mergeErrorPath: [] };
}
function handleIntersectionResults(result, left, right) {
    // Track which side(s) reject each key. A key rejection is reported only when BOTH sides reject it, so a key owned by one branch survives the other's key schema. strictObject reports these as unrecognized_keys; a record with an open key schema reports one invalid_key per key.
    const unrecKeys = new Map();
    let unrecIssue;
    const keyIssues = new Map();
    const collect = (iss, side) => {
        let keys;
        if (iss.code === "unrecognized_keys" && !iss.path?.length) {
            unrecIssue ?? (unrecIssue = iss);
            keys = iss.keys;
        }
        else if (iss.code === "invalid_key" && iss.origin === "record" && iss.path?.length === 1) {
            const k = String(iss.path[0]);
            if (!keyIssues.has(k))
                keyIssues.set(k, iss);
            keys = [k];
        }
        else {
            return false;
        }
        for (const k of keys) {
            if (!unrecKeys.has(k))
                unrecKeys.set(k, {});
            unrecKeys.get(k)[side] = true;
        }
        return true;
    };
    for (const iss of left.issues) {
        if (!collect(iss, "l"))
            result.issues.push(iss);
    }
    for (const iss of right.issues) {
        if (!collect(iss, "r"))
            result.issues.push(iss);
    }
    // Report only keys rejected by BOTH sides
    const bothKeys = [...unrecKeys].filter(([, f]) => f.l && f.r).map(([k]) => k);
    if (bothKeys.length) {
        const aggregated = unrecIssue ? bothKeys.filter((k) => unrecIssue.keys.includes(k)) : [];
        if (aggregated.length)
            result.issues.push({ ...unrecIssue, keys: aggregated });
        for (const k of bothKeys) {
            if (!aggregated.includes(k) && keyIssues.has(k))
                result.issues.push(keyIssues.get(k));
        }
    }
    const merged = mergeValues(left.value, right.value);
    if (!merged.valid) {
        if (aborted(result))
            return result;
        throw new Error(`Unmergable intersection. Error path: ` + `${JSON.stringify(merged.mergeErrorPath)}`);
    }
    result.value = merged.data;
    return result;
}
const $ZodTuple = /*@__PURE__*/ $constructor("$ZodTuple", (inst, def) => {
    $ZodType.init(inst, def);
    const items = def.items;
    const memo = globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!Array.isArray(input)) {
            payload.issues.push({
                input,
                inst,
                expected: "tuple",
                code: "invalid_type",
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, [], ctx) : [];
        const proms = [];
        const optinStart = getTupleOptStart(items, "optin");
        const optoutStart = getTupleOptStart(items, "optout");
        if (!def.rest) {
            if (input.length < optinStart) {
                payload.issues.push({
                    code: "too_small",
                    minimum: optinStart,
                    inclusive: true,
                    input,
                    inst,
                    origin: "array",
                });
                return payload;
            }
            if (input.length > items.length) {
                payload.issues.push({
                    code: "too_big",
                    maximum: items.length,
                    inclusive: true,
                    input,
                    inst,
                    origin: "array",
                });
            }
        }
        // Run every item in parallel, collecting results into an indexed array. The post-processing in `handleTupleResults` walks them in order so it can decide whether an absent optional-output error can truncate the tail or must be reported to preserve required output.
        const itemResults = new Array(items.length);
        // only tracked when there is a rest loop to skip
        const abortEarly = def.rest ? ctx?.abortEarly : undefined;
        let itemAborted = false;
        for (let i = 0; i < items.length; i++) {
            const r = items[i]._zod.run({ value: input[i], issues: [] }, ctx);
            if (r instanceof Promise) {
                proms.push(r.then((rr) => {
                    itemResults[i] = rr;
                }));
            }
            else {
                itemResults[i] = r;
                if (abortEarly && !itemAborted && r.issues.length)
                    itemAborted = aborted(r);
            }
        }
        // sound because rest is non-empty exactly when every fixed index is present, the one case handleTupleResults cannot discard an item's issues
        if (def.rest && !itemAborted) {
            let i = items.length - 1;
            const rest = input.slice(items.length);
            let seen = payload.issues.length;
            for (const el of rest) {
                if (abortEarly && payload.issues.length !== seen) {
                    if (aborted(payload, seen))
                        break;
                    seen = payload.issues.length;
                }
                i++;
                const result = def.rest._zod.run({ value: el, issues: [] }, ctx);
                if (result instanceof Promise) {
                    proms.push(result.then((r) => handleTupleResult(r, payload, i)));
                }
                else {
                    handleTupleResult(result, payload, i);
                }
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => handleTupleResults(itemResults, payload, items, input, optoutStart));
        }
        return handleTupleResults(itemResults, payload, items, input, optoutStart);
    };
});
function getTupleOptStart(items, key) {
    for (let i = items.length - 1; i >= 0; i--) {
        // optin is a three-rung ladder so any rung above `undefined` permits an absent slot; optout stays two-valued.
        const omittable = key === "optin" ? items[i]._zod.optin !== undefined : items[i]._zod.optout === "optional";
        if (!omittable)
            return i + 1;
    }
    return 0;
}
function handleTupleResult(result, final, index) {
    if (result.issues.length) {
        final.issues.push(...prefixIssues(index, result.issues));
    }
    final.value[index] = result.value;
}
function handleTupleResults(itemResults, final, items, input, optoutStart) {
    // Walk results in order. Mirror $ZodObject's swallow-on-absent-optional rule, but only after `optoutStart`: the first index where the output tuple tail can be absent.
    for (let i = 0; i < items.length; i++) {
        const r = itemResults[i];
        const isPresent = i < input.length;
        // The array analog of `handlePropertyResult`'s absent-key early return: the middle rung permits absence without supplying anything in its place, so the tail truncates here instead of materializing whatever the item made of `undefined`.
        if (!isPresent && i >= optoutStart && items[i]._zod.optin === "optional") {
            final.value.length = i;
            break;
        }
        if (r.issues.length) {
            if (!isPresent && i >= optoutStart) {
                final.value.length = i;
                break;
            }
            final.issues.push(...prefixIssues(i, r.issues));
        }
        final.value[i] = r.value;
    }
    // Drop trailing slots that produced `undefined` for absent input
    // (the array analog of an absent optional key on an object). The
    // `i >= input.length` floor is critical: an explicit `undefined`
    // *inside* the input must be preserved even when the schema is
    // optional-out (e.g. `z.string().or(z.undefined())` accepting an
    // explicit undefined value).
    for (let i = final.value.length - 1; i >= input.length; i--) {
        if (items[i]._zod.optout === "optional" && final.value[i] === undefined) {
            final.value.length = i;
        }
        else {
            break;
        }
    }
    return final;
}
const $ZodRecord = /*@__PURE__*/ $constructor("$ZodRecord", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!isPlainObject(input)) {
            payload.issues.push({
                expected: "record",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        // no guard in either loop below: a record's invalid_key aborts but an enclosing intersection can reconcile it, so a stopped loop hides keys the sibling does not own and the intersection then rejects nothing
        const proms = [];
        const values = def.keyType._zod.values;
        if (values && !def.partial) {
            payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
            const recordKeys = new Set();
            for (const key of values) {
                if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
                    recordKeys.add(typeof key === "number" ? key.toString() : key);
                    // A declared __proto__ is stripped but is not an unrecognized key.
                    if (key === "__proto__")
                        continue;
                    const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
                    if (keyResult instanceof Promise) {
                        throw new Error("Async schemas not supported in object keys currently");
                    }
                    if (keyResult.issues.length) {
                        payload.issues.push({
                            code: "invalid_key",
                            origin: "record",
                            issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
                            input: key,
                            path: [key],
                            inst,
                        });
                        continue;
                    }
                    const outKey = keyResult.value;
                    if (outKey === "__proto__")
                        continue;
                    const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
                    if (result instanceof Promise) {
                        proms.push(result.then((result) => {
                            if (result.issues.length) {
                                payload.issues.push(...prefixIssues(key, result.issues));
                            }
                            payload.value[outKey] = result.value;
                        }));
                    }
                    else {
                        if (result.issues.length) {
                            payload.issues.push(...prefixIssues(key, result.issues));
                        }
                        payload.value[outKey] = result.value;
                    }
                }
            }
            let unrecognized;
            for (const key in input) {
                if (!recordKeys.has(key)) {
                    if (def.mode === "loose") {
                        // skip __proto__ so it can't replace the result prototype via the assignment setter on the plain {} we build into
                        if (key === "__proto__")
                            continue;
                        payload.value[key] = input[key];
                    }
                    else {
                        unrecognized = unrecognized ?? [];
                        unrecognized.push(key);
                    }
                }
            }
            if (unrecognized && unrecognized.length > 0) {
                payload.issues.push({
                    code: "unrecognized_keys",
                    input,
                    inst,
                    keys: unrecognized,
                    continue: true,
                });
            }
        }
        else {
            payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
            // An enumerable key schema declares which keys the record owns, so a key outside the set is unrecognized. A non-enumerable one (regex, refine) is a constraint every key must satisfy, so a failing key is invalid. Only the former is reconcilable against the other side of an intersection.
            let unrecognized;
            // Reflect.ownKeys for Symbol-key support; filter non-enumerable to match z.object()
            for (const key of Reflect.ownKeys(input)) {
                if (key === "__proto__")
                    continue;
                if (!Object.prototype.propertyIsEnumerable.call(input, key))
                    continue;
                let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
                if (keyResult instanceof Promise) {
                    throw new Error("Async schemas not supported in object keys currently");
                }
                // Numeric string fallback: if key is a numeric string and failed, retry with Number(key). This handles z.number(), z.literal([1, 2, 3]), and unions containing numeric literals
                const checkNumericKey = typeof key === "string" && number.test(key) && keyResult.issues.length;
                if (checkNumericKey) {
                    const retryResult = def.keyType._zod.run({ value: Number(key), issues: [] }, ctx);
                    if (retryResult instanceof Promise) {
                        throw new Error("Async schemas not supported in object keys currently");
                    }
                    if (retryResult.issues.length === 0) {
                        keyResult = retryResult;
                    }
                }
                if (keyResult.issues.length) {
                    if (def.mode === "loose") {
                        // Pass through unchanged
                        payload.value[key] = input[key];
                    }
                    else if (values) {
                        unrecognized = unrecognized ?? [];
                        unrecognized.push(key);
                    }
                    else {
                        // Default "strict" behavior: error on invalid key
                        payload.issues.push({
                            code: "invalid_key",
                            origin: "record",
                            issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
                            input: key,
                            path: [key],
                            inst,
                        });
                    }
                    continue;
                }
                // the guard above tests the raw input key, but the key schema can normalize an ordinary key into __proto__; re-check the key we actually write under
                const outKey = keyResult.value;
                if (outKey === "__proto__")
                    continue;
                const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
                if (result instanceof Promise) {
                    proms.push(result.then((result) => {
                        if (result.issues.length) {
                            payload.issues.push(...prefixIssues(key, result.issues));
                        }
                        payload.value[outKey] = result.value;
                    }));
                }
                else {
                    if (result.issues.length) {
                        payload.issues.push(...prefixIssues(key, result.issues));
                    }
                    payload.value[outKey] = result.value;
                }
            }
            if (unrecognized && unrecognized.length > 0) {
                payload.issues.push({
                    code: "unrecognized_keys",
                    input,
                    inst,
                    keys: unrecognized,
                    continue: true,
                });
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => payload);
        }
        return payload;
    };
});
const $ZodMap = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodMap", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core.globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!(input instanceof Map)) {
            payload.issues.push({
                expected: "map",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        const proms = [];
        payload.value = memo ? memo.alloc(inst, payload, new Map(), ctx) : new Map();
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const [key, value] of input) {
            if (abortEarly && payload.issues.length !== seen) {
                if (util.aborted(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
            const valueResult = def.valueType._zod.run({ value: value, issues: [] }, ctx);
            if (keyResult instanceof Promise || valueResult instanceof Promise) {
                proms.push(Promise.all([keyResult, valueResult]).then(([keyResult, valueResult]) => {
                    handleMapResult(keyResult, valueResult, payload, key, input, inst, ctx);
                }));
            }
            else {
                handleMapResult(keyResult, valueResult, payload, key, input, inst, ctx);
            }
        }
        if (proms.length)
            return Promise.all(proms).then(() => payload);
        return payload;
    };
    capSize(inst, mapSize);
})));
function handleMapResult(keyResult, valueResult, final, key, input, inst, ctx) {
    if (keyResult.issues.length) {
        if (util.propertyKeyTypes.has(typeof key)) {
            final.issues.push(...util.prefixIssues(key, keyResult.issues));
        }
        else {
            final.issues.push({
                code: "invalid_key",
                origin: "map",
                input,
                inst,
                issues: keyResult.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config())),
            });
        }
    }
    if (valueResult.issues.length) {
        if (util.propertyKeyTypes.has(typeof key)) {
            final.issues.push(...util.prefixIssues(key, valueResult.issues));
        }
        else {
            final.issues.push({
                origin: "map",
                code: "invalid_element",
                input,
                inst,
                key: key,
                issues: valueResult.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config())),
            });
        }
    }
    final.value.set(keyResult.value, valueResult.value);
}
const $ZodSet = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodSet", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core.globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!(input instanceof Set)) {
            payload.issues.push({
                input,
                inst,
                expected: "set",
                code: "invalid_type",
            });
            return payload;
        }
        const proms = [];
        payload.value = memo ? memo.alloc(inst, payload, new Set(), ctx) : new Set();
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const item of input) {
            if (abortEarly && payload.issues.length !== seen) {
                if (util.aborted(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            const result = def.valueType._zod.run({ value: item, issues: [] }, ctx);
            if (result instanceof Promise) {
                proms.push(result.then((result) => handleSetResult(result, payload)));
            }
            else
                handleSetResult(result, payload);
        }
        if (proms.length)
            return Promise.all(proms).then(() => payload);
        return payload;
    };
    capSize(inst, setSize);
})));
function handleSetResult(result, final) {
    if (result.issues.length) {
        final.issues.push(...result.issues);
    }
    final.value.add(result.value);
}
const $ZodEnum = /*@__PURE__*/ $constructor("$ZodEnum", (inst, def) => {
    $ZodType.init(inst, def);
    const values = getEnumValues(def.entries);
    const valuesSet = new Set(values);
    inst._zod.values = valuesSet;
    defineLazyInternal(inst, "pattern", (zod) => {
        const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
        // unmatchable fallback, RE2-safe: an empty alternation would compile to /^()$/, which matches ""
        return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
    });
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (valuesSet.has(input)) {
            return payload;
        }
        payload.issues.push({
            code: "invalid_value",
            values,
            input,
            inst,
        });
        return payload;
    };
});
const $ZodLiteral = /*@__PURE__*/ $constructor("$ZodLiteral", (inst, def) => {
    $ZodType.init(inst, def);
    const values = new Set(def.values);
    inst._zod.values = values;
    defineLazyInternal(inst, "pattern", (zod) => {
        const vals = zod.def.values;
        // unmatchable fallback, RE2-safe: an empty alternation would compile to /^()$/, which matches ""
        return new RegExp(vals.length
            ? `^(${vals
                .map((o) => typeof o === "string" ? escapeRegex(o) : o ? escapeRegex(o.toString()) : String(o))
                .join("|")})$`
            : "^[^\\s\\S]$");
    });
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (values.has(input)) {
            return payload;
        }
        payload.issues.push({
            code: "invalid_value",
            values: def.values,
            input,
            inst,
        });
        return payload;
    };
});
const $ZodFile = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodFile", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        // @ts-ignore
        if (input instanceof File)
            return payload;
        payload.issues.push({
            expected: "file",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodTransform = /*@__PURE__*/ $constructor("$ZodTransform", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.optin = "optional";
    globalConfig.memoizer?.guard(inst);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            throw new $ZodEncodeError(inst.constructor.name);
        }
        const _out = def.transform(payload.value, payload);
        if (ctx.async) {
            const output = _out instanceof Promise ? _out : Promise.resolve(_out);
            return output.then((output) => {
                payload.value = output;
                return payload;
            });
        }
        if (_out instanceof Promise) {
            throw new $ZodAsyncError();
        }
        payload.value = _out;
        return payload;
    };
});
function handleOptionalResult(payload, result) {
    // A substituting schema that still failed has no usable answer; yield undefined. Its issues are simply dropped: it ran on a payload of its own, so there is no shared array to truncate and nothing of the caller's to lose with it.
    payload.value = result.issues.length ? undefined : result.value;
    return payload;
}
const $ZodOptional = /*@__PURE__*/ $constructor("$ZodOptional", (inst, def) => {
    $ZodType.init(inst, def);
    // .optional() propagates absence rather than substituting for it, so a defaulted inner keeps its rung.
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
    inst._zod.optout = "optional";
    defineLazyInternal(inst, "values", (zod) => {
        const values = zod.def.innerType._zod.values;
        return values ? new Set([...values, undefined]) : undefined;
    });
    defineLazyInternal(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        if (payload.value === undefined) {
            // Only the top rung substitutes a value for absence; everything else leaves it intact, which is what .optional() means.
            if (def.innerType._zod.optin !== "defaulted")
                return payload;
            // Its own payload, for the same reason $ZodCatch gets one: a pipe forwards an unrecognized key through the caller's issues array, and this must not read that as the substituting schema failing and drop it.
            const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
            if (result instanceof Promise)
                return result.then((result) => handleOptionalResult(payload, result));
            return handleOptionalResult(payload, result);
        }
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodExactOptional = /*@__PURE__*/ $constructor("$ZodExactOptional", (inst, def) => {
    // Call parent init - inherits optin/optout = "optional"
    $ZodOptional.init(inst, def);
    // Override values/pattern to NOT add undefined
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    defineLazyInternal(inst, "pattern", (zod) => zod.def.innerType._zod.pattern);
    // Override parse to just delegate (no undefined handling)
    inst._zod.parse = (payload, ctx) => {
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodNullable = /*@__PURE__*/ $constructor("$ZodNullable", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin);
    defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
    defineLazyInternal(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : undefined;
    });
    defineLazyInternal(inst, "values", (zod) => {
        return zod.def.innerType._zod.values ? new Set([...zod.def.innerType._zod.values, null]) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        // Forward direction (decode): allow null to pass through
        if (payload.value === null)
            return payload;
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodDefault = /*@__PURE__*/ $constructor("$ZodDefault", (inst, def) => {
    $ZodType.init(inst, def);
    // inst._zod.qin = "true";
    inst._zod.optin = "defaulted";
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply defaults for undefined input
        if (payload.value === undefined) {
            payload.value = def.defaultValue;
            /**
             * $ZodDefault returns the default value immediately in forward direction.
             * It doesn't pass the default value into the validator ("prefault"). There's no reason to pass the default value through validation. The validity of the default is enforced by TypeScript statically. Otherwise, it's the responsibility of the user to ensure the default is valid. In the case of pipes with divergent in/out types, you can specify the default on the `in` schema of your ZodPipe to set a "prefault" for the pipe.   */
            return payload;
        }
        // Forward direction: continue with default handling
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleDefaultResult(result, def));
        }
        return handleDefaultResult(result, def);
    };
});
function handleDefaultResult(payload, def) {
    if (payload.value === undefined) {
        payload.value = def.defaultValue;
    }
    return payload;
}
const $ZodPrefault = /*@__PURE__*/ $constructor("$ZodPrefault", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.optin = "defaulted";
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply prefault for undefined input
        if (payload.value === undefined) {
            payload.value = def.defaultValue;
        }
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodNonOptional = /*@__PURE__*/ $constructor("$ZodNonOptional", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "values", (zod) => {
        const v = zod.def.innerType._zod.values;
        return v ? new Set([...v].filter((x) => x !== undefined)) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleNonOptionalResult(result, inst));
        }
        return handleNonOptionalResult(result, inst);
    };
});
function handleNonOptionalResult(payload, inst) {
    if (!payload.issues.length && payload.value === undefined) {
        payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: payload.value,
            inst,
        });
    }
    return payload;
}
const $ZodSuccess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodSuccess", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            throw new core.$ZodEncodeError("ZodSuccess");
        }
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => {
                payload.value = result.issues.length === 0;
                return payload;
            });
        }
        payload.value = result.issues.length === 0;
        return payload;
    };
})));
function handleCatchResult(payload, result, def, ctx) {
    if (!result.issues.length) {
        payload.value = result.value;
        // The value carries up, so the flag describing it has to carry with it: a back-edge into a node still being parsed must not be frozen by an enclosing readonly, and its checks belong to the node itself. Guarded so the ordinary case adds no own property.
        if (result.memo)
            payload.memo = true;
        return payload;
    }
    // Spread the inner's own payload, not ours: `value` has to stay the input the catch was handed, and the inner ran on a payload of its own so its issues are already private to this call.
    payload.value = def.catchValue({
        ...result,
        value: payload.value,
        error: {
            issues: result.issues.map((iss) => finalizeIssue(iss, ctx, config())),
        },
        input: payload.value,
    });
    return payload;
}
const $ZodCatch = /*@__PURE__*/ $constructor("$ZodCatch", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
    defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply catch logic
        const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleCatchResult(payload, result, def, ctx));
        }
        return handleCatchResult(payload, result, def, ctx);
    };
});
const $ZodNaN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodNaN", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "number" || !Number.isNaN(payload.value)) {
            payload.issues.push({
                input: payload.value,
                inst,
                expected: "nan",
                code: "invalid_type",
            });
            return payload;
        }
        return payload;
    };
})));
const $ZodPipe = /*@__PURE__*/ $constructor("$ZodPipe", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
    defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
    defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
    defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            const right = def.out._zod.run(payload, ctx);
            if (right instanceof Promise) {
                return right.then((right) => handlePipeResult(right, def.in, ctx));
            }
            return handlePipeResult(right, def.in, ctx);
        }
        const left = def.in._zod.run(payload, ctx);
        if (left instanceof Promise) {
            return left.then((left) => handlePipeResult(left, def.out, ctx));
        }
        return handlePipeResult(left, def.out, ctx);
    };
});
function handlePipeResult(left, next, ctx) {
    // Any issue stops the pipe, so a failing refinement never feeds its transform. An unrecognized key is the exception: it describes the input's extra properties, not the value being piped, and an enclosing intersection may yet reconcile it.
    if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
        // prevent further checks
        left.aborted = true;
        return left;
    }
    return next._zod.run({ value: left.value, issues: left.issues }, ctx);
}
const $ZodCodec = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCodec", (inst, def) => {
    $ZodType.init(inst, def);
    util.defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
    util.defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
    util.defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
    util.defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
    inst._zod.parse = (payload, ctx) => {
        const direction = ctx.direction || "forward";
        if (direction === "forward") {
            const left = def.in._zod.run(payload, ctx);
            if (left instanceof Promise) {
                return left.then((left) => handleCodecAResult(left, def, ctx));
            }
            return handleCodecAResult(left, def, ctx);
        }
        else {
            const right = def.out._zod.run(payload, ctx);
            if (right instanceof Promise) {
                return right.then((right) => handleCodecAResult(right, def, ctx));
            }
            return handleCodecAResult(right, def, ctx);
        }
    };
})));
function handleCodecAResult(result, def, ctx) {
    if (result.issues.length) {
        // prevent further checks
        result.aborted = true;
        return result;
    }
    const direction = ctx.direction || "forward";
    if (direction === "forward") {
        const transformed = def.transform(result.value, result);
        if (transformed instanceof Promise) {
            return transformed.then((value) => handleCodecTxResult(result, value, def.out, ctx));
        }
        return handleCodecTxResult(result, transformed, def.out, ctx);
    }
    else {
        const transformed = def.reverseTransform(result.value, result);
        if (transformed instanceof Promise) {
            return transformed.then((value) => handleCodecTxResult(result, value, def.in, ctx));
        }
        return handleCodecTxResult(result, transformed, def.in, ctx);
    }
}
function handleCodecTxResult(left, value, nextSchema, ctx) {
    // Check if transform added any issues
    if (left.issues.length) {
        left.aborted = true;
        return left;
    }
    return nextSchema._zod.run({ value, issues: left.issues }, ctx);
}
const $ZodPreprocess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodPreprocess", (inst, def) => {
    $ZodPipe.init(inst, def);
})));
const $ZodReadonly = /*@__PURE__*/ $constructor("$ZodReadonly", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "propValues", (zod) => zod.def.innerType._zod.propValues);
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType?._zod?.optin);
    defineLazyInternal(inst, "optout", (zod) => zod.def.innerType?._zod?.optout);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then(handleReadonlyResult);
        }
        return handleReadonlyResult(result);
    };
});
function handleReadonlyResult(payload) {
    // A repeat visit hands back a node that is still being built; freezing it here would make the rest of its keys fail to assign.
    if (!payload.memo)
        payload.value = Object.freeze(payload.value);
    return payload;
}
// a leaf's pattern source with its own checks folded in: the last pattern-carrying check wins, else length bounds narrow the catch-all, else an integer format narrows the number form. the fold lives here instead of on `_zod.pattern` so a bundle without template literals never pays for it
function leafPattern(schema) {
    const def = schema._zod.def;
    let pattern = def.pattern;
    let isInt = !!def.format?.includes("int");
    let minimum;
    let maximum;
    for (const ch of def.checks ?? []) {
        const d = ch._zod.def;
        if (d.pattern)
            pattern = d.pattern;
        isInt || (isInt = !!d.format?.includes("int"));
        const lo = d.minimum ?? d.length;
        const hi = d.maximum ?? d.length;
        if (lo !== undefined && (minimum === undefined || lo > minimum))
            minimum = lo;
        if (hi !== undefined && (maximum === undefined || hi < maximum))
            maximum = hi;
    }
    if (pattern)
        return pattern.source;
    // an empty range matches nothing at runtime, and `{8,5}` is not a legal quantifier
    if (minimum !== undefined && maximum !== undefined && minimum > maximum)
        return "(?!)";
    if (minimum !== undefined || maximum !== undefined)
        return regexes.string({ minimum, maximum }).source;
    const own = schema._zod.pattern;
    return (isInt && own === regexes.number ? regexes.integer : own)?.source;
}
// a part's pattern source. a wrapper's pattern embeds its inner pattern's source verbatim, so the folded form is substituted in place without knowing the wrapper's own composition; a union's options are joined the way the union builds its own pattern
function partPattern(schema) {
    const def = schema._zod.def;
    const own = schema._zod.pattern?.source;
    // lazy resolves its inner on the internals, not the def
    const inner = def.innerType ?? schema._zod.innerType;
    if (inner) {
        const before = inner._zod.pattern?.source;
        const after = partPattern(inner);
        if (own && before && after && after !== before) {
            return own.replace(util.cleanRegex(before), () => util.cleanRegex(after));
        }
        return own;
    }
    if (def.options) {
        const sources = def.options.map(partPattern);
        if (sources.every(Boolean))
            return `^(${sources.map((s) => util.cleanRegex(s)).join("|")})$`;
    }
    return leafPattern(schema);
}
const $ZodTemplateLiteral = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodTemplateLiteral", (inst, def) => {
    $ZodType.init(inst, def);
    const regexParts = [];
    for (const part of def.parts) {
        if (typeof part === "object" && part !== null) {
            // is Zod schema
            const source = partPattern(part);
            if (!source) {
                throw new Error(`Invalid template literal part, no pattern found: ${[...part._zod.traits].shift()}`);
            }
            regexParts.push(util.cleanRegex(source));
        }
        else if (part === null || util.primitiveTypes.has(typeof part)) {
            regexParts.push(util.escapeRegex(`${part}`));
        }
        else {
            throw new Error(`Invalid template literal part: ${part}`);
        }
    }
    inst._zod.pattern = new RegExp(`^${regexParts.join("")}$`);
    inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "string") {
            payload.issues.push({
                input: payload.value,
                inst,
                expected: "string",
                code: "invalid_type",
            });
            return payload;
        }
        inst._zod.pattern.lastIndex = 0;
        if (!inst._zod.pattern.test(payload.value)) {
            payload.issues.push({
                input: payload.value,
                inst,
                code: "invalid_format",
                format: def.format ?? "template_literal",
                pattern: inst._zod.pattern.source,
            });
            return payload;
        }
        return payload;
    };
})));
const $ZodFunction = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodFunction", (inst, def) => {
    $ZodType.init(inst, def);
    // Defined, not assigned: the classic prototype exposes `_def` as a getter with no setter.
    Object.defineProperty(inst, "_def", { value: def });
    inst._zod.def = def;
    inst.implement = (func) => {
        if (typeof func !== "function") {
            throw new Error("implement() must be called with a function");
        }
        // Defined inline so the closure stays anonymous: binding it to a `const` first names it, which costs 256 bytes per implemented function.
        return Object.defineProperty(function (...args) {
            const parsedArgs = inst._def.input ? parse(inst._def.input, args) : args;
            const result = Reflect.apply(func, this, parsedArgs);
            if (inst._def.output) {
                return parse(inst._def.output, result);
            }
            return result;
        }, "_zod", { value: inst._zod, enumerable: false });
    };
    inst.implementAsync = (func) => {
        if (typeof func !== "function") {
            throw new Error("implementAsync() must be called with a function");
        }
        return Object.defineProperty(async function (...args) {
            const parsedArgs = inst._def.input ? await parseAsync(inst._def.input, args) : args;
            const result = await Reflect.apply(func, this, parsedArgs);
            if (inst._def.output) {
                return await parseAsync(inst._def.output, result);
            }
            return result;
        }, "_zod", { value: inst._zod, enumerable: false });
    };
    inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "function") {
            payload.issues.push({
                code: "invalid_type",
                expected: "function",
                input: payload.value,
                inst,
            });
            return payload;
        }
        // Check if output is a promise type to determine if we should use async implementation
        const hasPromiseOutput = inst._def.output && inst._def.output._zod.def.type === "promise";
        if (hasPromiseOutput) {
            payload.value = inst.implementAsync(payload.value);
        }
        else {
            payload.value = inst.implement(payload.value);
        }
        return payload;
    };
    inst.input = (...args) => {
        const F = inst.constructor;
        if (Array.isArray(args[0])) {
            return new F({
                type: "function",
                input: new $ZodTuple({
                    type: "tuple",
                    items: args[0],
                    rest: args[1],
                }),
                output: inst._def.output,
            });
        }
        return new F({
            type: "function",
            input: args[0],
            output: inst._def.output,
        });
    };
    inst.output = (output) => {
        const F = inst.constructor;
        return new F({
            type: "function",
            input: inst._def.input,
            output,
        });
    };
    return inst;
})));
const $ZodPromise = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodPromise", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        return Promise.resolve(payload.value).then((inner) => def.innerType._zod.run({ value: inner, issues: [] }, ctx));
    };
})));
const $ZodLazy = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodLazy", (inst, def) => {
    $ZodType.init(inst, def);
    // Cache the resolved inner type on the shared `def` so all clones of this lazy (e.g. via `.describe()`/`.meta()`) share the same inner instance, preserving identity for cycle detection on recursive schemas.
    util.defineLazy(inst._zod, "innerType", () => {
        const d = def;
        if (!d._cachedInner)
            d._cachedInner = def.getter();
        return d._cachedInner;
    });
    util.defineLazyInternal(inst, "pattern", (zod) => zod.innerType?._zod?.pattern);
    util.defineLazyInternal(inst, "propValues", (zod) => zod.innerType?._zod?.propValues);
    util.defineLazyInternal(inst, "optin", (zod) => zod.innerType?._zod?.optin ?? undefined);
    util.defineLazyInternal(inst, "optout", (zod) => zod.innerType?._zod?.optout ?? undefined);
    inst._zod.parse = (payload, ctx) => {
        const inner = inst._zod.innerType;
        return inner._zod.run(payload, ctx);
    };
})));
const $ZodCustom = /*@__PURE__*/ $constructor("$ZodCustom", (inst, def) => {
    $ZodCheck.init(inst, def);
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _) => {
        return payload;
    };
    inst._zod.check = (payload) => {
        const input = payload.value;
        const r = def.fn(input);
        if (r instanceof Promise) {
            return r.then((r) => handleRefineResult(r, payload, input, inst));
        }
        handleRefineResult(r, payload, input, inst);
        return;
    };
});
function handleRefineResult(result, payload, input, inst) {
    if (!result) {
        const _iss = {
            code: "custom",
            input,
            inst, // incorporates params.error into issue reporting
            path: [...(inst._zod.def.path ?? [])], // incorporates params.error into issue reporting
            continue: !inst._zod.def.abort,
            // params: inst._zod.def.params,
        };
        if (inst._zod.def.params)
            _iss.params = inst._zod.def.params;
        payload.issues.push(util_issue(_iss));
    }
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/registries.js
var registries_a;
const $output = /*@__PURE__*/ (/* unused pure expression or super */ null && (Symbol("ZodOutput")));
const $input = /*@__PURE__*/ (/* unused pure expression or super */ null && (Symbol("ZodInput")));
class $ZodRegistry {
    constructor() {
        this._map = new WeakMap();
        this._idmap = new Map();
    }
    add(schema, ..._meta) {
        const meta = _meta[0];
        this._map.set(schema, meta);
        if (meta && typeof meta === "object" && "id" in meta) {
            this._idmap.set(meta.id, schema);
        }
        return this;
    }
    clear() {
        this._map = new WeakMap();
        this._idmap = new Map();
        return this;
    }
    remove(schema) {
        const meta = this._map.get(schema);
        if (meta && typeof meta === "object" && "id" in meta) {
            this._idmap.delete(meta.id);
        }
        this._map.delete(schema);
        return this;
    }
    get(schema) {
        // return this._map.get(schema) as any;
        // inherit metadata
        const p = schema._zod.parent;
        if (p) {
            const pm = { ...(this.get(p) ?? {}) };
            delete pm.id; // do not inherit id
            const f = { ...pm, ...this._map.get(schema) };
            return Object.keys(f).length ? f : undefined;
        }
        return this._map.get(schema);
    }
    has(schema) {
        return this._map.has(schema);
    }
}
// registries
function registry() {
    return new $ZodRegistry();
}
(registries_a = globalThis).__zod_globalRegistry ?? (registries_a.__zod_globalRegistry = registry());
const globalRegistry = globalThis.__zod_globalRegistry;

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/api.js




function snapshotChecks(def) {
    if (def.checks)
        def.checks = [...def.checks];
    return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class, params) {
    return new Class(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _coercedString(Class, params) {
    return new Class(snapshotChecks({ type: "string", coerce: true, ...util.normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _email(Class, params) {
    return new Class({
        type: "string",
        format: "email",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _guid(Class, params) {
    return new Class({
        type: "string",
        format: "guid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuid(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv4(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v4",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv6(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v6",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv7(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v7",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _url(Class, params) {
    return new Class({
        type: "string",
        format: "url",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function api_emoji(Class, params) {
    return new Class({
        type: "string",
        format: "emoji",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _nanoid(Class, params) {
    return new Class({
        type: "string",
        format: "nanoid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link _cuid2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
// @__NO_SIDE_EFFECTS__
function _cuid(Class, params) {
    return new Class({
        type: "string",
        format: "cuid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cuid2(Class, params) {
    return new Class({
        type: "string",
        format: "cuid2",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ulid(Class, params) {
    return new Class({
        type: "string",
        format: "ulid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _xid(Class, params) {
    return new Class({
        type: "string",
        format: "xid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ksuid(Class, params) {
    return new Class({
        type: "string",
        format: "ksuid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ipv4(Class, params) {
    return new Class({
        type: "string",
        format: "ipv4",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ipv6(Class, params) {
    return new Class({
        type: "string",
        format: "ipv6",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _mac(Class, params) {
    return new Class({
        type: "string",
        format: "mac",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cidrv4(Class, params) {
    return new Class({
        type: "string",
        format: "cidrv4",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cidrv6(Class, params) {
    return new Class({
        type: "string",
        format: "cidrv6",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _base64(Class, params) {
    return new Class({
        type: "string",
        format: "base64",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _base64url(Class, params) {
    return new Class({
        type: "string",
        format: "base64url",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _e164(Class, params) {
    return new Class({
        type: "string",
        format: "e164",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _creditCard(Class, params) {
    return new Class({
        type: "string",
        format: "credit_card",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _iban(Class, params) {
    return new Class({
        type: "string",
        format: "iban",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _jwt(Class, params) {
    return new Class({
        type: "string",
        format: "jwt",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
const TimePrecision = {
    Any: null,
    Minute: -1,
    Second: 0,
    Millisecond: 3,
    Microsecond: 6,
};
// @__NO_SIDE_EFFECTS__
function _isoDateTime(Class, params) {
    return new Class({
        type: "string",
        format: "datetime",
        check: "string_format",
        offset: false,
        local: false,
        precision: null,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoDate(Class, params) {
    return new Class({
        type: "string",
        format: "date",
        check: "string_format",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoTime(Class, params) {
    return new Class({
        type: "string",
        format: "time",
        check: "string_format",
        precision: null,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoDuration(Class, params) {
    return new Class({
        type: "string",
        format: "duration",
        check: "string_format",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _number(Class, params) {
    return new Class(snapshotChecks({ type: "number", checks: [], ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _coercedNumber(Class, params) {
    return new Class(snapshotChecks({ type: "number", coerce: true, checks: [], ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "safeint",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _float32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "float32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _float64(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "float64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _int32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "int32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uint32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "uint32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class, params) {
    return new Class({
        type: "boolean",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedBoolean(Class, params) {
    return new Class({
        type: "boolean",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _bigint(Class, params) {
    return new Class({
        type: "bigint",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedBigint(Class, params) {
    return new Class({
        type: "bigint",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _int64(Class, params) {
    return new Class({
        type: "bigint",
        check: "bigint_format",
        abort: false,
        format: "int64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uint64(Class, params) {
    return new Class({
        type: "bigint",
        check: "bigint_format",
        abort: false,
        format: "uint64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _symbol(Class, params) {
    return new Class({
        type: "symbol",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function api_undefined(Class, params) {
    return new Class({
        type: "undefined",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function api_null(Class, params) {
    return new Class({
        type: "null",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _any(Class) {
    return new Class({
        type: "any",
    });
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class) {
    return new Class({
        type: "unknown",
    });
}
// @__NO_SIDE_EFFECTS__
function _never(Class, params) {
    return new Class({
        type: "never",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _void(Class, params) {
    return new Class({
        type: "void",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _date(Class, params) {
    return new Class({
        type: "date",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedDate(Class, params) {
    return new Class({
        type: "date",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _nan(Class, params) {
    return new Class({
        type: "nan",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _lt(value, params) {
    return new $ZodCheckLessThan({
        check: "less_than",
        ...normalizeParams(params),
        value,
        inclusive: false,
    });
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
    return new $ZodCheckLessThan({
        check: "less_than",
        ...normalizeParams(params),
        value,
        inclusive: true,
    });
}

// @__NO_SIDE_EFFECTS__
function _gt(value, params) {
    return new $ZodCheckGreaterThan({
        check: "greater_than",
        ...normalizeParams(params),
        value,
        inclusive: false,
    });
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
    return new $ZodCheckGreaterThan({
        check: "greater_than",
        ...normalizeParams(params),
        value,
        inclusive: true,
    });
}

// @__NO_SIDE_EFFECTS__
function _positive(params) {
    return _gt(0, params);
}
// negative
// @__NO_SIDE_EFFECTS__
function _negative(params) {
    return _lt(0, params);
}
// nonpositive
// @__NO_SIDE_EFFECTS__
function _nonpositive(params) {
    return _lte(0, params);
}
// nonnegative
// @__NO_SIDE_EFFECTS__
function _nonnegative(params) {
    return _gte(0, params);
}
// @__NO_SIDE_EFFECTS__
function _multipleOf(value, params) {
    return new $ZodCheckMultipleOf({
        check: "multiple_of",
        ...normalizeParams(params),
        value,
    });
}
// @__NO_SIDE_EFFECTS__
function _maxSize(maximum, params) {
    return new checks.$ZodCheckMaxSize({
        check: "max_size",
        ...util.normalizeParams(params),
        maximum,
    });
}
// @__NO_SIDE_EFFECTS__
function _minSize(minimum, params) {
    return new checks.$ZodCheckMinSize({
        check: "min_size",
        ...util.normalizeParams(params),
        minimum,
    });
}
// @__NO_SIDE_EFFECTS__
function _size(size, params) {
    return new checks.$ZodCheckSizeEquals({
        check: "size_equals",
        ...util.normalizeParams(params),
        size,
    });
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
    const ch = new $ZodCheckMaxLength({
        check: "max_length",
        ...normalizeParams(params),
        maximum,
    });
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
    return new $ZodCheckMinLength({
        check: "min_length",
        ...normalizeParams(params),
        minimum,
    });
}
// @__NO_SIDE_EFFECTS__
function _length(length, params) {
    return new $ZodCheckLengthEquals({
        check: "length_equals",
        ...normalizeParams(params),
        length,
    });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
    return new $ZodCheckRegex({
        check: "string_format",
        format: "regex",
        ...normalizeParams(params),
        pattern,
    });
}
// @__NO_SIDE_EFFECTS__
function _lowercase(params) {
    return new $ZodCheckLowerCase({
        check: "string_format",
        format: "lowercase",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uppercase(params) {
    return new $ZodCheckUpperCase({
        check: "string_format",
        format: "uppercase",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _includes(includes, params) {
    return new $ZodCheckIncludes({
        check: "string_format",
        format: "includes",
        ...normalizeParams(params),
        includes,
    });
}
// @__NO_SIDE_EFFECTS__
function _startsWith(prefix, params) {
    return new $ZodCheckStartsWith({
        check: "string_format",
        format: "starts_with",
        ...normalizeParams(params),
        prefix,
    });
}
// @__NO_SIDE_EFFECTS__
function _endsWith(suffix, params) {
    return new $ZodCheckEndsWith({
        check: "string_format",
        format: "ends_with",
        ...normalizeParams(params),
        suffix,
    });
}
// @__NO_SIDE_EFFECTS__
function _property(property, schema, params) {
    return new checks.$ZodCheckProperty({
        check: "property",
        property,
        schema,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _properties(shape, params) {
    return new $ZodCheckProperties({
        check: "properties",
        shape,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _mime(types, params) {
    return new checks.$ZodCheckMimeType({
        check: "mime_type",
        mime: types,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _overwrite(tx) {
    return new $ZodCheckOverwrite({
        check: "overwrite",
        tx,
    });
}
// normalize
// @__NO_SIDE_EFFECTS__
function _normalize(form) {
    return _overwrite((input) => input.normalize(form));
}
// trim
// @__NO_SIDE_EFFECTS__
function _trim() {
    return _overwrite((input) => input.trim());
}
// toLowerCase
// @__NO_SIDE_EFFECTS__
function _toLowerCase() {
    return _overwrite((input) => input.toLowerCase());
}
// toUpperCase
// @__NO_SIDE_EFFECTS__
function _toUpperCase() {
    return _overwrite((input) => input.toUpperCase());
}
// slugify
// @__NO_SIDE_EFFECTS__
function _slugify() {
    return _overwrite((input) => slugify(input));
}
// @__NO_SIDE_EFFECTS__
function _array(Class, element, params) {
    return new Class({
        type: "array",
        element,
        // get element() {
        //   return element;
        // },
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _union(Class, options, params) {
    return new Class({
        type: "union",
        options,
        ...util.normalizeParams(params),
    });
}
function _xor(Class, options, params) {
    return new Class({
        type: "union",
        options,
        inclusive: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _discriminatedUnion(Class, discriminator, options, params) {
    return new Class({
        type: "union",
        options: options,
        discriminator,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _intersection(Class, left, right) {
    return new Class({
        type: "intersection",
        left,
        right,
    });
}
// export function _tuple(
//   Class: util.SchemaClass<schemas.$ZodTuple>,
//   items: [],
//   params?: string | $ZodTupleParams
// ): schemas.$ZodTuple<[], null>;
// @__NO_SIDE_EFFECTS__
function _tuple(Class, items, _paramsOrRest, _params) {
    const hasRest = _paramsOrRest instanceof schemas.$ZodType;
    const params = hasRest ? _params : _paramsOrRest;
    const rest = hasRest ? _paramsOrRest : null;
    return new Class({
        type: "tuple",
        items,
        rest,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _record(Class, keyType, valueType, params) {
    return new Class({
        type: "record",
        keyType,
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _map(Class, keyType, valueType, params) {
    return new Class({
        type: "map",
        keyType,
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _set(Class, valueType, params) {
    return new Class({
        type: "set",
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _enum(Class, values, params) {
    const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
    // if (Array.isArray(values)) {
    //   for (const value of values) {
    //     entries[value] = value;
    //   }
    // } else {
    //   Object.assign(entries, values);
    // }
    // const entries: util.EnumLike = {};
    // for (const val of values) {
    //   entries[val] = val;
    // }
    return new Class({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
/** @deprecated This API has been merged into `z.enum()`. Use `z.enum()` instead.
 *
 * ```ts
 * enum Colors { red, green, blue }
 * z.enum(Colors);
 * ```
 */
function _nativeEnum(Class, entries, params) {
    return new Class({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _literal(Class, value, params) {
    return new Class({
        type: "literal",
        values: Array.isArray(value) ? value : [value],
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _file(Class, params) {
    return new Class({
        type: "file",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _transform(Class, fn) {
    return new Class({
        type: "transform",
        transform: fn,
    });
}
// @__NO_SIDE_EFFECTS__
function _optional(Class, innerType) {
    return new Class({
        type: "optional",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _nullable(Class, innerType) {
    return new Class({
        type: "nullable",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _default(Class, innerType, defaultValue) {
    return new Class({
        type: "default",
        innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : util.shallowClone(defaultValue);
        },
    });
}
// @__NO_SIDE_EFFECTS__
function _nonoptional(Class, innerType, params) {
    return new Class({
        type: "nonoptional",
        innerType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _success(Class, innerType) {
    return new Class({
        type: "success",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _catch(Class, innerType, catchValue) {
    return new Class({
        type: "catch",
        innerType,
        catchValue: (typeof catchValue === "function" ? catchValue : util.constantCatch(catchValue)),
    });
}
// @__NO_SIDE_EFFECTS__
function _pipe(Class, in_, out) {
    return new Class({
        type: "pipe",
        in: in_,
        out,
    });
}
// @__NO_SIDE_EFFECTS__
function _readonly(Class, innerType) {
    return new Class({
        type: "readonly",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _templateLiteral(Class, parts, params) {
    return new Class({
        type: "template_literal",
        parts,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _lazy(Class, getter) {
    return new Class({
        type: "lazy",
        getter,
    });
}
// @__NO_SIDE_EFFECTS__
function _promise(Class, innerType) {
    return new Class({
        type: "promise",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _custom(Class, fn, _params) {
    const norm = normalizeParams(_params);
    norm.abort ?? (norm.abort = true); // default to abort:false
    const schema = new Class({
        type: "custom",
        check: "custom",
        fn: fn,
        ...norm,
    });
    return schema;
}
// same as _custom but defaults to abort:false
// @__NO_SIDE_EFFECTS__
function _refine(Class, fn, _params) {
    const schema = new Class({
        type: "custom",
        check: "custom",
        fn: fn,
        ...normalizeParams(_params),
    });
    return schema;
}
// @__NO_SIDE_EFFECTS__
function _superRefine(fn, params) {
    const ch = _check((payload) => {
        payload.addIssue = (issue) => {
            if (typeof issue === "string") {
                payload.issues.push(util_issue(issue, payload.value, ch._zod.def));
            }
            else {
                // for Zod 3 backwards compatibility
                const _issue = issue;
                if (_issue.fatal)
                    _issue.continue = false;
                _issue.code ?? (_issue.code = "custom");
                if (!("input" in _issue))
                    _issue.input = payload.value;
                _issue.inst ?? (_issue.inst = ch);
                _issue.continue ?? (_issue.continue = !ch._zod.def.abort); // abort is always undefined, so this is always true...
                payload.issues.push(util_issue(_issue));
            }
        };
        return fn(payload.value, payload);
    }, params);
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _check(fn, params) {
    const ch = new $ZodCheck({
        check: "custom",
        ...normalizeParams(params),
    });
    ch._zod.check = fn;
    return ch;
}
// @__NO_SIDE_EFFECTS__
function describe(description) {
    const ch = new $ZodCheck({ check: "describe" });
    ch._zod.onattach = [
        (inst) => {
            const existing = globalRegistry.get(inst) ?? {};
            globalRegistry.add(inst, { ...existing, description });
        },
    ];
    ch._zod.check = () => { }; // no-op check
    return ch;
}
// @__NO_SIDE_EFFECTS__
function meta(metadata) {
    const ch = new $ZodCheck({ check: "meta" });
    ch._zod.onattach = [
        (inst) => {
            const existing = globalRegistry.get(inst) ?? {};
            globalRegistry.add(inst, { ...existing, ...metadata });
        },
    ];
    ch._zod.check = () => { }; // no-op check
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _stringbool(Classes, _params) {
    const params = util.normalizeParams(_params);
    let truthyArray = params.truthy ?? ["true", "1", "yes", "on", "y", "enabled"];
    let falsyArray = params.falsy ?? ["false", "0", "no", "off", "n", "disabled"];
    if (params.case !== "sensitive") {
        truthyArray = truthyArray.map((v) => (typeof v === "string" ? v.toLowerCase() : v));
        falsyArray = falsyArray.map((v) => (typeof v === "string" ? v.toLowerCase() : v));
    }
    const truthySet = new Set(truthyArray);
    const falsySet = new Set(falsyArray);
    const _Codec = Classes.Codec ?? schemas.$ZodCodec;
    const _Boolean = Classes.Boolean ?? schemas.$ZodBoolean;
    const _String = Classes.String ?? schemas.$ZodString;
    const stringSchema = new _String({ type: "string", error: params.error });
    const booleanSchema = new _Boolean({ type: "boolean", error: params.error });
    const codec = new _Codec({
        type: "pipe",
        in: stringSchema,
        out: booleanSchema,
        transform: ((input, payload) => {
            let data = input;
            if (params.case !== "sensitive")
                data = data.toLowerCase();
            if (truthySet.has(data)) {
                return true;
            }
            else if (falsySet.has(data)) {
                return false;
            }
            else {
                payload.issues.push({
                    code: "invalid_value",
                    expected: "stringbool",
                    values: [...truthySet, ...falsySet],
                    input: payload.value,
                    inst: codec,
                    continue: false,
                });
                return {};
            }
        }),
        reverseTransform: ((input, _payload) => {
            if (input === true) {
                return truthyArray[0] || "true";
            }
            else {
                return falsyArray[0] || "false";
            }
        }),
        error: params.error,
    });
    codec._zod.bag.truthy = truthyArray;
    codec._zod.bag.falsy = falsyArray;
    codec._zod.bag.case = params.case ?? "insensitive";
    return codec;
}
// @__NO_SIDE_EFFECTS__
function _stringFormat(Class, format, fnOrRegex, _params = {}) {
    const params = util.normalizeParams(_params);
    const def = {
        check: "string_format",
        type: "string",
        format,
        fn: typeof fnOrRegex === "function" ? fnOrRegex : (val) => fnOrRegex.test(val),
        ...params,
    };
    if (fnOrRegex instanceof RegExp) {
        def.pattern = fnOrRegex;
    }
    const inst = new Class(def);
    return inst;
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/to-json-schema.js


function assignProps(target, ...sources) {
    for (const source of sources) {
        for (const key of Reflect.ownKeys(source)) {
            if (Object.prototype.propertyIsEnumerable.call(source, key)) {
                util_assignProp(target, key, source[key]);
            }
        }
    }
    return target;
}
// function initializeContext<T extends schemas.$ZodType>(inputs: JSONSchemaGeneratorParams<T>): ToJSONSchemaContext<T> {
//   return {
//     processor: inputs.processor,
//     metadataRegistry: inputs.metadata ?? globalRegistry,
//     target: inputs.target ?? "draft-2020-12",
//     unrepresentable: inputs.unrepresentable ?? "throw",
//   };
// }
function to_json_schema_initializeContext(params) {
    // Normalize target: convert old non-hyphenated versions to hyphenated versions
    let target = params?.target ?? "draft-2020-12";
    if (target === "draft-4")
        target = "draft-04";
    if (target === "draft-7")
        target = "draft-07";
    return {
        processors: params.processors ?? {},
        metadataRegistry: params?.metadata ?? globalRegistry,
        target,
        unrepresentable: params?.unrepresentable ?? "throw",
        override: params?.override ?? (() => { }),
        io: params?.io ?? "output",
        counter: 0,
        seen: new Map(),
        sharedDefsExtractedFor: undefined,
        sharedEmitDoneFor: undefined,
        cycles: params?.cycles ?? "ref",
        reused: params?.reused ?? "inline",
        intersections: [],
        deferred: [],
        external: params?.external ?? undefined,
    };
}
/**
 * Applies the `unrepresentable` setting at a site that has no JSON Schema equivalent. Throws
 * `message` unless the setting (or the handler's return value) says otherwise. Returns `true` if a
 * custom JSON Schema was written into `json`, in which case the caller must not write its own.
 */
function handleUnrepresentable(schema, ctx, json, params, message) {
    const result = typeof ctx.unrepresentable === "function"
        ? ctx.unrepresentable({ zodSchema: schema, path: params.path, message })
        : ctx.unrepresentable;
    if (result === "any")
        return false;
    if (result === undefined || result === "throw")
        throw new Error(message);
    Object.assign(json, result);
    return true;
}
// never rename this back to `process`: bundler polyfills inject a top-level `const process` that a lexical declaration of the same name collides with (#6397)
function to_json_schema_processSchema(schema, ctx, _params = { path: [], schemaPath: [] }) {
    var _a;
    const def = schema._zod.def;
    // check for schema in seens
    const seen = ctx.seen.get(schema);
    if (seen) {
        seen.count++;
        // check if cycle
        const isCycle = _params.schemaPath.includes(schema);
        if (isCycle) {
            seen.cycle = _params.path;
        }
        return seen.schema;
    }
    // initialize
    const result = { schema: {}, count: 1, cycle: undefined, path: _params.path };
    ctx.seen.set(schema, result);
    ctx.sharedDefsExtractedFor = undefined;
    ctx.sharedEmitDoneFor = undefined;
    // custom method overrides default behavior
    const overrideSchema = schema._zod.toJSONSchema?.();
    if (overrideSchema) {
        result.schema = overrideSchema;
    }
    else {
        const params = {
            ..._params,
            schemaPath: [..._params.schemaPath, schema],
            path: _params.path,
        };
        if (schema._zod.processJSONSchema) {
            schema._zod.processJSONSchema(ctx, result.schema, params);
        }
        else {
            const _json = result.schema;
            const processor = ctx.processors[def.type];
            if (!processor) {
                throw new Error(`[toJSONSchema]: Non-representable type encountered: ${def.type}`);
            }
            processor(schema, ctx, _json, params);
        }
        const parent = schema._zod.parent;
        if (parent) {
            // Also set ref if processor didn't (for inheritance)
            if (!result.ref)
                result.ref = parent;
            to_json_schema_processSchema(parent, ctx, params);
            ctx.seen.get(parent).isParent = true;
        }
    }
    // metadata
    const meta = ctx.metadataRegistry.get(schema);
    if (meta)
        assignProps(result.schema, meta);
    if (ctx.io === "input" && isTransforming(schema)) {
        // examples/defaults only apply to output type of pipe
        delete result.schema.examples;
        delete result.schema.default;
    }
    // set prefault as default
    if (ctx.io === "input" && "_prefault" in result.schema)
        (_a = result.schema).default ?? (_a.default = result.schema._prefault);
    delete result.schema._prefault;
    // pulling fresh from ctx.seen in case it was overwritten
    const _result = ctx.seen.get(schema);
    return _result.schema;
}
/** @deprecated Renamed to `processSchema`. An export alias declares no binding, so it is safe to keep. */

// Escape a reference token for use in a JSON Pointer fragment (RFC 6901): `~` becomes `~0` and `/` becomes `~1`. The `~` replacement must run first.
function encodeJSONPointerSegment(segment) {
    return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function to_json_schema_extractDefs(ctx, schema
// params: EmitParams
) {
    // iterate over seen map;
    const root = ctx.seen.get(schema);
    if (!root)
        throw new Error("Unprocessed schema. This is a bug in Zod.");
    // With `external` set, every registered schema resolves through the external branch of `makeURI`, so the root branch below produces the same ref the external branch would — this pass is identical whichever schema it is called with, and only needs to run once.
    if (ctx.external && ctx.sharedDefsExtractedFor === ctx.external)
        return;
    // Track ids to detect duplicates across different schemas
    const idToSchema = new Map();
    for (const entry of ctx.seen.entries()) {
        const id = ctx.metadataRegistry.get(entry[0])?.id;
        if (id) {
            const existing = idToSchema.get(id);
            if (existing && existing !== entry[0]) {
                throw new Error(`Duplicate schema id "${id}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);
            }
            idToSchema.set(id, entry[0]);
        }
    }
    // returns a ref to the schema defId will be empty if the ref points to an external schema (or #)
    const makeURI = (entry) => {
        // comparing the seen objects because sometimes multiple schemas map to the same seen object. e.g. lazy
        // external is configured
        const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
        if (ctx.external) {
            const externalId = ctx.external.registry.get(entry[0])?.id; // ?? "__shared";// `__schema${ctx.counter++}`;
            // check if schema is in the external registry
            const uriGenerator = ctx.external.uri ?? ((id) => id);
            if (externalId) {
                return { ref: uriGenerator(externalId) };
            }
            // otherwise, add to __shared
            const id = entry[1].defId ?? entry[1].schema.id ?? `schema${ctx.counter++}`;
            entry[1].defId = id; // set defId so it will be reused if needed
            return { defId: id, ref: `${uriGenerator("__shared")}#/${defsSegment}/${encodeJSONPointerSegment(id)}` };
        }
        const uriPrefix = `#`;
        const defUriPrefix = `${uriPrefix}/${defsSegment}/`;
        // an id-less root has nowhere to be extracted to, so it stays inline and self-references as `#`
        if (entry[1] === root && !entry[1].schema.id) {
            return { ref: uriPrefix };
        }
        // self-contained schema
        const defId = entry[1].schema.id ?? `__schema${ctx.counter++}`;
        return { defId, ref: defUriPrefix + encodeJSONPointerSegment(defId) };
    };
    // stored cached version in `def` property remove all properties, set $ref
    const extractToDef = (entry) => {
        // if the schema is already a reference, do not extract it
        if (entry[1].schema.$ref) {
            return;
        }
        const seen = entry[1];
        const { ref, defId } = makeURI(entry);
        seen.def = { ...seen.schema };
        // defId won't be set if the schema is a reference to an external schema or if the schema is the root schema
        if (defId)
            seen.defId = defId;
        // wipe away all properties except $ref
        const schema = seen.schema;
        for (const key in schema) {
            delete schema[key];
        }
        schema.$ref = ref;
    };
    // throw on cycles
    // break cycles
    if (ctx.cycles === "throw") {
        for (const entry of ctx.seen.entries()) {
            const seen = entry[1];
            if (seen.cycle) {
                throw new Error("Cycle detected: " +
                    `#/${seen.cycle?.join("/")}/<root>` +
                    '\n\nSet the `cycles` parameter to `"ref"` to resolve cyclical schemas with defs.');
            }
        }
    }
    // extract schemas into $defs
    for (const entry of ctx.seen.entries()) {
        const seen = entry[1];
        // convert root schema to # $ref
        if (schema === entry[0]) {
            extractToDef(entry); // this has special handling for the root schema
            continue;
        }
        // extract schemas that are in the external registry
        if (ctx.external) {
            const ext = ctx.external.registry.get(entry[0])?.id;
            if (schema !== entry[0] && ext) {
                extractToDef(entry);
                continue;
            }
        }
        // extract schemas with `id` meta
        const id = ctx.metadataRegistry.get(entry[0])?.id;
        if (id) {
            extractToDef(entry);
            continue;
        }
        // break cycles
        if (seen.cycle) {
            // any
            extractToDef(entry);
            continue;
        }
        // extract reused schemas
        if (seen.count > 1) {
            if (ctx.reused === "ref") {
                extractToDef(entry);
            }
        }
    }
    if (ctx.external)
        ctx.sharedDefsExtractedFor = ctx.external;
}
/** Rewrites `anyOf: [{type: "a"}, {type: "b"}]` to `type: ["a", "b"]`, which every JSON Schema draft treats as equivalent and most consumers render far better for the nullable case. Only branches that are a bare type assertion qualify — anything carrying a constraint, `$ref`, `const` or metadata is left alone. Runs after `flattenRef`, so a branch an override decorated or `$defs` extraction turned into a `$ref` is no longer bare and correctly stays in `anyOf`. `oneOf` is excluded: `integer` and `number` overlap, so "exactly one" and "at least one" are not the same there. OpenAPI 3.0 is excluded: its `type` must be a single string. */
function compactTypeUnion(schema) {
    const options = schema.anyOf;
    if (!Array.isArray(options) || options.length === 0 || schema.type !== undefined)
        return;
    const types = [];
    for (const option of options) {
        if (!option || typeof option !== "object")
            return;
        // A branch that is itself a compactible union folds into this one — nested `anyOf` and a flat `type` array say the same thing. Compacting it first also makes the result independent of the order this pass walks the seen map in.
        compactTypeUnion(option);
        const keys = Object.keys(option);
        if (keys.length !== 1 || keys[0] !== "type")
            return;
        const type = option.type;
        for (const member of Array.isArray(type) ? type : [type]) {
            if (typeof member !== "string")
                return;
            if (!types.includes(member))
                types.push(member);
        }
    }
    delete schema.anyOf;
    // A `type` array must be non-empty and unique (metaschema); a single member is spelled as a bare string.
    schema.type = types.length === 1 ? types[0] : types;
}
/** Keywords `foldIntersection` knows how to combine. Anything else — `$ref`, `patternProperties`,
 * an annotation like `description` — makes a member unfoldable, so a constraint this does not
 * understand leaves the `allOf` alone instead of being silently dropped or misattributed. */
const FOLDABLE_KEYS = new Set(["type", "properties", "required", "additionalProperties"]);
const UNION_KEYS = ["oneOf", "anyOf"];
/** A member's constraint on a key it does not declare itself. A `catchall` states one; `false`, an absent `additionalProperties`, and the empty schema a loose object emits state nothing. */
function undeclaredConstraint(member) {
    const extra = member.additionalProperties;
    if (extra === undefined || extra === false || typeof extra !== "object" || extra === null)
        return null;
    return Object.keys(extra).length ? extra : null;
}
/** Combines object members into the single object they describe together, or returns `null` if any of them carries a keyword outside {@link FOLDABLE_KEYS}. */
function foldObjects(members) {
    const objects = [];
    for (const member of members) {
        // A boolean subschema is legal JSON Schema and carries no keywords to fold.
        if (typeof member !== "object" || member.type !== "object")
            return null;
        for (const key in member) {
            if (!FOLDABLE_KEYS.has(key))
                return null;
        }
        objects.push(member);
    }
    const properties = {};
    const required = new Set();
    for (const object of objects) {
        for (const key in object.properties) {
            // `in` would report a `__proto__` key as already present via the prototype chain and skip it.
            if (Object.prototype.hasOwnProperty.call(properties, key))
                continue;
            // Every member constrains this key: the ones that declare it say how, and a `catchall` member constrains it too even though it does not name it. The key has to satisfy all of them, which is the same intersection one level down.
            const parts = [];
            for (const other of objects) {
                const part = other.properties?.[key] ?? undeclaredConstraint(other);
                if (part === null || part === undefined)
                    continue;
                if (!parts.some((seen) => JSON.stringify(seen) === JSON.stringify(part)))
                    parts.push(part);
            }
            const merged = parts.length === 1
                ? parts[0]
                : (foldObjects(parts) ?? { allOf: parts });
            util_assignProp(properties, key, merged);
        }
        for (const key of object.required ?? [])
            required.add(key);
    }
    const folded = { type: "object", properties };
    if (required.size)
        folded.required = [...required];
    // A key no member declares is rejected only when every member rejects it, so the fold is closed only when every member is. Otherwise it carries whatever the `catchall` members demand of such a key.
    if (objects.every((object) => object.additionalProperties === false)) {
        folded.additionalProperties = false;
    }
    else {
        const constraints = [];
        for (const object of objects) {
            const constraint = undeclaredConstraint(object);
            if (constraint && !constraints.some((seen) => JSON.stringify(seen) === JSON.stringify(constraint)))
                constraints.push(constraint);
        }
        if (constraints.length === 1)
            folded.additionalProperties = constraints[0];
        else if (constraints.length > 1)
            folded.additionalProperties = { allOf: constraints };
    }
    return folded;
}
/** `additionalProperties` in an `allOf` member sees only that member's own `properties`, so two
 * closed object members reject each other's keys and the schema validates nothing. Zod's parser
 * pools the key sets instead — `handleIntersectionResults` reports a key as unrecognized only when
 * *every* side rejects it — so the emitted schema has to pool them too, and folding the members
 * into one object is the encoding that says so on every target.
 *
 * This runs from `finalize`, after `extractDefs`, which is what keeps it clear of the `$ref`
 * machinery: a member extracted into `$defs` is already a `$ref` by now and declines to fold, so it
 * keeps its reference and its own closedness rather than being inlined as a stale copy. */
function foldIntersection(json) {
    const allOf = json.allOf;
    if (!Array.isArray(allOf) || allOf.length < 2)
        return;
    // An `override` runs before this pass and may have written object keywords onto the intersection itself. Those are deliberate, so decline rather than overwrite them.
    for (const key of FOLDABLE_KEYS)
        if (key in json)
            return;
    // An intersection distributes over a union: `A & (X | Y)` is `(A & X) | (A & Y)`. Only the first union is distributed over; a second one stays among the members every branch folds against, where it fails the object check and declines the whole intersection rather than multiplying out.
    const unions = allOf.filter((m) => UNION_KEYS.some((k) => Array.isArray(m[k])));
    let folded = null;
    if (!unions.length) {
        folded = foldObjects(allOf);
    }
    else {
        const union = unions[0];
        const keyword = UNION_KEYS.find((k) => Array.isArray(union[k]));
        if (Object.keys(union).length !== 1)
            return;
        const rest = allOf.filter((m) => m !== union);
        const branches = union[keyword].map((branch) => foldObjects([...rest, branch]));
        if (branches.some((b) => !b))
            return;
        folded = { [keyword]: branches };
    }
    if (!folded)
        return;
    delete json.allOf;
    assignProps(json, folded);
}
function to_json_schema_finalize(ctx, schema) {
    const root = ctx.seen.get(schema);
    if (!root)
        throw new Error("Unprocessed schema. This is a bug in Zod.");
    // flatten refs - inherit properties from parent schemas
    const flattenRef = (zodSchema) => {
        const seen = ctx.seen.get(zodSchema);
        // already processed
        if (seen.ref === null)
            return;
        const schema = seen.def ?? seen.schema;
        const _cached = { ...schema };
        const ref = seen.ref;
        seen.ref = null; // prevent infinite recursion
        if (ref) {
            flattenRef(ref);
            const refSeen = ctx.seen.get(ref);
            const refSchema = refSeen.schema;
            // merge referenced schema into current
            if (refSchema.$ref && (ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0")) {
                // older drafts can't combine $ref with other properties
                schema.allOf = schema.allOf ?? [];
                schema.allOf.push(refSchema);
            }
            else {
                assignProps(schema, refSchema);
            }
            // restore child's own properties (child wins)
            assignProps(schema, _cached);
            const isParentRef = zodSchema._zod.parent === ref;
            // For parent chain, child is a refinement - remove parent-only properties
            if (isParentRef) {
                for (const key in schema) {
                    if (key === "$ref" || key === "allOf")
                        continue;
                    if (!(key in _cached)) {
                        delete schema[key];
                    }
                }
            }
            // When ref was extracted to $defs, remove properties that match the definition
            if (refSchema.$ref && refSeen.def) {
                for (const key in schema) {
                    if (key === "$ref" || key === "allOf")
                        continue;
                    if (key in refSeen.def && JSON.stringify(schema[key]) === JSON.stringify(refSeen.def[key])) {
                        delete schema[key];
                    }
                }
            }
        }
        // If parent was extracted (has $ref), propagate $ref to this schema. This handles cases like: readonly().meta({id}).describe() where processor sets ref to innerType but parent should be referenced
        const parent = zodSchema._zod.parent;
        if (parent && parent !== ref) {
            // Ensure parent is processed first so its def has inherited properties
            flattenRef(parent);
            const parentSeen = ctx.seen.get(parent);
            if (parentSeen?.schema.$ref) {
                schema.$ref = parentSeen.schema.$ref;
                // De-duplicate with parent's definition
                if (parentSeen.def) {
                    for (const key in schema) {
                        if (key === "$ref" || key === "allOf")
                            continue;
                        if (key in parentSeen.def && JSON.stringify(schema[key]) === JSON.stringify(parentSeen.def[key])) {
                            delete schema[key];
                        }
                    }
                }
            }
        }
        // execute overrides
        ctx.override({
            zodSchema: zodSchema,
            jsonSchema: schema,
            path: seen.path ?? [],
        });
    };
    // Flattening walks the whole map and clears each `ref` as it goes, so a second call over the same map is a no-op scan. Skip it outright once it has run for a registry conversion.
    if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
        for (const entry of [...ctx.seen.entries()].reverse()) {
            flattenRef(entry[0]);
        }
        if (ctx.target !== "openapi-3.0") {
            for (const entry of ctx.seen.entries()) {
                compactTypeUnion(entry[1].def ?? entry[1].schema);
            }
        }
        for (const rewrite of ctx.deferred)
            rewrite();
        // After flattening, every member that was extracted is a `$ref`, so the fold sees the final shape. A schema that inherits an intersection — through `z.lazy`, or any `ref` chain — holds the same `allOf` array, so fold by array identity to catch every copy.
        if (ctx.intersections.length) {
            const carriers = new Map();
            for (const seen of ctx.seen.values()) {
                for (const json of [seen.schema, seen.def]) {
                    const allOf = json?.allOf;
                    if (!Array.isArray(allOf))
                        continue;
                    const existing = carriers.get(allOf);
                    if (existing)
                        existing.push(json);
                    else
                        carriers.set(allOf, [json]);
                }
            }
            for (const allOf of ctx.intersections) {
                for (const json of carriers.get(allOf) ?? [])
                    foldIntersection(json);
            }
        }
    }
    const result = {};
    if (ctx.target === "draft-2020-12") {
        result.$schema = "https://json-schema.org/draft/2020-12/schema";
    }
    else if (ctx.target === "draft-07") {
        result.$schema = "http://json-schema.org/draft-07/schema#";
    }
    else if (ctx.target === "draft-04") {
        result.$schema = "http://json-schema.org/draft-04/schema#";
    }
    else if (ctx.target === "openapi-3.0") {
        // OpenAPI 3.0 schema objects should not include a $schema property
    }
    else {
        // Arbitrary string values are allowed but won't have a $schema property set
    }
    if (ctx.external?.uri) {
        const id = ctx.external.registry.get(schema)?.id;
        if (!id)
            throw new Error("Schema is missing an `id` property");
        result.$id = ctx.external.uri(id);
    }
    // when the root was extracted into $defs, `root.schema` is the `$ref` wrapper and `root.def` is the body that now lives under $defs
    assignProps(result, root.defId ? root.schema : (root.def ?? root.schema));
    // The `id` in `.meta()` is a Zod-specific registration tag used to extract schemas into $defs — it is not user-facing JSON Schema metadata. Strip it from the output body where it would otherwise leak. The id is preserved implicitly via the $defs key (and via $ref paths).
    const rootMetaId = ctx.metadataRegistry.get(schema)?.id;
    if (rootMetaId !== undefined && result.id === rootMetaId)
        delete result.id;
    // build defs object. With `external`, `defs` is the shared object every schema writes into, so the same entries are reassigned on every call. Without it, `defs` is fresh per call and must be rebuilt.
    const defs = ctx.external?.defs ?? {};
    if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
        for (const entry of ctx.seen.entries()) {
            const seen = entry[1];
            if (seen.def && seen.defId) {
                if (seen.def.id === seen.defId)
                    delete seen.def.id;
                util_assignProp(defs, seen.defId, seen.def);
            }
        }
    }
    if (ctx.external)
        ctx.sharedEmitDoneFor = ctx.external;
    // set definitions in result
    if (ctx.external) {
    }
    else {
        if (Object.keys(defs).length > 0) {
            if (ctx.target === "draft-2020-12") {
                result.$defs = defs;
            }
            else {
                result.definitions = defs;
            }
        }
    }
    try {
        // this "finalizes" this schema and ensures all cycles are removed each call to finalize() is functionally independent though the seen map is shared
        const finalized = JSON.parse(JSON.stringify(result));
        Object.defineProperty(finalized, "~standard", {
            value: {
                ...schema["~standard"],
                jsonSchema: {
                    input: createStandardJSONSchemaMethod(schema, "input", ctx.processors),
                    output: createStandardJSONSchemaMethod(schema, "output", ctx.processors),
                },
            },
            enumerable: false,
            writable: false,
        });
        return finalized;
    }
    catch (_err) {
        throw new Error("Error converting schema to JSON.");
    }
}
function isTransforming(_schema, _ctx) {
    const ctx = _ctx ?? { seen: new Set() };
    if (ctx.seen.has(_schema))
        return false;
    ctx.seen.add(_schema);
    const def = _schema._zod.def;
    if (def.type === "transform")
        return true;
    if (def.type === "array")
        return isTransforming(def.element, ctx);
    if (def.type === "set")
        return isTransforming(def.valueType, ctx);
    if (def.type === "lazy")
        return isTransforming(def.getter(), ctx);
    if (def.type === "promise" ||
        def.type === "optional" ||
        def.type === "nonoptional" ||
        def.type === "nullable" ||
        def.type === "readonly" ||
        def.type === "default" ||
        def.type === "prefault" ||
        def.type === "catch") {
        return isTransforming(def.innerType, ctx);
    }
    if (def.type === "intersection") {
        return isTransforming(def.left, ctx) || isTransforming(def.right, ctx);
    }
    if (def.type === "record" || def.type === "map") {
        return isTransforming(def.keyType, ctx) || isTransforming(def.valueType, ctx);
    }
    if (def.type === "pipe") {
        if (_schema._zod.traits.has("$ZodCodec"))
            return true;
        return isTransforming(def.in, ctx) || isTransforming(def.out, ctx);
    }
    if (def.type === "object") {
        for (const key in def.shape) {
            if (isTransforming(def.shape[key], ctx))
                return true;
        }
        return false;
    }
    if (def.type === "union") {
        for (const option of def.options) {
            if (isTransforming(option, ctx))
                return true;
        }
        return false;
    }
    if (def.type === "tuple") {
        for (const item of def.items) {
            if (isTransforming(item, ctx))
                return true;
        }
        if (def.rest && isTransforming(def.rest, ctx))
            return true;
        return false;
    }
    return false;
}
/**
 * Creates a toJSONSchema method for a schema instance.
 * This encapsulates the logic of initializing context, processing, extracting defs, and finalizing.
 */
const createToJSONSchemaMethod = (schema, processors = {}) => (params) => {
    const ctx = to_json_schema_initializeContext({ ...params, processors });
    to_json_schema_processSchema(schema, ctx);
    to_json_schema_extractDefs(ctx, schema);
    return to_json_schema_finalize(ctx, schema);
};
const createStandardJSONSchemaMethod = (schema, io, processors = {}) => (params) => {
    const { libraryOptions, target } = params ?? {};
    const ctx = to_json_schema_initializeContext({ ...(libraryOptions ?? {}), target, io, processors });
    to_json_schema_processSchema(schema, ctx);
    to_json_schema_extractDefs(ctx, schema);
    return to_json_schema_finalize(ctx, schema);
};

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/json-schema-processors.js




const narrowMin = (agg, key, value) => {
    if (agg[key] === undefined || value > agg[key])
        agg[key] = value;
};
const narrowMax = (agg, key, value) => {
    if (agg[key] === undefined || value < agg[key])
        agg[key] = value;
};
const narrowBoth = (agg, value) => {
    narrowMin(agg, "minimum", value);
    narrowMax(agg, "maximum", value);
};
const addDivisor = (agg, value) => {
    agg.multipleOf ?? (agg.multipleOf = []);
    if (!agg.multipleOf.includes(value))
        agg.multipleOf.push(value);
};
const addPattern = (agg, pattern) => {
    agg.patterns ?? (agg.patterns = new Set());
    agg.patterns.add(pattern);
};
const intersectMime = (agg, mime) => {
    agg.mime = agg.mime ? agg.mime.filter((m) => mime.includes(m)) : [...mime];
};
// last-wins, matching the bag's historical write order; the flag keeps an integer format from being lost to a later float one
const setFormat = (agg, format) => {
    agg.format = format;
    if (format.includes("int"))
        agg.isInt = true;
};
const minContributor = (agg, def) => narrowMin(agg, "minimum", def.minimum);
const maxContributor = (agg, def) => narrowMax(agg, "maximum", def.maximum);
const formatContributor = (ranges) => (agg, def) => {
    setFormat(agg, def.format);
    const [minimum, maximum] = ranges[def.format];
    narrowMin(agg, "minimum", minimum);
    narrowMax(agg, "maximum", maximum);
};
const contributors = {
    greater_than: (agg, def) => narrowMin(agg, def.inclusive ? "minimum" : "exclusiveMinimum", def.value),
    less_than: (agg, def) => narrowMax(agg, def.inclusive ? "maximum" : "exclusiveMaximum", def.value),
    multiple_of: (agg, def) => addDivisor(agg, def.value),
    number_format: formatContributor(NUMBER_FORMAT_RANGES),
    bigint_format: formatContributor(BIGINT_FORMAT_RANGES),
    min_length: minContributor,
    max_length: maxContributor,
    length_equals: (agg, def) => narrowBoth(agg, def.length),
    min_size: minContributor,
    max_size: maxContributor,
    size_equals: (agg, def) => narrowBoth(agg, def.size),
    string_format: (agg, def) => {
        setFormat(agg, def.format);
        if (def.pattern)
            addPattern(agg, def.pattern);
        if (def.format === "base64" || def.format === "base64url")
            agg.contentEncoding = def.format;
        if (def.local || def.precision === -1)
            agg.laxFormat = true;
    },
    mime_type: (agg, def) => intersectMime(agg, def.mime),
};
function aggregateChecks(schema) {
    const agg = {};
    const def = schema._zod.def;
    // a format schema is its own first check, same rule as $ZodType init
    const list = schema._zod.traits.has("$ZodCheck")
        ? [schema, ...(def.checks ?? [])]
        : (def.checks ?? []);
    for (const ch of list)
        contributors[ch._zod.def.check]?.(agg, ch._zod.def);
    // reconcile with the bag so third-party onattach contributions still land; first-party residue is never tighter than the fold, so merging it back is idempotent for one and additive for the other
    const bag = schema._zod.bag;
    if (bag.minimum !== undefined)
        narrowMin(agg, "minimum", bag.minimum);
    if (bag.exclusiveMinimum !== undefined)
        narrowMin(agg, "exclusiveMinimum", bag.exclusiveMinimum);
    if (bag.maximum !== undefined)
        narrowMax(agg, "maximum", bag.maximum);
    if (bag.exclusiveMaximum !== undefined)
        narrowMax(agg, "exclusiveMaximum", bag.exclusiveMaximum);
    if (bag.multipleOf !== undefined)
        addDivisor(agg, bag.multipleOf);
    if (bag.format !== undefined) {
        agg.format ?? (agg.format = bag.format);
        if (bag.format.includes("int"))
            agg.isInt = true;
    }
    if (bag.mime)
        intersectMime(agg, bag.mime);
    for (const pattern of bag.patterns ?? [])
        addPattern(agg, pattern);
    return agg;
}
const formatMap = {
    guid: "uuid",
    url: "uri",
    datetime: "date-time",
    json_string: "json-string",
    regex: "", // do not set
};
// ==================== SIMPLE TYPE PROCESSORS ====================
// the runtime patterns are lax so parse paths never overflow the regex stack; the emitted schema swaps in the exact block forms, which zod itself never executes
const exactPatterns = new Map([
    [base64Charset, base64],
    [base64urlCharset, base64url],
]);
const exactPattern = (p) => exactPatterns.get(p) ?? p;
const stringProcessor = (schema, ctx, _json, _params) => {
    const json = _json;
    json.type = "string";
    const { minimum, maximum, format, patterns, contentEncoding, laxFormat } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minLength = minimum;
    if (typeof maximum === "number")
        json.maxLength = maximum;
    // custom pattern overrides format
    if (format) {
        json.format = formatMap[format] ?? format;
        if (json.format === "")
            delete json.format; // empty format is not valid
        // `z.iso.time()` is never full-time, and `laxFormat` carries the datetime shapes that also accept what their keyword forbids
        if (format === "time" || laxFormat) {
            delete json.format;
        }
    }
    if (contentEncoding)
        json.contentEncoding = contentEncoding;
    if (patterns && patterns.size > 0) {
        const patternList = [...patterns].map(exactPattern);
        if (patternList.length === 1)
            json.pattern = patternList[0].source;
        else if (patternList.length > 1) {
            json.allOf = [
                ...patternList.map((regex) => ({
                    ...(ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0"
                        ? { type: "string" }
                        : {}),
                    pattern: regex.source,
                })),
            ];
        }
    }
};
const numberProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const { minimum, maximum, multipleOf, exclusiveMaximum, exclusiveMinimum, isInt } = aggregateChecks(schema);
    json.type = isInt ? "integer" : "number";
    // when both minimum and exclusiveMinimum exist, pick the more restrictive one
    const exMin = typeof exclusiveMinimum === "number" && exclusiveMinimum >= (minimum ?? Number.NEGATIVE_INFINITY);
    const exMax = typeof exclusiveMaximum === "number" && exclusiveMaximum <= (maximum ?? Number.POSITIVE_INFINITY);
    const legacy = ctx.target === "draft-04" || ctx.target === "openapi-3.0";
    if (exMin) {
        if (legacy) {
            json.minimum = exclusiveMinimum;
            json.exclusiveMinimum = true;
        }
        else {
            json.exclusiveMinimum = exclusiveMinimum;
        }
    }
    else if (typeof minimum === "number") {
        json.minimum = minimum;
    }
    if (exMax) {
        if (legacy) {
            json.maximum = exclusiveMaximum;
            json.exclusiveMaximum = true;
        }
        else {
            json.exclusiveMaximum = exclusiveMaximum;
        }
    }
    else if (typeof maximum === "number") {
        json.maximum = maximum;
    }
    if (multipleOf) {
        // JSON Schema requires a divisor strictly greater than zero, and a non-finite one does not survive JSON at all. A negative divisor accepts exactly what its absolute value accepts, so it still maps; zero, NaN and Infinity have no keyword form.
        const divisors = new Set();
        for (const divisor of multipleOf) {
            if (Number.isFinite(divisor) && divisor !== 0)
                divisors.add(Math.abs(divisor));
            else
                handleUnrepresentable(schema, ctx, json, params, `A multipleOf divisor of ${divisor} cannot be represented in JSON Schema`);
        }
        // chained divisors are a conjunction the keyword cannot carry alone, so extras ride an allOf, same as stacked patterns
        const [first, ...rest] = divisors;
        if (first !== undefined)
            json.multipleOf = first;
        if (rest.length)
            json.allOf = [...(json.allOf ?? []), ...rest.map((m) => ({ multipleOf: m }))];
    }
};
const booleanProcessor = (_schema, _ctx, json, _params) => {
    json.type = "boolean";
};
const bigintProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "BigInt cannot be represented in JSON Schema");
};
const symbolProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Symbols cannot be represented in JSON Schema");
};
const nullProcessor = (_schema, ctx, json, _params) => {
    if (ctx.target === "openapi-3.0") {
        json.type = "string";
        json.nullable = true;
        json.enum = [null];
    }
    else {
        json.type = "null";
    }
};
const undefinedProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Undefined cannot be represented in JSON Schema");
};
const voidProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Void cannot be represented in JSON Schema");
};
const neverProcessor = (_schema, _ctx, json, _params) => {
    json.not = {};
};
const anyProcessor = (_schema, _ctx, _json, _params) => {
    // empty schema accepts anything
};
const unknownProcessor = (_schema, _ctx, _json, _params) => {
    // empty schema accepts anything
};
const dateProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Date cannot be represented in JSON Schema");
};
const enumProcessor = (schema, _ctx, json, _params) => {
    const def = schema._zod.def;
    const values = getEnumValues(def.entries);
    // an empty enum accepts nothing, same as z.never()
    if (values.length === 0) {
        json.not = {};
        return;
    }
    // Number enums can have both string and number values
    if (values.every((v) => typeof v === "number"))
        json.type = "number";
    if (values.every((v) => typeof v === "string"))
        json.type = "string";
    json.enum = values;
};
const literalProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    // a literal with no values accepts nothing, same as z.never()
    if (def.values.length === 0) {
        json.not = {};
        return;
    }
    const vals = [];
    for (const val of def.values) {
        if (val === undefined) {
            // a custom schema replaces the whole literal, so there is nothing left to accumulate
            if (handleUnrepresentable(schema, ctx, json, params, "Literal `undefined` cannot be represented in JSON Schema"))
                return;
            // otherwise do not add to vals
        }
        else if (typeof val === "bigint") {
            if (handleUnrepresentable(schema, ctx, json, params, "BigInt literals cannot be represented in JSON Schema"))
                return;
            vals.push(Number(val));
        }
        else {
            vals.push(val);
        }
    }
    if (vals.length === 0) {
        // do nothing (an undefined literal was stripped)
    }
    else if (vals.length === 1) {
        const val = vals[0];
        json.type = val === null ? "null" : typeof val;
        if (ctx.target === "draft-04" || ctx.target === "openapi-3.0") {
            json.enum = [val];
        }
        else {
            json.const = val;
        }
    }
    else {
        if (vals.every((v) => typeof v === "number"))
            json.type = "number";
        if (vals.every((v) => typeof v === "string"))
            json.type = "string";
        if (vals.every((v) => typeof v === "boolean"))
            json.type = "boolean";
        if (vals.every((v) => v === null))
            json.type = "null";
        json.enum = vals;
    }
};
const nanProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "NaN cannot be represented in JSON Schema");
};
const templateLiteralProcessor = (schema, _ctx, json, _params) => {
    const _json = json;
    const pattern = schema._zod.pattern;
    if (!pattern)
        throw new Error("Pattern not found in template literal");
    _json.type = "string";
    _json.pattern = pattern.source;
};
const fileProcessor = (schema, _ctx, json, _params) => {
    const _json = json;
    _json.type = "string";
    _json.format = "binary";
    _json.contentEncoding = "binary";
    const { minimum, maximum, mime } = aggregateChecks(schema);
    if (minimum !== undefined)
        _json.minLength = minimum;
    if (maximum !== undefined)
        _json.maxLength = maximum;
    if (!mime)
        return;
    // an empty intersection means the mime checks share no value, so nothing passes at runtime; `anyOf` must be non-empty, so the false schema is `not: {}`
    if (mime.length === 0)
        _json.not = {};
    else if (mime.length === 1)
        _json.contentMediaType = mime[0];
    // only contentMediaType differs, so the shared props stay at the root
    else
        _json.anyOf = mime.map((m) => ({ contentMediaType: m }));
};
const successProcessor = (_schema, _ctx, json, _params) => {
    json.type = "boolean";
};
const customProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Custom types cannot be represented in JSON Schema");
};
const functionProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Function types cannot be represented in JSON Schema");
};
const transformProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Transforms cannot be represented in JSON Schema");
};
const mapProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Map cannot be represented in JSON Schema");
};
const setProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Set cannot be represented in JSON Schema");
};
// ==================== COMPOSITE TYPE PROCESSORS ====================
const arrayProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    const { minimum, maximum } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minItems = minimum;
    if (typeof maximum === "number")
        json.maxItems = maximum;
    json.type = "array";
    json.items = to_json_schema_processSchema(def.element, ctx, {
        ...params,
        path: [...params.path, "items"],
    });
};
// Transform and catch set `optin = "optional"` at runtime so the parser lets them observe an
// absent key, but their declared input type stays required. An input JSON Schema describes the
// declared type, so resolve past them to the schema that actually carries the optionality.
// Used by both `objectProcessor` (for `required`) and `tupleProcessor` (for `minItems`); see
// wiki/optionality.md, "The JSON Schema emitter reads the *static* value".
function inputOptin(schema) {
    const def = schema._zod.def;
    if (def.type === "pipe" && def.in._zod.traits.has("$ZodTransform")) {
        return inputOptin(def.out);
    }
    if (def.type === "catch") {
        return inputOptin(def.innerType);
    }
    return schema._zod.optin;
}
const objectProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    const shape = def.shape;
    // dropping it while still emitting `additionalProperties: false` would emit a schema that rejects data this one requires
    const symbolKeys = Object.getOwnPropertySymbols(shape);
    if (symbolKeys.length &&
        handleUnrepresentable(schema, ctx, json, params, "Symbol keys cannot be represented in JSON Schema")) {
        return;
    }
    json.type = "object";
    json.properties = {};
    for (const key in shape) {
        // assignProp so a __proto__ key becomes an own property instead of hitting the inherited setter on the plain {} we build into
        util_assignProp(json.properties, key, to_json_schema_processSchema(shape[key], ctx, {
            ...params,
            path: [...params.path, "properties", key],
        }));
    }
    // required keys
    const requiredKeys = [];
    for (const key of Object.keys(shape)) {
        const field = def.shape[key];
        if (ctx.io === "input" ? inputOptin(field) === undefined : field._zod.optout === undefined) {
            requiredKeys.push(key);
        }
    }
    if (requiredKeys.length > 0) {
        json.required = requiredKeys;
    }
    // catchall
    if (def.catchall?._zod.def.type === "never") {
        // strict
        json.additionalProperties = false;
    }
    else if (!def.catchall) {
        // regular
        if (ctx.io === "output")
            json.additionalProperties = false;
    }
    else if (def.catchall) {
        json.additionalProperties = to_json_schema_processSchema(def.catchall, ctx, {
            ...params,
            path: [...params.path, "additionalProperties"],
        });
    }
};
const unionProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    // Exclusive unions (inclusive === false) use oneOf (exactly one match) instead of anyOf (one or more matches). This includes both z.xor() and discriminated unions
    const isExclusive = def.inclusive === false;
    const options = def.options.map((x, i) => to_json_schema_processSchema(x, ctx, {
        ...params,
        path: [...params.path, isExclusive ? "oneOf" : "anyOf", i],
    }));
    if (isExclusive) {
        json.oneOf = options;
    }
    else {
        json.anyOf = options;
    }
};
const intersectionProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    const a = to_json_schema_processSchema(def.left, ctx, {
        ...params,
        path: [...params.path, "allOf", 0],
    });
    const b = to_json_schema_processSchema(def.right, ctx, {
        ...params,
        path: [...params.path, "allOf", 1],
    });
    const isSimpleIntersection = (val) => "allOf" in val && Object.keys(val).length === 1;
    const allOf = [
        ...(isSimpleIntersection(a) ? a.allOf : [a]),
        ...(isSimpleIntersection(b) ? b.allOf : [b]),
    ];
    json.allOf = allOf;
    // Recorded innermost first, so a nested intersection has already folded by the time this one is considered. The array is the handle rather than the schema, because a wrapper that inherits this schema shares the same array; `finalize` folds every object holding it. See `foldIntersection`.
    ctx.intersections.push(allOf);
};
const tupleProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    json.type = "array";
    const prefixPath = ctx.target === "draft-2020-12" ? "prefixItems" : "items";
    const restPath = ctx.target === "draft-2020-12" ? "items" : ctx.target === "openapi-3.0" ? "items" : "additionalItems";
    const prefixItems = def.items.map((x, i) => to_json_schema_processSchema(x, ctx, {
        ...params,
        path: [...params.path, prefixPath, i],
    }));
    const rest = def.rest
        ? to_json_schema_processSchema(def.rest, ctx, {
            ...params,
            path: [...params.path, restPath, ...(ctx.target === "openapi-3.0" ? [def.items.length] : [])],
        })
        : null;
    let minItems = def.items.length;
    while (minItems > 0) {
        const item = def.items[minItems - 1];
        const optional = ctx.io === "input" ? inputOptin(item) !== undefined : item._zod.optout === "optional";
        if (!optional)
            break;
        minItems--;
    }
    const maxItems = def.items.length;
    const isClosed = !def.rest;
    if (ctx.target === "draft-2020-12") {
        json.prefixItems = prefixItems;
        if (isClosed) {
            json.items = false;
        }
        else if (rest) {
            json.items = rest;
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    else if (ctx.target === "openapi-3.0") {
        json.items = {
            anyOf: prefixItems,
        };
        if (rest) {
            json.items.anyOf.push(rest);
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    else {
        json.items = prefixItems;
        if (isClosed) {
            json.additionalItems = false;
        }
        else if (rest) {
            json.additionalItems = rest;
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    // explicit user-defined length checks take precedence
    const { minimum, maximum } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minItems = minimum;
    if (typeof maximum === "number")
        json.maxItems = maximum;
};
/** JSON object keys are always strings, so a numeric record key schema is re-expressed over the
 * numeric-string form the record parser matches. Deferred to `finalize`, after the flatten: a key
 * behind a wrapper only carries its own `type` before then, and a union key only has its branches.
 *
 * A numeric bound cannot apply to a property name, so `minimum` and its siblings are dropped rather
 * than carried over: keeping them beside `type: "string"` reproduces the match-nothing schema this
 * exists to fix. A key that carries one therefore emits wider than the record parses — `z.record(z.number().min(5), V)`
 * accepts `"3"` — which is the deliberate trade, since throwing on it would reject an ordinary schema
 * outright. */
function stringifyKeyNames(bySchema, json, visited) {
    // an extracted key that rewrites cannot go on sharing its definition — the string form a key position needs is not the number form every other reference wants — so it inlines. One that does not rewrite keeps the `$ref`.
    if (json.$ref) {
        // a recursive key holds its own reference inside its definition, so a node already on the path is left alone rather than resolved again
        if (visited.has(json))
            return json;
        visited.add(json);
        const def = bySchema.get(json)?.def;
        if (!def)
            return json;
        const inlined = stringifyKeyNames(bySchema, def, visited);
        return inlined === def ? json : inlined;
    }
    for (const keyword of ["anyOf", "oneOf"]) {
        const branches = json[keyword];
        if (!Array.isArray(branches))
            continue;
        const mapped = branches.map((branch) => stringifyKeyNames(bySchema, branch, visited));
        // rebuilding regardless would detach a key that had nothing to re-express, dropping its `$ref` and leaking the internal `id`
        if (mapped.some((branch, i) => branch !== branches[i]))
            json = { ...json, [keyword]: mapped };
    }
    // a member that already admits a string leaves the key unconstrained, so the node's own type re-expresses only when every member is numeric
    const types = Array.isArray(json.type) ? json.type : [json.type];
    const numericType = !types.includes("string") && types.some((t) => t === "number" || t === "integer");
    // a heterogeneous key carries no type at all, so its numeric members are caught here instead
    const values = json.enum ?? (json.const !== undefined ? [json.const] : undefined);
    if (!numericType && !values?.some((v) => typeof v === "number"))
        return json;
    const { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf, format, id, ...rest } = json;
    if (rest.enum)
        rest.enum = rest.enum.map((v) => (typeof v === "number" ? String(v) : v));
    else if (typeof rest.const === "number")
        rest.const = String(rest.const);
    // a heterogeneous key keeps its absent type: the stringified members already say what a key may be
    if (!numericType)
        return rest;
    rest.type = "string";
    if (!values)
        rest.pattern = (types.includes("number") ? number : integer).source;
    return rest;
}
/** Every record of one conversion, so the carriers are found in a single pass rather than once per record. */
const pendingRecords = new WeakMap();
function rewriteKeyNames(ctx) {
    // an extracted key is resolved by the object `extractToDef` left in its place, so the map is built once rather than searched per reference. `_zod.toJSONSchema` can hand the same object to two schemas, so the first entry carrying a body wins, as a search would have found it.
    const bySchema = new Map();
    for (const entry of ctx.seen.values()) {
        if (entry.def && !bySchema.has(entry.schema))
            bySchema.set(entry.schema, entry);
    }
    const rewrites = new Map();
    for (const record of pendingRecords.get(ctx) ?? []) {
        const seen = ctx.seen.get(record);
        const names = (seen?.def ?? seen?.schema)?.propertyNames;
        if (!names || names === true || rewrites.has(names))
            continue;
        const rewritten = stringifyKeyNames(bySchema, names, new Set());
        if (rewritten !== names)
            rewrites.set(names, rewritten);
    }
    if (!rewrites.size)
        return;
    // the flatten has already copied each record's own properties onto every wrapper by reference, and an extracted body is another such copy, so every carrier holding a rewritten key is updated together
    for (const entry of ctx.seen.values()) {
        for (const carrier of [entry.schema, entry.def]) {
            const rewritten = carrier && rewrites.get(carrier.propertyNames);
            if (rewritten)
                carrier.propertyNames = rewritten;
        }
    }
}
const recordProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    json.type = "object";
    // For looseRecord with regex patterns, use patternProperties. This correctly represents "only validate keys matching the pattern" semantics and composes well with allOf (intersections)
    const keyType = def.keyType;
    const patterns = aggregateChecks(keyType).patterns;
    if (def.mode === "loose" && patterns && patterns.size > 0) {
        // Use patternProperties for looseRecord with regex patterns
        const valueSchema = to_json_schema_processSchema(def.valueType, ctx, {
            ...params,
            path: [...params.path, "patternProperties", "*"],
        });
        json.patternProperties = {};
        for (const pattern of patterns) {
            util_assignProp(json.patternProperties, exactPattern(pattern).source, valueSchema);
        }
    }
    else {
        // Default behavior: use propertyNames + additionalProperties
        if (ctx.target === "draft-07" || ctx.target === "draft-2020-12") {
            json.propertyNames = to_json_schema_processSchema(def.keyType, ctx, {
                ...params,
                path: [...params.path, "propertyNames"],
            });
            let pending = pendingRecords.get(ctx);
            if (!pending) {
                pending = [];
                pendingRecords.set(ctx, pending);
                ctx.deferred.push(() => rewriteKeyNames(ctx));
            }
            pending.push(schema);
        }
        json.additionalProperties = to_json_schema_processSchema(def.valueType, ctx, {
            ...params,
            path: [...params.path, "additionalProperties"],
        });
    }
    // Add required for keys with discrete values (enum, literal, etc.)
    const keyValues = keyType._zod.values;
    // Every key shares one value schema, so an optional-in value makes the whole key set omittable on input. Output keeps them: the exhaustive branch assigns every key, even one whose value came back undefined.
    const omittableOnInput = ctx.io === "input" && inputOptin(def.valueType) !== undefined;
    if (keyValues && !def.partial && !omittableOnInput) {
        const validKeyValues = [...keyValues].filter((v) => typeof v === "string" || typeof v === "number");
        if (validKeyValues.length > 0) {
            json.required = validKeyValues.map(String);
        }
    }
};
const nullableProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    const inner = to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    if (ctx.target === "openapi-3.0") {
        seen.ref = def.innerType;
        json.nullable = true;
    }
    else {
        json.anyOf = [inner, { type: "null" }];
    }
};
const nonoptionalProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
/** Round-trips a default value through JSON so the emitted schema is guaranteed to be valid JSON.
 * A BigInt has no reliable encoding, so it goes through `unrepresentable` like any other
 * unrepresentable value. Returns a sentinel when the caller must not write a default of its own. */
const UNREPRESENTABLE_DEFAULT = Symbol();
function serializeDefaultValue(value, schema, ctx, json, params) {
    let unrepresentable = false;
    const serialized = JSON.stringify(value, (_, val) => {
        if (typeof val !== "bigint")
            return val;
        unrepresentable = true;
        return null;
    });
    if (!unrepresentable)
        return JSON.parse(serialized);
    handleUnrepresentable(schema, ctx, json, params, "BigInt defaults cannot be represented in JSON Schema");
    return UNREPRESENTABLE_DEFAULT;
}
const defaultProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
    if (value !== UNREPRESENTABLE_DEFAULT)
        json.default = value;
};
const prefaultProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    if (ctx.io !== "input")
        return;
    const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
    if (value !== UNREPRESENTABLE_DEFAULT)
        json._prefault = value;
};
const catchProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    let catchValue;
    try {
        catchValue = def.catchValue(undefined);
    }
    catch {
        handleUnrepresentable(schema, ctx, json, params, "Dynamic catch values are not supported in JSON Schema");
        return;
    }
    json.default = catchValue;
};
const pipeProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    const inIsTransform = def.in._zod.traits.has("$ZodTransform");
    const innerType = ctx.io === "input" ? (inIsTransform ? def.out : def.in) : def.out;
    to_json_schema_processSchema(innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = innerType;
};
const readonlyProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    json.readOnly = true;
};
const promiseProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
const optionalProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
const lazyProcessor = (schema, ctx, _json, params) => {
    const innerType = schema._zod.innerType;
    to_json_schema_processSchema(innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = innerType;
};
// ==================== ALL PROCESSORS ====================
const allProcessors = {
    string: stringProcessor,
    number: numberProcessor,
    boolean: booleanProcessor,
    bigint: bigintProcessor,
    symbol: symbolProcessor,
    null: nullProcessor,
    undefined: undefinedProcessor,
    void: voidProcessor,
    never: neverProcessor,
    any: anyProcessor,
    unknown: unknownProcessor,
    date: dateProcessor,
    enum: enumProcessor,
    literal: literalProcessor,
    nan: nanProcessor,
    template_literal: templateLiteralProcessor,
    file: fileProcessor,
    success: successProcessor,
    custom: customProcessor,
    function: functionProcessor,
    transform: transformProcessor,
    map: mapProcessor,
    set: setProcessor,
    array: arrayProcessor,
    object: objectProcessor,
    union: unionProcessor,
    intersection: intersectionProcessor,
    tuple: tupleProcessor,
    record: recordProcessor,
    nullable: nullableProcessor,
    nonoptional: nonoptionalProcessor,
    default: defaultProcessor,
    prefault: prefaultProcessor,
    catch: catchProcessor,
    pipe: pipeProcessor,
    readonly: readonlyProcessor,
    promise: promiseProcessor,
    optional: optionalProcessor,
    lazy: lazyProcessor,
};
function toJSONSchema(input, params) {
    if ("_idmap" in input) {
        // Registry case
        const registry = input;
        const ctx = initializeContext({ ...params, processors: allProcessors });
        const defs = {};
        // First pass: process all schemas to build the seen map
        for (const entry of registry._idmap.entries()) {
            const [_, schema] = entry;
            processSchema(schema, ctx);
        }
        const schemas = {};
        const external = {
            registry,
            uri: params?.uri,
            defs,
        };
        // Update the context with external configuration
        ctx.external = external;
        // Second pass: emit each schema
        for (const entry of registry._idmap.entries()) {
            const [key, schema] = entry;
            extractDefs(ctx, schema);
            assignProp(schemas, key, finalize(ctx, schema));
        }
        if (Object.keys(defs).length > 0) {
            const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
            schemas.__shared = {
                [defsSegment]: defs,
            };
        }
        return { schemas };
    }
    // Single schema case
    const ctx = initializeContext({ ...params, processors: allProcessors });
    processSchema(input, ctx);
    extractDefs(ctx, input);
    return finalize(ctx, input);
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/locales/en.js

const error = () => {
    const Sizable = {
        string: { unit: "characters", verb: "to have" },
        file: { unit: "bytes", verb: "to have" },
        array: { unit: "items", verb: "to have" },
        set: { unit: "items", verb: "to have" },
        map: { unit: "entries", verb: "to have" },
    };
    function getSizing(origin) {
        return Sizable[origin] ?? null;
    }
    const FormatDictionary = {
        regex: "input",
        email: "email address",
        url: "URL",
        emoji: "emoji",
        uuid: "UUID",
        uuidv4: "UUIDv4",
        uuidv6: "UUIDv6",
        nanoid: "nanoid",
        guid: "GUID",
        cuid: "cuid",
        cuid2: "cuid2",
        ulid: "ULID",
        xid: "XID",
        ksuid: "KSUID",
        datetime: "ISO datetime",
        date: "ISO date",
        time: "ISO time",
        duration: "ISO duration",
        ipv4: "IPv4 address",
        ipv6: "IPv6 address",
        mac: "MAC address",
        cidrv4: "IPv4 range",
        cidrv6: "IPv6 range",
        base64: "base64-encoded string",
        base64url: "base64url-encoded string",
        json_string: "JSON string",
        e164: "E.164 number",
        currency_code: "currency code",
        credit_card: "credit card number",
        iban: "IBAN",
        jwt: "JWT",
        template_literal: "input",
    };
    // type names: missing keys = do not translate (use raw value via ?? fallback)
    const TypeDictionary = {
        // Compatibility: "nan" -> "NaN" for display
        nan: "NaN",
        // All other type names omitted - they fall back to raw values via ?? operator
    };
    function getTypeName(type, input) {
        if (type === "number" && typeof input === "number" && !Number.isFinite(input)) {
            return String(input);
        }
        return TypeDictionary[type] ?? type;
    }
    return (issue) => {
        switch (issue.code) {
            case "invalid_type": {
                const expected = getTypeName(issue.expected);
                const receivedType = parsedType(issue.input);
                const received = getTypeName(receivedType, issue.input);
                return `Invalid input: expected ${expected}, received ${received}`;
            }
            case "invalid_value":
                if (issue.values.length === 1)
                    return `Invalid input: expected ${stringifyPrimitive(issue.values[0])}`;
                return `Invalid option: expected one of ${joinValues(issue.values, "|")}`;
            case "too_big": {
                const adj = issue.exact ? "exactly " : issue.inclusive ? "<=" : "<";
                const sizing = getSizing(issue.origin);
                if (sizing)
                    return `Too big: expected ${issue.origin ?? "value"} to have ${adj}${issue.maximum.toString()} ${sizing.unit ?? "elements"}`;
                return `Too big: expected ${issue.origin ?? "value"} to be ${adj}${issue.maximum.toString()}`;
            }
            case "too_small": {
                const adj = issue.exact ? "exactly " : issue.inclusive ? ">=" : ">";
                const sizing = getSizing(issue.origin);
                if (sizing) {
                    return `Too small: expected ${issue.origin} to have ${adj}${issue.minimum.toString()} ${sizing.unit}`;
                }
                return `Too small: expected ${issue.origin} to be ${adj}${issue.minimum.toString()}`;
            }
            case "invalid_format": {
                const _issue = issue;
                if (_issue.format === "starts_with") {
                    return `Invalid string: must start with "${_issue.prefix}"`;
                }
                if (_issue.format === "ends_with")
                    return `Invalid string: must end with "${_issue.suffix}"`;
                if (_issue.format === "includes")
                    return `Invalid string: must include "${_issue.includes}"`;
                if (_issue.format === "regex")
                    return `Invalid string: must match pattern ${_issue.pattern}`;
                return `Invalid ${FormatDictionary[_issue.format] ?? issue.format}`;
            }
            case "not_multiple_of":
                return `Invalid number: must be a multiple of ${issue.divisor}`;
            case "unrecognized_keys":
                return `Unrecognized key${issue.keys.length > 1 ? "s" : ""}: ${joinValues(issue.keys, ", ")}`;
            case "invalid_key":
                return `Invalid key in ${issue.origin}`;
            case "invalid_union":
                if (issue.options && Array.isArray(issue.options) && issue.options.length > 0) {
                    const opts = issue.options.map((o) => `'${o}'`).join(" | ");
                    return `Invalid discriminator value. Expected ${opts}`;
                }
                if (issue.inclusive === false) {
                    return "Invalid input: more than one option matched";
                }
                return "Invalid input";
            case "invalid_element":
                return `Invalid value in ${issue.origin}`;
            default:
                return `Invalid input`;
        }
    };
};
/* harmony default export */ function en() {
    return {
        localeError: error(),
    };
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/errors.js


/* Computing the message eagerly is expensive (pretty-printed JSON of all
 * issues), so defer it until first read. The accessor functions and
 * descriptors are shared across instances to keep error construction
 * cheap; the computed message is cached on the internals object. The
 * setter preserves plain assignment semantics for consumers that
 * overwrite `message`. */
function _getMessage() {
    const internals = this._zod;
    internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
    return internals.message;
}
function _setMessage(value) {
    this._zod.message = value;
}
const _messageDesc = {
    get: _getMessage,
    set: _setMessage,
    enumerable: true,
    configurable: true,
};
const _issuesDesc = { value: undefined, enumerable: false };
/* Prototypes that already carry the lazy `toString`. Seeded with the
 * intrinsics so that `init` on a foreign object — it accepts any object —
 * can never install an accessor onto a prototype we do not own. */
const _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
const initializer = (inst, def) => {
    inst.name = "$ZodError";
    // `_zod` is already non-enumerable: $constructor's init defined it with this same descriptor
    _issuesDesc.value = def;
    Object.defineProperty(inst, "issues", _issuesDesc);
    // Clear the shared slot; a retained `value` pins the last error's issues.
    _issuesDesc.value = undefined;
    Object.defineProperty(inst, "message", _messageDesc);
    /* `toString` lives as a non-enumerable lazy getter on the shared
     * prototype; on first access it caches a per-instance closure so
     * detached usage still works. */
    const proto = Object.getPrototypeOf(inst);
    if (!_installedToString.has(proto)) {
        _installedToString.add(proto);
        Object.defineProperty(proto, "toString", {
            configurable: true,
            enumerable: false,
            get() {
                const value = () => this.message;
                Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
                return value;
            },
            set(value) {
                Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
            },
        });
    }
};
const $ZodError = $constructor("$ZodError", initializer);
const $ZodRealError = $constructor("$ZodError", initializer, undefined, {
    Parent: Error,
});
/** Get-or-create `obj[key]` as an own data property. A path segment naming an inherited member
 * ("toString", "constructor") would otherwise read through to the prototype, and assigning
 * "__proto__" would hit the setter instead of creating a key. */
function node(obj, key, make) {
    if (!Object.prototype.hasOwnProperty.call(obj, key)) {
        if (key === "__proto__") {
            Object.defineProperty(obj, key, { value: make(), writable: true, enumerable: true, configurable: true });
        }
        else {
            obj[key] = make();
        }
    }
    return obj[key];
}
function flattenError(error, mapper = (issue) => issue.message) {
    const fieldErrors = {};
    const formErrors = [];
    for (const sub of error.issues) {
        if (sub.path.length > 0) {
            node(fieldErrors, sub.path[0], () => []).push(mapper(sub));
        }
        else {
            formErrors.push(mapper(sub));
        }
    }
    return { formErrors, fieldErrors };
}
function formatError(error, mapper = (issue) => issue.message) {
    const fieldErrors = { _errors: [] };
    const processError = (error, path = []) => {
        for (const issue of error.issues) {
            if (issue.code === "invalid_union" && issue.errors.length) {
                issue.errors.map((issues) => processError({ issues }, [...path, ...issue.path]));
            }
            else if (issue.code === "invalid_key") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else if (issue.code === "invalid_element") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else {
                const fullpath = [...path, ...issue.path];
                if (fullpath.length === 0) {
                    fieldErrors._errors.push(mapper(issue));
                }
                else {
                    let curr = fieldErrors;
                    let i = 0;
                    while (i < fullpath.length) {
                        const el = fullpath[i];
                        const terminal = i === fullpath.length - 1;
                        // `_errors` is reserved by this legacy format, so merge a matching path segment into the current node instead of treating its array as a child.
                        if (el === "_errors") {
                            if (terminal)
                                curr._errors.push(mapper(issue));
                            i++;
                            continue;
                        }
                        // A path element may collide with an inherited property name such as
                        // "__proto__" or "constructor". Truthiness checks read the prototype
                        // (so no node is created, then ._errors.push throws), and bracket
                        // assignment of "__proto__" hits the setter instead of creating an
                        // own key. Guard the read with hasOwnProperty and create the node
                        // with defineProperty so any path element becomes a real own key.
                        if (!Object.prototype.hasOwnProperty.call(curr, el)) {
                            Object.defineProperty(curr, el, {
                                value: { _errors: [] },
                                enumerable: true,
                                writable: true,
                                configurable: true,
                            });
                        }
                        const node = curr[el];
                        if (terminal) {
                            node._errors.push(mapper(issue));
                        }
                        curr = node;
                        i++;
                    }
                }
            }
        }
    };
    processError(error);
    return fieldErrors;
}
function treeifyError(error, mapper = (issue) => issue.message) {
    const result = { errors: [] };
    const processError = (error, path = []) => {
        var _a;
        for (const issue of error.issues) {
            if (issue.code === "invalid_union" && issue.errors.length) {
                // regular union error
                issue.errors.map((issues) => processError({ issues }, [...path, ...issue.path]));
            }
            else if (issue.code === "invalid_key") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else if (issue.code === "invalid_element") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else {
                const fullpath = [...path, ...issue.path];
                if (fullpath.length === 0) {
                    result.errors.push(mapper(issue));
                    continue;
                }
                let curr = result;
                let i = 0;
                while (i < fullpath.length) {
                    const el = fullpath[i];
                    const terminal = i === fullpath.length - 1;
                    if (typeof el === "string") {
                        curr.properties ?? (curr.properties = {});
                        // el may collide with an inherited property name ("__proto__",
                        // "constructor", ...); ??= reads the prototype so the node is never
                        // created and curr.errors.push throws. Guard with hasOwnProperty and
                        // create the node with defineProperty so "__proto__" becomes a real
                        // own key rather than invoking the prototype setter.
                        if (!Object.prototype.hasOwnProperty.call(curr.properties, el)) {
                            Object.defineProperty(curr.properties, el, {
                                value: { errors: [] },
                                enumerable: true,
                                writable: true,
                                configurable: true,
                            });
                        }
                        curr = curr.properties[el];
                    }
                    else {
                        curr.items ?? (curr.items = []);
                        (_a = curr.items)[el] ?? (_a[el] = { errors: [] });
                        curr = curr.items[el];
                    }
                    if (terminal) {
                        curr.errors.push(mapper(issue));
                    }
                    i++;
                }
            }
        }
    };
    processError(error);
    return result;
}
/** Format a ZodError as a human-readable string in the following form.
 *
 * From
 *
 * ```ts
 * ZodError {
 *   issues: [
 *     {
 *       expected: 'string',
 *       code: 'invalid_type',
 *       path: [ 'username' ],
 *       message: 'Invalid input: expected string'
 *     },
 *     {
 *       expected: 'number',
 *       code: 'invalid_type',
 *       path: [ 'favoriteNumbers', 1 ],
 *       message: 'Invalid input: expected number'
 *     }
 *   ];
 * }
 * ```
 *
 * to
 *
 * ```
 * username
 *   ✖ Expected number, received string at "username
 * favoriteNumbers[0]
 *   ✖ Invalid input: expected number
 * ```
 */
function toDotPath(_path) {
    const segs = [];
    const path = _path.map((seg) => (typeof seg === "object" ? seg.key : seg));
    for (const seg of path) {
        if (typeof seg === "number")
            segs.push(`[${seg}]`);
        else if (typeof seg === "symbol")
            segs.push(`[${JSON.stringify(String(seg))}]`);
        else if (/[^\w$]/.test(seg))
            segs.push(`[${JSON.stringify(seg)}]`);
        else {
            if (segs.length)
                segs.push(".");
            segs.push(seg);
        }
    }
    return segs.join("");
}
function prettifyError(error) {
    const lines = [];
    // sort by path length
    const issues = [...error.issues].sort((a, b) => (a.path ?? []).length - (b.path ?? []).length);
    // Process each issue
    for (const issue of issues) {
        lines.push(`✖ ${issue.message}`);
        if (issue.path?.length)
            lines.push(`  → at ${toDotPath(issue.path)}`);
    }
    // Convert Map to formatted string
    return lines.join("\n");
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/parse.js



// Always both keys, so the `_params` read site in `_parse` sees one object shape rather than two.
function finalizeParams(callee, params) {
    return { callee: params?.callee ?? callee, Err: params?.Err };
}
const _parse = (_Err) => {
    const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
        const result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise) {
            throw new $ZodAsyncError();
        }
        if (result.issues.length) {
            const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
            captureStackTrace(e, _params?.callee ?? fn);
            throw e;
        }
        return result.value;
    };
    return fn;
};
const parse_parse = /* @__PURE__*/ _parse($ZodRealError);
const _parseAsync = (_Err) => {
    const fn = async (schema, value, _ctx, params) => {
        const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
        let result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise)
            result = await result;
        if (result.issues.length) {
            const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
            captureStackTrace(e, params?.callee ?? fn);
            throw e;
        }
        return result.value;
    };
    return fn;
};
const parse_parseAsync = /* @__PURE__*/ _parseAsync($ZodRealError);
const _safeParse = (_Err) => (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
        throw new $ZodAsyncError();
    }
    return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
const safeParse = /* @__PURE__*/ _safeParse($ZodRealError);
// the error is built on the first read of `error`: finalizing the issues and constructing the instance is most of a failing parse, and a caller that only branches on `success` never pays it. a getter in the literal keeps this small; the alternative, one shared accessor descriptor plus a hidden state slot, reads ~15% faster but costs ~75 B gzipped in every bundle
function failure(Err, issues, ctx) {
    let error;
    return {
        success: false,
        get error() {
            if (!error) {
                error = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
                // finalizeIssue drops `input`, so the built error holds nothing; keeping the raw issues past this point pins the parsed value for the life of the result
                issues = undefined;
                ctx = undefined;
            }
            return error;
        },
        set error(e) {
            error = e;
            // a replacement makes the getter's branch unreachable, so the captures have to go here too
            issues = undefined;
            ctx = undefined;
        },
    };
}
const _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
        result = await result;
    return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
const safeParseAsync = /* @__PURE__*/ _safeParseAsync($ZodRealError);
// registry mirrors of the compiler's sentinels, so this module never imports the compiler
const COMPILE_INVALID = /* @__PURE__ */ Symbol.for("zod.compile.invalid");
const COMPILE_FALLBACK = /* @__PURE__ */ Symbol.for("zod.compile.fallback");
// Deliberately tiny, because v8 will not inline a body carrying the fallback's object literals and throw. Everything that is not the compiled happy path lives in validateFallback, and that split is worth ~35% on a compiled schema.
const validate = ((schema, value, _ctx) => {
    const validator = schema._zod.bag.validator;
    if (validator !== undefined) {
        if (validator(value) !== COMPILE_INVALID)
            return true;
        // a definite sentinel means the runtime would reject, so skip the re-parse; a ctx can still change the answer
        if (validator.definite === true && _ctx === undefined)
            return false;
    }
    return validateFallback(schema, value, _ctx);
});
function validateFallback(schema, value, _ctx) {
    const ctx = _ctx
        ? { ..._ctx, async: false, abortEarly: true }
        : { async: false, abortEarly: true };
    const fallbackRun = schema._zod.bag.fallbackRun;
    let result;
    if (fallbackRun) {
        // skip nested fast paths on the fallback, so user callbacks keep the at-most-twice bound
        ctx[COMPILE_FALLBACK] = true;
        result = fallbackRun({ value, issues: [] }, ctx);
    }
    else {
        result = schema._zod.run({ value, issues: [] }, ctx);
    }
    if (result instanceof Promise) {
        throw new $ZodAsyncError();
    }
    return result.issues.length === 0;
}
// no fast path: the compiler keeps async parses on the runtime, because a promise-returning callback that is not declared async compiles to a throw
const parse_validateAsync = async (schema, value, _ctx) => {
    const ctx = _ctx
        ? { ..._ctx, async: true, abortEarly: true }
        : { async: true, abortEarly: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
        result = await result;
    return result.issues.length === 0;
};
const _encode = (_Err) => {
    const parse = _parse(_Err);
    const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
        return parse(schema, value, ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const encode = /* @__PURE__*/ _encode($ZodRealError);
const _decode = (_Err) => {
    const parse = _parse(_Err);
    const fn = (schema, value, _ctx, _params) => {
        return parse(schema, value, _ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const decode = /* @__PURE__*/ _decode($ZodRealError);
const _encodeAsync = (_Err) => {
    const parseAsync = _parseAsync(_Err);
    const fn = async (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
        return (await parseAsync(schema, value, ctx, finalizeParams(fn, _params)));
    };
    return fn;
};
const encodeAsync = /* @__PURE__*/ _encodeAsync($ZodRealError);
const _decodeAsync = (_Err) => {
    const parseAsync = _parseAsync(_Err);
    const fn = async (schema, value, _ctx, _params) => {
        return await parseAsync(schema, value, _ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const decodeAsync = /* @__PURE__*/ _decodeAsync($ZodRealError);
const _safeEncode = (_Err) => (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return _safeParse(_Err)(schema, value, ctx);
};
const safeEncode = /* @__PURE__*/ _safeEncode($ZodRealError);
const _safeDecode = (_Err) => (schema, value, _ctx) => {
    return _safeParse(_Err)(schema, value, _ctx);
};
const safeDecode = /* @__PURE__*/ _safeDecode($ZodRealError);
const _safeEncodeAsync = (_Err) => async (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return _safeParseAsync(_Err)(schema, value, ctx);
};
const safeEncodeAsync = /* @__PURE__*/ _safeEncodeAsync($ZodRealError);
const _safeDecodeAsync = (_Err) => async (schema, value, _ctx) => {
    return _safeParseAsync(_Err)(schema, value, _ctx);
};
const safeDecodeAsync = /* @__PURE__*/ _safeDecodeAsync($ZodRealError);

;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/errors.js



/* Prototypes that already carry the lazy helper methods. Seeded with the
 * intrinsics so that `init` on a foreign object — it accepts any object —
 * can never install an accessor onto a prototype we do not own. */
const _installedErrorProtos = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
/* Helper methods live as non-enumerable lazy getters on the shared
 * prototype instead of own properties on every instance. On first
 * access the getter allocates the per-instance closure and caches it
 * as a non-enumerable own property, so detached usage still works and
 * the allocation only happens for methods actually touched. */
function _lazyMethod(proto, key, make) {
    Object.defineProperty(proto, key, {
        configurable: true,
        enumerable: false,
        get() {
            const value = make(this);
            Object.defineProperty(this, key, { value, configurable: true, writable: true });
            return value;
        },
        set(value) {
            Object.defineProperty(this, key, { value, configurable: true, writable: true });
        },
    });
}
const errors_initializer = (inst, issues) => {
    $ZodError.init(inst, issues);
    inst.name = "ZodError";
    const proto = Object.getPrototypeOf(inst);
    if (_installedErrorProtos.has(proto))
        return;
    _installedErrorProtos.add(proto);
    _lazyMethod(proto, "format", (self) => (mapper) => formatError(self, mapper));
    _lazyMethod(proto, "flatten", (self) => (mapper) => flattenError(self, mapper));
    _lazyMethod(proto, "addIssue", (self) => (issue) => {
        self.issues.push(issue);
        self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
    });
    _lazyMethod(proto, "addIssues", (self) => (issues) => {
        self.issues.push(...issues);
        self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
    });
    Object.defineProperty(proto, "isEmpty", {
        configurable: true,
        enumerable: false,
        get() {
            return this.issues.length === 0;
        },
    });
};
const ZodError = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodError", errors_initializer)));
const ZodRealError = /*@__PURE__*/ $constructor("ZodError", errors_initializer, undefined, {
    Parent: Error,
});
// /** @deprecated Use `z.core.$ZodErrorMapCtx` instead. */
// export type ErrorMapCtx = core.$ZodErrorMapCtx;

;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/parse.js


const classic_parse_parse = /* @__PURE__ */ _parse(ZodRealError);
const classic_parse_parseAsync = /* @__PURE__ */ _parseAsync(ZodRealError);
const parse_safeParse = /* @__PURE__ */ _safeParse(ZodRealError);
const parse_safeParseAsync = /* @__PURE__ */ _safeParseAsync(ZodRealError);

// Codec functions
const parse_encode = /* @__PURE__ */ _encode(ZodRealError);
const parse_decode = /* @__PURE__ */ _decode(ZodRealError);
const parse_encodeAsync = /* @__PURE__ */ _encodeAsync(ZodRealError);
const parse_decodeAsync = /* @__PURE__ */ _decodeAsync(ZodRealError);
const parse_safeEncode = /* @__PURE__ */ _safeEncode(ZodRealError);
const parse_safeDecode = /* @__PURE__ */ _safeDecode(ZodRealError);
const parse_safeEncodeAsync = /* @__PURE__ */ _safeEncodeAsync(ZodRealError);
const parse_safeDecodeAsync = /* @__PURE__ */ _safeDecodeAsync(ZodRealError);

;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/schemas.js








// Register English as the default locale on first ZodType construction. Hooked into the `ZodType` `$constructor` (rather than a top-level `config(en())` in `external.ts`) so bundlers honoring `sideEffects: false` can't tree-shake it out — see #5953, #5725. An explicit `z.config(z.locales.xx())` call wins regardless of order, since this only sets the default when none is present.
function _ensureDefaultLocale() {
    if (!globalConfig.localeError)
        config(en());
}
// the default memoizer is read by the core container init, which runs before `ZodType.init`, so each container calls this first
function _ensureDefaultMemoizer() {
    if (!globalConfig.memoizer)
        config({ memoizer: memoizer() });
}
const ZodType = /*@__PURE__*/ $constructor("ZodType", (inst, def) => {
    _ensureDefaultLocale();
    $ZodType.init(inst, def);
    inst.def = def;
    inst.type = def.type;
    return inst;
}, {
    check(...chks) {
        const def = this.def;
        return this.clone(mergeDefs(def, {
            checks: [
                ...(def.checks ?? []),
                ...chks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch),
            ],
        }), { parent: true });
    },
    with(...chks) {
        return this.check(...chks);
    },
    clone(def, params) {
        return clone(this, def, params);
    },
    brand() {
        return this;
    },
    register(reg, meta) {
        reg.add(this, meta);
        return this;
    },
    refine(check, params) {
        return this.check(refine(check, params));
    },
    superRefine(refinement, params) {
        return this.check(superRefine(refinement, params));
    },
    overwrite(fn) {
        return this.check(_overwrite(fn));
    },
    optional() {
        return optional(this);
    },
    exactOptional() {
        return exactOptional(this);
    },
    nullable() {
        return nullable(this);
    },
    nullish() {
        return optional(nullable(this));
    },
    nonoptional(params) {
        return nonoptional(this, params);
    },
    array() {
        return array(this);
    },
    or(arg) {
        return union([this, arg]);
    },
    and(arg) {
        return intersection(this, arg);
    },
    transform(tx) {
        return pipe(this, transform(tx));
    },
    default(d) {
        return schemas_default(this, d);
    },
    prefault(d) {
        return prefault(this, d);
    },
    catch(params) {
        return schemas_catch(this, params);
    },
    pipe(target) {
        return pipe(this, target);
    },
    readonly() {
        return readonly(this);
    },
    describe(description) {
        const cl = this.clone();
        globalRegistry.add(cl, { description });
        return cl;
    },
    meta(...args) {
        // overloaded: meta() returns the registered metadata, meta(data) returns a clone with `data` registered. The mapped type picks up the second overload, so we accept variadic any-args and return `any` to satisfy both at runtime.
        if (args.length === 0)
            return globalRegistry.get(this);
        const cl = this.clone();
        globalRegistry.add(cl, args[0]);
        return cl;
    },
    isOptional() {
        return this.safeParse(undefined).success;
    },
    isNullable() {
        return this.safeParse(null).success;
    },
    apply(fn, ...args) {
        return args.length === 0 ? fn(this) : fn(this, ...args);
    },
    // Overrides core's `~standard` to add `jsonSchema`. Must stay a prototype entry: redefining it per instance demotes instances to dictionary mode.
    get "~standard"() {
        return hide(this, "~standard", {
            ...standardProps(this),
            jsonSchema: {
                input: createStandardJSONSchemaMethod(this, "input"),
                output: createStandardJSONSchemaMethod(this, "output"),
            },
        });
    },
    set "~standard"(value) {
        own(this, "~standard", value);
    },
    parse: function _parse(data, params) {
        return classic_parse_parse(this, data, params, { callee: _parse });
    },
    parseAsync: async function _parseAsync(data, params) {
        return await classic_parse_parseAsync(this, data, params, { callee: _parseAsync });
    },
    safeParse(data, params) {
        return parse_safeParse(this, data, params);
    },
    async safeParseAsync(data, params) {
        return parse_safeParseAsync(this, data, params);
    },
    // `spa` is an alias: same function object as `safeParseAsync`, as before.
    get spa() {
        return this?.safeParseAsync;
    },
    set spa(value) {
        own(this, "spa", value);
    },
    validate(data, params) {
        return validate(this, data, params);
    },
    validateAsync(data, params) {
        return parse_validateAsync(this, data, params);
    },
    encode: function _encode(data, params) {
        return parse_encode(this, data, params, { callee: _encode });
    },
    decode: function _decode(data, params) {
        return parse_decode(this, data, params, { callee: _decode });
    },
    encodeAsync: async function _encodeAsync(data, params) {
        return await parse_encodeAsync(this, data, params, { callee: _encodeAsync });
    },
    decodeAsync: async function _decodeAsync(data, params) {
        return await parse_decodeAsync(this, data, params, { callee: _decodeAsync });
    },
    safeEncode(data, params) {
        return parse_safeEncode(this, data, params);
    },
    safeDecode(data, params) {
        return parse_safeDecode(this, data, params);
    },
    async safeEncodeAsync(data, params) {
        return parse_safeEncodeAsync(this, data, params);
    },
    async safeDecodeAsync(data, params) {
        return parse_safeDecodeAsync(this, data, params);
    },
    toJSONSchema(params) {
        return createToJSONSchemaMethod(this, {})(params);
    },
    // Reads through to the registry on every access, so it must not cache.
    get description() {
        return globalRegistry.get(this)?.description;
    },
    // No setter: `schema._def = x` throws, as it did when `_def` was a non-writable own property.
    get _def() {
        return this._zod.def;
    },
});
/** @internal */
const _ZodString = /*@__PURE__*/ $constructor("_ZodString", (inst, def) => {
    $ZodString.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => stringProcessor(inst, ctx, json, params);
}, 
/*@__PURE__*/ derived({
    format: (inst) => aggregateChecks(inst).format ?? null,
    minLength: (inst) => aggregateChecks(inst).minimum ?? null,
    maxLength: (inst) => aggregateChecks(inst).maximum ?? null,
}, {
    regex(...args) {
        return this.check(_regex(...args));
    },
    includes(...args) {
        return this.check(_includes(...args));
    },
    startsWith(...args) {
        return this.check(_startsWith(...args));
    },
    endsWith(...args) {
        return this.check(_endsWith(...args));
    },
    min(...args) {
        return this.check(_minLength(...args));
    },
    max(...args) {
        return this.check(_maxLength(...args));
    },
    length(...args) {
        return this.check(_length(...args));
    },
    nonempty(...args) {
        return this.check(_minLength(1, ...args));
    },
    lowercase(params) {
        return this.check(_lowercase(params));
    },
    uppercase(params) {
        return this.check(_uppercase(params));
    },
    trim() {
        return this.check(_trim());
    },
    normalize(...args) {
        return this.check(_normalize(...args));
    },
    toLowerCase() {
        return this.check(_toLowerCase());
    },
    toUpperCase() {
        return this.check(_toUpperCase());
    },
    slugify() {
        return this.check(_slugify());
    },
}));
const ZodString = /*@__PURE__*/ $constructor("ZodString", (inst, def) => {
    $ZodString.init(inst, def);
    _ZodString.init(inst, def);
}, {
    email(params) {
        return this.check(_email(ZodEmail, params));
    },
    url(params) {
        return this.check(_url(ZodURL, params));
    },
    jwt(params) {
        return this.check(_jwt(ZodJWT, params));
    },
    emoji(params) {
        return this.check(api_emoji(ZodEmoji, params));
    },
    guid(params) {
        return this.check(_guid(ZodGUID, params));
    },
    uuid(params) {
        return this.check(_uuid(ZodUUID, params));
    },
    uuidv4(params) {
        return this.check(_uuidv4(ZodUUID, params));
    },
    uuidv6(params) {
        return this.check(_uuidv6(ZodUUID, params));
    },
    uuidv7(params) {
        return this.check(_uuidv7(ZodUUID, params));
    },
    nanoid(params) {
        return this.check(_nanoid(ZodNanoID, params));
    },
    cuid(params) {
        return this.check(_cuid(ZodCUID, params));
    },
    cuid2(params) {
        return this.check(_cuid2(ZodCUID2, params));
    },
    ulid(params) {
        return this.check(_ulid(ZodULID, params));
    },
    base64(params) {
        return this.check(_base64(ZodBase64, params));
    },
    base64url(params) {
        return this.check(_base64url(ZodBase64URL, params));
    },
    xid(params) {
        return this.check(_xid(ZodXID, params));
    },
    ksuid(params) {
        return this.check(_ksuid(ZodKSUID, params));
    },
    ipv4(params) {
        return this.check(_ipv4(ZodIPv4, params));
    },
    ipv6(params) {
        return this.check(_ipv6(ZodIPv6, params));
    },
    cidrv4(params) {
        return this.check(_cidrv4(ZodCIDRv4, params));
    },
    cidrv6(params) {
        return this.check(_cidrv6(ZodCIDRv6, params));
    },
    e164(params) {
        return this.check(_e164(ZodE164, params));
    },
    datetime(params) {
        return this.check(_isoDateTime(ZodISODateTime, params));
    },
    date(params) {
        return this.check(_isoDate(ZodISODate, params));
    },
    time(params) {
        return this.check(_isoTime(ZodISOTime, params));
    },
    duration(params) {
        return this.check(_isoDuration(ZodISODuration, params));
    },
});
function schemas_string(params) {
    return _string(ZodString, params);
}
const ZodStringFormat = /*@__PURE__*/ $constructor("ZodStringFormat", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    _ZodString.init(inst, def);
});
const ZodISODateTime = /*@__PURE__*/ $constructor("ZodISODateTime", (inst, def) => {
    $ZodISODateTime.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISODate = /*@__PURE__*/ $constructor("ZodISODate", (inst, def) => {
    $ZodISODate.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISOTime = /*@__PURE__*/ $constructor("ZodISOTime", (inst, def) => {
    $ZodISOTime.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISODuration = /*@__PURE__*/ $constructor("ZodISODuration", (inst, def) => {
    $ZodISODuration.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodEmail = /*@__PURE__*/ $constructor("ZodEmail", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodEmail.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_email(params) {
    return core._email(ZodEmail, params);
}
const ZodGUID = /*@__PURE__*/ $constructor("ZodGUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodGUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_guid(params) {
    return core._guid(ZodGUID, params);
}
const ZodUUID = /*@__PURE__*/ $constructor("ZodUUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodUUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_uuid(params) {
    return core._uuid(ZodUUID, params);
}
function uuidv4(params) {
    return core._uuidv4(ZodUUID, params);
}
// ZodUUIDv6
function uuidv6(params) {
    return core._uuidv6(ZodUUID, params);
}
// ZodUUIDv7
function uuidv7(params) {
    return core._uuidv7(ZodUUID, params);
}
const ZodURL = /*@__PURE__*/ $constructor("ZodURL", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodURL.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function url(params) {
    return _url(ZodURL, params);
}
function httpUrl(params) {
    return core._url(ZodURL, {
        protocol: regexes.httpProtocol,
        hostname: regexes.domain,
        ...util.normalizeParams(params),
    });
}
const ZodEmoji = /*@__PURE__*/ $constructor("ZodEmoji", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodEmoji.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_emoji(params) {
    return core._emoji(ZodEmoji, params);
}
const ZodNanoID = /*@__PURE__*/ $constructor("ZodNanoID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodNanoID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_nanoid(params) {
    return core._nanoid(ZodNanoID, params);
}
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link ZodCUID2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const ZodCUID = /*@__PURE__*/ $constructor("ZodCUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodCUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
/**
 * Validates a CUID v1 string.
 *
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link cuid2 | `z.cuid2()`} instead.
 * See https://github.com/paralleldrive/cuid.
 */
function schemas_cuid(params) {
    return core._cuid(ZodCUID, params);
}
const ZodCUID2 = /*@__PURE__*/ $constructor("ZodCUID2", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodCUID2.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_cuid2(params) {
    return core._cuid2(ZodCUID2, params);
}
const ZodULID = /*@__PURE__*/ $constructor("ZodULID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodULID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_ulid(params) {
    return core._ulid(ZodULID, params);
}
const ZodXID = /*@__PURE__*/ $constructor("ZodXID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodXID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_xid(params) {
    return core._xid(ZodXID, params);
}
const ZodKSUID = /*@__PURE__*/ $constructor("ZodKSUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodKSUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_ksuid(params) {
    return core._ksuid(ZodKSUID, params);
}
const ZodIPv4 = /*@__PURE__*/ $constructor("ZodIPv4", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodIPv4.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_ipv4(params) {
    return core._ipv4(ZodIPv4, params);
}
const ZodMAC = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMAC", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    core.$ZodMAC.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function schemas_mac(params) {
    return core._mac(ZodMAC, params);
}
const ZodIPv6 = /*@__PURE__*/ $constructor("ZodIPv6", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodIPv6.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_ipv6(params) {
    return core._ipv6(ZodIPv6, params);
}
const ZodCIDRv4 = /*@__PURE__*/ $constructor("ZodCIDRv4", (inst, def) => {
    $ZodCIDRv4.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_cidrv4(params) {
    return core._cidrv4(ZodCIDRv4, params);
}
const ZodCIDRv6 = /*@__PURE__*/ $constructor("ZodCIDRv6", (inst, def) => {
    $ZodCIDRv6.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_cidrv6(params) {
    return core._cidrv6(ZodCIDRv6, params);
}
const ZodBase64 = /*@__PURE__*/ $constructor("ZodBase64", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodBase64.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_base64(params) {
    return core._base64(ZodBase64, params);
}
const ZodBase64URL = /*@__PURE__*/ $constructor("ZodBase64URL", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodBase64URL.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_base64url(params) {
    return core._base64url(ZodBase64URL, params);
}
const ZodE164 = /*@__PURE__*/ $constructor("ZodE164", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodE164.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_e164(params) {
    return core._e164(ZodE164, params);
}
const ZodCreditCard = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodCreditCard", (inst, def) => {
    core.$ZodCreditCard.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function schemas_creditCard(params) {
    return core._creditCard(ZodCreditCard, params);
}
const ZodIBAN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodIBAN", (inst, def) => {
    core.$ZodIBAN.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function schemas_iban(params) {
    return core._iban(ZodIBAN, params);
}
const ZodJWT = /*@__PURE__*/ $constructor("ZodJWT", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodJWT.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function jwt(params) {
    return core._jwt(ZodJWT, params);
}
const ZodCustomStringFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodCustomStringFormat", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    core.$ZodCustomStringFormat.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function stringFormat(format, fnOrRegex, _params = {}) {
    return core._stringFormat(ZodCustomStringFormat, format, fnOrRegex, _params);
}
function schemas_hostname(_params) {
    return core._stringFormat(ZodCustomStringFormat, "hostname", regexes.hostname, _params);
}
function schemas_hex(_params) {
    return core._stringFormat(ZodCustomStringFormat, "hex", regexes.hex, _params);
}
function schemas_currencyCode(_params) {
    return core._stringFormat(ZodCustomStringFormat, "currency_code", regexes.currencyCode, _params);
}
function hash(alg, params) {
    const enc = params?.enc ?? "hex";
    const format = `${alg}_${enc}`;
    const regex = core.regexes[format];
    if (!regex)
        throw new Error(`Unrecognized hash format: ${format}`);
    return core._stringFormat(ZodCustomStringFormat, format, regex, params);
}
const ZodNumber = /*@__PURE__*/ $constructor("ZodNumber", (inst, def) => {
    $ZodNumber.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => numberProcessor(inst, ctx, json, params);
    inst.isFinite = true;
}, 
/*@__PURE__*/ derived({
    minValue: (inst) => {
        const { minimum, exclusiveMinimum } = aggregateChecks(inst);
        return Math.max(minimum ?? Number.NEGATIVE_INFINITY, exclusiveMinimum ?? Number.NEGATIVE_INFINITY);
    },
    maxValue: (inst) => {
        const { maximum, exclusiveMaximum } = aggregateChecks(inst);
        return Math.min(maximum ?? Number.POSITIVE_INFINITY, exclusiveMaximum ?? Number.POSITIVE_INFINITY);
    },
    isInt: (inst) => {
        const { isInt, multipleOf } = aggregateChecks(inst);
        return !!isInt || !!multipleOf?.some(Number.isSafeInteger);
    },
    format: (inst) => aggregateChecks(inst).format ?? null,
}, {
    gt(value, params) {
        return this.check(_gt(value, params));
    },
    gte(value, params) {
        return this.check(_gte(value, params));
    },
    min(value, params) {
        return this.check(_gte(value, params));
    },
    lt(value, params) {
        return this.check(_lt(value, params));
    },
    lte(value, params) {
        return this.check(_lte(value, params));
    },
    max(value, params) {
        return this.check(_lte(value, params));
    },
    int(params) {
        return this.check(schemas_int(params));
    },
    safe(params) {
        return this.check(schemas_int(params));
    },
    positive(params) {
        return this.check(_gt(0, params));
    },
    nonnegative(params) {
        return this.check(_gte(0, params));
    },
    negative(params) {
        return this.check(_lt(0, params));
    },
    nonpositive(params) {
        return this.check(_lte(0, params));
    },
    multipleOf(value, params) {
        return this.check(_multipleOf(value, params));
    },
    step(value, params) {
        return this.check(_multipleOf(value, params));
    },
    finite() {
        return this;
    },
}));
function schemas_number(params) {
    return _number(ZodNumber, params);
}
const ZodNumberFormat = /*@__PURE__*/ $constructor("ZodNumberFormat", (inst, def) => {
    $ZodNumberFormat.init(inst, def);
    ZodNumber.init(inst, def);
});
function schemas_int(params) {
    return _int(ZodNumberFormat, params);
}
function float32(params) {
    return core._float32(ZodNumberFormat, params);
}
function float64(params) {
    return core._float64(ZodNumberFormat, params);
}
function int32(params) {
    return core._int32(ZodNumberFormat, params);
}
function uint32(params) {
    return core._uint32(ZodNumberFormat, params);
}
const ZodBoolean = /*@__PURE__*/ $constructor("ZodBoolean", (inst, def) => {
    $ZodBoolean.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => booleanProcessor(inst, ctx, json, params);
});
function schemas_boolean(params) {
    return _boolean(ZodBoolean, params);
}
const ZodBigInt = /*@__PURE__*/ $constructor("ZodBigInt", (inst, def) => {
    $ZodBigInt.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => bigintProcessor(inst, ctx, json, params);
}, 
/*@__PURE__*/ derived({
    minValue: (inst) => aggregateChecks(inst).minimum ?? null,
    maxValue: (inst) => aggregateChecks(inst).maximum ?? null,
    format: (inst) => aggregateChecks(inst).format ?? null,
}, {
    gte(value, params) {
        return this.check(_gte(value, params));
    },
    min(value, params) {
        return this.check(_gte(value, params));
    },
    gt(value, params) {
        return this.check(_gt(value, params));
    },
    lt(value, params) {
        return this.check(_lt(value, params));
    },
    lte(value, params) {
        return this.check(_lte(value, params));
    },
    max(value, params) {
        return this.check(_lte(value, params));
    },
    positive(params) {
        return this.check(_gt(BigInt(0), params));
    },
    negative(params) {
        return this.check(_lt(BigInt(0), params));
    },
    nonpositive(params) {
        return this.check(_lte(BigInt(0), params));
    },
    nonnegative(params) {
        return this.check(_gte(BigInt(0), params));
    },
    multipleOf(value, params) {
        return this.check(_multipleOf(value, params));
    },
}));
function schemas_bigint(params) {
    return core._bigint(ZodBigInt, params);
}
const ZodBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodBigIntFormat", (inst, def) => {
    core.$ZodBigIntFormat.init(inst, def);
    ZodBigInt.init(inst, def);
})));
function int64(params) {
    return core._int64(ZodBigIntFormat, params);
}
function uint64(params) {
    return core._uint64(ZodBigIntFormat, params);
}
const ZodSymbol = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodSymbol", (inst, def) => {
    core.$ZodSymbol.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.symbolProcessor(inst, ctx, json, params);
})));
function symbol(params) {
    return core._symbol(ZodSymbol, params);
}
const ZodUndefined = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodUndefined", (inst, def) => {
    core.$ZodUndefined.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.undefinedProcessor(inst, ctx, json, params);
})));
function schemas_undefined(params) {
    return core._undefined(ZodUndefined, params);
}

const ZodNull = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodNull", (inst, def) => {
    core.$ZodNull.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.nullProcessor(inst, ctx, json, params);
})));
function schemas_null(params) {
    return core._null(ZodNull, params);
}

const ZodAny = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodAny", (inst, def) => {
    core.$ZodAny.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.anyProcessor(inst, ctx, json, params);
})));
function any() {
    return core._any(ZodAny);
}
const ZodUnknown = /*@__PURE__*/ $constructor("ZodUnknown", (inst, def) => {
    $ZodUnknown.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => unknownProcessor(inst, ctx, json, params);
});
function unknown() {
    return _unknown(ZodUnknown);
}
const ZodNever = /*@__PURE__*/ $constructor("ZodNever", (inst, def) => {
    $ZodNever.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => neverProcessor(inst, ctx, json, params);
});
function never(params) {
    return _never(ZodNever, params);
}
const ZodVoid = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodVoid", (inst, def) => {
    core.$ZodVoid.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.voidProcessor(inst, ctx, json, params);
})));
function schemas_void(params) {
    return core._void(ZodVoid, params);
}

const ZodDate = /*@__PURE__*/ $constructor("ZodDate", (inst, def) => {
    $ZodDate.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => dateProcessor(inst, ctx, json, params);
    inst.min = (value, params) => inst.check(_gte(value, params));
    inst.max = (value, params) => inst.check(_lte(value, params));
}, 
/*@__PURE__*/ derived({
    minDate: (inst) => {
        const { minimum } = aggregateChecks(inst);
        return minimum ? new Date(minimum) : null;
    },
    maxDate: (inst) => {
        const { maximum } = aggregateChecks(inst);
        return maximum ? new Date(maximum) : null;
    },
}, {}));
function schemas_date(params) {
    return core._date(ZodDate, params);
}
const ZodArray = /*@__PURE__*/ $constructor("ZodArray", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodArray.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => arrayProcessor(inst, ctx, json, params);
    inst.element = def.element;
}, {
    min(n, params) {
        return this.check(_minLength(n, params));
    },
    nonempty(params) {
        return this.check(_minLength(1, params));
    },
    max(n, params) {
        return this.check(_maxLength(n, params));
    },
    length(n, params) {
        return this.check(_length(n, params));
    },
    unwrap() {
        return this.element;
    },
});
function array(element, params) {
    return _array(ZodArray, element, params);
}
// .keyof
function keyof(schema) {
    const shape = schema._zod.def.shape;
    return schemas_enum(Object.keys(shape));
}
const ZodObject = /*@__PURE__*/ $constructor("ZodObject", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodObjectJIT.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => objectProcessor(inst, ctx, json, params);
    installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
}, {
    keyof() {
        return schemas_enum(Object.keys(this._zod.def.shape));
    },
    catchall(catchall) {
        // `mergeDefs` rather than a spread: spreading reads `shape`, and resolving it can mint a whole fresh subtree
        return this.clone(mergeDefs(this._zod.def, { catchall: catchall }));
    },
    passthrough() {
        return this.clone(mergeDefs(this._zod.def, { catchall: unknown() }));
    },
    loose() {
        return this.clone(mergeDefs(this._zod.def, { catchall: unknown() }));
    },
    strict() {
        return this.clone(mergeDefs(this._zod.def, { catchall: never() }));
    },
    strip() {
        return this.clone(mergeDefs(this._zod.def, { catchall: undefined }));
    },
    extend(incoming) {
        return extend(this, incoming);
    },
    safeExtend(incoming) {
        return safeExtend(this, incoming);
    },
    merge(other) {
        return merge(this, other);
    },
    pick(mask) {
        return pick(this, mask);
    },
    omit(mask) {
        return omit(this, mask);
    },
    partial(...args) {
        return partial(ZodOptional, this, args[0]);
    },
    exactPartial(...args) {
        return partial(ZodExactOptional, this, args[0], "exactPartial");
    },
    required(...args) {
        return required(ZodNonOptional, this, args[0]);
    },
});
function object(shape, params) {
    const def = {
        type: "object",
        shape: shape ?? {},
        ...normalizeParams(params),
    };
    return new ZodObject(def);
}
// strictObject
function strictObject(shape, params) {
    return new ZodObject({
        type: "object",
        shape,
        catchall: never(),
        ...normalizeParams(params),
    });
}
// looseObject
function looseObject(shape, params) {
    return new ZodObject({
        type: "object",
        shape,
        catchall: unknown(),
        ...normalizeParams(params),
    });
}
const ZodUnion = /*@__PURE__*/ $constructor("ZodUnion", (inst, def) => {
    $ZodUnion.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => unionProcessor(inst, ctx, json, params);
    inst.options = def.options;
});
function union(options, params) {
    return new ZodUnion({
        type: "union",
        options: options,
        ...normalizeParams(params),
    });
}
const ZodXor = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodXor", (inst, def) => {
    ZodUnion.init(inst, def);
    core.$ZodXor.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.unionProcessor(inst, ctx, json, params);
    inst.options = def.options;
})));
/** Creates an exclusive union (XOR) where exactly one option must match.
 * Unlike regular unions that succeed when any option matches, xor fails if
 * zero or more than one option matches the input. */
function xor(options, params) {
    return new ZodXor({
        type: "union",
        options: options,
        inclusive: false,
        ...util.normalizeParams(params),
    });
}
const ZodDiscriminatedUnion = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodDiscriminatedUnion", (inst, def) => {
    ZodUnion.init(inst, def);
    core.$ZodDiscriminatedUnion.init(inst, def);
})));
function discriminatedUnion(discriminator, options, params) {
    // const [options, params] = args;
    return new ZodDiscriminatedUnion({
        type: "union",
        options: options,
        discriminator,
        ...util.normalizeParams(params),
    });
}
const ZodIntersection = /*@__PURE__*/ $constructor("ZodIntersection", (inst, def) => {
    $ZodIntersection.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => intersectionProcessor(inst, ctx, json, params);
});
function intersection(left, right) {
    return new ZodIntersection({
        type: "intersection",
        left: left,
        right: right,
    });
}
const ZodTuple = /*@__PURE__*/ $constructor("ZodTuple", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodTuple.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => tupleProcessor(inst, ctx, json, params);
}, {
    rest(rest) {
        return this.clone({
            ...this._zod.def,
            rest: rest,
        });
    },
    partial() {
        const def = this._zod.def;
        // a refinement was authored against the full arity; partialing would run it on a shorter array
        if (def.checks?.length)
            throw new Error(".partial() cannot be used on tuple schemas containing refinements");
        return this.clone({
            ...def,
            items: def.items.map((item) => new ZodOptional({ type: "optional", innerType: item })),
        });
    },
});
function tuple(items, _paramsOrRest, _params) {
    const hasRest = _paramsOrRest instanceof core.$ZodType;
    const params = hasRest ? _params : _paramsOrRest;
    const rest = hasRest ? _paramsOrRest : null;
    return new ZodTuple({
        type: "tuple",
        items: items,
        rest,
        ...util.normalizeParams(params),
    });
}
const ZodRecord = /*@__PURE__*/ $constructor("ZodRecord", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodRecord.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => recordProcessor(inst, ctx, json, params);
    inst.keyType = def.keyType;
    inst.valueType = def.valueType;
});
function record(keyType, valueType, params) {
    // v3-compat: z.record(valueType, params?) — defaults keyType to z.string()
    if (!valueType || !valueType._zod) {
        return new ZodRecord({
            type: "record",
            keyType: schemas_string(),
            valueType: keyType,
            ...normalizeParams(valueType),
        });
    }
    return new ZodRecord({
        type: "record",
        keyType,
        valueType: valueType,
        ...normalizeParams(params),
    });
}
// type alksjf = core.output<core.$ZodRecordKey>;
function partialRecord(keyType, valueType, params) {
    return new ZodRecord({
        type: "record",
        keyType,
        valueType: valueType,
        ...util.normalizeParams(params),
        partial: true,
    });
}
function looseRecord(keyType, valueType, params) {
    return new ZodRecord({
        type: "record",
        keyType,
        valueType: valueType,
        mode: "loose",
        ...util.normalizeParams(params),
    });
}
const ZodMap = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMap", (inst, def) => {
    _ensureDefaultMemoizer();
    core.$ZodMap.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.mapProcessor(inst, ctx, json, params);
    inst.keyType = def.keyType;
    inst.valueType = def.valueType;
    inst.min = (...args) => inst.check(core._minSize(...args));
    inst.nonempty = (params) => inst.check(core._minSize(1, params));
    inst.max = (...args) => inst.check(core._maxSize(...args));
    inst.size = (...args) => inst.check(core._size(...args));
})));
function map(keyType, valueType, params) {
    return new ZodMap({
        type: "map",
        keyType: keyType,
        valueType: valueType,
        ...util.normalizeParams(params),
    });
}
const ZodSet = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodSet", (inst, def) => {
    _ensureDefaultMemoizer();
    core.$ZodSet.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.setProcessor(inst, ctx, json, params);
    inst.min = (...args) => inst.check(core._minSize(...args));
    inst.nonempty = (params) => inst.check(core._minSize(1, params));
    inst.max = (...args) => inst.check(core._maxSize(...args));
    inst.size = (...args) => inst.check(core._size(...args));
})));
function set(valueType, params) {
    return new ZodSet({
        type: "set",
        valueType: valueType,
        ...util.normalizeParams(params),
    });
}
const ZodEnum = /*@__PURE__*/ $constructor("ZodEnum", (inst, def) => {
    $ZodEnum.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => enumProcessor(inst, ctx, json, params);
    inst.enum = def.entries;
    // reuse the parsed value set so a numeric TS enum's reverse-mapping keys stay out
    inst.options = [...inst._zod.values];
    const keys = new Set(Object.keys(def.entries));
    inst.extract = (values, params) => {
        const newEntries = {};
        for (const value of values) {
            if (keys.has(value)) {
                newEntries[value] = def.entries[value];
            }
            else
                throw new Error(`Key ${value} not found in enum`);
        }
        return new ZodEnum({
            ...def,
            checks: [],
            ...normalizeParams(params),
            entries: newEntries,
        });
    };
    inst.exclude = (values, params) => {
        const newEntries = { ...def.entries };
        for (const value of values) {
            if (keys.has(value)) {
                delete newEntries[value];
            }
            else
                throw new Error(`Key ${value} not found in enum`);
        }
        return new ZodEnum({
            ...def,
            checks: [],
            ...normalizeParams(params),
            entries: newEntries,
        });
    };
});
function schemas_enum(values, params) {
    const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
    return new ZodEnum({
        type: "enum",
        entries,
        ...normalizeParams(params),
    });
}

/** @deprecated This API has been merged into `z.enum()`. Use `z.enum()` instead.
 *
 * ```ts
 * enum Colors { red, green, blue }
 * z.enum(Colors);
 * ```
 */
function nativeEnum(entries, params) {
    return new ZodEnum({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
const ZodLiteral = /*@__PURE__*/ $constructor("ZodLiteral", (inst, def) => {
    $ZodLiteral.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => literalProcessor(inst, ctx, json, params);
    inst.values = new Set(def.values);
    Object.defineProperty(inst, "value", {
        get() {
            if (def.values.length > 1) {
                throw new Error("This schema contains multiple valid literal values. Use `.values` instead.");
            }
            return def.values[0];
        },
    });
});
function literal(value, params) {
    return new ZodLiteral({
        type: "literal",
        values: Array.isArray(value) ? value : [value],
        ...normalizeParams(params),
    });
}
const ZodFile = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodFile", (inst, def) => {
    core.$ZodFile.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.fileProcessor(inst, ctx, json, params);
    inst.min = (size, params) => inst.check(core._minSize(size, params));
    inst.max = (size, params) => inst.check(core._maxSize(size, params));
    inst.mime = (types, params) => inst.check(core._mime(Array.isArray(types) ? types : [types], params));
})));
function file(params) {
    return core._file(ZodFile, params);
}
const ZodTransform = /*@__PURE__*/ $constructor("ZodTransform", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodTransform.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => transformProcessor(inst, ctx, json, params);
    inst._zod.parse = (payload, _ctx) => {
        if (_ctx.direction === "backward") {
            throw new $ZodEncodeError(inst.constructor.name);
        }
        payload.addIssue = (issue) => {
            if (typeof issue === "string") {
                payload.issues.push(util_issue(issue, payload.value, def));
            }
            else {
                // for Zod 3 backwards compatibility
                const _issue = issue;
                if (_issue.fatal)
                    _issue.continue = false;
                _issue.code ?? (_issue.code = "custom");
                if (!("input" in _issue))
                    _issue.input = payload.value;
                _issue.inst ?? (_issue.inst = inst);
                // _issue.continue ??= true;
                payload.issues.push(util_issue(_issue));
            }
        };
        const output = def.transform(payload.value, payload);
        if (output instanceof Promise) {
            return output.then((output) => {
                payload.value = output;
                return payload;
            });
        }
        payload.value = output;
        return payload;
    };
});
function transform(fn) {
    return new ZodTransform({
        type: "transform",
        transform: fn,
    });
}
const ZodOptional = /*@__PURE__*/ $constructor("ZodOptional", (inst, def) => {
    $ZodOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function optional(innerType) {
    return new ZodOptional({
        type: "optional",
        innerType: innerType,
    });
}
const ZodExactOptional = /*@__PURE__*/ $constructor("ZodExactOptional", (inst, def) => {
    $ZodExactOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function exactOptional(innerType) {
    return new ZodExactOptional({
        type: "optional",
        innerType: innerType,
    });
}
const ZodNullable = /*@__PURE__*/ $constructor("ZodNullable", (inst, def) => {
    $ZodNullable.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => nullableProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function nullable(innerType) {
    return new ZodNullable({
        type: "nullable",
        innerType: innerType,
    });
}
// nullish
function schemas_nullish(innerType) {
    return optional(nullable(innerType));
}
const ZodDefault = /*@__PURE__*/ $constructor("ZodDefault", (inst, def) => {
    $ZodDefault.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => defaultProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
    inst.removeDefault = inst.unwrap;
});
function schemas_default(innerType, defaultValue) {
    return new ZodDefault({
        type: "default",
        innerType: innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
        },
    });
}
const ZodPrefault = /*@__PURE__*/ $constructor("ZodPrefault", (inst, def) => {
    $ZodPrefault.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => prefaultProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function prefault(innerType, defaultValue) {
    return new ZodPrefault({
        type: "prefault",
        innerType: innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
        },
    });
}
const ZodNonOptional = /*@__PURE__*/ $constructor("ZodNonOptional", (inst, def) => {
    $ZodNonOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => nonoptionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function nonoptional(innerType, params) {
    return new ZodNonOptional({
        type: "nonoptional",
        innerType: innerType,
        ...normalizeParams(params),
    });
}
const ZodSuccess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodSuccess", (inst, def) => {
    core.$ZodSuccess.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.successProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
})));
function success(innerType) {
    return new ZodSuccess({
        type: "success",
        innerType: innerType,
    });
}
const ZodCatch = /*@__PURE__*/ $constructor("ZodCatch", (inst, def) => {
    $ZodCatch.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => catchProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
    inst.removeCatch = inst.unwrap;
});
function schemas_catch(innerType, catchValue) {
    return new ZodCatch({
        type: "catch",
        innerType: innerType,
        catchValue: (typeof catchValue === "function" ? catchValue : constantCatch(catchValue)),
    });
}

const ZodNaN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodNaN", (inst, def) => {
    core.$ZodNaN.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.nanProcessor(inst, ctx, json, params);
})));
function nan(params) {
    return core._nan(ZodNaN, params);
}
const ZodPipe = /*@__PURE__*/ $constructor("ZodPipe", (inst, def) => {
    $ZodPipe.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => pipeProcessor(inst, ctx, json, params);
    inst.in = def.in;
    inst.out = def.out;
});
function pipe(in_, out) {
    return new ZodPipe({
        type: "pipe",
        in: in_,
        out: out,
        // ...util.normalizeParams(params),
    });
}
const ZodCodec = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodCodec", (inst, def) => {
    ZodPipe.init(inst, def);
    core.$ZodCodec.init(inst, def);
})));
function codec(in_, out, params) {
    return new ZodCodec({
        type: "pipe",
        in: in_,
        out: out,
        transform: params.decode,
        reverseTransform: params.encode,
    });
}
function invertCodec(codec) {
    const def = codec._zod.def;
    return new ZodCodec({
        type: "pipe",
        in: def.out,
        out: def.in,
        transform: def.reverseTransform,
        reverseTransform: def.transform,
    });
}
const ZodPreprocess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodPreprocess", (inst, def) => {
    ZodPipe.init(inst, def);
    core.$ZodPreprocess.init(inst, def);
})));
const ZodReadonly = /*@__PURE__*/ $constructor("ZodReadonly", (inst, def) => {
    $ZodReadonly.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => readonlyProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function readonly(innerType) {
    return new ZodReadonly({
        type: "readonly",
        innerType: innerType,
    });
}
const ZodTemplateLiteral = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodTemplateLiteral", (inst, def) => {
    core.$ZodTemplateLiteral.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.templateLiteralProcessor(inst, ctx, json, params);
})));
function templateLiteral(parts, params) {
    return new ZodTemplateLiteral({
        type: "template_literal",
        parts,
        ...util.normalizeParams(params),
    });
}
const ZodLazy = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodLazy", (inst, def) => {
    core.$ZodLazy.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.lazyProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.getter();
})));
function lazy(getter) {
    return new ZodLazy({
        type: "lazy",
        getter: getter,
    });
}
const ZodPromise = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodPromise", (inst, def) => {
    core.$ZodPromise.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.promiseProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
})));
function promise(innerType) {
    return new ZodPromise({
        type: "promise",
        innerType: innerType,
    });
}
const ZodFunction = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodFunction", (inst, def) => {
    core.$ZodFunction.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.functionProcessor(inst, ctx, json, params);
})));
function _function(params) {
    return new ZodFunction({
        type: "function",
        input: Array.isArray(params?.input) ? tuple(params?.input) : (params?.input ?? array(unknown())),
        output: params?.output ?? unknown(),
    });
}

const ZodCustom = /*@__PURE__*/ $constructor("ZodCustom", (inst, def) => {
    $ZodCustom.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => customProcessor(inst, ctx, json, params);
});
// custom checks
function check(fn) {
    const ch = new core.$ZodCheck({
        check: "custom",
        // ...util.normalizeParams(params),
    });
    ch._zod.check = fn;
    return ch;
}
function custom(fn, _params) {
    return _custom(ZodCustom, fn ?? (() => true), _params);
}
function refine(fn, _params = {}) {
    return _refine(ZodCustom, fn, _params);
}
// superRefine
function superRefine(fn, params) {
    return _superRefine(fn, params);
}
// Re-export describe and meta from core
const schemas_describe = describe;
const schemas_meta = meta;
const ZodInstanceOf = /*@__PURE__*/ $constructor("ZodInstanceOf", (inst, def) => {
    ZodCustom.init(inst, def);
}, {
    properties(shape, params) {
        // asserts in place, so the narrowed output type is truthful without a wrapper
        return this.check(_properties(shape, params));
    },
});
function _instanceof(cls, params = {}) {
    const inst = new ZodInstanceOf({
        type: "custom",
        check: "custom",
        fn: (data) => data instanceof cls,
        abort: true,
        ...util.normalizeParams(params),
    });
    inst._zod.bag.Class = cls;
    // Override check to emit invalid_type instead of custom
    inst._zod.check = (payload) => {
        if (!(payload.value instanceof cls)) {
            payload.issues.push({
                code: "invalid_type",
                expected: cls.name,
                input: payload.value,
                inst,
                path: [...(inst._zod.def.path ?? [])],
            });
        }
    };
    return inst;
}

// stringbool
const stringbool = (...args) => core._stringbool({
    Codec: ZodCodec,
    Boolean: ZodBoolean,
    String: ZodString,
}, ...args);
function json(params) {
    const jsonSchema = lazy(() => {
        return union([schemas_string(params), schemas_number(), schemas_boolean(), schemas_null(), array(jsonSchema), record(schemas_string(), jsonSchema)]);
    });
    return jsonSchema;
}
// preprocess
function preprocess(fn, schema) {
    return new ZodPreprocess({
        type: "pipe",
        in: transform(fn),
        out: schema,
    });
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/coerce.js


function coerce_string(params) {
    return core._coercedString(schemas.ZodString, params);
}
function coerce_number(params) {
    return _coercedNumber(ZodNumber, params);
}
function coerce_boolean(params) {
    return core._coercedBoolean(schemas.ZodBoolean, params);
}
function coerce_bigint(params) {
    return core._coercedBigint(schemas.ZodBigInt, params);
}
function coerce_date(params) {
    return core._coercedDate(schemas.ZodDate, params);
}

;// CONCATENATED MODULE: ./src/config/review-settings.ts
/**
 * The review's settings (the pull/merge request comment, the check run, the Markdown file), one
 * zod object under `review` in every world's configuration. Rows in settings.ts (section
 * `review`); read by src/run/review.ts and the entries' Markdown writer.
 */

const COMMENT_MODES = ['off', 'on-change', 'always'];
const FORGES = ['github', 'gitlab'];
const MARKDOWN_BUDGETS = ['summary', 'comment'];
const reviewSchema = object({
    comment: schemas_enum(COMMENT_MODES).default('off'),
    /** Any text; the forge layer turns it into a safe marker. */
    commentKey: schemas_string().max(200).optional(),
    /** GitHub or GitLab token; else GITHUB_TOKEN / GITLAB_TOKEN (review.ts). */
    token: schemas_string().optional(),
    /** Detected from the CI when unset (review.ts). */
    forge: schemas_enum(FORGES).optional(),
    /** The forge's API root (GitHub Enterprise `https://HOST/api/v3`, GitLab `https://HOST/api/v4`). */
    forgeUrl: url().optional(),
    /** One deadline for every forge call of a run, in seconds. */
    forgeTimeout: coerce_number()
        .positive('a number of seconds above 0')
        .max(600, 'at most 600 seconds')
        .default(60),
    checkRun: schemas_boolean().default(false),
    markdownFile: schemas_string().min(1).optional(),
    markdownBudget: schemas_enum(MARKDOWN_BUDGETS).default('summary'),
});

;// CONCATENATED MODULE: ./src/model/bounded-list.ts
/**
 * A list that keeps its first items and counts the rest: the one shape for every per-entry list a
 * report holds (addresses by action, drifted resources). A plan of ten million resources must not
 * cost ten million strings: summaries show a few thousand names at most (a PR comment fits about
 * 65,536 characters), so the first LIST_LIMIT items are kept, in the order they came, and `total`
 * stays exact for every count and "N more not shown" line.
 *
 * Plain data (no class), so a model can be serialised (partial reports) and compared in tests.
 */
/** Items kept per list; `total` counts every item. Stated in the README ("Limits"). */
const LIST_LIMIT = 1000;
function boundedList(items = [], limit = LIST_LIMIT) {
    return { items: items.slice(0, limit), total: items.length };
}
/** Adds one item: kept while there is room, always counted. */
function pushBounded(list, item, limit = LIST_LIMIT) {
    if (list.items.length < limit)
        list.items.push(item);
    list.total += 1;
}
/**
 * Appends `from` to `into` (each item through `map`), keeping `into`'s limit. The loop (never
 * `push(...items)`) matters: spreading a large array into a call overflows the stack.
 */
function appendBounded(into, from, map = (item) => item, limit = LIST_LIMIT) {
    for (const item of from.items) {
        if (into.items.length >= limit)
            break;
        into.items.push(map(item));
    }
    into.total += from.total;
}
/** How many items were counted but not kept. */
function omitted(list) {
    return list.total - list.items.length;
}

;// CONCATENATED MODULE: ./src/model/plan-summary.ts
/** What one plan file says, once read and counted. Pure data, ready for the event builder. */

const PROVISIONERS = ['terraform', 'opentofu', 'terragrunt'];
const ADDRESS_LIST_KEYS = [
    'created',
    'updated',
    'deleted',
    'replaced',
    'imported',
    'forgotten',
    'drifted',
    'unknown',
];
function emptyAddressLists() {
    return {
        created: boundedList(),
        updated: boundedList(),
        deleted: boundedList(),
        replaced: boundedList(),
        imported: boundedList(),
        forgotten: boundedList(),
        drifted: boundedList(),
        unknown: boundedList(),
    };
}
const MAX_ATTRIBUTE_NAMES = 20;
const MAX_ATTRIBUTE_NAME = 64;
/**
 * Updates and replacements per plan (the first ones, in document order) whose changed attribute
 * names are read: comparing values costs about 40 µs per resource, so a plan with thousands of
 * updates still reads at full speed past these, and summaries show about this many at most.
 */
const MAX_ATTRIBUTE_ADDRESSES = 100;
function zeroCounts() {
    return { added: 0, changed: 0, deleted: 0, unchanged: 0, imported: 0, removed: 0 };
}
function addCounts(into, from) {
    into.added += from.added;
    into.changed += from.changed;
    into.deleted += from.deleted;
    into.unchanged += from.unchanged;
    into.imported += from.imported;
    into.removed += from.removed;
    return into;
}

;// CONCATENATED MODULE: ./src/model/statuses.ts
/**
 * The status words of the IaCM event (event type, activity type and status, a stack's status),
 * shared by the parsers that find them, the config that overrides them and the event schema that
 * sends them. Source: the SendEventRequest in the API reference.
 */
const EVENT_TYPES = [
    'plan',
    'drifted',
    'provisioning',
    'destroying',
    'active',
    'inactive',
    'apply_needed',
    'failed',
    'stage-complete',
];
const ACTIVITY_TYPES = [
    'apply',
    'destroy',
    'plan',
    'drifted',
    'import',
    'bootstrap',
    'synth',
    'deploy',
    'diff',
    'drift',
    'rollback',
];
const ACTIVITY_STATUSES = ['success', 'failure', 'incomplete'];
const STACK_STATUSES = ['success', 'failure', 'skipped'];
/** The run's activity status from its units: any failure fails it, any skip leaves it incomplete. */
function activityStatusOfUnits(units) {
    if (units.some((u) => u.status === 'failure'))
        return 'failure';
    if (units.some((u) => u.status === 'skipped'))
        return 'incomplete';
    return 'success';
}

;// CONCATENATED MODULE: ./src/config/upload-settings.ts
/**
 * The settings of workspace data uploads (issue 14), kept apart from the rest of the schema: what
 * to upload (each off unless asked), the four pipeline ids the `/data` endpoint requires, and the
 * policy gate. schema.ts mounts these and checks what they need; the settings table
 * (settings.ts) names them in each world.
 */

const POLICY_GATE_LEVELS = ['error', 'warning'];
const id = schemas_string().min(1).max(1024);
/** The query parameters `/data` requires; inside a Harness stage they come from its variables. */
const pipelineIdsSchema = object({
    pipelineId: id.optional(),
    stageId: id.optional(),
    pipelineExecutionId: id.optional(),
    pipelineStageId: id.optional(),
});
const uploadsSchema = object({
    /** `terraform show -no-color tfplan` output for the whole run -> plan_human -> plan_uuid. */
    planText: schemas_string().min(1).optional(),
    /** File name of the plan text beside each Terragrunt unit's plan -> plan_human per unit. */
    planTextName: schemas_string()
        .min(1)
        .refine((name) => !/^([\\/]|[A-Za-z]:)/.test(name) && !name.split(/[\\/]/).some((p) => p === '..' || p === ''), 'a file name inside the unit folder, such as tfplan.txt')
        .optional(),
    /** Upload the --infracost file (cost_breakdown or cost_diff by what it is), per unit too. */
    infracost: schemas_boolean().default(false),
    /** A state file -> state_raw -> state_uuid + state_checksum. Read for nothing else. */
    state: schemas_string().min(1).optional(),
    pipeline: pipelineIdsSchema.prefault({}),
});
const PIPELINE_ID_KEYS = [
    'pipelineId',
    'stageId',
    'pipelineExecutionId',
    'pipelineStageId',
];
function wantsUploads(uploads) {
    return (uploads.planText !== undefined ||
        uploads.planTextName !== undefined ||
        uploads.infracost ||
        uploads.state !== undefined);
}
/** The pipeline ids an upload would need and that are not set (empty when no upload is asked for). */
function missingPipelineIds(uploads) {
    if (!wantsUploads(uploads))
        return [];
    return PIPELINE_ID_KEYS.filter((key) => uploads.pipeline[key] === undefined);
}

;// CONCATENATED MODULE: ./src/config/schema.ts
/**
 * One validated configuration for a report run, whichever world it came from (CLI flags and
 * HARNESS_* variables, Action INPUT_* variables, plugin PLUGIN_* variables). The three readers in
 * this folder turn their world into a plain object (driven by settings.ts) and parse it with this
 * schema. Rules that span fields live here once, as `custom` issues whose message names settings by
 * reference (`{setting:path}`), so each reader words them for its users.
 */






const DEFAULT_BASE_URL = 'https://app.harness.io';
/** Where and as whom to call the IaCM API. All optional: a dry run needs none of it. */
const connectionSchema = object({
    accountId: schemas_string().min(1).max(128).optional(),
    org: schemas_string().min(1).max(128).optional(),
    project: schemas_string().min(1).max(128).optional(),
    workspace: schemas_string().min(1).max(1024).optional(),
    /**
     * Printable ASCII only: a line break or control character cannot go into an HTTP header (undici
     * throws, which looked like a network failure and spooled the body). The message never quotes
     * the value.
     */
    apiKey: schemas_string()
        .min(1)
        .regex(/^[\x21-\x7e]+$/, 'the key holds a space, line break, control or non-ASCII character, which an HTTP header cannot carry; copy the key again')
        .optional(),
    /** Harness host, path prefix included (`https://app.harness.io/gateway`); IaCM paths go under `/iacm/api`. */
    baseUrl: url().default(DEFAULT_BASE_URL),
    /** In-stage IaCM service URL (PLUGIN_ENDPOINT_VARIABLES.base_url); paths go under `/api`. Wins over baseUrl. */
    serviceUrl: url().optional(),
});
const gatesSchema = object({
    failOnDrift: schemas_boolean().default(false),
    failOnDestroy: schemas_boolean().default(false),
    /** An amount in the Infracost currency, as decimal text. */
    maxMonthlyCostIncrease: schemas_string()
        .regex(/^\d+(\.\d+)?$/, 'a non-negative amount such as 100 or 12.50')
        .optional(),
    /** Fail after the event is sent when a policy answered this or worse (issue 14). */
    failOnPolicy: schemas_enum(POLICY_GATE_LEVELS).optional(),
});
const reportConfigBase = object({
    plans: array(schemas_string().min(1)).default([]),
    drifts: array(schemas_string().min(1)).default([]),
    terragruntDir: schemas_string().min(1).optional(),
    terragruntReport: schemas_string().min(1).optional(),
    /** File name (glob allowed) of the plan JSON inside each Terragrunt unit folder. */
    planFileName: schemas_string().min(1).default('tfplan.json'),
    infracost: schemas_string().min(1).optional(),
    eventType: schemas_enum(EVENT_TYPES).optional(),
    activityType: schemas_enum(ACTIVITY_TYPES).optional(),
    activityStatus: schemas_enum(ACTIVITY_STATUSES).optional(),
    provisioner: schemas_enum(PROVISIONERS).optional(),
    dryRun: schemas_boolean().default(false),
    /** Where a body that could not be delivered is written; default RUNNER_TEMP, else the OS temp folder. */
    spoolDir: schemas_string().min(1).optional(),
    connection: connectionSchema.prefault({}),
    gates: gatesSchema.prefault({}),
    /** Workspace data uploads and their pipeline ids (upload-settings.ts). */
    uploads: uploadsSchema.prefault({}),
    /** The pull/merge request comment, check run and Markdown file (review-settings.ts). */
    review: reviewSchema.prefault({}),
    // --- Partial reports (map side of `merge`) ---
    /** Write this run's partial report to this file; nothing is sent unless `send` is also set. */
    savePartial: schemas_string().min(1).optional(),
    /** The leg's name in the partial (default: from the CI and the file name). */
    leg: schemas_string().min(1).max(300).optional(),
    /** With savePartial: send this leg's own event as well (one workspace per leg). */
    send: schemas_boolean().default(false),
});
const reportConfigSchema = reportConfigBase.superRefine(crossFieldRules);
/** The fields a report needs to be sent (a dry run needs none). */
const SEND_FIELDS = ['accountId', 'org', 'project', 'workspace', 'apiKey'];
/** A cross-field rule's issue: its error code travels in `params`. */
function rule(ctx, code, path, message) {
    ctx.addIssue({ code: 'custom', path, message, params: { code } });
}
/**
 * CONFIG_MISSING when a connection field needed to send is unset; `what` names what is sent
 * ("the report", "the merged report").
 */
function schema_requireConnection(config, ctx, what) {
    const missing = SEND_FIELDS.filter((field) => config.connection[field] === undefined);
    if (missing.length > 0) {
        rule(ctx, 'CONFIG_MISSING', ['connection'], `missing ${missing.map((field) => settingRef(`connection.${field}`)).join(', ')} ` +
            `to send ${what} to Harness (or set ${settingRef('dryRun')} to send nothing)`);
    }
}
function crossFieldRules(config, ctx) {
    if (config.plans.length === 0 && config.drifts.length === 0 && config.terragruntDir === undefined) {
        rule(ctx, 'NOTHING_TO_REPORT', [], `nothing to report: set ${settingRef('plans')}, ${settingRef('drifts')} or ${settingRef('terragruntDir')}`);
        return;
    }
    if (config.terragruntReport !== undefined && config.terragruntDir === undefined) {
        rule(ctx, 'CONFIG_INVALID', ['terragruntReport'], `${settingRef('terragruntReport')} needs ${settingRef('terragruntDir')}, the tree whose units it describes`);
        return;
    }
    if (uploadRules(config, ctx))
        return;
    // Partial reports: --leg and --send only mean something with --save-partial.
    for (const field of ['leg', 'send']) {
        if (config[field] !== undefined && config[field] !== false && config.savePartial === undefined) {
            rule(ctx, 'CONFIG_INVALID', [field], `${settingRef(field)} goes with ${settingRef('savePartial')} (the partial report of one CI leg)`);
            return;
        }
    }
    // A leg that only saves its partial sends nothing, so it needs no credentials.
    if (config.dryRun || (config.savePartial !== undefined && !config.send))
        return;
    // Checked before any file is read: a long read then "no API key" helps nobody.
    schema_requireConnection(config, ctx, 'the report');
}
/**
 * Workspace data uploads (issue 14): what an upload setting needs besides itself, and the pipeline
 * ids the endpoint requires, checked dry runs included (a dry run proves a configuration works).
 * True when a rule was raised.
 */
function uploadRules(config, ctx) {
    const { uploads } = config;
    if (uploads.infracost && config.infracost === undefined) {
        rule(ctx, 'CONFIG_INVALID', ['uploads', 'infracost'], `${settingRef('uploads.infracost')} uploads the ${settingRef('infracost')} file: set that too`);
        return true;
    }
    if (uploads.planTextName !== undefined && config.terragruntDir === undefined) {
        rule(ctx, 'CONFIG_INVALID', ['uploads', 'planTextName'], `${settingRef('uploads.planTextName')} names the plan text inside each Terragrunt unit and needs ` +
            `${settingRef('terragruntDir')}; for one plan use ${settingRef('uploads.planText')}`);
        return true;
    }
    const missing = missingPipelineIds(uploads);
    if (missing.length > 0) {
        rule(ctx, 'CONFIG_MISSING', ['uploads', 'pipeline'], `uploads to the workspace need the pipeline ids: missing ${missing.map((key) => settingRef(`uploads.pipeline.${key}`)).join(', ')}`);
        return true;
    }
    return false;
}
/** The code a cross-field rule gave its issue; undefined for a plain field issue. */
function ruleCode(issue) {
    if (issue.code !== 'custom')
        return undefined;
    const code = issue.params?.code;
    return code;
}

;// CONCATENATED MODULE: ./src/config/config-issues.ts



/** The config path of an issue, list indexes dropped (`plans.0` -> `plans`: the setting is the list). */
function issuePath(issue, prefix = '') {
    return prefix + issue.path.filter((part) => typeof part === 'string').join('.');
}
/**
 * A cross-field rule's issue as a worded UsageError, or undefined for a field issue (which each
 * reader words with the value it was given).
 */
function ruleError(issue, world) {
    const code = ruleCode(issue);
    if (code === undefined)
        return undefined;
    return new UsageError(wordSettings(issue.message, SETTING_NAMES[world]), code);
}

;// CONCATENATED MODULE: ./src/config/from-cli-flags.ts




/** parseArgs options for rows of the table: a list repeats, a boolean is a bare flag. */
function flagOptions(rows) {
    return Object.fromEntries(rows.map((row) => [
        row.name,
        row.kind === 'boolean'
            ? { type: 'boolean' }
            : row.kind === 'list'
                ? { type: 'string', multiple: true }
                : { type: 'string' },
    ]));
}
/** The report command's flags: every CLI row of the table. */
const REPORT_FLAG_OPTIONS = flagOptions(settingsOf('cli'));
function from_cli_flags_text(value) {
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
/**
 * A row's value from parsed flags, else from its variables. A row with variables (the connection)
 * counts a blank value as unset, so an empty variable never overrides the default.
 */
function flagValue(row, flags, env) {
    const given = flags[row.name];
    const variables = row.env?.cli;
    if (variables === undefined)
        return given;
    return from_cli_flags_text(given) ?? variables.map((name) => from_cli_flags_text(env[name])).find((value) => value !== undefined);
}
/** Flags -> the plain object the schema reads, for the given rows. */
function configInputFromFlags(rows, flags, env) {
    const input = {};
    for (const row of rows) {
        const value = flagValue(row, flags, env);
        if (value !== undefined)
            setPath(input, row.path, value);
    }
    return input;
}
/** One line naming the flag (and its variable) the first issue is about; never the value. */
function cliIssueError(issues, prefix = '') {
    const issue = issues[0];
    if (issue === undefined)
        return new UsageError('invalid configuration', 'CONFIG_INVALID');
    const rule = ruleError(issue, 'cli');
    if (rule)
        return rule;
    const path = issuePath(issue, prefix);
    const name = SETTING_NAMES.cli(path) ?? path;
    return new UsageError(`${name}: ${issue.message}`, 'CONFIG_INVALID');
}
function reportConfigFromFlags(flags, env) {
    const parsed = reportConfigSchema.safeParse(configInputFromFlags(settingsOf('cli'), flags, env));
    if (!parsed.success)
        throw cliIssueError(parsed.error.issues);
    return parsed.data;
}

;// CONCATENATED MODULE: ./src/cli/settings-usage.ts
/**
 * --help text generated from the settings table (config/settings.ts), so the flags a user reads
 * are the flags the parser accepts: one line per CLI row, grouped by section, with the variables
 * a row falls back to. Nothing here lists a setting by name.
 */

/** Section headings as the command line words them (the Action's own rows never show here). */
const SECTION_TITLES = {
    inputs: 'Inputs (at least one of --plan, --drift, --terragrunt-dir):',
    event: 'Event:',
    delivery: 'Delivery:',
    connection: 'Connection (flag, else the variable in brackets):',
    gates: 'Gates (exit 1 after the report is sent):',
    partial: 'Partial reports (one CI leg of many; see iacm-report merge --help):',
    merge: 'Merge (Action and plugin):',
    review: 'Pull/merge request review (comment, check run, Markdown file):',
    uploads: 'Workspace data (off unless asked; uploaded before the event, which carries their ids):',
};
/** `--plan <file|glob>`: the flag as typed. */
function flagSynopsis(row) {
    return row.value === undefined ? `--${row.name}` : `--${row.name} <${row.value}>`;
}
/** The row's help line for a terminal: Markdown code marks dropped, variables appended. */
function settings_usage_describe(row) {
    const fallback = row.kind !== 'boolean' && row.default !== undefined ? ` (default ${row.default})` : '';
    const text = `${row.help}${fallback}`.replace(/`/g, '');
    const variables = row.env?.cli ?? [];
    return variables.length === 0 ? text : `${text} [${variables.join(', ')}]`;
}
/** The help column starts here; a longer flag puts its help on the next line. */
const FLAG_COLUMN = 27;
function usageLine(row, width) {
    const synopsis = flagSynopsis(row);
    if (synopsis.length <= width)
        return `  ${synopsis.padEnd(width)}  ${settings_usage_describe(row)}`;
    return `  ${synopsis}
  ${' '.repeat(width)}  ${settings_usage_describe(row)}`;
}
/** The --help lines of the given sections' CLI rows, the flag column `width` wide. */
function sectionUsage(sections, width = usageWidth(sections)) {
    const blocks = [];
    for (const section of sections) {
        if (section === 'action')
            continue;
        const rows = settingsOf('cli').filter((row) => row.section === section);
        if (rows.length === 0)
            continue;
        const lines = rows.map((row) => usageLine(row, width));
        blocks.push([SECTION_TITLES[section], ...lines].join('\n'));
    }
    return blocks.join('\n');
}
/** The widest flag synopsis among the sections' CLI rows, at most FLAG_COLUMN. */
function usageWidth(sections) {
    const rows = settingsOf('cli').filter((row) => sections.includes(row.section));
    return Math.min(FLAG_COLUMN, Math.max(0, ...rows.map((row) => flagSynopsis(row).length)));
}

;// CONCATENATED MODULE: ./src/cli/connection-flags.ts
/**
 * The connection flags every command shares, and how they combine with HARNESS_* variables: a
 * flag wins over its variable, an empty value counts as unset, and the result is checked with
 * connectionSchema so all entry points agree on what a valid connection is.
 */





/** The settings table's connection rows: flags every command shares, with their variables. */
const CONNECTION_ROWS = SETTINGS.filter((row) => row.section === 'connection');
const connectionOptions = flagOptions(CONNECTION_ROWS);
/** The connection flags for every command's --help, generated from the table's rows. */
const CONNECTION_USAGE = `${sectionUsage(['connection'])}
Proxies: HTTPS_PROXY, HTTP_PROXY, NO_PROXY.`;
function connection_flags_text(value) {
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
/**
 * Parsed flag values (any command's; other keys are ignored) + environment -> ConnectionConfig.
 * Throws UsageError (exit 2) naming the flag and variable of anything invalid or missing.
 */
function connectionFromFlags(values, env, options = {}) {
    const input = configInputFromFlags(CONNECTION_ROWS, values, env)['connection'] ?? {};
    const result = connectionSchema.safeParse(input);
    // The issue message never quotes the value, so a malformed key is not echoed.
    if (!result.success)
        throw cliIssueError(result.error.issues, 'connection.');
    if (options.require)
        requireConnection(result.data);
    return result.data;
}
/**
 * Every API key the command line or environment might hold, for redaction. Computed from raw argv
 * before parsing, so even a parse error that quotes an argument cannot leak the key.
 */
function apiKeyCandidates(argv, env) {
    const keys = [];
    const fromEnv = connection_flags_text(env['HARNESS_API_KEY']);
    if (fromEnv !== undefined)
        keys.push(fromEnv, env['HARNESS_API_KEY'] ?? '');
    argv.forEach((arg, index) => {
        if (arg === '--api-key')
            keys.push(argv[index + 1] ?? '');
        else if (arg.startsWith('--api-key='))
            keys.push(arg.slice('--api-key='.length));
    });
    return keys.filter((key) => key !== '');
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
;// CONCATENATED MODULE: ./src/config/merge-schema.ts
/**
 * One validated configuration for `iacm-report merge` (the reduce side of partial reports),
 * whichever world it came from: CLI arguments, the Action's `merge:` inputs, the plugin's
 * PLUGIN_MERGE settings. Connection, delivery, overrides and gates are the report's own rows of
 * the settings table; the merge's own fields sit under `merge` (their rows' paths).
 */


const mergeOptionsSchema = object({
    /** Partial report files or globs. */
    partials: array(schemas_string().min(1)).min(1, 'give at least one partial report file or glob'),
    /** Legs the run has: fewer partials mark the event incomplete and name the gap. */
    expectLegs: coerce_number()
        .int('a whole number')
        .positive('a number of legs, 1 or more')
        .optional(),
    /** Accept partials of different workspaces or commits in one event. */
    allowMixed: schemas_boolean().default(false),
    /** One comment and summary over many workspaces' legs; send nothing. */
    commentOnly: schemas_boolean().default(false),
});
const mergeConfigSchema = reportConfigBase
    .pick({
    eventType: true,
    activityType: true,
    activityStatus: true,
    provisioner: true,
    dryRun: true,
    spoolDir: true,
    connection: true,
    gates: true,
    review: true,
})
    .extend({ merge: mergeOptionsSchema })
    .superRefine((config, ctx) => {
    if (config.dryRun || config.merge.commentOnly)
        return;
    schema_requireConnection(config, ctx, 'the merged report');
});

;// CONCATENATED MODULE: ./src/reporter/bounded-list.ts
/** `list` (a bounded list, or a plain array) cut to its first `max` items; the total is kept. */
function bounded_list_boundedList(list, max) {
    const items = 'items' in list ? list.items : list;
    const total = 'items' in list ? list.total : list.length;
    return { items: items.slice(0, Math.max(0, max)), total };
}

;// CONCATENATED MODULE: ./src/reporter/markdown-escape.ts
/**
 * Makes untrusted names (resource addresses, unit paths, output names, messages) safe to put into
 * GitHub-flavoured Markdown: a table cell, a list item or a `<details>` summary. Names come from
 * plans that anyone who can open a pull request controls (for_each keys, module names), so a name
 * must never be able to close our HTML, break a table row, start a code span, ping a team or
 * disguise itself with terminal colours or bidirectional-override characters.
 */

/**
 * HTML-significant characters as entities (names never go into attributes, so quotes can stay);
 * backtick and pipe too, since a backslash does not escape them in every spot.
 */
const ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '`': '&#96;',
    '|': '&#124;',
};
/** Inline Markdown syntax that would otherwise turn part of a name into emphasis, a link or a heading. */
const MARKDOWN_PUNCTUATION = /[\\*_[\]~#!]/g;
/**
 * `text` as literal Markdown text, safe in a table cell, a list item and inside `<summary>`.
 * `maxLength` (in characters of the plain text) cuts very long names with an ellipsis, so one
 * name cannot eat a whole comment.
 */
function escapeMarkdown(text, maxLength = Number.POSITIVE_INFINITY) {
    // Trimmed: four leading spaces would make an indented code block of a list item.
    let plain = plainText(text).trim();
    if (plain.length > maxLength)
        plain = `${cutAtCodePoint(plain, Math.max(0, maxLength - 1))}…`;
    // Order matters: backslash escapes first, then entities (whose `&#` must not be escaped again),
    // then the `@` guard (which adds an entity of its own).
    return (plain
        .replace(MARKDOWN_PUNCTUATION, (c) => `\\${c}`)
        // A leading `- `, `+ ` or `1. ` would start a (nested) list inside a list item.
        .replace(/^([-+])(?=\s|$)/, '\\$1')
        .replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2')
        .replace(/[&<>`|]/g, (c) => ENTITIES[c] ?? c)
        // A zero-width space after `@` keeps `@org/team` from notifying anyone.
        .replace(/@/g, '@&#8203;'));
}
/** The first `length` UTF-16 units of `text`, without splitting a surrogate pair. */
function cutAtCodePoint(text, length) {
    const code = text.charCodeAt(length - 1);
    const end = code >= 0xd800 && code <= 0xdbff ? length - 1 : length;
    return text.slice(0, end);
}
/**
 * `text` in code format (addresses, unit paths, file names). A `<code>` element around the
 * escaped text rather than a backtick span: it renders the same on GitHub, and the text inside
 * stays escaped like everywhere else (no raw `<` from a name ever reaches the page, a `|` cannot
 * split a table cell, a backtick cannot end the span early).
 */
function codeSpan(text, maxLength = Number.POSITIVE_INFINITY) {
    return `<code>${escapeMarkdown(text, maxLength)}</code>`;
}

;// CONCATENATED MODULE: ./src/reporter/vocabulary.ts
const ACTIONS = [
    { key: 'deleted', verb: 'to destroy', heading: 'To destroy', needsEyes: true },
    { key: 'replaced', verb: 'to replace', heading: 'To replace', needsEyes: true },
    { key: 'drifted', verb: 'drifted', heading: 'Drifted', needsEyes: true },
    { key: 'updated', verb: 'to change', heading: 'To change', needsEyes: false },
    { key: 'created', verb: 'to add', heading: 'To add', needsEyes: false },
    { key: 'imported', verb: 'to import', heading: 'To import', needsEyes: false },
    // Actions no Terraform or OpenTofu writes (counted as changes): a reviewer must look.
    { key: 'unknown', verb: 'with unknown actions', heading: 'Unknown actions', needsEyes: true },
    {
        key: 'forgotten',
        verb: 'to forget',
        heading: 'To forget (removed from state, kept in the cloud)',
        needsEyes: false,
    },
];
/** Column words for the count tables: the same in Markdown and text. */
const COUNT_COLUMNS = [
    { key: 'added', word: 'add' },
    { key: 'changed', word: 'change' },
    { key: 'deleted', word: 'destroy' },
    { key: 'imported', word: 'import' },
    { key: 'removed', word: 'forget' },
    { key: 'unchanged', word: 'unchanged' },
];
/** The tool that planned: what drift happened "outside" of. */
function toolName(model) {
    const tool = model.engine ?? (model.provisioner === 'terragrunt' ? undefined : model.provisioner);
    if (tool === 'opentofu')
        return 'OpenTofu';
    if (tool === 'terraform')
        return 'Terraform';
    return 'Terraform/OpenTofu';
}
function changedOutside(model) {
    return `changed outside ${toolName(model)}`;
}
/** Unit statuses as a person says them: skipped is not failed. */
const UNIT_STATUS = {
    success: 'ok',
    failure: 'failed',
    skipped: 'skipped',
};
function plural(count, one, many = `${one}s`) {
    return `${count} ${count === 1 ? one : many}`;
}
/** "and 12 more": the tail of every bounded list. */
function andMore(count) {
    return `and ${count} more`;
}
const NOTHING_TO_DO = 'No changes: the infrastructure matches the configuration.';

;// CONCATENATED MODULE: ./src/reporter/markdown-sections.ts


function moreLine(count) {
    return `- … ${count} more not shown\n`;
}
/** The model's address groups; a hand-built model without them is one group. */
function groupsOf(model) {
    return model.addressGroups ?? [{ source: '', kind: 'plan', addresses: model.addresses }];
}
/** Attribute names shown per address (the model keeps up to MAX_ATTRIBUTE_NAMES). */
const SHOWN_ATTRIBUTES = 8;
/** ` — <code>tags</code>, <code>ami</code> and 3 more`: the attributes an update changes. */
function attributesSuffix(changed) {
    if (changed === undefined || changed.names.length === 0)
        return '';
    const shown = changed.names.slice(0, SHOWN_ATTRIBUTES);
    const more = changed.total - shown.length;
    const names = shown.map((name) => codeSpan(name)).join(', ');
    return ` — ${names}${more > 0 ? ` ${andMore(more)}` : ''}`;
}
function makeSection(summary, groups, meter, options) {
    const total = groups.reduce((n, g) => n + (g.total ?? g.names.length), 0);
    const open = `<details${options.open ? ' open' : ''}><summary>${summary} (${total})</summary>\n\n`;
    const close = '\n</details>\n\n';
    const nested = groups.length > 1 || (groups.length === 1 && groups[0]?.kind === 'unit');
    const items = [];
    for (const group of groups) {
        const indent = nested ? '  ' : '';
        group.names.forEach((name, i) => {
            const shown = options.code ? codeSpan(name, options.maxName) : escapeMarkdown(name, options.maxName);
            const item = `${indent}- ${shown}${attributesSuffix(group.attributes?.get(name))}\n`;
            if (i === 0 && nested) {
                const noun = group.kind === 'unit' ? 'unit' : group.kind === 'drift' ? 'drift file' : 'plan';
                items.push(`- ${noun} ${codeSpan(group.source, options.maxName)}\n${item}`);
            }
            else {
                items.push(item);
            }
        });
    }
    const frame = meter.cost(open + close);
    const notKept = total - items.length;
    const full = items.reduce((sum, item) => sum + meter.cost(item), frame + (notKept > 0 ? meter.cost(moreLine(notKept)) : 0));
    return { open, close, items, total, minimum: frame + meter.cost(moreLine(total)), full };
}
/** How much each section may spend: its minimum, plus a fair share of the rest up to its full size. */
function shareOut(sections, allowance) {
    const given = sections.map((section) => Math.min(section.minimum, section.full));
    let spare = allowance - given.reduce((a, b) => a + b, 0);
    const wanting = sections
        .map((section, index) => ({ index, want: section.full - (given[index] ?? 0) }))
        .filter((entry) => entry.want > 0)
        .sort((a, b) => a.want - b.want);
    for (let i = 0; i < wanting.length && spare > 0; i++) {
        const entry = wanting[i];
        if (entry === undefined)
            break;
        const share = Math.floor(spare / (wanting.length - i));
        const extra = Math.min(entry.want, share);
        given[entry.index] = (given[entry.index] ?? 0) + extra;
        spare -= extra;
    }
    return given;
}
function renderSection(section, allowance, meter) {
    if (section.full <= allowance) {
        const notKept = section.total - section.items.length;
        return section.open + section.items.join('') + (notKept > 0 ? moreLine(notKept) : '') + section.close;
    }
    let spent = section.minimum;
    let shown = 0;
    for (const item of section.items) {
        const cost = meter.cost(item);
        if (spent + cost > allowance)
            break;
        spent += cost;
        shown++;
    }
    return (section.open + section.items.slice(0, shown).join('') + moreLine(section.total - shown) + section.close);
}
/**
 * Sections within `allowance` (in `meter` cost units). When even the headings do not fit, later
 * sections are dropped whole and the caller's last-resort cut says so.
 */
function renderSections(sections, meter, allowance) {
    if (allowance <= 0 || sections.length === 0)
        return '';
    let kept = sections.length;
    const minimumOf = (n) => sections.slice(0, n).reduce((sum, s) => sum + Math.min(s.minimum, s.full), 0);
    while (kept > 0 && minimumOf(kept) > allowance)
        kept--;
    const chosen = sections.slice(0, kept);
    const allowances = shareOut(chosen, allowance);
    return chosen.map((section, index) => renderSection(section, allowances[index] ?? 0, meter)).join('');
}
/** What a section's full size is, for callers that decide how to split a budget. */
function sectionsFull(sections) {
    return sections.reduce((sum, s) => sum + s.full, 0);
}
function summaryOf(action, model) {
    const label = action.needsEyes ? `<strong>${action.heading}</strong>` : action.heading;
    return action.key === 'drifted' ? `${label}, ${changedOutside(model)}` : label;
}
/** The address lists of the given kind (needs eyes or not), most dangerous first. */
function addressSections(model, meter, needsEyes, maxName, 
/** Show the changed attribute names of updates and replacements. */
withAttributes = true) {
    const groups = groupsOf(model);
    return ACTIONS.filter((action) => action.needsEyes === needsEyes)
        .map((action) => ({
        action,
        groups: groups
            .map((g) => {
            const list = g.addresses[action.key];
            return {
                source: g.source,
                kind: g.kind,
                names: list.items,
                total: list.total,
                attributes: withAttributes && (action.key === 'updated' || action.key === 'replaced')
                    ? g.changedAttributes
                    : undefined,
            };
        })
            .filter((g) => g.total > 0),
    }))
        .filter(({ groups: named }) => named.length > 0)
        .map(({ action, groups: named }) => makeSection(summaryOf(action, model), named, meter, { open: needsEyes, maxName, code: true }));
}
/** The files read, collapsed, last. */
function filesSection(files, meter, maxName) {
    if (files.length === 0)
        return [];
    return [
        makeSection('Files read', [{ source: '', kind: 'plan', names: files }], meter, {
            open: false,
            maxName,
            code: true,
        }),
    ];
}

;// CONCATENATED MODULE: ./src/model/decimal.ts
/**
 * Exact arithmetic on decimal text ("12.50", "-0.3"), so costs never pass through a float.
 * A value is held as a BigInt of units scaled by 10^scale.
 */
const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;
function isDecimal(text) {
    return DECIMAL.test(text);
}
function decimal_parse(text) {
    const match = DECIMAL.exec(text);
    if (!match)
        throw new RangeError(`not a decimal: ${text}`);
    const fraction = match[3] ?? '';
    const units = BigInt(`${match[2]}${fraction}`);
    return { units: match[1] ? -units : units, scale: fraction.length };
}
function rescale(value, scale) {
    return value.units * 10n ** BigInt(scale - value.scale);
}
/** -1, 0 or 1 as a < b, a = b, a > b. */
function compareDecimals(a, b) {
    const x = decimal_parse(a);
    const y = decimal_parse(b);
    const scale = Math.max(x.scale, y.scale);
    const diff = rescale(x, scale) - rescale(y, scale);
    return diff === 0n ? 0 : diff > 0n ? 1 : -1;
}
function isZeroDecimal(text) {
    return decimal_parse(text).units === 0n;
}
/**
 * numerator / denominator * 100, rounded half away from zero to `places` decimals, as text.
 * Undefined when the denominator is zero.
 */
function percentage(numerator, denominator, places = 2) {
    const n = decimal_parse(numerator);
    const d = decimal_parse(denominator);
    if (d.units === 0n)
        return undefined;
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
function addDecimals(a, b) {
    const x = decimal_parse(a);
    const y = decimal_parse(b);
    const scale = Math.max(x.scale, y.scale);
    const sum = rescale(x, scale) + rescale(y, scale);
    const negative = sum < 0n;
    const digits = (negative ? -sum : sum).toString().padStart(scale + 1, '0');
    const whole = digits.slice(0, digits.length - scale);
    const text = scale > 0 ? `${whole}.${digits.slice(digits.length - scale)}` : whole;
    return negative ? `-${text}` : text;
}

;// CONCATENATED MODULE: ./src/reporter/money.ts
/**
 * Money as people read it: `$1,361.31`, `+€12.50`, `-¥300`. Infracost writes exact decimal text
 * (`1361.3075`); the event keeps that text, the summaries round it for display here, in integers
 * (never through a float). The symbol and the number of decimals come from the ICU data Node
 * carries (`Intl`), so every ISO 4217 code works; an unknown code is printed after the number.
 */

const styles = new Map();
function styleOf(currency) {
    const code = (currency ?? '').trim().toUpperCase();
    const cached = styles.get(code);
    if (cached !== undefined)
        return cached;
    let style = { prefix: '', suffix: code === '' ? '' : ` ${code}`, digits: 2 };
    if (/^[A-Z]{3}$/.test(code)) {
        try {
            const format = new Intl.NumberFormat('en-US', { style: 'currency', currency: code });
            const symbol = format.formatToParts(0).find((part) => part.type === 'currency')?.value ?? code;
            const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
            // A symbol that is just the code again ("CHF") reads better after the number.
            style =
                symbol === code ? { prefix: '', suffix: ` ${code}`, digits } : { prefix: symbol, suffix: '', digits };
        }
        catch {
            // Not a currency ICU knows: keep the code after the number.
        }
    }
    styles.set(code, style);
    return style;
}
/** `text` rounded half away from zero to `digits` decimals, with thousands separators; sign apart. */
function rounded(text, digits) {
    const match = /^(-)?(\d+)(?:\.(\d+))?$/.exec(text);
    if (!match)
        return { negative: false, body: text };
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
function formatMoney(amount, currency, signed = false) {
    if (!isDecimal(amount))
        return amount;
    const style = styleOf(currency);
    const { negative, body } = rounded(amount, style.digits);
    const zero = /^[0.,]+$/.test(body);
    const sign = negative ? '-' : signed && !zero ? '+' : '';
    return `${sign}${style.prefix}${body}${style.suffix}`;
}
/** A percentage for display with its sign: `+5.00%`, `-24.75%`, `0.00%`. */
function formatPercent(percent) {
    if (!isDecimal(percent))
        return `${percent}%`;
    const { negative, body } = rounded(percent, 2);
    const zero = /^[0.]+$/.test(body);
    return `${negative ? '-' : zero ? '' : '+'}${body}%`;
}

;// CONCATENATED MODULE: ./src/reporter/run-facts.ts
/**
 * What a summary says beyond the plans: the gates that tripped, where the event went, and the
 * commit and run it came from. Gathered by the pipeline (src/run) once the event is delivered and
 * the gates evaluated, so every summary of a run tells the same story as its exit code.
 */
const NO_FACTS = { gates: [] };
function gateMessage(gate) {
    return `${gate.name}: ${gate.reason}`;
}

;// CONCATENATED MODULE: ./src/reporter/unit-order.ts
function driftOf(unit) {
    const d = unit.driftCounts;
    return d === undefined ? 0 : d.added + d.changed + d.deleted;
}
function changesOf(c) {
    return c === undefined ? 0 : c.added + c.changed + c.deleted + c.imported + c.removed;
}
/** 0 failed, 1 destroying, 2 drifted, 3 changing, 4 skipped, 5 without changes. */
function unitRank(unit) {
    if (unit.status === 'failure')
        return 0;
    if ((unit.resourceCounts?.deleted ?? 0) > 0)
        return 1;
    if (driftOf(unit) > 0)
        return 2;
    if (changesOf(unit.resourceCounts) > 0)
        return 3;
    if (unit.status === 'skipped')
        return 4;
    return 5;
}
function orderUnits(units) {
    const ranked = units.map((unit, index) => ({ unit, index, rank: unitRank(unit) }));
    const shown = ranked
        .filter((entry) => entry.rank < 5)
        .sort((a, b) => a.rank - b.rank || a.index - b.index)
        .map((entry) => entry.unit);
    return { shown, unchanged: units.length - shown.length };
}
/** `+3 ~1 -2`; imports and forgets only when there are some. */
function diffstat(c) {
    if (c === undefined)
        return '';
    const parts = [`+${c.added}`, `~${c.changed}`, `-${c.deleted}`];
    if (c.imported > 0)
        parts.push(`↓${c.imported}`);
    if (c.removed > 0)
        parts.push(`forget ${c.removed}`);
    return parts.join(' ');
}
const BAR_WIDTH = 20;
/** The size of the biggest unit's change: the bars' scale. */
function barScale(units) {
    let max = 0;
    for (const unit of units) {
        const c = unit.resourceCounts;
        if (c !== undefined)
            max = Math.max(max, c.added + c.changed + c.deleted);
    }
    return max;
}
/**
 * `++++~~--`: one mark per resource while they fit in BAR_WIDTH, else scaled to the biggest unit;
 * every kind that is not zero keeps at least one mark.
 */
function bar(c, scale) {
    if (c === undefined)
        return '';
    const total = c.added + c.changed + c.deleted;
    if (total === 0)
        return '';
    const width = scale <= BAR_WIDTH ? total : Math.max(1, Math.round((total / scale) * BAR_WIDTH));
    const share = (n) => (n === 0 ? 0 : Math.max(1, Math.round((n / total) * width)));
    return '+'.repeat(share(c.added)) + '~'.repeat(share(c.changed)) + '-'.repeat(share(c.deleted));
}

;// CONCATENATED MODULE: ./src/reporter/verdict.ts
/**
 * The verdict: what a reviewer must know before approving, most severe first: destroys and
 * replacements, drift, failed and skipped units (or an errored plan), tripped gates, the cost
 * change. Built once from the model and the run's facts; each renderer only dresses it (an
 * alert and code spans in Markdown, plain words in text).
 */




/** Addresses named in the verdict per kind; the full lists follow under it. */
const VERDICT_NAMES = 3;
function failedPart(model) {
    const failed = model.units.filter((u) => u.status === 'failure').length;
    if (failed > 0)
        return { kind: 'failed', severity: 'caution', text: `${plural(failed, 'unit')} failed` };
    // An errored plan (`errored: true`) planned only part of the configuration: never "no changes".
    const errored = model.erroredPlans.length;
    if (errored > 0) {
        const which = errored === 1 ? 'the plan failed' : `${errored} plans failed`;
        return {
            kind: 'failed',
            severity: 'caution',
            text: `${which}: counts cover only what was planned before the error`,
        };
    }
    if (model.activityStatus === 'failure') {
        return { kind: 'failed', severity: 'caution', text: 'the plan failed: counts may be incomplete' };
    }
    return undefined;
}
function costPart(model) {
    const diff = model.cost?.diffTotalMonthly;
    if (diff === undefined)
        return undefined;
    const pct = model.cost?.percentageChange;
    if (isDecimal(diff) && isZeroDecimal(diff))
        return { kind: 'cost', severity: 'ok', text: 'monthly cost unchanged' };
    const money = formatMoney(diff, model.cost?.currency, true);
    return {
        kind: 'cost',
        severity: 'ok',
        text: `monthly cost ${money}${pct === undefined ? '' : ` (${formatPercent(pct)})`}`,
    };
}
/** Harness's policy answer to the uploaded data (issue 14): an error is a caution, a warning a warning. */
function policyPart(model) {
    const policy = model.workspaceData?.policy;
    if (policy === undefined || policy.level === 'pass')
        return undefined;
    const count = policy.policies.filter((p) => p.level === policy.level).length;
    const what = policy.level === 'error' ? 'failed' : 'warned';
    return {
        kind: 'policy',
        severity: policy.level === 'error' ? 'caution' : 'warning',
        text: count > 0 ? `${plural(count, 'policy', 'policies')} ${what}` : `policy ${policy.level}`,
    };
}
function verdictOf(model, facts) {
    const parts = [];
    const a = model.addresses;
    const destroys = Math.max(a.deleted.total, model.resourceCounts.deleted - a.replaced.total);
    if (destroys > 0) {
        parts.push({
            kind: 'destroy',
            severity: 'caution',
            text: `${destroys} to destroy`,
            addresses: bounded_list_boundedList(a.deleted, VERDICT_NAMES),
        });
    }
    if (a.replaced.total > 0) {
        parts.push({
            kind: 'replace',
            severity: 'caution',
            text: `${a.replaced.total} to replace`,
            addresses: bounded_list_boundedList(a.replaced, VERDICT_NAMES),
        });
    }
    if (model.hasDrift) {
        parts.push({
            kind: 'drift',
            severity: 'warning',
            text: `${model.driftedCount} drifted (${changedOutside(model)})`,
            addresses: bounded_list_boundedList(a.drifted, VERDICT_NAMES),
        });
    }
    const failed = failedPart(model);
    if (failed)
        parts.push(failed);
    const skipped = model.units.filter((u) => u.status === 'skipped').length;
    if (skipped > 0)
        parts.push({ kind: 'skipped', severity: 'warning', text: `${plural(skipped, 'unit')} skipped` });
    for (const gate of facts.gates) {
        parts.push({ kind: 'gate', severity: 'caution', text: `gate failed: ${gate.name}` });
    }
    const policy = policyPart(model);
    if (policy)
        parts.push(policy);
    if (destroys === 0 && a.replaced.total === 0) {
        // Nothing destroyed: the verdict still says what the plan does (or that it does nothing).
        const c = model.resourceCounts;
        const changes = [
            c.added > 0 ? `${c.added} to add` : '',
            c.changed > 0 ? `${c.changed} to change` : '',
            c.imported > 0 ? `${c.imported} to import` : '',
            c.removed > 0 ? `${c.removed} to forget` : '',
        ].filter((s) => s !== '');
        if (changes.length > 0)
            parts.push({ kind: 'changes', severity: 'ok', text: changes.join(', ') });
        else if (parts.length === 0)
            parts.push({ kind: 'changes', severity: 'ok', text: 'no changes' });
    }
    const cost = costPart(model);
    if (cost)
        parts.push(cost);
    const severity = parts.some((p) => p.severity === 'caution')
        ? 'caution'
        : parts.some((p) => p.severity === 'warning')
            ? 'warning'
            : 'ok';
    return { severity, parts };
}

;// CONCATENATED MODULE: ./src/reporter/workspace-data-summary.ts
/**
 * The workspace data and policy lines of the summaries (issue 14), kept in one small renderer so
 * the summaries themselves only place them: `lead` goes first (a policy that said error or
 * warning is the first thing a reviewer must read), `tail` after the counts and costs.
 * Server words (policy names, messages, errors) are printed plain or Markdown-escaped.
 */


const MAX_TEXT = 300;
/** A run can upload one file per unit: list the failures whole, but only so many of them. */
const MAX_LISTED = 20;
function plain(text, max = MAX_TEXT) {
    const one = plainText(text).replace(/ {2,}/g, ' ').trim();
    return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}
/** A policy as summaries name it: `set / name`, whichever the server gave. */
function policyName(policy) {
    const parts = [policy.setName, policy.name].filter((p) => p !== undefined);
    return parts.length === 0 ? 'unnamed policy' : parts.join(' / ');
}
function verdictLine(policy) {
    const bad = policy.policies.filter((p) => p.level === policy.level).length;
    const what = policy.level === 'error' ? 'failed' : 'warned';
    const count = bad > 0 ? `: ${bad} ${bad === 1 ? 'policy' : 'policies'} ${what}` : '';
    return `Policy ${policy.level.toUpperCase()}${count} (Harness OPA evaluation of the uploaded data)`;
}
function uploadWhere(upload) {
    return upload.stackPath === undefined ? '' : ` (unit ${plain(upload.stackPath, 120)})`;
}
function sizeText(bytes) {
    return `${bytes.toLocaleString('en-US')} bytes`;
}
/** Plain-text lines for logs and the plugin's SUMMARY. */
function workspaceDataText(model) {
    const data = model.workspaceData;
    if (data === undefined)
        return { lead: [], tail: [] };
    const lead = [];
    const tail = [''];
    const policy = data.policy;
    if (policy !== undefined) {
        const lines = [
            verdictLine(policy),
            ...policy.messages.map((m) => `  ${plain(m)}`),
            ...policy.policies.map((p) => `  ${p.level.padEnd(7)} ${plain(policyName(p), 160)}${p.message ? `: ${plain(p.message)}` : ''}`),
        ];
        if (policy.level === 'pass')
            tail.push(`Policy pass: ${policy.policies.length} evaluated`);
        else
            lead.push(...lines, '');
    }
    const planned = data.uploads.filter((u) => u.outcome === 'planned');
    const uploaded = data.uploads.filter((u) => u.outcome === 'uploaded');
    const failed = data.uploads.filter((u) => u.outcome === 'failed');
    if (planned.length > 0) {
        tail.push(`Workspace data: ${planned.length} upload(s) planned, none made (dry run)`);
        for (const u of planned.slice(0, MAX_LISTED)) {
            tail.push(`  ${u.dataType} ${plain(u.label, 160)}, ${sizeText(u.size)}${uploadWhere(u)}`);
        }
    }
    else if (uploaded.length + failed.length > 0) {
        // Each failure is a warning of the run (with its retry command), listed under the warnings.
        const failures = failed.length > 0 ? `, ${failed.length} FAILED (see the warnings)` : '';
        tail.push(`Workspace data: ${uploaded.length} uploaded${failures}`);
    }
    if (planned.length > MAX_LISTED)
        tail.push('  … more not listed');
    return { lead, tail: tail.length > 1 ? tail : [] };
}
/** Markdown blocks for the job summary and the PR comment. */
function workspaceDataMarkdown(model) {
    const data = model.workspaceData;
    if (data === undefined)
        return { lead: [], tail: [] };
    const lead = [];
    const tail = [];
    const policy = data.policy;
    if (policy !== undefined) {
        const items = policy.policies.map((p) => `- **${p.level}** ${escapeMarkdown(policyName(p), 160)}${p.message ? `: ${escapeMarkdown(p.message, MAX_TEXT)}` : ''}`);
        const messages = policy.messages.map((m) => `- ${escapeMarkdown(m, MAX_TEXT)}`);
        if (policy.level === 'pass') {
            tail.push(`**Policy pass**: ${policy.policies.length} evaluated`, '');
        }
        else {
            lead.push(`**${escapeMarkdown(verdictLine(policy))}**`, '', ...messages, ...items, '');
        }
    }
    const planned = data.uploads.filter((u) => u.outcome === 'planned');
    const failed = data.uploads.filter((u) => u.outcome === 'failed');
    const uploaded = data.uploads.filter((u) => u.outcome === 'uploaded');
    if (planned.length > 0) {
        tail.push(`**Workspace data**: ${planned.length} upload(s) planned, none made (dry run)`, '');
    }
    else if (uploaded.length + failed.length > 0) {
        // Each failure is a warning of the run (with its retry command), listed under the warnings.
        const failures = failed.length > 0 ? `, ${failed.length} failed (see the warnings)` : '';
        tail.push(`**Workspace data**: ${uploaded.length} uploaded${failures}`);
    }
    return { lead: trimBlank(lead), tail: trimBlank(tail) };
}
/** The summary puts its own blank line after a block. */
function trimBlank(lines) {
    while (lines.length > 0 && lines[lines.length - 1] === '')
        lines.pop();
    return lines;
}

;// CONCATENATED MODULE: ./src/reporter/text-summary.ts









/** Longest a single name or message may run before it is shortened, so one cannot crowd out the rest. */
const MAX_PATH = 80;
const MAX_ADDRESS = 200;
const MAX_LINE = 500;
const DEFAULT_LIST_MAX = 10;
const VERDICT_WORD = { caution: 'CAUTION', warning: 'WARNING', ok: 'OK' };
/** Text safe to print on one line: escape sequences removed, other controls turned into spaces. */
function text_summary_plainText(text) {
    return plainText(text).replace(/ {2,}/g, ' ').trim();
}
function clip(text, max) {
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
/** Long paths keep their tail: the unit's own folder is what tells two units apart. */
function clipPath(text) {
    return text.length > MAX_PATH ? `…${text.slice(text.length - MAX_PATH + 1)}` : text;
}
function bytes(text) {
    return Buffer.byteLength(text, 'utf8');
}
/**
 * Columns two spaces apart; `left` says which are left-aligned (names), by default the first; the
 * others are right-aligned (numbers).
 */
function table(rows, left = [0]) {
    const widths = [];
    for (const row of rows)
        row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
    return rows.map((row) => row
        .map((cell, i) => (left.includes(i) ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
        .join('  ')
        .trimEnd());
}
function countsTable(model) {
    const cells = (c) => COUNT_COLUMNS.map(({ key }) => String(c[key]));
    return table([
        ['', ...COUNT_COLUMNS.map(({ word }) => word)],
        ['Resources', ...cells(model.resourceCounts)],
        ['Drift', ...cells(model.driftCounts)],
        ['Outputs', ...cells(model.outputCounts)],
    ]);
}
function costLine(cost) {
    if (!cost)
        return undefined;
    const money = (value, signed = false) => text_summary_plainText(formatMoney(value, cost.currency, signed));
    const parts = [];
    if (cost.pastTotalMonthly !== undefined && cost.totalMonthly !== undefined) {
        parts.push(`${money(cost.pastTotalMonthly)} -> ${money(cost.totalMonthly)}`);
    }
    else if (cost.totalMonthly !== undefined) {
        parts.push(`total ${money(cost.totalMonthly)}`);
    }
    if (cost.diffTotalMonthly !== undefined) {
        const pct = cost.percentageChange === undefined ? '' : ` (${text_summary_plainText(formatPercent(cost.percentageChange))})`;
        parts.push(`difference ${money(cost.diffTotalMonthly, true)}${pct}`);
    }
    if (parts.length === 0)
        return undefined;
    const currency = cost.currency === undefined ? '' : ` (${clip(text_summary_plainText(cost.currency), 10)})`;
    return `Monthly cost${currency}: ${parts.join(', ')}`;
}
function text_summary_verdictLine(model, facts) {
    const verdict = verdictOf(model, facts);
    return `${VERDICT_WORD[verdict.severity]}: ${verdict.parts.map((p) => text_summary_plainText(p.text)).join('; ')}`;
}
/** Where the event went and what it came from. */
function whereLines(model, facts) {
    const path = [facts.org, facts.project, facts.workspace].filter((p) => p !== undefined).join('/');
    const target = path === '' ? '' : ` (workspace ${clip(text_summary_plainText(path), 200)})`;
    const parts = [];
    switch (facts.delivery?.kind) {
        case 'sent':
            parts.push(`Sent to Harness IaCM${target}`);
            break;
        case 'dry-run':
            parts.push(`Dry run, not sent${target}`);
            break;
        case 'saved':
            parts.push(`Partial report saved for a final merge, not sent${target}`);
            break;
        case 'spooled':
            parts.push(`Not sent: saved to ${text_summary_plainText(facts.delivery.file)}${target}`);
            break;
        default:
            if (path !== '')
                parts.push(`Workspace ${clip(text_summary_plainText(path), 200)}`);
    }
    if (facts.commit !== undefined)
        parts.push(`commit ${text_summary_plainText(facts.commit).slice(0, 12)}`);
    if (facts.runUrl !== undefined)
        parts.push(`run ${clip(text_summary_plainText(facts.runUrl), 300)}`);
    const version = model.provisionerVersion === undefined ? '' : ` ${clip(text_summary_plainText(model.provisionerVersion), 40)}`;
    const tool = model.provisioner === undefined ? version.trim() : `${model.provisioner}${version}`;
    const about = `${model.eventType} event, ${model.activityType} (${model.activityStatus})${tool === '' ? '' : `, ${tool}`}`;
    const lines = parts.length > 0 ? [parts.join('; ')] : [];
    return [...lines, `Report: ${about}; ${plural(model.files.length, 'file')} read`];
}
/** ` — ami, user_data and 2 more`: the attributes a replacement changes (names only). */
function attributesText(model, key, address) {
    if (key !== 'replaced' && key !== 'updated')
        return '';
    const changed = model.changedAttributes?.get(address);
    if (changed === undefined || changed.names.length === 0)
        return '';
    const shown = changed.names.slice(0, SHOWN_ATTRIBUTES);
    const more = changed.total - shown.length;
    const names = shown.map((name) => text_summary_plainText(name)).join(', ');
    return ` — ${names}${more > 0 ? ` ${andMore(more)}` : ''}`;
}
/** Destroys, replacements and drift, each address on its line, bounded. */
function eyesBlocks(model, listMax) {
    const blocks = [];
    for (const action of ACTIONS.filter((a) => a.needsEyes)) {
        const all = model.addresses[action.key];
        if (all.total === 0)
            continue;
        const list = bounded_list_boundedList(all, listMax);
        const heading = action.key === 'drifted' ? `${action.heading}, ${changedOutside(model)}` : action.heading;
        const rest = list.total - list.items.length;
        blocks.push({
            title: [`${heading} (${list.total}):`],
            items: list.items.map((address) => [
                `  ${clip(text_summary_plainText(address), MAX_ADDRESS)}${attributesText(model, action.key, address)}`,
            ]),
            noun: 'addresses',
            tail: rest > 0 ? [`  ${andMore(rest)}`] : [],
        });
    }
    return blocks;
}
/** One unit: its table cells, and a line under it saying why it failed or was skipped. */
function unitCells(unit, scale) {
    const d = unit.driftCounts;
    const drift = d === undefined ? '-' : String(d.added + d.changed + d.deleted);
    return [
        clipPath(text_summary_plainText(unit.pathId)) || '.',
        UNIT_STATUS[unit.status],
        drift,
        unit.resourceCounts === undefined ? '-' : diffstat(unit.resourceCounts),
        bar(unit.resourceCounts, scale),
    ];
}
function unitsBlock(units) {
    const { shown, unchanged } = orderUnits(units);
    const scale = barScale(shown);
    const rows = table([['UNIT', 'STATUS', 'DRIFT', 'RESOURCES', ''], ...shown.map((u) => unitCells(u, scale))], [0, 1, 3, 4]);
    const items = shown.map((unit, i) => {
        const item = [rows[i + 1]];
        if (unit.errorMessage) {
            // Skipped is not failed: an excluded unit says why it was skipped, not "error".
            const label = unit.status === 'failure' ? 'error' : 'reason';
            item.push(`  ${label}: ${clip(text_summary_plainText(unit.errorMessage), MAX_LINE)}`);
        }
        return item;
    });
    const title = ['', `Units: ${units.length}`];
    if (shown.length > 0)
        title.push(rows[0]);
    return {
        title,
        items,
        noun: 'units',
        tail: unchanged > 0 ? [`${plural(unchanged, 'unit')} without changes`] : [],
    };
}
function warningsBlock(warnings) {
    const items = warnings.map((w) => [`- ${clip(text_summary_plainText(w), MAX_LINE)}`]);
    return { title: ['', `Warnings: ${warnings.length}`], items, noun: 'warnings' };
}
const linesBytes = (lines) => lines.reduce((n, line) => n + bytes(line) + 1, 0);
const text_summary_moreLine = (count, noun) => `… ${count} more ${noun} not shown`;
/** As many whole items as fit in `budget` bytes, then a line saying how many were left out. */
function fit(block, budget) {
    const tail = block.tail ?? [];
    if (block.items.length === 0 && tail.length === 0)
        return [];
    const full = [...block.title, ...block.items.flat(), ...tail];
    if (linesBytes(full) <= budget)
        return full;
    const reserve = bytes(text_summary_moreLine(block.items.length, block.noun)) + 1 + linesBytes(tail);
    const out = [...block.title];
    let used = linesBytes(out);
    if (used + reserve > budget)
        return [];
    let shown = 0;
    for (const item of block.items) {
        const size = linesBytes(item);
        if (used + size + reserve > budget)
            break;
        out.push(...item);
        used += size;
        shown += 1;
    }
    out.push(text_summary_moreLine(block.items.length - shown, block.noun), ...tail);
    return out;
}
/** Cuts text to at most `max` UTF-8 bytes on a character boundary, marking the cut. */
function cutBytes(text, max) {
    const mark = '…';
    if (max < bytes(mark))
        return '';
    let out = '';
    let size = 0;
    for (const char of text) {
        const n = bytes(char);
        if (size + n + bytes(mark) > max)
            break;
        out += char;
        size += n;
    }
    return out + mark;
}
/**
 * The summary (no trailing newline: callers print it as a line). The verdict comes first, then
 * the destroyed, replaced and drifted addresses, the gates, where the event went, the counts and
 * the cost, the units and the warnings. With `maxBytes` the lists are cut (whole lines, with an
 * "N more ... not shown" line) in the reverse of that order, so the verdict always survives.
 */
function renderTextSummary(model, options = {}) {
    const max = options.maxBytes ?? Number.POSITIVE_INFINITY;
    const facts = options.facts ?? NO_FACTS;
    // The policy answers to the uploads follow the verdict (workspace-data-summary.ts).
    const data = workspaceDataText(model);
    const verdict = [text_summary_verdictLine(model, facts), ...data.lead];
    // The verdict names the tripped gates (no lines of their own); the entry prints each one's
    // reason once, as its error.
    const cost = costLine(model.cost);
    const head = [
        ...whereLines(model, facts),
        '',
        ...countsTable(model),
        ...(cost === undefined ? [] : [cost]),
        ...data.tail,
    ];
    const must = linesBytes([...verdict, ...head]);
    if (must > max)
        return cutBytes([...verdict, ...head].join('\n'), max);
    let room = max - must;
    // Needs eyes first: up to two thirds of the room, shared in order (destroys before drift).
    const eyes = [];
    let eyesRoom = Math.floor((room * 2) / 3);
    for (const block of eyesBlocks(model, options.listMax ?? DEFAULT_LIST_MAX)) {
        const lines = fit(block, eyesRoom);
        eyes.push(...lines);
        eyesRoom -= linesBytes(lines);
        room -= linesBytes(lines);
    }
    // Warnings are few and often say why numbers look odd: give them up to half the room first,
    // units the rest, then warnings whatever units left over.
    const units = unitsBlock(model.units);
    const warnings = warningsBlock(model.warnings);
    const warningsShare = linesBytes(fit(warnings, Math.floor(room / 2)));
    const unitLines = model.units.length === 0 ? [] : fit(units, room - warningsShare);
    const warningLines = fit(warnings, room - linesBytes(unitLines));
    return [...verdict, ...eyes, ...head, ...unitLines, ...warningLines].join('\n');
}

;// CONCATENATED MODULE: ./src/reporter/text-budget.ts
/**
 * Size limits, one per output a summary goes to:
 * - GitHub job summary (`$GITHUB_STEP_SUMMARY`): 1 MiB (bytes) per step;
 * - GitHub PR comment: 65,536 characters, and the API also refuses large bodies by bytes, so a
 *   comment must fit both;
 * - Harness output variable (the plugin's SUMMARY): one line of at most 64 KiB in the output file,
 *   base64-encoded (SUMMARY_MAX_BYTES in src/plugin/output-file.ts).
 * Every summary spends its budget in the same order: verdict, needs-eyes lists, units, the rest,
 * the files read last. A TextMeter turns "fits both" into one additive integer cost, so a renderer can
 * add up pieces and compare with one number.
 */
/** `$GITHUB_STEP_SUMMARY` is refused over 1 MiB. */
const JOB_SUMMARY_BUDGET = { maxBytes: 1024 * 1024 };
/** An issue or PR comment body: 65,536 characters, and at most 262,144 UTF-8 bytes. */
const text_budget_COMMENT_BUDGET = { maxChars: 65_536, maxBytes: 262_144 };
function utf8Length(text) {
    return Buffer.byteLength(text, 'utf8');
}
/**
 * cost(text) = max(chars * maxBytes, bytes * maxChars) against capacity maxChars * maxBytes.
 * Scaling each limit by the other keeps integers exact, and since the max of a sum is at most the
 * sum of the maxes, pieces whose costs add up to the capacity fit both limits together.
 */
class TextMeter {
    budget;
    capacity;
    constructor(budget) {
        this.budget = budget;
        const { maxChars, maxBytes } = budget;
        if (maxChars === undefined && maxBytes === undefined) {
            throw new RangeError('a text budget needs maxChars or maxBytes');
        }
        this.capacity = (maxChars ?? 1) * (maxBytes ?? 1);
    }
    cost(text) {
        const { maxChars, maxBytes } = this.budget;
        const byChars = maxChars === undefined ? 0 : text.length * (maxBytes ?? 1);
        const byBytes = maxBytes === undefined ? 0 : utf8Length(text) * (maxChars ?? 1);
        return Math.max(byChars, byBytes);
    }
    fits(text) {
        const { maxChars, maxBytes } = this.budget;
        return ((maxChars === undefined || text.length <= maxChars) &&
            (maxBytes === undefined || utf8Length(text) <= maxBytes));
    }
}
/** The budget left once `text` (a marker, a heading) has been spent from it. */
function text_budget_shrinkBudget(budget, text) {
    return {
        maxChars: budget.maxChars === undefined ? undefined : Math.max(0, budget.maxChars - text.length),
        maxBytes: budget.maxBytes === undefined ? undefined : Math.max(0, budget.maxBytes - utf8Length(text)),
    };
}
/**
 * The longest prefix of `text` that, followed by `note`, fits the budget: the last resort when
 * even the parts a summary must have do not fit. Cuts at a line end where it can.
 */
function truncateToBudget(text, budget, note) {
    const meter = new TextMeter(budget);
    if (meter.fits(text))
        return text;
    let low = 0;
    let high = text.length;
    while (low < high) {
        const mid = Math.ceil((low + high) / 2);
        if (meter.fits(text.slice(0, mid) + note))
            low = mid;
        else
            high = mid - 1;
    }
    let cut = text.slice(0, low);
    const lineEnd = cut.lastIndexOf('\n');
    if (lineEnd > 0)
        cut = cut.slice(0, lineEnd + 1);
    // Never end on half a surrogate pair.
    if (/[\ud800-\udbff]$/.test(cut))
        cut = cut.slice(0, -1);
    return meter.fits(cut + note) ? cut + note : '';
}

;// CONCATENATED MODULE: ./src/reporter/build-model.ts
/**
 * Aggregation: parser results -> the ReportModel. Decides what the run was (a plan, a drift
 * check), its status, and adds counts up over plan files or Terragrunt units.
 */



/** Appends each of `from`'s lists to `into`'s, every address after `prefix`. */
function appendAddresses(into, from, prefix) {
    for (const key of ADDRESS_LIST_KEYS)
        appendBounded(into[key], from[key], (address) => prefix + address);
}
/** The counts `pick` reads off each item, added up. */
function sumCounts(items, pick) {
    const total = zeroCounts();
    for (const item of items)
        addCounts(total, pick(item));
    return total;
}
/**
 * `terraform`/`opentofu` as the plans say (OpenTofu wins when any plan is certainly OpenTofu,
 * since Terraform never writes its markers); undefined when no plan says.
 */
function inferProvisioner(plans) {
    if (plans.some((p) => p.provisioner === 'opentofu'))
        return 'opentofu';
    if (plans.some((p) => p.provisioner === 'terraform'))
        return 'terraform';
    return undefined;
}
/** An errored plan fails the run; otherwise the units decide (failure, then skipped = incomplete). */
function activityStatusOf(plans, units) {
    return plans.some((p) => p.errored) ? 'failure' : activityStatusOfUnits(units);
}
function mapOrUndefined(value) {
    return value instanceof Map ? value : undefined;
}
function buildModel(input) {
    const unitPlans = input.terragrunt ? [...input.terragrunt.plans.values()] : [];
    const plans = [...input.plans, ...unitPlans];
    const driftSource = input.drifts.length > 0 ? input.drifts : plans;
    const all = [...plans, ...input.drifts];
    const groups = [];
    const addGroup = (source, kind, lists, changedAttributes) => {
        if (ADDRESS_LIST_KEYS.some((key) => lists[key].total > 0))
            groups.push({ source, kind, addresses: lists, changedAttributes });
    };
    // Plans, then units (their addresses prefixed with the unit's path): one pass feeds the groups,
    // the changed attribute names and the run's address lists.
    const sources = [
        ...input.plans.map((plan) => ({ source: plan.file, kind: 'plan', plan, prefix: '' })),
        ...[...(input.terragrunt?.plans ?? [])].map(([pathId, plan]) => ({
            source: pathId,
            kind: 'unit',
            plan,
            prefix: `${pathId}: `,
        })),
    ];
    const changedAttributes = new Map();
    const addresses = emptyAddressLists();
    for (const { source, kind, plan, prefix } of sources) {
        const lists = input.drifts.length > 0 ? { ...plan.addresses, drifted: boundedList() } : plan.addresses;
        // A Map when read here; a summary saved as JSON and read back may hold something else.
        const changed = mapOrUndefined(plan.changedAttributes);
        addGroup(source, kind, lists, changed);
        for (const [address, names] of changed ?? [])
            changedAttributes.set(prefix + address, names);
        appendAddresses(addresses, lists, prefix);
    }
    // With --drift files, drift comes from them alone (`lists` above left the plans' own drift
    // out): the plans' drift lists would count twice.
    for (const drift of input.drifts) {
        addGroup(drift.file, 'drift', { ...emptyAddressLists(), drifted: drift.addresses.drifted });
        appendBounded(addresses.drifted, drift.addresses.drifted);
    }
    const plannedChangesCount = plans.reduce((n, p) => n + p.plannedChangesCount, 0);
    const driftedCount = driftSource.reduce((n, p) => n + p.driftedCount, 0);
    // A run is a drift check when nothing in it plans a change: only --drift files, or only
    // refresh-only plans.
    const driftOnly = plans.every((p) => p.isDriftCheck) && all.length > 0;
    const hasDrift = driftedCount > 0;
    const units = input.terragrunt ? [...input.terragrunt.units] : [];
    const versions = new Set(all.map((p) => p.terraformVersion).filter((v) => v !== undefined));
    const overrides = input.overrides ?? {};
    const provisioner = overrides.provisioner ?? (input.terragrunt ? 'terragrunt' : inferProvisioner(all));
    return {
        eventType: overrides.eventType ?? (driftOnly ? (hasDrift ? 'drifted' : 'active') : 'plan'),
        activityType: overrides.activityType ?? (driftOnly ? 'drift' : 'plan'),
        activityStatus: overrides.activityStatus ?? activityStatusOf(all, units),
        provisioner,
        // One version for the run when the plans agree; Terragrunt's own version is not in its plans.
        provisionerVersion: provisioner !== 'terragrunt' && versions.size === 1 ? [...versions][0] : undefined,
        engine: provisioner === 'terraform' || provisioner === 'opentofu' ? provisioner : inferProvisioner(all),
        resourceCounts: sumCounts(plans, (p) => p.resourceCounts),
        driftCounts: sumCounts(driftSource, (p) => p.driftCounts),
        outputCounts: sumCounts(plans, (p) => p.outputCounts),
        plannedChangesCount,
        driftedCount,
        hasChanges: plannedChangesCount > 0,
        hasDrift,
        addresses,
        addressGroups: groups,
        changedAttributes,
        units,
        cost: input.cost,
        files: all.map((p) => p.file),
        erroredPlans: all.filter((p) => p.errored).map((p) => p.file),
        warnings: [...(input.warnings ?? []), ...fileWarnings(input)],
    };
}
/** What the plan files themselves warn about (unknown actions, outputs left out), in file order. */
function fileWarnings(input) {
    const out = [];
    const unitPlans = input.terragrunt ? [...input.terragrunt.plans.values()] : [];
    for (const plan of [...input.plans, ...input.drifts, ...unitPlans]) {
        for (const warning of plan.warnings)
            out.push(warning);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/reporter/markdown-summary.ts









/** Longest name shown in full; past it a name is cut with an ellipsis. */
const MAX_NAME = 300;
/** Names in the verdict are shorter, so the first lines stay a glance. */
const VERDICT_NAME = 80;
const MAX_WARNINGS = 20;
const EMPTY = '—';
const MARK = { caution: '🛑', warning: '⚠️', ok: '✅' };
const ALERT = { caution: 'CAUTION', warning: 'WARNING', ok: 'NOTE' };
function verdictLines(model, verdict, facts, title) {
    const words = verdict.parts.map((part) => escapeMarkdown(part.text)).join(' · ');
    const lines = [`### ${MARK[verdict.severity]} ${title}: ${words}`];
    const named = [];
    for (const part of verdict.parts) {
        if (part.addresses === undefined || part.addresses.total === 0)
            continue;
        const label = part.kind === 'destroy' ? 'To destroy' : part.kind === 'replace' ? 'To replace' : 'Drifted';
        const names = part.addresses.items.map((name) => codeSpan(name, VERDICT_NAME)).join(', ');
        const rest = part.addresses.total - part.addresses.items.length;
        named.push(`**${label}:** ${names}${rest > 0 ? ` ${andMore(rest)}` : ''}`);
    }
    for (const gate of facts.gates) {
        named.push(`**Gate failed:** ${codeSpan(gate.name)}: ${escapeMarkdown(gate.reason, 300)}`);
    }
    if (named.length > 0 && verdict.severity !== 'ok') {
        lines.push('', `> [!${ALERT[verdict.severity]}]`, ...named.map((line, i) => `> ${line}${i < named.length - 1 ? '<br>' : ''}`));
    }
    return lines;
}
function safeLink(url) {
    return /^https?:\/\/[^\s<>()[\]`]+$/.test(url) ? url : undefined;
}
/** Where the event went and what it came from: tells matrix legs apart. */
function whereLine(model, facts) {
    const parts = [];
    const path = [facts.org, facts.project, facts.workspace].filter((p) => p !== undefined).join('/');
    const workspace = path === '' ? '' : codeSpan(path, 200);
    switch (facts.delivery?.kind) {
        case 'sent':
            parts.push(`Sent to Harness IaCM${workspace === '' ? '' : ` workspace ${workspace}`}`);
            break;
        case 'dry-run':
            parts.push(`Dry run, not sent${workspace === '' ? '' : ` (workspace ${workspace})`}`);
            break;
        case 'saved':
            parts.push(`Partial report saved for a final merge, not sent${workspace === '' ? '' : ` (workspace ${workspace})`}`);
            break;
        case 'spooled':
            parts.push(`**Not sent:** saved to ${codeSpan(facts.delivery.file, 300)} (send it with <code>iacm-report send --payload</code>)`);
            break;
        default:
            if (path !== '')
                parts.push(`Workspace ${codeSpan(path, 200)}`);
    }
    if (facts.commit !== undefined)
        parts.push(`commit ${codeSpan(facts.commit.slice(0, 12))}`);
    const link = facts.runUrl === undefined ? undefined : safeLink(facts.runUrl);
    if (link !== undefined)
        parts.push(`[CI run](${link})`);
    const tool = [
        `${model.activityType} (${model.activityStatus})`,
        model.provisioner === undefined
            ? undefined
            : `${model.provisioner}${model.provisionerVersion === undefined ? '' : ` ${escapeMarkdown(model.provisionerVersion, 40)}`}`,
    ].filter((p) => p !== undefined);
    parts.push(tool.join(', '));
    return [parts.join(' · ')];
}
function countsRow(label, counts) {
    return `| ${label} | ${COUNT_COLUMNS.map(({ key }) => String(counts[key])).join(' | ')} |`;
}
function anyChange(counts) {
    return COUNT_COLUMNS.some(({ key }) => key !== 'unchanged' && counts[key] > 0);
}
function markdown_summary_countsTable(model) {
    if (!model.hasChanges &&
        !model.hasDrift &&
        model.units.length === 0 &&
        model.activityStatus !== 'failure') {
        return [NOTHING_TO_DO];
    }
    const lines = [
        `| | ${COUNT_COLUMNS.map(({ word }) => word).join(' | ')} |`,
        `| --- |${' ---: |'.repeat(COUNT_COLUMNS.length)}`,
        countsRow('Resources', model.resourceCounts),
    ];
    if (model.hasDrift || anyChange(model.driftCounts))
        lines.push(countsRow('Drift', model.driftCounts));
    if (anyChange(model.outputCounts))
        lines.push(countsRow('Outputs', model.outputCounts));
    return lines;
}
function hasCost(cost) {
    return (cost !== undefined &&
        [cost.totalMonthly, cost.pastTotalMonthly, cost.diffTotalMonthly].some((value) => value !== undefined));
}
function costSection(cost) {
    if (!hasCost(cost))
        return [];
    const money = (value, signed = false) => value === undefined ? EMPTY : escapeMarkdown(formatMoney(value, cost.currency, signed));
    const currency = cost.currency === undefined ? '' : ` (${escapeMarkdown(cost.currency, 10)})`;
    return [
        `#### Monthly cost${currency}`,
        '',
        '| Before | After | Difference | Change |',
        '| ---: | ---: | ---: | ---: |',
        `| ${money(cost.pastTotalMonthly)} | ${money(cost.totalMonthly)} | ${money(cost.diffTotalMonthly, true)} | ${cost.percentageChange === undefined ? EMPTY : escapeMarkdown(formatPercent(cost.percentageChange))} |`,
    ];
}
function driftTotal(counts) {
    return counts === undefined ? EMPTY : String(counts.added + counts.changed + counts.deleted);
}
function unitRow(unit, scale, withCost, currency) {
    const status = unit.errorMessage === undefined
        ? UNIT_STATUS[unit.status]
        : `${UNIT_STATUS[unit.status]}: ${escapeMarkdown(unit.errorMessage, 200)}`;
    const stat = unit.resourceCounts === undefined ? EMPTY : diffstat(unit.resourceCounts);
    const graph = bar(unit.resourceCounts, scale);
    const cells = [
        codeSpan(unit.pathId === '' ? '.' : unit.pathId, MAX_NAME),
        status,
        stat,
        graph === '' ? '' : `\`${graph}\``,
        driftTotal(unit.driftCounts),
    ];
    if (withCost) {
        const diff = unit.cost?.diffTotalMonthly;
        cells.push(diff === undefined ? EMPTY : escapeMarkdown(formatMoney(diff, currency, true)));
    }
    return `| ${cells.join(' | ')} |`;
}
/** The units table, as many rows as `allowance` (meter cost) allows, then a "more" line. */
function unitsSection(model, meter, allowance) {
    const units = model.units;
    if (units.length === 0)
        return [];
    const { shown, unchanged } = orderUnits(units);
    const withCost = units.some((u) => u.cost !== undefined) || hasCost(model.cost);
    const head = [`#### Terragrunt units (${units.length})`, ''];
    const folded = unchanged > 0 ? [`_${plural(unchanged, 'unit')} without changes._`] : [];
    if (shown.length > 0) {
        head.push(`| Unit | Status | Resources | | Drift |${withCost ? ' Monthly cost |' : ''}`, `| --- | --- | --- | --- | ---: |${withCost ? ' ---: |' : ''}`);
    }
    const more = (n) => `\n_${n} more unit${n === 1 ? '' : 's'} not shown._`;
    let spent = meter.cost(`${head.join('\n')}\n${more(units.length)}\n${folded.join('\n')}\n`);
    const scale = barScale(shown);
    const rows = [];
    for (const unit of shown) {
        const row = unitRow(unit, scale, withCost, model.cost?.currency);
        const cost = meter.cost(`${row}\n`);
        if (spent + cost > allowance)
            break;
        spent += cost;
        rows.push(row);
    }
    const lines = [...head, ...rows];
    if (rows.length < shown.length)
        lines.push(more(shown.length - rows.length));
    if (folded.length > 0)
        lines.push(...(shown.length > 0 ? [''] : []), ...folded);
    return lines;
}
function warningsSection(warnings) {
    if (warnings.length === 0)
        return [];
    const shown = warnings.slice(0, MAX_WARNINGS).map((w) => `- ${escapeMarkdown(w, 500)}`);
    const rest = warnings.length - shown.length;
    return ['#### Warnings', '', ...shown, ...(rest > 0 ? [`- … ${rest} more not shown`] : [])];
}
function block(lines) {
    return lines.length === 0 ? '' : `${lines.join('\n')}\n\n`;
}
/** The Markdown summary of a run, within `options.budget`. */
function markdown_summary_renderMarkdownSummary(model, options = {}) {
    const budget = options.budget ?? JOB_SUMMARY_BUDGET;
    const facts = options.facts ?? NO_FACTS;
    const meter = new TextMeter(budget);
    const title = escapeMarkdown(options.title ?? `Harness IaCM ${model.activityType}`, MAX_NAME);
    // Policy verdicts lead; upload outcomes follow the costs (workspace-data-summary.ts).
    const data = workspaceDataMarkdown(model);
    const head = block(verdictLines(model, verdictOf(model, facts), facts, title)) +
        block(data.lead) +
        block(whereLine(model, facts)) +
        block(markdown_summary_countsTable(model)) +
        block(costSection(model.cost)) +
        block(data.tail);
    let left = meter.capacity - meter.cost(head);
    // Needs eyes: all of it when it fits in two thirds of what is left, else that much.
    // Attribute names only when the lists fit whole with them: an address beats a name.
    const eyesRoom = Math.floor((left * 2) / 3);
    let eyes = addressSections(model, meter, true, MAX_NAME);
    if (sectionsFull(eyes) > eyesRoom)
        eyes = addressSections(model, meter, true, MAX_NAME, false);
    const eyesText = renderSections(eyes, meter, Math.min(sectionsFull(eyes), eyesRoom));
    left -= meter.cost(eyesText);
    const warnings = block(warningsSection(model.warnings));
    const units = block(unitsSection(model, meter, Math.floor((left - meter.cost(warnings)) * 0.6)));
    left -= meter.cost(units + warnings);
    // The rest shares what is left; the files read come last and get what the rest leaves.
    let rest = addressSections(model, meter, false, MAX_NAME);
    if (sectionsFull(rest) > left)
        rest = addressSections(model, meter, false, MAX_NAME, false);
    const restText = renderSections(rest, meter, Math.min(sectionsFull(rest), left));
    left -= meter.cost(restText);
    const files = renderSections(filesSection(model.files, meter, MAX_NAME), meter, left);
    return truncateToBudget(`${(head + eyesText + units + warnings + restText + files).trimEnd()}\n`, budget, '\n_The summary was cut to fit the size limit._\n');
}

;// CONCATENATED MODULE: ./src/reporter/workspaces-summary.ts






const SEVERITY = { success: 0, incomplete: 1, failure: 2 };
/** The verdict over every workspace: sums and the worst status; lists stay in the sections. */
function combinedModel(sections, notes) {
    const models = sections.map((s) => s.model);
    const worst = models.reduce((status, m) => (SEVERITY[m.activityStatus] > SEVERITY[status] ? m.activityStatus : status), 'success');
    const types = new Set(models.map((m) => m.eventType));
    const activities = new Set(models.map((m) => m.activityType));
    const provisioners = new Set(models.map((m) => m.provisioner));
    const plannedChangesCount = models.reduce((n, m) => n + m.plannedChangesCount, 0);
    const driftedCount = models.reduce((n, m) => n + m.driftedCount, 0);
    return {
        eventType: types.size === 1 ? (models[0]?.eventType ?? 'plan') : 'plan',
        activityType: activities.size === 1 ? (models[0]?.activityType ?? 'plan') : 'plan',
        activityStatus: notes.length > 0 && worst === 'success' ? 'incomplete' : worst,
        provisioner: provisioners.size === 1 ? models[0]?.provisioner : undefined,
        provisionerVersion: undefined,
        resourceCounts: sumCounts(models, (m) => m.resourceCounts),
        driftCounts: sumCounts(models, (m) => m.driftCounts),
        outputCounts: sumCounts(models, (m) => m.outputCounts),
        plannedChangesCount,
        driftedCount,
        hasChanges: plannedChangesCount > 0,
        hasDrift: driftedCount > 0,
        addresses: combinedAddresses(sections),
        units: [],
        cost: undefined,
        files: [],
        erroredPlans: sections.flatMap(({ workspace, model }) => model.erroredPlans.map((f) => `${workspace}: ${f}`)),
        warnings: [...notes],
    };
}
/** Every workspace's lists, each address after its workspace, so the verdict sees what is replaced. */
function combinedAddresses(sections) {
    const lists = emptyAddressLists();
    for (const { workspace, model } of sections)
        appendAddresses(lists, model.addresses, `${workspace}: `);
    return lists;
}
function title(sections) {
    return `Harness IaCM: ${sections.length} workspace${sections.length === 1 ? '' : 's'}`;
}
/**
 * The Markdown: the verdict, then each workspace's section within an equal share of what the
 * verdict leaves (a workspace with a huge plan cannot push the others out).
 */
function renderWorkspacesMarkdown(sections, notes, budget) {
    // The verdict and each workspace get an equal share: a huge plan cannot push the others out.
    const parts = sections.length + 1;
    const share = {
        maxChars: budget.maxChars === undefined ? undefined : Math.floor(budget.maxChars / parts) - 2,
        maxBytes: budget.maxBytes === undefined ? undefined : Math.floor(budget.maxBytes / parts) - 2,
    };
    const texts = [
        markdown_summary_renderMarkdownSummary(combinedModel(sections, notes), { budget: share, title: title(sections) }),
    ];
    for (const { workspace, model } of sections) {
        texts.push(markdown_summary_renderMarkdownSummary(model, { budget: share, title: `Workspace ${workspace}` }));
    }
    return truncateToBudget(texts.join('\n'), budget, '\n_The summary was cut to fit the size limit._\n');
}
/** The plain-text form (CLI stderr, the plugin's log and SUMMARY output), within `maxBytes`. */
function renderWorkspacesText(sections, notes, maxBytes) {
    // Each part gets an equal share, less room for its heading line.
    const share = maxBytes === undefined ? undefined : Math.max(0, Math.floor(maxBytes / (sections.length + 1)) - 128);
    const name = (workspace) => {
        const plain = plainText(workspace);
        return plain.length > 80 ? `${plain.slice(0, 79)}…` : plain;
    };
    const parts = [
        `${title(sections)}\n${renderTextSummary(combinedModel(sections, notes), { maxBytes: share })}`,
        ...sections.map(({ workspace, model }) => `== Workspace ${name(workspace)} ==\n${renderTextSummary(model, { maxBytes: share })}`),
    ];
    const text = parts.join('\n\n');
    if (maxBytes === undefined || Buffer.byteLength(text, 'utf8') <= maxBytes)
        return text;
    // Thousands of workspaces: even the headings overflow; keep whole lines that fit.
    const note = '\n… cut to fit the size limit';
    const kept = [];
    let size = Buffer.byteLength(note, 'utf8');
    for (const line of text.split('\n')) {
        const cost = Buffer.byteLength(line, 'utf8') + 1;
        if (size + cost > maxBytes)
            break;
        kept.push(line);
        size += cost;
    }
    return kept.join('\n') + note;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./src/context/local-git.ts
/** Best-effort metadata from the git checkout the tool runs in; silent when there is none. */


const run = (0,external_node_util_.promisify)(external_node_child_process_namespaceObject.execFile);
async function git(cwd, args) {
    try {
        const { stdout } = await run('git', args, { cwd, timeout: 3000, windowsHide: true });
        const text = stdout.trim();
        return text === '' ? undefined : text;
    }
    catch {
        return undefined;
    }
}
/** `sha`: the commit to describe when the CI already named one (its message is read from git). */
async function localGitContext(cwd, sha) {
    const commit = sha ?? (await git(cwd, ['rev-parse', 'HEAD']));
    if (!commit)
        return {};
    const [branch, message, remote] = await Promise.all([
        git(cwd, ['rev-parse', '--abbrev-ref', 'HEAD']),
        git(cwd, ['log', '-1', '--format=%s', commit]),
        git(cwd, ['config', '--get', 'remote.origin.url']),
    ]);
    return {
        git_commit_sha: commit,
        git_branch: branch === 'HEAD' ? undefined : branch,
        git_commit_message: message,
        git_repo: remote,
    };
}

;// CONCATENATED MODULE: ./src/context/ci-context.ts
/**
 * Git and pipeline metadata for the event, from the environment the run is in: GitHub Actions,
 * a Harness pipeline (HARNESS_* / DRONE_* / CI_*), else the local git checkout, else nothing.
 * Only identifiers and names: no tokens (credentials in remote URLs are stripped).
 */


/** Commit messages can be long; the event only needs enough to recognise the commit. */
const MAX_MESSAGE = 1000;
async function readCiContext(env, cwd) {
    const ci = env['GITHUB_ACTIONS'] === 'true' ? await githubContext(env) : harnessContext(env);
    // Fill what the CI did not say from the checkout we are running in (best effort).
    if (!ci.git_commit_sha || !ci.git_branch || !ci.git_repo || !ci.git_commit_message) {
        const local = await localGitContext(cwd, ci.git_commit_sha);
        for (const key of ['git_branch', 'git_commit_sha', 'git_repo', 'git_commit_message']) {
            ci[key] ??= local[key];
        }
    }
    return clean(ci);
}
async function githubContext(env) {
    const server = env['GITHUB_SERVER_URL'] ?? 'https://github.com';
    const repo = env['GITHUB_REPOSITORY'];
    const runId = env['GITHUB_RUN_ID'];
    const payload = await readEventPayload(env['GITHUB_EVENT_PATH']);
    const pull = asRecord(payload['pull_request']);
    const head = asRecord(pull['head']);
    const headCommit = asRecord(payload['head_commit']);
    const trigger = { source: 'github-actions' };
    putDefined(trigger, 'event', env['GITHUB_EVENT_NAME']);
    putDefined(trigger, 'actor', env['GITHUB_ACTOR']);
    if (repo && runId)
        trigger['run_url'] = `${server}/${repo}/actions/runs/${runId}`;
    if (typeof pull['number'] === 'number')
        trigger['pull_request'] = pull['number'];
    return {
        // On pull requests GITHUB_SHA is a merge commit nobody pushed: report the head commit.
        git_commit_sha: stringOr(head['sha']) ?? env['GITHUB_SHA'],
        git_branch: env['GITHUB_HEAD_REF'] || env['GITHUB_REF_NAME'],
        git_repo: repo ? `${server}/${repo}` : undefined,
        git_commit_message: stringOr(headCommit['message']),
        pipeline: env['GITHUB_WORKFLOW_REF'] ?? env['GITHUB_WORKFLOW'],
        pipeline_name: env['GITHUB_WORKFLOW'],
        pipeline_execution_id: runId,
        pipeline_execution_number: env['GITHUB_RUN_NUMBER'],
        pipeline_stage_id: env['GITHUB_JOB'],
        trigger,
    };
}
function harnessContext(env) {
    const pick = (...names) => names.map((n) => env[n]).find((v) => !!v);
    const context = {
        git_commit_sha: pick('DRONE_COMMIT_SHA', 'CI_COMMIT_SHA', 'DRONE_COMMIT'),
        git_branch: pick('DRONE_SOURCE_BRANCH', 'DRONE_COMMIT_BRANCH', 'CI_COMMIT_BRANCH'),
        git_commit_message: pick('DRONE_COMMIT_MESSAGE', 'CI_COMMIT_MESSAGE'),
        git_repo: pick('DRONE_REPO_LINK', 'CI_REPO_LINK', 'DRONE_REPO', 'CI_REPO'),
        pipeline: pick('HARNESS_PIPELINE_ID'),
        pipeline_name: pick('HARNESS_PIPELINE_NAME', 'HARNESS_PIPELINE_ID'),
        pipeline_execution_id: pick('HARNESS_EXECUTION_ID'),
        pipeline_execution_number: pick('HARNESS_BUILD_ID', 'DRONE_BUILD_NUMBER', 'CI_BUILD_NUMBER'),
        pipeline_stage_id: pick('HARNESS_STAGE_ID', 'DRONE_STAGE_NAME'),
    };
    if (context.pipeline || context.pipeline_execution_id || env['DRONE_BUILD_LINK']) {
        const trigger = { source: 'harness' };
        putDefined(trigger, 'event', pick('DRONE_BUILD_EVENT', 'CI_BUILD_EVENT'));
        putDefined(trigger, 'build_link', pick('DRONE_BUILD_LINK', 'CI_BUILD_LINK'));
        context.trigger = trigger;
    }
    return context;
}
async function readEventPayload(path) {
    if (!path)
        return {};
    try {
        return asRecord(JSON.parse(await (0,promises_.readFile)(path, 'utf8')));
    }
    catch {
        return {}; // The event file is context, not input: a missing or odd one is not worth failing for.
    }
}
function asRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value)
        ? value
        : {};
}
function stringOr(value) {
    return typeof value === 'string' && value !== '' ? value : undefined;
}
function putDefined(into, key, value) {
    if (value)
        into[key] = value;
}
/** Drop empty fields, cap the message, strip credentials from URLs. */
function clean(context) {
    const out = {};
    for (const [key, value] of Object.entries(context)) {
        if (value === undefined || value === '')
            continue;
        out[key] = value;
    }
    if (out.git_commit_message && out.git_commit_message.length > MAX_MESSAGE) {
        out.git_commit_message = `${out.git_commit_message.slice(0, MAX_MESSAGE - 1)}…`;
    }
    if (out.git_repo)
        out.git_repo = stripCredentials(out.git_repo);
    return out;
}
/** `https://user:token@host/x` -> `https://host/x`; scp-like `git@host:x` is left as it is. */
function stripCredentials(url) {
    return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^@/]*@/i, '$1');
}

;// CONCATENATED MODULE: ./src/parsers/path-match.ts
/**
 * Matching paths written by other tools to Terragrunt units. The run report and Infracost name a
 * unit by a path relative to their own working directory, or absolute, with the separators of the
 * machine they ran on; a unit is known by its folder relative to the tree root. They agree on the
 * trailing segments, so a path matches a unit when one of the two, segment for segment, ends the
 * other: `/ci/repo/live/prod/vpc` and `prod/vpc` both match `live/prod/vpc`. Requiring a whole
 * side to match (not just some shared tail) keeps `staging/vpc` from landing on `prod/vpc`.
 */
/** `pathId` of a plan at the tree root. */
const ROOT_PATH_ID = '.';
/** Path segments, either separator, without empty, `.` and `..` segments or a drive letter. */
function pathSegments(path) {
    return path
        .split(/[\\/]+/)
        .filter((segment, i) => segment !== '' && segment !== '.' && segment !== '..' && !(i === 0 && /^[A-Za-z]:$/.test(segment)));
}
/** Plain code-unit order, so sorting does not depend on the locale or ICU data. */
function compareCodeUnits(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/**
 * How well `foreign` names the unit: the number of trailing segments they share when one ends the
 * other (plus one, so that the root unit, which has no segments, can match `.`); 0 for no match.
 */
function suffixScore(foreign, unit) {
    if (unit.length === 0 || foreign.length === 0)
        return unit.length === 0 && foreign.length === 0 ? 1 : 0;
    const shorter = Math.min(foreign.length, unit.length);
    for (let i = 1; i <= shorter; i++) {
        if (foreign[foreign.length - i] !== unit[unit.length - i])
            return 0;
    }
    return shorter + 1;
}
/** Finds the unit a foreign path names, among a fixed set of units (indexed once). */
class UnitPathIndex {
    byLastSegment = new Map();
    hasRoot;
    constructor(pathIds) {
        let hasRoot = false;
        for (const pathId of pathIds) {
            const segments = pathSegments(pathId);
            const last = segments[segments.length - 1];
            if (last === undefined) {
                hasRoot = true;
                continue;
            }
            const bucket = this.byLastSegment.get(last) ?? [];
            bucket.push({ pathId, segments });
            this.byLastSegment.set(last, bucket);
        }
        this.hasRoot = hasRoot;
    }
    match(foreignPath) {
        const foreign = pathSegments(foreignPath);
        const last = foreign[foreign.length - 1];
        if (last === undefined) {
            return this.hasRoot ? { kind: 'matched', pathId: ROOT_PATH_ID, score: 1 } : { kind: 'none' };
        }
        let best = 0;
        let winners = [];
        for (const unit of this.byLastSegment.get(last) ?? []) {
            const score = suffixScore(foreign, unit.segments);
            const candidate = { pathId: unit.pathId, exact: unit.segments.length === foreign.length };
            if (score > best) {
                best = score;
                winners = [candidate];
            }
            else if (score === best && score > 0) {
                winners.push(candidate);
            }
        }
        // `prod/vpc` names the unit `prod/vpc` rather than `live/prod/vpc`, which it only ends.
        const exact = winners.filter((w) => w.exact);
        if (exact.length === 1)
            winners = exact;
        const [only, ...more] = winners;
        if (only === undefined)
            return { kind: 'none' };
        if (more.length > 0)
            return { kind: 'ambiguous', pathIds: winners.map((w) => w.pathId).sort(compareCodeUnits) };
        return { kind: 'matched', pathId: only.pathId, score: best };
    }
}

;// CONCATENATED MODULE: ./src/model/cost-math.ts
/**
 * Cost figures from decimal text, never through a float. The arithmetic itself lives in
 * decimal.ts; this adds what cost reading needs on top: turning a JSON number's source text
 * (which may carry an exponent) into plain decimal text exactly, and the percentage change.
 */

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
function normalizeDecimalText(text) {
    if (isDecimal(text))
        return text;
    const match = JSON_NUMBER.exec(text);
    if (!match)
        return undefined;
    const [, sign = '', whole = '', fraction = '', exponentText = '0'] = match;
    const exponent = Number(exponentText);
    if (Math.abs(exponent) > MAX_EXPONENT)
        return undefined;
    let digits = whole + fraction;
    // The point sits after `pointAt` digits of `digits`.
    let pointAt = whole.length + exponent;
    if (pointAt <= 0) {
        digits = '0'.repeat(1 - pointAt) + digits;
        pointAt = 1;
    }
    else if (pointAt > digits.length) {
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
function percentageChangeText(diff, past) {
    if (diff === undefined || past === undefined)
        return undefined;
    if (!isDecimal(diff) || !isDecimal(past))
        return undefined;
    return percentage(diff, past, 2);
}
/** Figures with `percentageChange` filled from diff and past, and only known fields present. */
function costFigures(currency, totalMonthly, pastTotalMonthly, diffTotalMonthly) {
    const figures = {};
    if (currency !== undefined)
        figures.currency = currency;
    if (totalMonthly !== undefined)
        figures.totalMonthly = totalMonthly;
    if (pastTotalMonthly !== undefined)
        figures.pastTotalMonthly = pastTotalMonthly;
    if (diffTotalMonthly !== undefined)
        figures.diffTotalMonthly = diffTotalMonthly;
    const change = percentageChangeText(diffTotalMonthly, pastTotalMonthly);
    if (change !== undefined)
        figures.percentageChange = change;
    return figures;
}

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = /*#__PURE__*/JSON.parse('{"UU":"iacm-reporter","rE":"0.1.0"}');
;// CONCATENATED MODULE: ./src/version.ts
/**
 * The reporter's own name and version, read from package.json when the bundle is built: ncc
 * (webpack) inlines the JSON import, so the bundles carry the version they were built from and
 * need no package.json at run time, and a release bumps one place only.
 */

/** The npm package name: what `npm i -g` installs and what an event names as its reporter. */
const REPORTER_NAME = package_namespaceObject.UU;
const VERSION = package_namespaceObject.rE;

;// CONCATENATED MODULE: ./src/partial/partial-schema.ts
/**
 * The partial report: what one CI leg (a matrix job, a looping step) writes with `--save-partial`
 * and `iacm-report merge` reads back. One versioned JSON document holding everything the final
 * report needs from the leg: the parser results the model is built from (per-plan and per-unit
 * counts, address lists, output values as the event shows them, costs, warnings, statuses), the
 * event overrides, the provisioner evidence, and who made it.
 *
 * It carries the model's *inputs*, not a finished event, so that merging is "build one model from
 * everything that arrived": the merged event is the event of one run over the same inputs, and
 * anything the model later derives from plans and units flows through without a new format.
 * Plan and unit records are loose objects for the same reason: fields a newer writer adds to a
 * PlanSummary or UnitReport survive a round trip; the fields the model needs today are checked.
 *
 * Never in it: attribute values, variable values, sensitive output values (`(sensitive)`), keys.
 */


const PARTIAL_KIND = 'iacm-reporter/partial-report';
/** Bumped on any change a reader of the previous version would misread. */
const PARTIAL_VERSION = 1;
const count = schemas_number().int().nonnegative();
const countsSchema = strictObject({
    added: count,
    changed: count,
    deleted: count,
    unchanged: count,
    imported: count,
    removed: count,
});
/** A bounded list (src/model/bounded-list.ts): the names kept and the exact total. */
const boundedNames = object({ items: array(schemas_string()), total: schemas_number().int().nonnegative() });
const emptyNames = () => ({ items: [], total: 0 });
const addressListsSchema = looseObject({
    created: boundedNames,
    updated: boundedNames,
    deleted: boundedNames,
    replaced: boundedNames,
    imported: boundedNames,
    forgotten: boundedNames,
    drifted: boundedNames,
    unknown: boundedNames.default(emptyNames),
});
/**
 * Output values by name. Checked by hand rather than with z.record, which drops a `__proto__`
 * key (a valid output name); the object JSON.parse built, where every name is an own property,
 * is kept as it is.
 */
const outputsSchema = custom((value) => typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((v) => typeof v === 'string'), 'an object of text values');
const decimal = schemas_string().regex(/^-?\d+(\.\d+)?$/, 'a decimal number as text');
const costFiguresSchema = strictObject({
    currency: schemas_string().optional(),
    totalMonthly: decimal.optional(),
    pastTotalMonthly: decimal.optional(),
    diffTotalMonthly: decimal.optional(),
    percentageChange: decimal.optional(),
});
const planRecordSchema = looseObject({
    file: schemas_string(),
    formatVersion: schemas_string(),
    terraformVersion: schemas_string().optional(),
    errored: schemas_boolean(),
    provisioner: schemas_enum(['terraform', 'opentofu']).optional(),
    isDriftCheck: schemas_boolean(),
    resourceCounts: countsSchema,
    plannedChangesCount: count,
    driftCounts: countsSchema,
    driftedCount: count,
    outputCounts: countsSchema,
    outputs: outputsSchema,
    outputsOmitted: count.default(0),
    addresses: addressListsSchema,
    warnings: array(schemas_string()).default([]),
});
const unitRecordSchema = looseObject({
    pathId: schemas_string().min(1),
    name: schemas_string(),
    status: schemas_enum(STACK_STATUSES),
    errorMessage: schemas_string().optional(),
    resourceCounts: countsSchema.optional(),
    driftCounts: countsSchema.optional(),
    outputCounts: countsSchema.optional(),
    plannedChangesCount: count.optional(),
    outputs: outputsSchema.optional(),
    cost: costFiguresSchema.optional(),
});
/** One Terragrunt unit: its report entry and, when it planned, its plan. */
const unitEntrySchema = strictObject({
    unit: unitRecordSchema,
    plan: planRecordSchema.optional(),
});
const legSchema = strictObject({
    /** `--leg`, else from the CI (job, step, file name); for messages, never a key. */
    name: schemas_string().min(1).max(300),
    /** `failure`: the leg could not read its inputs; `error` says why. Its units are not here. */
    status: schemas_enum(['success', 'failure']),
    error: schemas_string().max(2000).optional(),
    /** CI job / step id and run, when known. */
    job: schemas_string().optional(),
    run: schemas_string().optional(),
    /** Whether the leg also sent its own event (`--send`), for `merge --comment-only`. */
    sent: schemas_boolean(),
});
const partialReportSchema = strictObject({
    kind: literal(PARTIAL_KIND),
    version: literal(PARTIAL_VERSION),
    /** The iacm-reporter version that wrote it. */
    producer: schemas_string(),
    leg: legSchema,
    /** The IaCM workspace the leg reports to, when it was given one. */
    workspace: schemas_string().optional(),
    /** The commit the leg planned. */
    commit: schemas_string().optional(),
    report: strictObject({
        plans: array(planRecordSchema),
        drifts: array(planRecordSchema),
        /** Absent when the leg read no Terragrunt tree. In pathId order. */
        units: array(unitEntrySchema).optional(),
        cost: costFiguresSchema.optional(),
        warnings: array(schemas_string()),
        overrides: strictObject({
            eventType: schemas_enum(EVENT_TYPES).optional(),
            activityType: schemas_enum(ACTIVITY_TYPES).optional(),
            activityStatus: schemas_enum(ACTIVITY_STATUSES).optional(),
            provisioner: schemas_enum(['terraform', 'opentofu', 'terragrunt']).optional(),
        }),
    }),
});

;// CONCATENATED MODULE: ./src/partial/build-partial.ts


/** A copy with every `undefined` field left out, as JSON would (so a partial compares by content). */
function defined(value) {
    return JSON.parse(JSON.stringify(value));
}
/** Loose records in the schema; the model's own types carry no index signature. */
function planRecord(plan) {
    return defined(plan);
}
function unitRecord(unit) {
    return defined(unit);
}
function buildPartial(input, origin) {
    const partial = {
        kind: PARTIAL_KIND,
        version: PARTIAL_VERSION,
        producer: VERSION,
        leg: origin.leg,
        ...(origin.workspace === undefined ? {} : { workspace: origin.workspace }),
        ...(origin.commit === undefined ? {} : { commit: origin.commit }),
        report: {
            plans: input.plans.map(planRecord),
            drifts: input.drifts.map(planRecord),
            warnings: [...(input.warnings ?? [])],
            overrides: defined({ ...input.overrides }),
        },
    };
    if (input.terragrunt) {
        const plans = input.terragrunt.plans;
        partial.report.units = input.terragrunt.units.map((unit) => {
            const plan = plans.get(unit.pathId);
            return plan === undefined
                ? { unit: unitRecord(unit) }
                : { unit: unitRecord(unit), plan: planRecord(plan) };
        });
    }
    if (input.cost !== undefined)
        partial.report.cost = defined(input.cost);
    return partial;
}
/** A partial recording a leg that could not build its report (its inputs were missing or bad). */
function failedPartial(origin, error) {
    return {
        kind: PARTIAL_KIND,
        version: PARTIAL_VERSION,
        producer: VERSION,
        leg: { ...origin.leg, status: 'failure', error: error.slice(0, 2000) },
        ...(origin.workspace === undefined ? {} : { workspace: origin.workspace }),
        ...(origin.commit === undefined ? {} : { commit: origin.commit }),
        report: { plans: [], drifts: [], warnings: [], overrides: {} },
    };
}
/** The partial's JSON text, as written to its file. */
function serializePartial(partial) {
    return `${JSON.stringify(partial)}\n`;
}
function planOf(record) {
    return record;
}

;// CONCATENATED MODULE: ./src/partial/merge-partials.ts
/**
 * The reduce side: partial reports -> one set of model inputs, as if one run had read everything
 * the legs read. Pure: the caller reads the files (one at a time) and hands each one over.
 *
 * Rules:
 * - order-independent: legs are put in a canonical order (leg name, then content hash), units in
 *   pathId order, so any order of the same partials gives the same inputs, byte for byte;
 * - a partial identical to one already added (a retried leg uploading twice) counts once, with a
 *   warning; the same Terragrunt unit in two partials is an error naming both files, unless the
 *   two records are identical (a warning);
 * - partials for different workspaces or commits are refused unless `allowMixed`;
 * - a leg that recorded a failure, or fewer legs than expected, set the run's status floor
 *   (failure / incomplete) and are named in notes the summaries show first.
 */





/** Longest list of leg names quoted in one note. */
const MAX_NAMED = 20;
/** Warnings kept from the legs (and as many again from the merge itself). */
const merge_partials_MAX_WARNINGS = 1000;
function conflict(files, detail) {
    const [first = '', second = ''] = [...files].sort(compareCodeUnits);
    return new InputError('INPUT_CONFLICT', first, `${detail} (also in ${second})`);
}
class PartialMerger {
    rules;
    loaded = [];
    byHash = new Map();
    units = new Map();
    warnings = [];
    workspace;
    commit;
    constructor(rules = {}) {
        this.rules = rules;
    }
    add(item) {
        const twin = this.byHash.get(item.hash);
        if (twin !== undefined) {
            const [a, b] = [twin, item.file].sort(compareCodeUnits);
            this.warnings.push(`${a} and ${b} are identical (a retried leg?); counted once`);
            return;
        }
        const { partial, file } = item;
        if (!this.rules.allowMixed) {
            this.workspace = this.same('workspace', this.workspace, partial.workspace, file);
            this.commit = this.same('commit', this.commit, partial.commit, file);
        }
        for (const entry of partial.report.units ?? []) {
            const pathId = entry.unit.pathId;
            // Compared without the plan's file name: a retried leg may have planned into another folder.
            const text = JSON.stringify({ ...entry, plan: entry.plan && { ...entry.plan, file: '' } });
            const held = this.units.get(pathId);
            if (held === undefined) {
                this.units.set(pathId, { file, text, entry });
            }
            else if (held.text === text) {
                const [a = '', b = ''] = [held.file, file].sort(compareCodeUnits);
                this.warnings.push(`Terragrunt unit ${pathId} is in both ${a} and ${b}, identical; counted once`);
                // The same record whichever partial came first.
                if (a === file)
                    this.units.set(pathId, { file, text, entry });
            }
            else {
                throw conflict([held.file, file], `Terragrunt unit ${pathId} is in two partial reports with different results; each unit must be planned by one leg`);
            }
        }
        this.byHash.set(item.hash, file);
        this.loaded.push(item);
    }
    same(what, held, value, file) {
        if (value === undefined)
            return held;
        if (held === undefined)
            return { value, file };
        if (held.value !== value) {
            throw conflict([held.file, file], `partial reports of different ${what}s (${held.value}, ${value}) cannot make one event; merge each ${what} on its own, or pass --allow-mixed`);
        }
        return held;
    }
    finish() {
        const legs = [...this.loaded].sort((a, b) => compareCodeUnits(a.partial.leg.name, b.partial.leg.name) || compareCodeUnits(a.hash, b.hash));
        const several = legs.length > 1;
        const plans = [];
        const drifts = [];
        const warnings = [];
        let dropped = 0;
        for (const { partial } of legs) {
            // Loops, not push(...list): a leg may carry more plans than a call takes arguments.
            for (const plan of partial.report.plans)
                plans.push(planOf(plan));
            for (const drift of partial.report.drifts)
                drifts.push(planOf(drift));
            const prefix = several ? `leg ${partial.leg.name}: ` : '';
            // Bounded: thousands of legs each warning the same thing would only bury the summary.
            const room = Math.max(0, merge_partials_MAX_WARNINGS - warnings.length);
            warnings.push(...partial.report.warnings.slice(0, room).map((w) => prefix + w));
            dropped += Math.max(0, partial.report.warnings.length - room);
        }
        warnings.push(...[...this.warnings].sort(compareCodeUnits).slice(0, merge_partials_MAX_WARNINGS));
        dropped += Math.max(0, this.warnings.length - merge_partials_MAX_WARNINGS);
        if (dropped > 0)
            warnings.push(`${dropped} more warnings from the partial reports not kept`);
        let terragrunt;
        if (legs.some(({ partial }) => partial.report.units !== undefined)) {
            const pathIds = [...this.units.keys()].sort(compareCodeUnits);
            const units = [];
            const unitPlans = new Map();
            for (const pathId of pathIds) {
                const { entry } = this.units.get(pathId);
                units.push(entry.unit);
                if (entry.plan !== undefined)
                    unitPlans.set(pathId, planOf(entry.plan));
            }
            terragrunt = { units, plans: unitPlans };
        }
        const cost = sumCosts(legs, warnings);
        const overrides = agreedOverrides(legs, warnings);
        const { notes, statusFloor } = legNotes(legs, this.rules.expectLegs);
        const input = {
            plans,
            drifts,
            terragrunt,
            cost,
            warnings: [...notes, ...warnings],
            overrides,
        };
        const summaries = legs.map(({ partial, file }) => ({
            name: partial.leg.name,
            file,
            status: partial.leg.status,
            error: partial.leg.error,
            workspace: partial.workspace,
            sent: partial.leg.sent,
        }));
        return { input, legs: summaries, statusFloor, notes };
    }
}
function legNotes(legs, expect) {
    const notes = [];
    const failed = legs.filter(({ partial }) => partial.leg.status === 'failure');
    for (const { partial, file } of failed) {
        notes.push(`leg ${partial.leg.name} failed (${file}): ${partial.leg.error ?? 'no reason recorded'}`);
    }
    let missing = 0;
    if (expect !== undefined && legs.length < expect) {
        missing = expect - legs.length;
        const names = legs.slice(0, MAX_NAMED).map(({ partial }) => partial.leg.name);
        const more = legs.length > MAX_NAMED ? `, and ${legs.length - MAX_NAMED} more` : '';
        notes.unshift(`${missing} of ${expect} expected legs missing: ${legs.length} partial report${legs.length === 1 ? '' : 's'} arrived` +
            (legs.length > 0 ? ` (${names.join(', ')}${more})` : ''));
    }
    else if (expect !== undefined && legs.length > expect) {
        notes.push(`${legs.length} legs arrived, more than the ${expect} expected`);
    }
    const statusFloor = failed.length > 0 ? 'failure' : missing > 0 ? 'incomplete' : undefined;
    return { notes, statusFloor };
}
const TOTALS = ['totalMonthly', 'pastTotalMonthly', 'diffTotalMonthly'];
/**
 * The run's cost totals: each leg's Infracost totals added up, exactly. A total is left out
 * (with a warning) when a leg that has a report lacks it, or when currencies differ: a sum over
 * some of the legs would understate the run, and unknown is never shown as a number.
 */
function sumCosts(legs, warnings) {
    const reporting = legs.filter(({ partial }) => partial.leg.status === 'success');
    const priced = reporting.filter(({ partial }) => partial.report.cost !== undefined);
    if (priced.length === 0)
        return undefined;
    const only = priced.length === 1 && reporting.length === 1 ? priced[0]?.partial.report.cost : undefined;
    if (only !== undefined)
        return { ...only };
    const unpriced = reporting.filter(({ partial }) => partial.report.cost === undefined);
    if (unpriced.length > 0) {
        warnings.push(`cost totals left out: legs without Infracost costs: ${unpriced.map(({ partial }) => partial.leg.name).join(', ')}`);
        return undefined;
    }
    const currencies = new Set(priced.map(({ partial }) => partial.report.cost?.currency));
    if (currencies.size > 1) {
        warnings.push(`cost totals left out: the legs report different currencies (${[...currencies].map(String).join(', ')})`);
        return undefined;
    }
    const figures = {};
    const currency = [...currencies][0];
    if (currency !== undefined)
        figures.currency = currency;
    for (const key of TOTALS) {
        const values = priced.map(({ partial }) => partial.report.cost?.[key]);
        if (values.every((v) => v !== undefined)) {
            figures[key] = values.reduce((a, b) => addDecimals(a, b));
        }
        else if (values.some((v) => v !== undefined)) {
            warnings.push(`cost total ${key} left out: not every leg's Infracost report has it`);
        }
    }
    const change = percentageChangeText(figures.diffTotalMonthly, figures.pastTotalMonthly);
    if (change !== undefined)
        figures.percentageChange = change;
    return figures;
}
/** An override the legs set holds when every leg that set it agrees; otherwise it is dropped. */
function agreedOverrides(legs, warnings) {
    const out = {};
    for (const key of ['eventType', 'activityType', 'activityStatus', 'provisioner']) {
        const values = new Set(legs.map(({ partial }) => partial.report.overrides[key]).filter((v) => v !== undefined));
        if (values.size === 1)
            out[key] = [...values][0];
        if (values.size > 1) {
            warnings.push(`the legs set ${key} differently (${[...values].join(', ')}); left to the data`);
        }
    }
    return out;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: ./src/parsers/input-file.ts
/**
 * Opening an input file (a plan, an Infracost output, a run report, a saved payload) so that no
 * file can hang or balloon the run: only regular files are read, or standard input when it is
 * named (`-`, `/dev/stdin`); a named pipe (FIFO) would block the open until a writer comes, and a
 * device (`/dev/zero`, `/dev/urandom`) never ends. A link is judged by what it points to.
 *
 * The check is made twice: `stat` before opening (a FIFO must not be opened blocking), then
 * `fstat` on the opened handle (the path may have been swapped in between; the open is
 * non-blocking, so a FIFO swapped in cannot hang it either). Regular files are also capped in
 * size, and every read counts bytes against the same cap (a file that grows, standard input).
 */



const GIB = 1024 * 1024 * 1024;
const MIB = 1024 * 1024;
/** Plans are streamed in flat memory; this bounds the time (about 20 s at the reader's pace). */
const MAX_PLAN_BYTES = 16 * GIB;
/** Infracost outputs and Terragrunt run reports are parsed whole. */
const MAX_JSON_FILE_BYTES = 256 * MIB;
/** A saved event body (`send --payload`): Harness's bodies are far smaller. */
const MAX_PAYLOAD_BYTES = 64 * MIB;
/** Names that mean standard input. */
const STDIN_NAMES = new Set(['-', '/dev/stdin', '/dev/fd/0', '/proc/self/fd/0']);
function isStdinName(path) {
    return STDIN_NAMES.has(path);
}
/** 17179869184 -> "16 GiB". */
function input_file_sizeText(bytes) {
    if (bytes >= GIB && bytes % GIB === 0)
        return `${bytes / GIB} GiB`;
    if (bytes >= MIB && bytes % MIB === 0)
        return `${bytes / MIB} MiB`;
    return `${bytes.toLocaleString('en-US')} bytes`;
}
function kindName(info) {
    if (info.isFile())
        return undefined;
    if (info.isDirectory())
        return 'a directory';
    if (info.isFIFO())
        return 'a named pipe (FIFO)';
    if (info.isSocket())
        return 'a socket';
    if (info.isCharacterDevice())
        return 'a character device';
    if (info.isBlockDevice())
        return 'a block device';
    return 'not a regular file';
}
function notRegular(label, kind) {
    return new InputError('INPUT_UNREADABLE', label, `is ${kind}, not a regular file: only regular files (or standard input, as /dev/stdin) are read; write the content to a file and give that`);
}
function tooLarge(label, maxBytes) {
    return new InputError('INPUT_TOO_LARGE', label, `is larger than ${input_file_sizeText(maxBytes)}, the most this input may hold; check that it is the right file`);
}
/** An errno from stat/open as an InputError naming the file. */
async function fileError(error, path, label) {
    const code = error?.code;
    const cause = { cause: error };
    switch (code) {
        case 'ENOENT': {
            // A link whose target is gone says so: "no such file" would send the reader to the wrong place.
            const link = await (0,promises_.lstat)(path).catch(() => undefined);
            return link?.isSymbolicLink()
                ? new InputError('INPUT_NOT_FOUND', label, 'is a broken symbolic link (its target does not exist)', undefined, cause)
                : new InputError('INPUT_NOT_FOUND', label, 'no such file', undefined, cause);
        }
        case 'EISDIR':
            return new InputError('INPUT_UNREADABLE', label, 'is a directory, not a file', undefined, cause);
        case 'EACCES':
        case 'EPERM':
            return new InputError('INPUT_UNREADABLE', label, 'permission denied', undefined, cause);
        case 'ELOOP':
            return new InputError('INPUT_UNREADABLE', label, 'a symbolic link loop', undefined, cause);
        case 'ENXIO':
            return notRegular(label, 'a socket or a device without a reader');
        default:
            return code === undefined
                ? error
                : new InputError('INPUT_UNREADABLE', label, `cannot be read (${code})`);
    }
}
/**
 * Standard input as a stream of chunks (fd 0 is read directly: a pipe from a parent process may be
 * a socket, which cannot be opened again by path). A terminal is refused: nothing would arrive.
 */
function stdinChunks(label) {
    let info;
    try {
        info = (0,external_node_fs_namespaceObject.fstatSync)(0);
    }
    catch (error) {
        throw new InputError('INPUT_UNREADABLE', label, `standard input cannot be read (${String(error)})`);
    }
    if (info.isCharacterDevice()) {
        throw new InputError('INPUT_UNREADABLE', label, 'standard input is a terminal or a device: pipe the file into it (… | iacm-report …)');
    }
    return (0,external_node_fs_namespaceObject.createReadStream)('', { fd: 0, autoClose: false, highWaterMark: 1024 * 1024 });
}
/**
 * Opens `path` for reading if it is a regular file of at most `maxBytes`. Throws InputError naming
 * `label` otherwise. Standard input is not opened here (see stdinChunks).
 */
async function openInput(path, label, maxBytes) {
    let before;
    try {
        before = await (0,promises_.stat)(path);
    }
    catch (error) {
        throw await fileError(error, path, label);
    }
    checkRegular(before, label, maxBytes);
    let handle;
    try {
        // Non-blocking: if a FIFO took the file's place since the stat, the open still returns.
        handle = await (0,promises_.open)(path, external_node_fs_namespaceObject.constants.O_RDONLY | external_node_fs_namespaceObject.constants.O_NONBLOCK);
    }
    catch (error) {
        throw await fileError(error, path, label);
    }
    try {
        checkRegular(await handle.stat(), label, maxBytes);
    }
    catch (error) {
        await handle.close();
        throw error;
    }
    return handle;
}
function checkRegular(info, label, maxBytes) {
    const kind = kindName(info);
    if (kind !== undefined)
        throw notRegular(label, kind);
    if (info.size > maxBytes)
        throw tooLarge(label, maxBytes);
}
/** The whole input, at most `maxBytes` (InputError INPUT_TOO_LARGE past it). */
async function readInput(path, label, maxBytes) {
    if (isStdinName(path))
        return readStream(stdinChunks(label), label, maxBytes);
    const handle = await openInput(path, label, maxBytes);
    try {
        const chunks = [];
        let size = 0;
        const buffer = Buffer.allocUnsafe(1024 * 1024);
        for (;;) {
            let bytesRead;
            try {
                ({ bytesRead } = await handle.read(buffer, 0, buffer.length, null));
            }
            catch (error) {
                throw await fileError(error, path, label);
            }
            if (bytesRead === 0)
                break;
            size += bytesRead;
            if (size > maxBytes)
                throw tooLarge(label, maxBytes);
            chunks.push(Buffer.from(buffer.subarray(0, bytesRead)));
        }
        return Buffer.concat(chunks);
    }
    finally {
        await handle.close();
    }
}
/** Standard input handed in as a stream (the CLI's `io.stdin`), at most `maxBytes`. */
async function readStream(stream, label, maxBytes) {
    const chunks = [];
    let size = 0;
    for await (const chunk of stream) {
        size += chunk.length;
        if (size > maxBytes) {
            const it = stream;
            it.destroy?.();
            throw tooLarge(label, maxBytes);
        }
        chunks.push(Buffer.from(chunk));
    }
    return Buffer.concat(chunks);
}

;// CONCATENATED MODULE: ./src/parsers/json-file.ts
/**
 * Whole-file JSON for the small side inputs (an Infracost output, a Terragrunt run report): read,
 * decoded and parsed in memory, every failure turned into an InputError naming the file. Plans
 * have their own streaming reader; these files are small enough to hold at once.
 */


/** The file's text: UTF-8 (byte-order mark dropped) or UTF-16 with a byte-order mark. */
async function json_file_readJsonText(file, label = file) {
    // Only a regular file (or standard input) of at most MAX_JSON_FILE_BYTES: see input-file.ts.
    return decodeText(await readInput(file, label, MAX_JSON_FILE_BYTES), label);
}
function decodeText(bytes, label) {
    const text = decodeBytes(bytes, label);
    if (text.trim() === '')
        throw new InputError('INPUT_EMPTY', label, 'is empty');
    return text;
}
function decodeBytes(bytes, label) {
    // PowerShell's `>` writes UTF-16LE with a byte-order mark; take it rather than fail on it.
    if (bytes[0] === 0xff && bytes[1] === 0xfe)
        return decodeWith('utf-16le', bytes.subarray(2), label);
    if (bytes[0] === 0xfe && bytes[1] === 0xff)
        return decodeWith('utf-16be', bytes.subarray(2), label);
    const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    const body = bytes.subarray(start);
    if (body.includes(0)) {
        // `{\0"\0` or `\0{\0"`: JSON text in UTF-16 whose byte-order mark was lost.
        const utf16 = body.length >= 2 && (body[0] === 0) !== (body[1] === 0);
        const detail = utf16
            ? 'is UTF-16 text without a byte-order mark; save it as UTF-8'
            : 'holds binary data, not JSON text';
        throw new InputError(utf16 ? 'INPUT_ENCODING' : 'INPUT_BINARY', label, detail);
    }
    return decodeWith('utf-8', body, label);
}
function decodeWith(encoding, bytes, label) {
    try {
        return new TextDecoder(encoding, { fatal: true }).decode(bytes);
    }
    catch {
        throw new InputError('INPUT_ENCODING', label, `is not valid ${encoding.toUpperCase()} text`);
    }
}
/** JSON.parse with its failure turned into INPUT_SYNTAX / INPUT_TRAILING and a byte offset. */
function parseJsonText(text, label) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const at = /position (\d+)/.exec(message);
        const offset = at?.[1] === undefined ? undefined : Buffer.byteLength(text.slice(0, Number(at[1])));
        if (/after JSON/i.test(message)) {
            throw new InputError('INPUT_TRAILING', label, 'has more data after the JSON document', offset);
        }
        throw new InputError('INPUT_SYNTAX', label, `is not valid JSON (${firstLine(message)})`, offset);
    }
}
function firstLine(text) {
    return text.split('\n', 1)[0] ?? text;
}
/** What a parsed value is, in words, for "expected X, found Y" messages. */
function describeJsonValue(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    if (typeof value === 'object')
        return 'an object';
    return `a ${typeof value}`;
}

;// CONCATENATED MODULE: ./src/partial/partial-file.ts
/**
 * Partial report files: writing one (atomically: a leg killed mid-write leaves no half file for
 * the merge to choke on) and reading one back, checked against the schema. The file I/O around
 * the pure builder and merger.
 */








async function writePartialFile(file, partial) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    try {
        await (0,promises_.writeFile)(temporary, serializePartial(partial), 'utf8');
        await (0,promises_.rename)(temporary, file);
    }
    catch (error) {
        await (0,promises_.rm)(temporary, { force: true });
        const reason = error instanceof Error ? error.message : String(error);
        throw new InputError('INPUT_UNREADABLE', file, `the partial report cannot be written (${reason})`);
    }
}
/** Where in the document a schema problem is, `report.units.3.unit.status`. */
function where(issue) {
    return issue.path.length === 0 ? 'the document' : issue.path.map(String).join('.');
}
/** Reads, checks kind and version, validates. Every problem is one InputError naming the file. */
async function readPartialFile(file, label = file) {
    const text = await json_file_readJsonText(file, label);
    const hash = (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex');
    return { file: label, hash, partial: parsePartialText(text, label) };
}
function parsePartialText(text, label) {
    const document = parseJsonText(text, label);
    if (typeof document !== 'object' || document === null || Array.isArray(document)) {
        throw new InputError('INPUT_WRONG_KIND', label, `is ${describeJsonValue(document)}, not a partial report (written by iacm-report --save-partial)`);
    }
    const { kind, version, producer } = document;
    if (kind !== PARTIAL_KIND) {
        throw new InputError('INPUT_WRONG_KIND', label, 'is not a partial report (no "kind": "iacm-reporter/partial-report"); merge reads the files written by iacm-report --save-partial');
    }
    if (version !== PARTIAL_VERSION) {
        const by = typeof producer === 'string' ? ` by iacm-reporter ${producer.slice(0, 40)}` : '';
        const newer = typeof version === 'number' && version > PARTIAL_VERSION;
        throw new InputError('INPUT_VERSION', label, `is a partial report of version ${String(version).slice(0, 20)} (written${by}); this iacm-reporter ${VERSION} reads version ${PARTIAL_VERSION}. ` +
            (newer
                ? 'Upgrade the merging step (the Action, plugin image or CLI) to the version the legs use.'
                : 'Run the legs and the merge with the same iacm-reporter version.'));
    }
    const parsed = partialReportSchema.safeParse(document);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new InputError('INPUT_INVALID', label, `is not a valid partial report: ${where(issue)}: ${issue.message}`);
    }
    return parsed.data;
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __nccwpck_require__(4006);
var picomatch_default = /*#__PURE__*/__nccwpck_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/parsers/walk-folders.ts




/** A folder that readdir refused: `folder` is absolute, `code` the errno code (`EACCES`, ...). */
class FolderReadError extends Error {
    folder;
    code;
    isRoot;
    constructor(folder, code, isRoot) {
        super(`cannot read folder ${folder} (${code})`);
        this.folder = folder;
        this.code = code;
        this.isRoot = isRoot;
        this.name = 'FolderReadError';
    }
}
function kindOf(entry) {
    if (entry.isSymbolicLink())
        return 'link';
    if (entry.isDirectory())
        return 'directory';
    if (entry.isFile())
        return 'file';
    return 'other';
}
/**
 * Every entry below `root` (not `root` itself), sorted by `path` in code-unit order so that the
 * result never depends on the order the file system lists names in. Iterative: a deep tree cannot
 * overflow the stack.
 */
async function walkFolders(root, options = {}) {
    const maxDepth = options.maxDepth ?? Infinity;
    const entries = [];
    const pending = [{ abs: root, segments: [] }];
    for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
        let listing;
        try {
            listing = await (0,promises_.readdir)(next.abs, { withFileTypes: true });
        }
        catch (error) {
            const code = error.code ?? 'error';
            throw new FolderReadError(next.abs, code, next.segments.length === 0);
        }
        for (const dirent of listing) {
            if (options.skipNames?.has(dirent.name))
                continue;
            const segments = [...next.segments, dirent.name];
            const entry = {
                segments,
                path: segments.join('/'),
                abs: (0,external_node_path_.join)(next.abs, dirent.name),
                kind: kindOf(dirent),
            };
            entries.push(entry);
            if (entry.kind === 'directory' && segments.length < maxDepth) {
                pending.push({ abs: entry.abs, segments });
            }
        }
    }
    return entries.sort((a, b) => compareCodeUnits(a.path, b.path));
}
/**
 * A picomatch matcher for `/`-joined paths: `dot` (a name starting with a dot matches `*`, as with
 * fast-glob's `dot`), `nonegate` (a leading `!` is a character, not "everything but"), and the
 * regular expression's `s` flag, without which picomatch's `**` (and extglobs) never match across
 * a line break in a name: the blind spot this module exists to close.
 */
function globMatcher(pattern) {
    return picomatch_default()(pattern, { dot: true, nonegate: true, flags: 's' });
}

;// CONCATENATED MODULE: ./src/parsers/expand-inputs.ts







async function expandInputs(patterns, cwd, what) {
    const files = [];
    const seen = new Set();
    for (const pattern of patterns) {
        for (const file of await expandOne(pattern, cwd, what)) {
            if (!seen.has(file)) {
                seen.add(file);
                files.push(file);
            }
        }
    }
    return files;
}
/**
 * Drops files named twice in other words (`p.json`, `./p.json`, an absolute path, a link to it):
 * identity is the device and inode the name leads to, so one file is counted once. Returns the
 * files kept, in order, and one warning per file dropped. Names that cannot be stat'ed (the reader
 * reports them) and standard input are kept as they are.
 */
async function dedupeByIdentity(files, cwd, what) {
    const kept = [];
    const warnings = [];
    const seen = new Map();
    for (const file of files) {
        const info = isStdinName(file)
            ? undefined
            : await (0,promises_.stat)((0,external_node_path_.resolve)(cwd, file), { bigint: true }).catch(() => undefined);
        if (info === undefined) {
            kept.push(file);
            continue;
        }
        const id = `${info.dev}:${info.ino}`;
        const first = seen.get(id);
        if (first !== undefined) {
            warnings.push(`${file}: the same file as ${first}; the ${what} is read and counted once`);
            continue;
        }
        seen.set(id, file);
        kept.push(file);
    }
    return { files: kept, warnings };
}
async function expandOne(pattern, cwd, what) {
    // `-` and `/dev/stdin`: standard input, read as a stream (a pipe into the command).
    if (isStdinName(pattern))
        return [pattern];
    const scan = picomatch_default().scan(pattern);
    let literal;
    try {
        literal = await (0,promises_.stat)((0,external_node_path_.resolve)(cwd, pattern));
    }
    catch (error) {
        const code = error.code;
        // A glob is searched for below; a plain name that cannot be reached says why.
        if (!scan.isGlob) {
            if (code === 'ENOENT')
                throw new InputError('INPUT_NOT_FOUND', pattern, `no such ${what} file`);
            throw unreachable(pattern, code, what);
        }
    }
    if (literal?.isDirectory()) {
        const hint = what === 'plan' ? ` (use ${settingRef('terragruntDir')} for a Terragrunt output tree)` : '';
        throw new InputError('INPUT_UNREADABLE', pattern, `is a directory, not a ${what} JSON file${hint}`);
    }
    // A regular file, or standard input by name; a FIFO, device or socket is refused by the reader
    // (input-file.ts), which also says so when a link leads to one.
    if (literal !== undefined)
        return [pattern];
    const matches = await expandGlob(pattern, scan, cwd);
    if (matches.length === 0) {
        throw new InputError('INPUT_NOT_FOUND', pattern, `the glob matches no ${what} file`);
    }
    return matches;
}
/** Why a path that exists (or may) cannot be reached, from the errno code of its stat. */
function unreachable(pattern, code, what) {
    switch (code) {
        case 'EACCES':
        case 'EPERM':
            return new InputError('INPUT_UNREADABLE', pattern, `permission denied: a folder on the path cannot be entered by this user (${code})`);
        case 'ELOOP':
            return new InputError('INPUT_UNREADABLE', pattern, 'a symbolic link loop is on the path');
        case 'ENOTDIR':
            return new InputError('INPUT_NOT_FOUND', pattern, `no such ${what} file: a part of the path before the last is a file, not a folder`);
        case 'ENAMETOOLONG':
            return new InputError('INPUT_NOT_FOUND', pattern, `no such ${what} file: the name is too long`);
        default:
            return new InputError('INPUT_UNREADABLE', pattern, `cannot be read (${code ?? 'error'})`);
    }
}
/**
 * The regular files a glob matches: the folders before its first glob character are taken as
 * written (`./plans`, `../x`, `/abs`), everything below them is listed, to the glob's depth when it
 * has no `**`. Paths come out as fast-glob wrote them: the leading folders, then the path inside.
 */
async function expandGlob(pattern, scan, cwd) {
    const head = scan.prefix + scan.base;
    const isMatch = globMatcher(scan.glob);
    // Every `/` of any alternative is a `/` of the glob: its segment count bounds the depth.
    const maxDepth = scan.glob.includes('**') ? Infinity : scan.glob.split('/').length;
    let entries;
    try {
        entries = await walkFolders((0,external_node_path_.resolve)(cwd, head === '' ? '.' : head), { maxDepth });
    }
    catch (error) {
        if (!(error instanceof FolderReadError))
            throw error;
        // The leading folders do not exist (or are a file): the glob matches nothing.
        if (error.isRoot && (error.code === 'ENOENT' || error.code === 'ENOTDIR'))
            return [];
        const why = error.code === 'EACCES' || error.code === 'EPERM' ? 'permission denied, ' : '';
        throw new InputError('INPUT_UNREADABLE', pattern, `cannot read folder ${error.folder}, which the glob must search (${why}${error.code})`);
    }
    const joint = head === '' || head.endsWith('/') ? head : `${head}/`;
    return entries
        .filter((entry) => entry.kind === 'file' && isMatch(entry.path))
        .map((entry) => joint + entry.path)
        .sort(compareCodeUnits);
}

;// CONCATENATED MODULE: ./src/reporter/event-schema.ts
/**
 * The body of the IaCM "send event" call (`SendEventRequest`), as one zod schema.
 * Source: the Harness IaCM API reference the team keeps (harness-iacm-api.md). Every event is validated against it before it leaves
 * the program, and the test IaCM server validates what it receives with the same schema.
 */


const event_schema_count = schemas_number().int().nonnegative();
const event_schema_countsSchema = strictObject({
    added: event_schema_count,
    changed: event_schema_count,
    deleted: event_schema_count,
    unchanged: event_schema_count,
    imported: event_schema_count.optional(),
    removed: event_schema_count.optional(),
});
/** Decimal text such as "12.5", "-3", "0.0001": costs travel as strings, never floats. */
const event_schema_decimal = schemas_string().regex(/^-?\d+(\.\d+)?$/, 'a decimal number as text');
const costFields = {
    cost_currency: schemas_string().min(1).optional(),
    cost_total_monthly: event_schema_decimal.optional(),
    cost_past_total_monthly: event_schema_decimal.optional(),
    cost_diff_total_monthly: event_schema_decimal.optional(),
    cost_total_monthly_percentage_change: event_schema_decimal.optional(),
    cost_breakdown_uuid: schemas_string().optional(),
    cost_diff_uuid: schemas_string().optional(),
};
const stackSchema = strictObject({
    stack_name: schemas_string().optional(),
    stack_path: schemas_string().optional(),
    status: schemas_enum(STACK_STATUSES).optional(),
    error_message: schemas_string().optional(),
    resource_counts: event_schema_countsSchema.optional(),
    drift_counts: event_schema_countsSchema.optional(),
    stack_outputs: record(schemas_string(), schemas_string()).optional(),
    assets_uuid: schemas_string().optional(),
    manifest_uuid: schemas_string().optional(),
    template_uuid: schemas_string().optional(),
    tree_uuid: schemas_string().optional(),
    drift_uuid: schemas_string().optional(),
});
const terragruntDetailSchema = strictObject({
    path_id: schemas_string().min(1),
    status: schemas_string().optional(),
    resource_counts: event_schema_countsSchema.optional(),
    drift_counts: event_schema_countsSchema.optional(),
    output_counts: event_schema_countsSchema.optional(),
    ...costFields,
    state_file_link: schemas_string().optional(),
});
const activityMetadataSchema = strictObject({
    activity_type: schemas_enum(ACTIVITY_TYPES).optional(),
    activity_status: schemas_enum(ACTIVITY_STATUSES).optional(),
    resource_counts: event_schema_countsSchema.optional(),
    drift_counts: event_schema_countsSchema.optional(),
    output_counts: event_schema_countsSchema.optional(),
    PlannedChangesCount: event_schema_count.optional(),
    ...costFields,
    plan_uuid: schemas_string().optional(),
    state_uuid: schemas_string().optional(),
    modules_uuid: schemas_string().optional(),
    providers_uuid: schemas_string().optional(),
    data_length: event_schema_count.optional(),
    state_checksum: schemas_string().optional(),
    git_branch: schemas_string().optional(),
    git_commit_message: schemas_string().optional(),
    git_commit_sha: schemas_string().optional(),
    git_repo: schemas_string().optional(),
    pipeline: schemas_string().optional(),
    pipeline_name: schemas_string().optional(),
    pipeline_execution_id: schemas_string().optional(),
    pipeline_execution_number: schemas_string().optional(),
    pipeline_stage_id: schemas_string().optional(),
    provisioner: schemas_string().optional(),
    provisioner_version: schemas_string().optional(),
    stacks: array(stackSchema).optional(),
    terragrunt_details: array(terragruntDetailSchema).optional(),
    trigger: record(schemas_string(), unknown()).optional(),
    enable_solutions_factory: schemas_boolean().optional(),
    rollback_reason: schemas_string().optional(),
    rollback_source_id: schemas_string().optional(),
});
const sendEventRequestSchema = strictObject({
    event_type: schemas_enum(EVENT_TYPES),
    data: record(schemas_string(), schemas_string()).optional(),
    metadata: activityMetadataSchema.optional(),
    // Deprecated at top level (they belong in metadata); accepted so stored payloads still validate.
    pipeline_execution_id: schemas_string().optional(),
    pipeline_stage_id: schemas_string().optional(),
});

;// CONCATENATED MODULE: ./src/reporter/terragrunt-event.ts
/** All six counts, always: a zero `imported` is sent as 0 rather than left out. */
function countsToBody(counts) {
    return {
        added: counts.added,
        changed: counts.changed,
        deleted: counts.deleted,
        unchanged: counts.unchanged,
        imported: counts.imported,
        removed: counts.removed,
    };
}
/** The known figures only: an unknown cost is left out, never sent as "0". */
function terragrunt_event_costFields(figures) {
    const body = {};
    if (figures === undefined)
        return body;
    if (figures.currency !== undefined)
        body.cost_currency = figures.currency;
    if (figures.totalMonthly !== undefined)
        body.cost_total_monthly = figures.totalMonthly;
    if (figures.pastTotalMonthly !== undefined)
        body.cost_past_total_monthly = figures.pastTotalMonthly;
    if (figures.diffTotalMonthly !== undefined)
        body.cost_diff_total_monthly = figures.diffTotalMonthly;
    if (figures.percentageChange !== undefined)
        body.cost_total_monthly_percentage_change = figures.percentageChange;
    return body;
}
function unitsToTerragruntDetails(units) {
    return units.map((unit) => {
        const detail = { path_id: unit.pathId, status: unit.status };
        if (unit.resourceCounts)
            detail.resource_counts = countsToBody(unit.resourceCounts);
        if (unit.driftCounts)
            detail.drift_counts = countsToBody(unit.driftCounts);
        if (unit.outputCounts)
            detail.output_counts = countsToBody(unit.outputCounts);
        return { ...detail, ...terragrunt_event_costFields(unit.cost) };
    });
}
function unitsToStacks(units) {
    return units.map((unit) => {
        const stack = { stack_name: unit.name, stack_path: unit.pathId, status: unit.status };
        if (unit.errorMessage !== undefined)
            stack.error_message = unit.errorMessage;
        if (unit.resourceCounts)
            stack.resource_counts = countsToBody(unit.resourceCounts);
        if (unit.driftCounts)
            stack.drift_counts = countsToBody(unit.driftCounts);
        if (unit.outputs)
            stack.stack_outputs = { ...unit.outputs };
        return stack;
    });
}

;// CONCATENATED MODULE: ./src/reporter/build-event.ts



/**
 * Which program sent the event, in `trigger` (free-form JSON in the API) beside the CI `source`:
 * Harness-side support can then tell an event of this reporter, and of which release, from one
 * sent by anything else. `data` (string map) would also hold it, but `trigger` already says who
 * sent the event and how.
 */
const REPORTER_TRIGGER = { reporter: REPORTER_NAME, reporter_version: VERSION };
function buildEvent(model, context) {
    const metadata = {
        activity_type: model.activityType,
        activity_status: model.activityStatus,
        resource_counts: countsToBody(model.resourceCounts),
        drift_counts: countsToBody(model.driftCounts),
        output_counts: countsToBody(model.outputCounts),
        PlannedChangesCount: model.plannedChangesCount,
        ...terragrunt_event_costFields(model.cost),
        ...context,
        trigger: { ...context.trigger, ...REPORTER_TRIGGER },
    };
    if (model.provisioner !== undefined)
        metadata.provisioner = model.provisioner;
    if (model.provisionerVersion !== undefined)
        metadata.provisioner_version = model.provisionerVersion;
    if (model.units.length > 0) {
        metadata.terragrunt_details = unitsToTerragruntDetails(model.units);
        metadata.stacks = unitsToStacks(model.units);
    }
    // The schema is the contract with Harness: a body that fails it is our bug, and must not leave.
    const event = sendEventRequestSchema.parse({ event_type: model.eventType, metadata });
    // zod leaves `__proto__` keys out of a record it parses (its guard against prototype pollution),
    // but an output may really be named so (a valid HCL name): keep the outputs as built, where
    // every name is an own property.
    event.metadata?.stacks?.forEach((stack, i) => {
        const built = metadata.stacks?.[i]?.stack_outputs;
        if (built !== undefined)
            stack.stack_outputs = built;
    });
    return event;
}

;// CONCATENATED MODULE: ./src/run/gates.ts





/** The gates that trip, in the order they are configured; empty when all pass. */
function trippedGates(model, gates) {
    const tripped = [];
    if (gates.failOnDrift && model.hasDrift) {
        tripped.push({ name: 'fail-on-drift', reason: `${plural(model.driftedCount, 'resource')} drifted` });
    }
    if (gates.failOnDestroy && model.resourceCounts.deleted > 0) {
        tripped.push({
            name: 'fail-on-destroy',
            reason: `${plural(model.resourceCounts.deleted, 'resource')} would be destroyed (replacements included)`,
        });
    }
    const limit = gates.maxMonthlyCostIncrease;
    if (limit !== undefined) {
        const diff = model.cost?.diffTotalMonthly;
        const currency = model.cost?.currency;
        if (diff === undefined) {
            tripped.push({
                name: 'max-monthly-cost-increase',
                reason: 'no cost difference is known (pass an Infracost diff JSON)',
            });
        }
        else if (compareDecimals(diff, limit) > 0) {
            tripped.push({
                name: 'max-monthly-cost-increase',
                reason: `monthly cost rises by ${formatMoney(diff, currency)} (${diff}), over the limit of ${formatMoney(limit, currency)}`,
            });
        }
    }
    const policy = policyGate(model, gates);
    if (policy !== undefined)
        tripped.push(policy);
    return tripped;
}
/**
 * fail-on-policy error|warning (issue 14): trips on an answer at that level or worse, naming the
 * policies. No policy answer at all (nothing uploaded, or the server evaluated none) passes: the
 * gate judges what Harness said, and an upload that failed is already a warning of its own.
 */
function policyGate(model, gates) {
    const level = gates.failOnPolicy;
    const policy = model.workspaceData?.policy;
    if (level === undefined || policy === undefined)
        return undefined;
    const trips = policy.level === 'error' || (level === 'warning' && policy.level === 'warning');
    if (!trips)
        return undefined;
    const named = policy.policies
        .filter((p) => p.level === 'error' || (level === 'warning' && p.level === 'warning'))
        .map(policyName);
    // Names are the server's words: printed plain, one line.
    const names = named.length === 0 ? '' : `: ${plainText([...new Set(named)].join(', '))}`;
    return { name: 'fail-on-policy', reason: `Harness policy evaluation answered ${policy.level}${names}` };
}

;// CONCATENATED MODULE: ./src/api/api-errors.ts
/**
 * Turns a failed HTTP exchange into an ApiError a person can act on: which key, which org /
 * project / workspace, what the server said. Messages are redacted here, once, so no caller can
 * forget to.
 */


const MAX_SERVER_MESSAGE = 300;
/**
 * The human part of an error body: Goa's `{name, id, message}`, a gateway's `{code, message}`,
 * or plain text / HTML from an edge proxy, squeezed onto one line and cut to a sensible length.
 */
function serverMessage(body) {
    const text = body.trim();
    if (text === '')
        return '';
    let message = text;
    try {
        const parsed = JSON.parse(text);
        if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
            const fields = parsed;
            const main = typeof fields['message'] === 'string' ? fields['message'] : undefined;
            // Goa's `id` and the gateway's `correlationId` are what Harness support asks for.
            const id = [fields['id'], fields['correlationId']].find((v) => typeof v === 'string');
            const kind = [fields['name'], fields['code']].find((v) => typeof v === 'string');
            if (main !== undefined) {
                message = `${main}${kind === undefined ? '' : ` [${String(kind)}]`}${id === undefined ? '' : ` (id ${String(id)})`}`;
            }
        }
    }
    catch {
        // Not JSON: an edge proxy page. Strip tags so an HTML error reads as its text.
        if (text.startsWith('<'))
            message = text.replace(/<[^>]*>/g, ' ');
    }
    message = message.replace(/\s+/g, ' ').trim();
    return message.length > MAX_SERVER_MESSAGE ? `${message.slice(0, MAX_SERVER_MESSAGE - 1)}…` : message;
}
function said(body) {
    const message = serverMessage(body);
    return message === '' ? '' : `; Harness said: ${message}`;
}
/**
 * The error for a final non-2xx answer. `attempts` counts tries, retries included; `location` is
 * the Location header of a redirect.
 */
function statusError(status, body, ctx, attempts, location) {
    const { conn } = ctx;
    const where = `org "${conn.org}", project "${conn.project}"`;
    const tries = attempts > 1 ? ` after ${attempts} attempts` : '';
    let code;
    let text;
    switch (status) {
        case 401:
            code = 'API_UNAUTHORIZED';
            text =
                `could not ${ctx.action}: Harness rejected the API key for account "${conn.accountId}" (401 Unauthorized). ` +
                    'The key is wrong, expired or revoked, or belongs to another account: create a new API key ' +
                    `(pat.* or sat.*) and pass it with ${settingRef('connection.apiKey')}`;
            break;
        case 403:
            code = 'API_FORBIDDEN';
            text =
                `could not ${ctx.action}: the API key lacks permission on ${where} (403 Forbidden). ` +
                    'Grant its user or service account an IaCM role in that project';
            break;
        case 404:
            code = 'API_NOT_FOUND';
            text =
                `could not ${ctx.action}: not found (404). Check that ${where} and workspace "${conn.workspace}" ` +
                    `exist in account "${conn.accountId}" with exactly these identifiers (not display names)`;
            break;
        case 429:
            code = 'API_RATE_LIMITED';
            text =
                `could not ${ctx.action}: Harness is rate-limiting this API key (429 Too Many Requests)${tries}. ` +
                    'Try again in a minute; bodies over 500,000 characters are limited to one per 10 s';
            break;
        default:
            if (status >= 300 && status < 400) {
                // Not followed on purpose: the API key would go wherever the redirect points.
                code = 'API_BAD_REQUEST';
                const target = location === undefined ? '' : ` to ${location}`;
                text = `could not ${ctx.action}: ${ctx.host} answered with a redirect (HTTP ${status})${target}; set ${settingRef('connection.baseUrl')} to the Harness host it names`;
                return new ApiError(code, redact(text, [conn.apiKey]), status);
            }
            if (status >= 500) {
                code = 'API_SERVER';
                text = `could not ${ctx.action}: the IaCM API at ${ctx.host} failed with HTTP ${status}${tries}`;
            }
            else {
                code = 'API_BAD_REQUEST';
                text = `could not ${ctx.action}: Harness refused the request with HTTP ${status}`;
            }
    }
    const message = serverMessage(body);
    return new ApiError(code, redact(`${text}${said(body)}`, [conn.apiKey]), status, undefined, message === '' ? undefined : redact(message, [conn.apiKey]));
}
/** The error for a 2xx whose body is not what the API documents. */
function responseError(detail, ctx) {
    return new ApiError('API_RESPONSE', redact(`could not ${ctx.action}: ${ctx.host} answered 200 but ${detail}; is ${settingRef('connection.baseUrl')} the Harness API?`, [ctx.conn.apiKey]), 200);
}

;// CONCATENATED MODULE: ./src/api/network-errors.ts
/**
 * What went wrong below HTTP (refused, reset, timed out, DNS, TLS), whether trying again can help,
 * and how to say it. undici nests the system error in `cause`, so the whole chain is searched.
 */


const TIMEOUT_CODES = new Set([
    'ETIMEDOUT',
    'UND_ERR_CONNECT_TIMEOUT',
    'UND_ERR_HEADERS_TIMEOUT',
    'UND_ERR_BODY_TIMEOUT',
]);
/** Failures of the path to the server that another try may well get through. */
const TRANSIENT_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'ECONNABORTED',
    'EPIPE',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'ENETDOWN',
    'EAI_AGAIN',
    'UND_ERR_SOCKET',
    'UND_ERR_CLOSED',
]);
const TLS_CODE = /CERT|SSL|TLS|SIGNATURE|ERR_TLS/;
/** The error and its causes, outermost first, at most five deep (a cause may loop). */
function errorChain(error) {
    const chain = [];
    let current = error;
    for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
        const record = current;
        chain.push({
            ...(typeof record.code === 'string' ? { code: record.code } : {}),
            message: typeof record.message === 'string' ? record.message : 'unknown error',
        });
        current = record.cause;
    }
    if (chain.length === 0)
        chain.push({ message: String(error) });
    return chain;
}
/** `deadlineHit` is true when our own whole-request timer aborted the call. */
function classifyNetworkError(error, deadlineHit) {
    const chain = errorChain(error);
    // The innermost coded error is the most specific ("ECONNREFUSED" under "fetch failed").
    const coded = [...chain].reverse().find((link) => link.code !== undefined);
    const code = coded?.code ?? 'UNKNOWN';
    const detail = (coded ?? chain[0])?.message ?? code;
    if (deadlineHit)
        return { kind: 'timeout', code: 'ABORTED', retryable: true, detail };
    if (TIMEOUT_CODES.has(code))
        return { kind: 'timeout', code, retryable: true, detail };
    return { kind: 'network', code, retryable: TRANSIENT_CODES.has(code), detail };
}
function advice(failure, host) {
    if (failure.code === 'ENOTFOUND')
        return `the host name ${host} does not resolve: check ${settingRef('connection.baseUrl')}`;
    if (TLS_CODE.test(failure.code)) {
        return 'the TLS certificate was not accepted: behind an inspecting proxy, point NODE_EXTRA_CA_CERTS at its CA file';
    }
    return `check ${settingRef('connection.baseUrl')}, the network and the proxy settings (HTTPS_PROXY, NO_PROXY)`;
}
function networkError(failure, ctx, attempts, requestTimeoutMs) {
    const tries = attempts > 1 ? ` (${attempts} attempts)` : '';
    const text = failure.kind === 'timeout'
        ? `could not ${ctx.action}: no answer from ${ctx.host} within ${requestTimeoutMs / 1000} s${tries}; ` +
            'check the network and the proxy settings (HTTPS_PROXY, NO_PROXY), or try again later'
        : `could not ${ctx.action}: cannot reach ${ctx.host} (${failure.code}: ${failure.detail})${tries}; ${advice(failure, ctx.host)}`;
    return new ApiError(failure.kind === 'timeout' ? 'API_TIMEOUT' : 'API_NETWORK', redact(text, [ctx.conn.apiKey]));
}

;// CONCATENATED MODULE: ./src/api/http-client.ts





const DEFAULT_HTTP_OPTIONS = {
    connectTimeoutMs: 10_000,
    requestTimeoutMs: 30_000,
    maxAttempts: 4,
    baseDelayMs: 500,
    maxDelayMs: 8_000,
    totalBudgetMs: 60_000,
    maxResponseBytes: 1024 * 1024,
    maxErrorBodyBytes: 64 * 1024,
};
const RETRYABLE_STATUS = new Set([429, 500, 502, 503, 504]);
let undici;
/**
 * undici, loaded on first use: it is half of each bundle and its start-up (~40 ms, measured with
 * the CLI on a small plan) would be paid by every run, dry runs and runs that fail before sending
 * included. The bundler splits it into a chunk file beside index.js.
 */
function loadUndici() {
    undici ??= __nccwpck_require__.e(/* import() */ 752).then(__nccwpck_require__.t.bind(__nccwpck_require__, 6752, 19));
    return undici;
}
function firstSet(env, names) {
    return names.map((name) => env[name]?.trim()).find((value) => value !== undefined && value !== '');
}
/**
 * A plain Agent, or EnvHttpProxyAgent when proxy variables are set. Unset values are passed as ''
 * so undici does not fall back to process.env behind our back.
 */
async function createDispatcher(env, connectTimeoutMs) {
    const { Agent, EnvHttpProxyAgent } = await loadUndici();
    const connect = { timeout: connectTimeoutMs };
    const httpsProxy = firstSet(env, ['https_proxy', 'HTTPS_PROXY']);
    const httpProxy = firstSet(env, ['http_proxy', 'HTTP_PROXY']);
    if (httpsProxy === undefined && httpProxy === undefined)
        return new Agent({ connect });
    try {
        return new EnvHttpProxyAgent({
            connect,
            httpProxy: httpProxy ?? '',
            httpsProxy: httpsProxy ?? '',
            noProxy: firstSet(env, ['no_proxy', 'NO_PROXY']) ?? '',
        });
    }
    catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        // Proxy URLs may carry user:password; say which variable is wrong, not what it holds. The
        // cause is left off on purpose: its message may quote the URL, credentials and all.
        throw new UsageError(`the proxy setting (HTTPS_PROXY / HTTP_PROXY) is not usable: ${redact(detail)}`, 'CONFIG_INVALID');
    }
}
function flattenHeaders(headers) {
    const out = {};
    for (const [name, value] of Object.entries(headers)) {
        if (value !== undefined)
            out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
    }
    return out;
}
/**
 * Reads a body up to `limit` bytes. Past it the rest is not read (the stream is destroyed), so a
 * server or proxy that streams without end costs `limit` bytes of memory, not gigabytes.
 */
async function readCapped(body, limit) {
    const chunks = [];
    let size = 0;
    for await (const chunk of body) {
        const room = limit - size;
        if (chunk.length > room) {
            if (room > 0)
                chunks.push(Buffer.from(chunk.subarray(0, room)));
            body.destroy?.();
            return { text: Buffer.concat(chunks).toString('utf8'), cut: true };
        }
        chunks.push(Buffer.from(chunk));
        size += chunk.length;
    }
    return { text: Buffer.concat(chunks).toString('utf8'), cut: false };
}
async function createHttpClient(conn, options = {}) {
    const merged = { ...DEFAULT_HTTP_OPTIONS, ...options };
    const settings = { ...merged, maxAttempts: Math.max(1, Math.floor(merged.maxAttempts)) };
    const random = options.random ?? Math.random;
    const sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    let dispatcher = await createDispatcher(options.env ?? {}, settings.connectTimeoutMs);
    const { request } = await loadUndici();
    const headers = {
        'harness-account': conn.accountId,
        'x-api-key': conn.apiKey,
        'content-type': 'application/json',
        accept: 'application/json, application/vnd.goa.error',
        'user-agent': `${REPORTER_NAME}/${VERSION}`,
    };
    /**
     * One try, ended by one deadline whatever it is waiting for: the TCP connection, a proxy that
     * accepted the connection and never answers its CONNECT (undici does not abort that on the
     * signal), TLS, the headers or the body. On the deadline the dispatcher is destroyed (which ends
     * a stuck proxy tunnel) and a fresh one takes its place for the next try.
     */
    async function once(method, url, body, timeoutMs) {
        const controller = new AbortController();
        let timer;
        const deadline = new Promise((resolve) => {
            timer = setTimeout(() => resolve('deadline'), timeoutMs);
        });
        let opened;
        const exchange = (async () => {
            const raw = typeof body === 'object' ? body : undefined;
            opened = raw?.open();
            const res = await request(url, {
                method,
                headers: raw
                    ? { ...headers, 'content-type': raw.contentType, 'content-length': String(raw.length) }
                    : headers,
                body: raw ? opened : body,
                dispatcher,
                signal: controller.signal,
            });
            const ok = res.statusCode >= 200 && res.statusCode < 300;
            // Reading the body is part of the request: a server that stalls mid-body hits the same deadline.
            const limit = ok ? settings.maxResponseBytes : settings.maxErrorBodyBytes;
            const { text, cut } = await readCapped(res.body, limit);
            const response = { status: res.statusCode, headers: flattenHeaders(res.headers), body: text };
            return ok && cut ? { response, tooLarge: true } : { response };
        })().catch((error) => ({ failure: classifyNetworkError(error, false) }));
        try {
            const outcome = await Promise.race([exchange, deadline]);
            if (outcome !== 'deadline')
                return outcome;
            controller.abort();
            const stuck = dispatcher;
            dispatcher = await createDispatcher(options.env ?? {}, settings.connectTimeoutMs);
            void stuck.destroy().catch(() => undefined);
            return { failure: classifyNetworkError(new Error('deadline'), true) };
        }
        finally {
            clearTimeout(timer);
            // A stream the request did not finish (a failed attempt) still holds its file open.
            if (opened !== undefined && !Buffer.isBuffer(opened))
                opened.destroy?.();
        }
    }
    async function call(method, url, action, body) {
        const ctx = { conn, host: url.host, action };
        const start = Date.now();
        const deadline = start + settings.totalBudgetMs;
        let last;
        let lastTimeoutMs = settings.requestTimeoutMs;
        let attempts = 0;
        while (attempts < settings.maxAttempts) {
            const remaining = deadline - Date.now();
            if (remaining <= 0 && last !== undefined)
                break;
            lastTimeoutMs = Math.max(1, Math.min(settings.requestTimeoutMs, remaining));
            attempts += 1;
            const outcome = await once(method, url, body, lastTimeoutMs);
            const cutShort = 'failure' in outcome &&
                outcome.failure.kind === 'timeout' &&
                lastTimeoutMs < settings.requestTimeoutMs;
            // An attempt the budget cut short says less than the answer before it ("HTTP 500" beats "no answer").
            if (cutShort && last !== undefined && 'response' in last)
                break;
            last = outcome;
            if ('response' in last) {
                const { status } = last.response;
                if (last.tooLarge === true) {
                    throw responseError(`with a body of more than ${formatBytes(settings.maxResponseBytes)} (the most this call takes); the answer was not read`, ctx);
                }
                if (status >= 200 && status < 300)
                    return last.response;
                if (!RETRYABLE_STATUS.has(status)) {
                    throw statusError(status, last.response.body, ctx, attempts, last.response.headers['location']);
                }
            }
            else if (!last.failure.retryable) {
                break;
            }
            if (attempts >= settings.maxAttempts)
                break;
            // Full jitter: spreads the retries of many runners that hit a limit at the same moment.
            const cap = Math.min(settings.maxDelayMs, settings.baseDelayMs * 2 ** (attempts - 1));
            const delay = Math.floor(random() * cap);
            if (Date.now() + delay >= deadline)
                break;
            const why = 'response' in last ? `HTTP ${last.response.status}` : last.failure.code;
            options.log?.(redact(`IaCM API ${url.host}: ${why}; retrying in ${(delay / 1000).toFixed(1)} s (attempt ${attempts + 1} of ${settings.maxAttempts})`, [conn.apiKey]));
            await sleep(delay);
        }
        throw finalError(last, ctx, attempts, lastTimeoutMs);
    }
    return {
        call,
        close: () => dispatcher.destroy(),
    };
}
/** 1048576 -> "1 MiB", 65536 -> "64 KiB". */
function formatBytes(bytes) {
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0)
        return `${bytes / (1024 * 1024)} MiB`;
    if (bytes >= 1024 && bytes % 1024 === 0)
        return `${bytes / 1024} KiB`;
    return `${bytes} bytes`;
}
function finalError(last, ctx, attempts, timeoutMs) {
    if (last === undefined) {
        return networkError({ kind: 'timeout', code: 'ABORTED', retryable: true, detail: '' }, ctx, attempts, timeoutMs);
    }
    if ('response' in last)
        return statusError(last.response.status, last.response.body, ctx, attempts);
    return networkError(last.failure, ctx, attempts, timeoutMs);
}

;// CONCATENATED MODULE: ./src/api/api-call.ts



/** Parses a 2xx body as JSON of the given shape, or ApiError API_RESPONSE. */
function parseResponse(response, schema, ctx) {
    let json;
    try {
        json = JSON.parse(response.body);
    }
    catch {
        const kind = response.body.trim() === ''
            ? 'an empty body'
            : `a body that is not JSON (${response.headers['content-type'] ?? 'no content type'})`;
        throw responseError(`with ${kind}`, ctx);
    }
    const result = schema.safeParse(json);
    if (!result.success) {
        const issue = result.error.issues[0];
        const where = issue === undefined || issue.path.length === 0 ? 'the body' : issue.path.join('.');
        throw responseError(`with JSON of an unexpected shape (${where}: ${issue?.message ?? 'invalid'})`, ctx);
    }
    return result.data;
}
async function withClient(conn, options, use) {
    const resolved = requireConnection(conn);
    const client = await createHttpClient(resolved, options);
    try {
        return await use(client, resolved);
    }
    finally {
        await client.close();
    }
}
function context(resolved, url, action) {
    return { conn: resolved, host: url.host, action };
}

;// CONCATENATED MODULE: ./src/api/list-pipelines.ts
/**
 * GET `.../workspaces/{workspace}/pipelines`, every page. The two Harness documents disagree on
 * the paging headers and on the largest `limit`, so we read either naming, trust a short or empty
 * page as the end, and protect ourselves from a server that ignores `page` (the same page again)
 * with repeat detection and a hard cap on pages.
 */



const pageSchema = looseObject({
    account: schemas_string().optional(),
    org: schemas_string().optional(),
    project: schemas_string().optional(),
    // A Go server encodes an empty list as null; both mean "none".
    pipelines: array(schemas_string()).nullish(),
});
function headerNumber(headers, names) {
    for (const name of names) {
        const value = headers[name];
        if (value !== undefined && /^\s*\d+\s*$/.test(value))
            return Number(value);
    }
    return undefined;
}
/** Header names arrive lower-cased, so `X-Total-Elements` is looked up as `x-total-elements`. */
function readPageHeaders(headers) {
    const totalItems = headerNumber(headers, ['x-total-elements', 'x-total-items']);
    const totalPages = headerNumber(headers, ['x-total-pages']);
    const pageSize = headerNumber(headers, ['x-page-size']);
    const pageNumber = headerNumber(headers, ['x-page-number']);
    return {
        ...(totalItems === undefined ? {} : { totalItems }),
        ...(totalPages === undefined ? {} : { totalPages }),
        ...(pageSize === undefined || pageSize === 0 ? {} : { pageSize }),
        ...(pageNumber === undefined ? {} : { pageNumber }),
    };
}
async function listWorkspacePipelines(conn, options = {}) {
    const limit = options.pageSize ?? 100;
    const maxPages = options.maxPages ?? 100;
    const action = 'list the pipelines of the workspace';
    return withClient(conn, options, async (client, resolved) => {
        const seen = new Set();
        let first;
        let previous;
        let done = false;
        for (let page = 1; page <= maxPages && !done; page++) {
            const url = workspaceUrl(resolved, 'pipelines', { limit, page });
            const response = await client.call('GET', url, action);
            const body = parseResponse(response, pageSchema, context(resolved, url, action));
            first ??= body;
            const items = body.pipelines ?? [];
            const info = readPageHeaders(response.headers);
            const key = JSON.stringify(items);
            // The page number header is not trusted to be 1-based; only "same as last time" is a signal.
            const repeated = previous !== undefined &&
                ((items.length > 0 && key === previous.key) ||
                    (info.pageNumber !== undefined && info.pageNumber === previous.pageNumber));
            if (repeated)
                break;
            previous = { key, ...(info.pageNumber === undefined ? {} : { pageNumber: info.pageNumber }) };
            for (const item of items)
                seen.add(item);
            const totalsKnown = info.totalPages !== undefined || info.totalItems !== undefined;
            const totalsReached = (info.totalPages !== undefined && page >= info.totalPages) ||
                (info.totalItems !== undefined && seen.size >= info.totalItems);
            // A page shorter than asked for ends the list, unless a total says more are coming (a
            // server that caps `limit` below ours and says so only through its totals).
            const short = items.length < (info.pageSize ?? limit);
            done = items.length === 0 || totalsReached || (short && !totalsKnown);
            if (!done && page === maxPages) {
                return { ...identity(first), pipelines: [...seen], truncated: true };
            }
        }
        return { ...identity(first), pipelines: [...seen], truncated: false };
    });
}
function identity(body) {
    return {
        ...(body?.account === undefined ? {} : { account: body.account }),
        ...(body?.org === undefined ? {} : { org: body.org }),
        ...(body?.project === undefined ? {} : { project: body.project }),
    };
}

;// CONCATENATED MODULE: ./src/api/iacm-api.ts
/**
 * The IaCM calls this tool makes. Each takes a ApiConnection (checked here: a call without an
 * account, org, project, workspace or key is a UsageError) and HttpOptions for timeouts, retries
 * and proxies. Bodies come in finished; answers are validated with zod before anyone reads them.
 */





const DELAY_UNITS = (/* unused pure expression or super */ null && (['seconds', 'minutes', 'hours', 'days']));
const optionalText = schemas_string()
    .nullish()
    .transform((value) => (value === null || value === '' ? undefined : value));
/**
 * The spec marks `status` required; we accept its absence rather than report a failure for a TTL
 * that was in fact set. Unknown fields are kept: GET may return the stored settings as well.
 */
const ephemeralConfigResponseSchema = looseObject({
    destroy_at: optionalText,
    delete_at: optionalText,
    status: optionalText,
});
/** POST `.../events` with `body` exactly as given (success is a 200 with no body). */
async function sendEvent(conn, body, options = {}) {
    await withClient(conn, options, async (client, resolved) => {
        const url = workspaceUrl(resolved, 'events');
        const action = 'send the event';
        const response = await client.call('POST', url, action, body);
        // A 2xx with a body that is not JSON (a web server's or proxy's HTML page) is not Harness
        // taking the event: fail (and so spool the body) rather than report a send that lost it.
        if (response.body.trim() !== '')
            parseResponse(response, unknown(), context(resolved, url, action));
    });
}
async function putEphemeralConfig(conn, config, options = {}) {
    return withClient(conn, options, async (client, resolved) => {
        const url = workspaceUrl(resolved, 'ephemeral-config');
        const action = 'set the workspace time to live';
        const response = await client.call('PUT', url, action, JSON.stringify(config));
        return parseResponse(response, ephemeralConfigResponseSchema, context(resolved, url, action));
    });
}
/**
 * The workspace's time to live, or undefined when it has none: Harness answers a GET for a
 * workspace without one with a 404 whose message is about the config, and an unknown workspace
 * (or org, project) with a 404 whose message is about the workspace. The API reference documents
 * neither body; telling them apart by the message is our inference, so only a 404 that names the
 * config and does not say a workspace is missing counts as "none". Anything else stays an error.
 */
async function getEphemeralConfig(conn, options = {}) {
    return withClient(conn, options, async (client, resolved) => {
        const url = workspaceUrl(resolved, 'ephemeral-config');
        const action = 'read the workspace time to live';
        let response;
        try {
            response = await client.call('GET', url, action);
        }
        catch (error) {
            if (error instanceof ApiError && error.status === 404 && saysNoConfig(error.serverMessage))
                return undefined;
            throw error;
        }
        return parseResponse(response, ephemeralConfigResponseSchema, context(resolved, url, action));
    });
}
/** A 404 message about a missing config (not a missing workspace, org or project). */
function saysNoConfig(message) {
    if (message === undefined)
        return false;
    const aboutConfig = /ephemeral[ _-]?config|time[ _-]to[ _-]live|\bttl\b|\bconfig(uration)?\b/i.test(message);
    const missingScope = /\b(workspace|org(anization)?|project|account)\b[^.;]*\b(not found|does not exist|doesn't exist|unknown)\b/i.test(message) || /\b(no such|unknown) (workspace|org(anization)?|project|account)\b/i.test(message);
    return aboutConfig && !missingScope;
}
/** Turns the time to live off. Whatever a 2xx carries is ignored. */
async function deleteEphemeralConfig(conn, options = {}) {
    await withClient(conn, options, async (client, resolved) => {
        await client.call('DELETE', workspaceUrl(resolved, 'ephemeral-config'), 'turn the workspace time to live off');
    });
}

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./src/api/spool.ts
/**
 * A body that could not be delivered is not lost: it is written, byte for byte, to a file that
 * `iacm-report send --payload <file>` can deliver later. On CI the runner's temp folder
 * (RUNNER_TEMP) is kept for the job and cleaned after it, which is what we want for a file that
 * holds repository and cost details.
 */




/** Harness limits requests over this many characters to one per 10 s. */
const LARGE_BODY_CHARS = 500_000;
function spoolDirectory(options = {}) {
    const runnerTemp = options.env?.['RUNNER_TEMP'];
    const dir = options.spoolDir ?? (runnerTemp !== undefined && runnerTemp !== '' ? runnerTemp : (0,external_node_os_namespaceObject.tmpdir)());
    return options.cwd === undefined ? (0,external_node_path_.resolve)(dir) : (0,external_node_path_.resolve)(options.cwd, dir);
}
/** The warning for a body over the size Harness rate-limits, or undefined. */
function largeBodyWarning(body) {
    if (body.length <= LARGE_BODY_CHARS)
        return undefined;
    return (`the event body is ${body.length.toLocaleString('en-US')} characters; Harness accepts bodies over ` +
        `${LARGE_BODY_CHARS.toLocaleString('en-US')} characters at most once per 10 s, so send them one at a time`);
}
/**
 * Writes `body` exactly to `iacm-event-<UTC timestamp>-<random>.json`, mode 0600, and says where.
 * When the spool folder cannot be written (read-only, full, not a folder), the OS temp folder is
 * tried before giving up, and `fallback` says why: a report is never lost to a bad --spool-dir.
 */
async function spoolBody(body, options = {}) {
    const dir = spoolDirectory(options);
    try {
        return await spoolInto(dir, body, options);
    }
    catch (error) {
        const fallbackDir = (0,external_node_os_namespaceObject.tmpdir)();
        if ((0,external_node_path_.resolve)(fallbackDir) === dir)
            throw error;
        const code = error.code ?? error.message;
        const result = await spoolInto(fallbackDir, body, options);
        return { ...result, fallback: `the spool folder ${dir} could not be written (${code})` };
    }
}
async function spoolInto(dir, body, options) {
    await (0,promises_.mkdir)(dir, { recursive: true, mode: 0o700 });
    const stamp = (options.now?.() ?? new Date())
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d+Z$/, 'Z');
    const file = (0,external_node_path_.join)(dir, `iacm-event-${stamp}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.json`);
    // 'wx': never overwrite; the random part makes a clash all but impossible, this makes it harmless.
    await (0,promises_.writeFile)(file, body, { encoding: 'utf8', mode: 0o600, flag: 'wx' });
    const warning = largeBodyWarning(body);
    return warning === undefined ? { file } : { file, warning };
}

;// CONCATENATED MODULE: ./src/api/deliver.ts




/**
 * Sends `body`; on an ApiError (any status, network, timeout, once retries are spent) writes it to
 * the spool folder and returns where. A UsageError (no key, plain-http URL) is thrown as is:
 * nothing was attempted, and the run should fail with exit 2. If the spool write itself fails,
 * that error is thrown with the delivery error in its message, so the cause is not lost.
 */
async function deliverEvent(conn, body, options = {}) {
    const warning = largeBodyWarning(body);
    if (warning !== undefined)
        options.log?.(warning);
    const http = {
        ...(options.env === undefined ? {} : { env: options.env }),
        ...(options.log === undefined ? {} : { log: options.log }),
        ...options.http,
    };
    try {
        await sendEvent(conn, body, http);
        return { kind: 'sent' };
    }
    catch (error) {
        if (!(error instanceof ApiError))
            throw error;
        try {
            const { file, fallback } = await spoolBody(body, options);
            if (fallback !== undefined)
                options.log?.(`warning: ${fallback}; the body was written to ${file} instead`);
            return { kind: 'spooled', file, error };
        }
        catch (spoolError) {
            const detail = spoolError instanceof Error ? spoolError.message : String(spoolError);
            throw new ApiError(error.code, redact(`${error.template}; the body could not be saved either (${detail})`, [conn.apiKey]), error.status, { cause: spoolError });
        }
    }
}

;// CONCATENATED MODULE: ./src/partial/leg-name.ts
/**
 * Who made a partial report: `--leg <name>`, else what the CI shows of the leg. Pure: a function
 * of the environment and the partial's file name.
 *
 * GitHub puts no matrix value in a step's environment (only `GITHUB_JOB`, shared by every leg), so
 * the file name, which a matrix job writes per leg (`partial-${{ matrix.unit }}.json`), carries
 * the matrix value into the default name. In a Harness looping strategy each iteration's step gets
 * its own identifier (the step id plus an iteration suffix; our reading of Harness's docs) and
 * the stage/step variables name it.
 */

function leg_name_pick(env, ...names) {
    return names.map((name) => env[name]?.trim()).find((value) => value !== undefined && value !== '');
}
function stem(file) {
    const name = (0,external_node_path_.basename)(file);
    return name.slice(0, name.length - (0,external_node_path_.extname)(name).length) || name;
}
function legOrigin(env, options) {
    const github = env['GITHUB_ACTIONS'] === 'true';
    const job = github
        ? leg_name_pick(env, 'GITHUB_JOB')
        : [leg_name_pick(env, 'HARNESS_STAGE_ID', 'DRONE_STAGE_NAME'), leg_name_pick(env, 'HARNESS_STEP_ID', 'DRONE_STEP_NAME')]
            .filter((part) => part !== undefined)
            .join('/') || undefined;
    const run = github
        ? [leg_name_pick(env, 'GITHUB_RUN_ID'), leg_name_pick(env, 'GITHUB_RUN_ATTEMPT')].filter(Boolean).join('.') || undefined
        : leg_name_pick(env, 'HARNESS_EXECUTION_ID', 'HARNESS_BUILD_ID', 'DRONE_BUILD_NUMBER');
    const name = (options.leg?.trim() || [job, stem(options.file)].filter(Boolean).join(':')).slice(0, 300);
    const leg = { name, status: 'success', sent: options.sent };
    if (job !== undefined)
        leg.job = job;
    if (run !== undefined)
        leg.run = run;
    return leg;
}

;// CONCATENATED MODULE: ./src/parsers/json-numbers.ts
/**
 * Rewrites every JSON number outside strings as a string holding its source text (`12.50` ->
 * `"12.50"`), so a JSON.parse of the result keeps each number exactly as written. Node 20's
 * JSON.parse has no access to a number's source text, and a cost must never pass through a float.
 * The input must already be valid JSON (callers parse it once first); this only re-tokenises it.
 */
function quoteJsonNumbers(text, prefix = '') {
    let out = '';
    let copiedTo = 0;
    let i = 0;
    while (i < text.length) {
        const c = text.charCodeAt(i);
        if (c === 0x22 /* " */) {
            i = endOfString(text, i);
        }
        else if (c === 0x2d /* - */ || (c >= 0x30 && c <= 0x39)) {
            const end = endOfNumber(text, i);
            out += `${text.slice(copiedTo, i)}"${prefix}${text.slice(i, end)}"`;
            copiedTo = end;
            i = end;
        }
        else {
            i++;
        }
    }
    return out + text.slice(copiedTo);
}
/**
 * Valid JSON text without the white space between tokens, every number exactly as written (`1e400`
 * stays `1e400`, a 300-digit integer keeps its digits, `1.50` its zero) and every string in
 * JSON.stringify's form (so `"\u003c"`, as Go writes `<`, reads `"<"`). For a document whose numbers
 * are written as JavaScript writes them, this equals JSON.stringify(JSON.parse(text)), but for
 * keys: they stay in the order written (JSON.parse moves integer-like keys first) and a key repeated
 * in one object is kept each time (JSON.parse keeps the last). The input must already be valid JSON
 * (callers parse it once first); this only re-tokenises it.
 */
function compactJson(text) {
    let out = '';
    let i = 0;
    while (i < text.length) {
        const c = text.charCodeAt(i);
        if (c === 0x22 /* " */) {
            const end = endOfString(text, i);
            const token = text.slice(i, end);
            // Without a backslash a valid JSON string is already what JSON.stringify writes.
            out += token.includes('\\') ? JSON.stringify(JSON.parse(token)) : token;
            i = end;
        }
        else if (isJsonWhiteSpace(c)) {
            i++;
        }
        else {
            // Punctuation, a number or a literal: copied up to the next white space or string.
            let end = i + 1;
            while (end < text.length && text.charCodeAt(end) !== 0x22 && !isJsonWhiteSpace(text.charCodeAt(end))) {
                end++;
            }
            out += text.slice(i, end);
            i = end;
        }
    }
    return out;
}
function isJsonWhiteSpace(c) {
    return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}
/** Index just past the closing quote of the string that opens at `start`. */
function endOfString(text, start) {
    let i = start + 1;
    while (i < text.length) {
        const c = text.charCodeAt(i);
        if (c === 0x5c /* \ */)
            i += 2;
        else if (c === 0x22)
            return i + 1;
        else
            i++;
    }
    return i;
}
function endOfNumber(text, start) {
    let i = start + 1;
    while (i < text.length && /[0-9.eE+-]/.test(text.charAt(i)))
        i++;
    return i;
}
/** Members of every object in compact JSON text (compactJson's): its colons outside strings. */
function memberCountOfCompact(compact) {
    let n = 0;
    for (let i = 0; i < compact.length;) {
        const c = compact.charCodeAt(i);
        if (c === 0x22 /* " */) {
            i = endOfString(compact, i);
        }
        else {
            if (c === 0x3a /* : */)
                n++;
            i++;
        }
    }
    return n;
}
/** Members of every object in a parsed value (without recursion: values may nest deeply). */
function memberCountOfValue(value) {
    let n = 0;
    const pending = [value];
    while (pending.length > 0) {
        const v = pending.pop();
        if (typeof v !== 'object' || v === null)
            continue;
        if (!Array.isArray(v))
            n += Object.keys(v).length;
        for (const item of Object.values(v))
            pending.push(item);
    }
    return n;
}
/**
 * What compactJsonLastWins puts before a number it turns into a string: U+0000 and `#`, written as
 * JSON writes them (no number starts so, and no real plan's string does).
 */
const NUMBER_MARK = '\\u0000#';
/**
 * compactJson for text in which a key is written twice in one object: the last one kept, as
 * JSON.parse keeps it, numbers still exactly as written. Keys come in JSON.parse's order.
 */
function compactJsonLastWins(text) {
    const plain = JSON.stringify(JSON.parse(text));
    // A string of the document holding the mark could not be told from a number: such text gets
    // JSON.stringify's numbers instead (only numbers JavaScript cannot hold differ).
    if (plain.includes(NUMBER_MARK))
        return plain;
    const marked = JSON.stringify(JSON.parse(quoteJsonNumbers(text, NUMBER_MARK)));
    return marked.replace(/"\\u0000#([^"]*)"/g, '$1');
}

;// CONCATENATED MODULE: ./src/parsers/infracost.ts
/**
 * `infracost breakdown --format json` / `infracost diff --format json` (and `infracost output
 * --format json`): Infracost's JSON v0.x. Costs are kept as the decimal text Infracost wrote.
 *
 * Unknown is never turned into zero: a null cost stays unknown, and the zeros Infracost writes for
 * a project it could not price (`metadata.errors`) are dropped as unknown too, each with a warning.
 */





const cost = union([schemas_string(), schemas_number()]).nullish();
const breakdown = looseObject({ totalMonthlyCost: cost }).nullish();
const diag = looseObject({ message: schemas_string().nullish(), isError: schemas_boolean().nullish() });
const diags = array(diag).nullish();
const project = looseObject({
    name: schemas_string().nullish(),
    displayName: schemas_string().nullish(),
    metadata: looseObject({
        path: schemas_string().nullish(),
        errors: diags,
        currentErrors: diags,
        pastErrors: diags,
        warnings: diags,
    })
        .nullish(),
    breakdown,
    pastBreakdown: breakdown,
    diff: breakdown,
});
const root = looseObject({
    version: schemas_string(),
    currency: schemas_string().nullish(),
    projects: array(project).nullish(),
    totalMonthlyCost: cost,
    pastTotalMonthlyCost: cost,
    diffTotalMonthlyCost: cost,
});
const PLAN_KEYS = ['format_version', 'resource_changes', 'planned_values', 'terraform_version'];
async function readInfracostFile(file, label = file) {
    return parseInfracostText(await readJsonText(file, label), label);
}
function parseInfracostText(text, label) {
    const document = parseJsonText(text, label);
    checkKind(document, label);
    let parsed = infracost_validate(document, label);
    if (hasNumberCost(parsed)) {
        // A number's value as JSON.parse gives it is a float; its source text is the exact figure.
        parsed = infracost_validate(parseJsonText(quoteJsonNumbers(text), label), label);
    }
    return toReport(parsed, label, document);
}
function checkKind(document, label) {
    if (typeof document !== 'object' || document === null || Array.isArray(document)) {
        throw new InputError('INPUT_WRONG_KIND', label, `is ${describeJsonValue(document)}, not Infracost JSON (infracost breakdown --format json)`);
    }
    if (PLAN_KEYS.some((key) => key in document)) {
        throw new InputError('INPUT_WRONG_KIND', label, `is a Terraform/OpenTofu JSON document, not Infracost JSON (pass plans with ${settingRef('plans')})`);
    }
    if (!('projects' in document) || !('version' in document)) {
        throw new InputError('INPUT_WRONG_KIND', label, 'has no "version" and "projects": not Infracost JSON (infracost breakdown --format json)');
    }
    const version = document.version;
    if (typeof version === 'string' && !/^0\.\d+$/.test(version)) {
        throw new InputError('INPUT_VERSION', label, `Infracost JSON version ${version} is not one this program reads (0.x)`);
    }
}
function infracost_validate(document, label) {
    const result = root.safeParse(document);
    if (result.success)
        return result.data;
    const issue = result.error.issues[0];
    const where = issue?.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('') ?? '';
    throw new InputError('INPUT_INVALID', label, `${where.replace(/^\./, '') || 'document'}: ${issue?.message ?? 'invalid'}`);
}
function hasNumberCost(doc) {
    const values = [doc.totalMonthlyCost, doc.pastTotalMonthlyCost, doc.diffTotalMonthlyCost];
    for (const p of doc.projects ?? []) {
        values.push(p.breakdown?.totalMonthlyCost, p.pastBreakdown?.totalMonthlyCost, p.diff?.totalMonthlyCost);
    }
    return values.some((v) => typeof v === 'number');
}
/** A cost field's text, validated; undefined for null or absent. */
function costText(value, field, label) {
    if (value === null || value === undefined)
        return undefined;
    const text = normalizeDecimalText(String(value));
    if (text === undefined) {
        throw new InputError('INPUT_INVALID', label, `${field} is ${JSON.stringify(value)}, not a decimal number`);
    }
    return text;
}
/**
 * Which halves of a project Infracost could not price. Newer versions split `currentErrors` and
 * `pastErrors`; older ones only have `errors`, where a fatal error spoils the whole project and an
 * `isError: false` entry (a baseline problem) is worth a warning only.
 */
function projectState(p) {
    const meta = p.metadata;
    const messages = [...(meta?.errors ?? []), ...(meta?.warnings ?? [])]
        .map((d) => d.message?.trim())
        .filter((m) => !!m);
    if (meta?.currentErrors != null || meta?.pastErrors != null) {
        // A project whose current run failed is zeroed whole, its past included (Infracost's
        // diff_with_compare_to_with_current_project_error golden writes past 0 where the baseline
        // had 462.32), so a current error spoils all three figures.
        const current = (meta.currentErrors ?? []).length > 0;
        return { current, past: current || (meta.pastErrors ?? []).length > 0, messages };
    }
    const fatal = (meta?.errors ?? []).some((d) => d.isError !== false);
    return { current: fatal, past: fatal, messages };
}
function toReport(doc, label, document) {
    const warnings = [];
    const projects = [];
    const failedCurrent = [];
    const failedPast = [];
    (doc.projects ?? []).forEach((p, i) => {
        const where = `projects[${i}]`;
        const name = p.name ?? undefined;
        const path = p.metadata?.path ?? undefined;
        // displayName is `""` in some outputs: take the first non-empty name.
        const projectLabel = p.displayName || name || path || where;
        const bad = projectState(p);
        const total = costText(p.breakdown?.totalMonthlyCost, `${where}.breakdown.totalMonthlyCost`, label);
        const past = costText(p.pastBreakdown?.totalMonthlyCost, `${where}.pastBreakdown.totalMonthlyCost`, label);
        const diff = costText(p.diff?.totalMonthlyCost, `${where}.diff.totalMonthlyCost`, label);
        if (bad.current)
            failedCurrent.push(projectLabel);
        if (bad.past)
            failedPast.push(projectLabel);
        for (const message of bad.messages)
            warnings.push(`Infracost project ${projectLabel}: ${message}`);
        const figures = costFigures(undefined, bad.current ? undefined : total, bad.past ? undefined : past, bad.current || bad.past ? undefined : diff);
        const unknown = ['totalMonthly', 'pastTotalMonthly', 'diffTotalMonthly'].filter((k) => figures[k] === undefined);
        if (unknown.length > 0) {
            warnings.push(`Infracost project ${projectLabel}: ${unknown.map(describeField).join(', ')} unknown`);
        }
        projects.push({ index: i, label: projectLabel, name, path, figures });
    });
    const count = projects.length;
    const allCurrentFailed = count > 0 && failedCurrent.length === count;
    const allPastFailed = count > 0 && failedPast.length === count;
    const currency = doc.currency ?? undefined;
    const figures = costFigures(currency, allCurrentFailed ? undefined : costText(doc.totalMonthlyCost, 'totalMonthlyCost', label), allPastFailed ? undefined : costText(doc.pastTotalMonthlyCost, 'pastTotalMonthlyCost', label), allCurrentFailed || allPastFailed
        ? undefined
        : costText(doc.diffTotalMonthlyCost, 'diffTotalMonthlyCost', label));
    const partial = [...new Set([...failedCurrent, ...failedPast])];
    if (partial.length > 0 && partial.length < count) {
        warnings.push(`Infracost totals leave out what it could not price in: ${partial.join(', ')}`);
    }
    const unknown = ['totalMonthly', 'pastTotalMonthly', 'diffTotalMonthly'].filter((k) => figures[k] === undefined);
    if (unknown.length > 0)
        warnings.push(`Infracost: ${unknown.map(describeField).join(', ')} unknown for the run`);
    if (currency === undefined)
        warnings.push('Infracost: the file names no currency');
    return { file: label, version: doc.version, figures, currency, projects, warnings, document };
}
function describeField(field) {
    return {
        totalMonthly: 'monthly cost',
        pastTotalMonthly: 'past monthly cost',
        diffTotalMonthly: 'monthly cost change',
    }[field];
}

;// CONCATENATED MODULE: ./src/reporter/data-ids.ts
/**
 * The ids of stored workspace data -> the event's `*_uuid` fields (issue 14). Our reading of the
 * API: the field descriptions say "the ID of any associated plan data" and so on, so the id the
 * `/data` call answers for a plan text goes in `plan_uuid`, for a breakdown in
 * `cost_breakdown_uuid`, and per Terragrunt unit in that unit's `terragrunt_details` entry.
 */

/** A copy of the event with the ids (and the state checksum) filled in, validated again. */
function withDataIds(event, assignments, stateChecksum) {
    if (assignments.length === 0 && stateChecksum === undefined)
        return event;
    const metadata = { ...event.metadata };
    const details = metadata.terragrunt_details?.map((detail) => ({ ...detail }));
    for (const { field, id, unit } of assignments) {
        if (unit === undefined) {
            metadata[field] = id;
            continue;
        }
        const detail = details?.find((d) => d.path_id === unit);
        if (detail !== undefined && (field === 'cost_breakdown_uuid' || field === 'cost_diff_uuid')) {
            detail[field] = id;
        }
    }
    if (details !== undefined)
        metadata.terragrunt_details = details;
    if (stateChecksum !== undefined && metadata.state_uuid !== undefined)
        metadata.state_checksum = stateChecksum;
    const checked = sendEventRequestSchema.parse({ ...event, metadata });
    // Keep the outputs exactly as built (see build-event.ts: zod drops `__proto__` record keys).
    checked.metadata?.stacks?.forEach((stack, i) => {
        const built = event.metadata?.stacks?.[i]?.stack_outputs;
        if (built !== undefined)
            stack.stack_outputs = built;
    });
    return checked;
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(7075);
;// CONCATENATED MODULE: ./src/api/workspace-data.ts
/**
 * POST `.../workspaces/{workspace}/data` (`workspaces#create-data`): stores raw bytes the
 * provisioner produced (human plan text, Infracost JSON, state) in the workspace and answers with
 * the stored data's id and Harness's OPA policy evaluation of it. The body is the file itself,
 * streamed from disk with its Content-Length (never read whole into memory), so a large state or
 * plan costs no more memory than a small one. Same headers, retries and errors as every call.
 */






/** The `data_type` values the spec lists for Terraform-like provisioners (CDK ones left out). */
const DATA_TYPES = [
    'plan_human',
    'state_raw',
    'state_human',
    'cost_breakdown',
    'cost_diff',
    'modules',
    'providers',
];
const workspace_data_optionalText = schemas_string()
    .nullish()
    .transform((value) => (value === null || value === '' ? undefined : value));
/** One policy's verdict. Every field is optional in practice: a missing name must not lose the rest. */
const policyEvaluationSchema = looseObject({
    message: workspace_data_optionalText,
    policy_id: workspace_data_optionalText,
    policy_name: workspace_data_optionalText,
    policy_set_id: workspace_data_optionalText,
    policy_set_name: workspace_data_optionalText,
    policy_status: workspace_data_optionalText,
});
/**
 * `CreateDataResponse`. `id` is checked to be a UUID separately (a malformed one is reported, the
 * policy answers are still worth keeping); an unknown overall status is kept as text and read
 * by the caller as the worst it could be.
 */
const createDataResponseSchema = looseObject({
    id: schemas_string(),
    policy_evaluation: array(policyEvaluationSchema).nullish(),
    policy_evaluation_message: workspace_data_optionalText,
    policy_evaluation_status: workspace_data_optionalText,
});
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function isUuid(value) {
    return UUID.test(value);
}
function dataQuery(request) {
    const query = {
        pipeline_id: request.pipeline.pipelineId,
        stage_id: request.pipeline.stageId,
        pipeline_execution_id: request.pipeline.pipelineExecutionId,
        pipeline_stage_id: request.pipeline.pipelineStageId,
        provisioner_type: 'tf',
        data_type: request.dataType,
        policy_action: request.policyAction ?? 'afterTerraformPlan',
    };
    if (request.stackPath !== undefined)
        query['stack_path'] = request.stackPath;
    return query;
}
function rawBody(request) {
    const { source } = request;
    const contentType = 'application/octet-stream';
    if ('bytes' in source) {
        return {
            contentType,
            length: source.bytes.length,
            open: () => {
                request.onAttempt?.()(source.bytes);
                return source.bytes;
            },
        };
    }
    return {
        contentType,
        length: source.size,
        open: () => {
            const file = (0,external_node_fs_namespaceObject.createReadStream)(source.file);
            const observe = request.onAttempt?.();
            if (observe === undefined)
                return file;
            // A pass-through that sees each chunk on its way out: the bytes are read once, not twice.
            const tap = new external_node_stream_.Transform({
                transform(chunk, _encoding, done) {
                    observe(chunk);
                    done(null, chunk);
                },
            });
            file.on('error', (error) => tap.destroy(error));
            tap.on('close', () => file.destroy());
            return file.pipe(tap);
        },
    };
}
/** Uploads one piece of data; ApiError when the call fails for good (after retries). */
async function createData(conn, request, options = {}) {
    return withClient(conn, options, async (client, resolved) => {
        const url = workspaceUrl(resolved, 'data', dataQuery(request));
        const action = `upload ${request.dataType}${request.stackPath === undefined ? '' : ` for ${request.stackPath}`}`;
        const response = await client.call('POST', url, action, rawBody(request));
        const ctx = context(resolved, url, action);
        const answer = parseResponse(response, createDataResponseSchema, ctx);
        if (isUuid(answer.id))
            return { id: answer.id, response: answer };
        const shown = answer.id.length > 40 ? `${answer.id.slice(0, 39)}…` : answer.id;
        const problem = responseError(`with an id that is not a UUID (${JSON.stringify(shown)})`, ctx).message;
        return { id: undefined, idProblem: problem, response: answer };
    });
}

;// CONCATENATED MODULE: ./src/parsers/bounded-map.ts
/**
 * `items.map(fn)` with at most `limit` calls in flight: reading 2,000 unit plans at once would
 * open 2,000 files together (EMFILE on small ulimits) for no gain over a few at a time.
 */
/**
 * Runs every item, even after a failure, so the failures reported are the same on every run
 * whatever order the calls finish in. `onDone(done)` is called after each item settles.
 */
async function boundedMap(items, limit, fn, onDone) {
    const values = new Array(items.length).fill(undefined);
    const errors = [];
    let next = 0;
    let done = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            try {
                values[index] = await fn(items[index], index);
            }
            catch (error) {
                errors.push({ index, error });
            }
            done++;
            onDone?.(done);
        }
    };
    const workers = Math.max(1, Math.min(Math.floor(limit) || 1, items.length));
    await Promise.all(Array.from({ length: workers }, worker));
    errors.sort((a, b) => a.index - b.index);
    return { values, errors };
}

;// CONCATENATED MODULE: ./src/reporter/workspace-data.ts
/**
 * What the workspace data uploads of a run came to (issue 14): each upload with its outcome, and
 * Harness's OPA policy answers over all of them. Part of the ReportModel, so every summary and
 * output is drawn from the same picture. Pure; no API types beyond plain data.
 */
const RANK = { pass: 0, warning: 1, error: 2 };
/**
 * The spec's enum is error / warning / pass; OPA tools also say deny, fail, warn. A word we do not
 * know is read as a warning: it may be bad news, and a person should look rather than miss it.
 */
function policyLevel(status) {
    if (status === undefined || status.trim() === '')
        return undefined;
    const word = status.trim().toLowerCase();
    if (['error', 'deny', 'denied', 'fail', 'failed', 'failure'].includes(word))
        return 'error';
    if (['pass', 'passed', 'success', 'allow', 'allowed', 'ok'].includes(word))
        return 'pass';
    return 'warning';
}
function worst(a, b) {
    return RANK[a] >= RANK[b] ? a : b;
}
/** All the policy answers of a run in one; undefined when no upload brought any. */
function combinePolicyAnswers(answers) {
    let level;
    const messages = [];
    const policies = new Map();
    for (const answer of answers) {
        const overall = policyLevel(answer.policy_evaluation_status);
        if (overall !== undefined)
            level = level === undefined ? overall : worst(level, overall);
        const message = answer.policy_evaluation_message?.trim();
        if (message && !messages.includes(message))
            messages.push(message);
        for (const item of answer.policy_evaluation ?? []) {
            const itemLevel = policyLevel(item.policy_status) ?? overall ?? 'warning';
            level = level === undefined ? itemLevel : worst(level, itemLevel);
            const result = {
                setName: item.policy_set_name || undefined,
                name: item.policy_name || undefined,
                status: item.policy_status?.trim() || itemLevel,
                level: itemLevel,
                message: item.message?.trim() || undefined,
            };
            const key = JSON.stringify([result.setName, result.name, result.status, result.message]);
            if (!policies.has(key))
                policies.set(key, result);
        }
    }
    if (level === undefined)
        return undefined;
    const sorted = [...policies.values()].sort((a, b) => RANK[b.level] - RANK[a.level]);
    return { level, messages, policies: sorted };
}
/** `policy-status` output: error, warning, pass, or '' when no policy was evaluated. */
function policyStatusOutput(data) {
    return data?.policy?.level ?? '';
}

;// CONCATENATED MODULE: ./src/run/data-uploads.ts
/**
 * Performs a run's workspace data uploads (planned by upload-plan.ts), a few at a time, each
 * retried like the event. A failed upload never stops the run: it is recorded with the command
 * that retries it, and the event goes without its id.
 *
 * State holds secrets: its file is only streamed to the endpoint. Its bytes are hashed on their
 * way out (state_checksum) and never read for anything else or printed.
 */










/** Uploads in flight at once: enough to overlap round trips, few enough to stay clear of rate limits. */
const UPLOAD_CONCURRENCY = 4;
/**
 * A large state or plan text on a slow link takes longer than an event: each attempt gets the
 * event's 30 s plus a second per MB (a 1 MB/s floor), the whole call twice that. Set timeouts
 * (tests) win.
 */
function uploadHttpOptions(size, base = {}) {
    const perAttempt = DEFAULT_HTTP_OPTIONS.requestTimeoutMs + Math.ceil(size / 1_000_000) * 1000;
    return {
        requestTimeoutMs: perAttempt,
        totalBudgetMs: Math.max(DEFAULT_HTTP_OPTIONS.totalBudgetMs, perAttempt * 2),
        ...base,
    };
}
/** POSIX shell quoting, so a printed retry command can be pasted as it is. */
function shellQuote(text) {
    return /^[A-Za-z0-9_@%+=:,./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}
function retryCommand(upload, file, pipeline) {
    const args = [
        'iacm-report upload',
        `--data-type ${upload.dataType}`,
        `--file ${shellQuote(file)}`,
        ...(upload.stackPath === undefined ? [] : [`--stack-path ${shellQuote(upload.stackPath)}`]),
        `--pipeline-id ${shellQuote(pipeline.pipelineId)}`,
        `--stage-id ${shellQuote(pipeline.stageId)}`,
        `--pipeline-execution-id ${shellQuote(pipeline.pipelineExecutionId)}`,
        `--pipeline-stage-id ${shellQuote(pipeline.pipelineStageId)}`,
    ];
    return args.join(' ');
}
/** Bytes made here (a unit's Infracost project) are written out so the retry has a file to send. */
async function keepForRetry(upload, spool) {
    if ('file' in upload.source)
        return upload.source.file;
    const dir = spoolDirectory({
        ...(spool.spoolDir === undefined ? {} : { spoolDir: spool.spoolDir }),
        env: spool.env,
        cwd: spool.cwd,
    });
    await (0,promises_.mkdir)(dir, { recursive: true, mode: 0o700 });
    const file = (0,external_node_path_.join)(dir, `iacm-data-${upload.dataType}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.json`);
    await (0,promises_.writeFile)(file, upload.source.bytes, { mode: 0o600, flag: 'wx' });
    return file;
}
/** Runs every upload; failures are recorded, never thrown (a UsageError, which means no call was possible, is). */
async function performUploads(uploads, options) {
    let stateChecksum;
    const failed = async (upload, base, error) => {
        try {
            const file = await keepForRetry(upload, options);
            return { ...base, outcome: 'failed', error, retry: retryCommand(upload, file, options.pipeline) };
        }
        catch (spoolError) {
            const why = spoolError instanceof Error ? spoolError.message : String(spoolError);
            return {
                ...base,
                outcome: 'failed',
                error: `${error}; its bytes could not be kept for a retry (${why})`,
            };
        }
    };
    // By upload, not by finishing order: the policy list reads the same on every run.
    const answers = new Array(uploads.length);
    const assignments = [];
    const { values, errors } = await boundedMap(uploads, options.concurrency ?? UPLOAD_CONCURRENCY, async (upload, index) => {
        const base = {
            dataType: upload.dataType,
            label: upload.label,
            size: upload.size,
            stackPath: upload.stackPath,
        };
        let hash;
        const isState = upload.dataType === 'state_raw';
        try {
            const result = await createData(options.connection, {
                dataType: upload.dataType,
                source: upload.source,
                pipeline: options.pipeline,
                stackPath: upload.stackPath,
                onAttempt: isState
                    ? () => {
                        const attempt = (0,external_node_crypto_.createHash)('sha256');
                        hash = attempt;
                        return (chunk) => attempt.update(chunk);
                    }
                    : undefined,
            }, uploadHttpOptions(upload.size, options.http));
            answers[index] = result.response;
            if (result.id === undefined)
                return await failed(upload, base, result.idProblem ?? 'no usable id');
            if (upload.target !== undefined)
                assignments.push({ ...upload.target, id: result.id });
            if (isState && hash !== undefined)
                stateChecksum = hash.digest('hex');
            return { ...base, outcome: 'uploaded', id: result.id };
        }
        catch (error) {
            if (!(error instanceof ApiError))
                throw error;
            return await failed(upload, base, redact(error.message, [options.connection.apiKey]));
        }
    });
    const first = errors[0];
    if (first !== undefined)
        throw first.error;
    const records = values.filter((v) => v !== undefined);
    return {
        report: {
            uploads: records,
            policy: combinePolicyAnswers(answers.filter((a) => a !== undefined)),
        },
        assignments,
        stateChecksum,
    };
}

;// CONCATENATED MODULE: ./src/parsers/infracost-documents.ts
function asObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
}
/**
 * `metadata.infracostCommand` says what wrote the file. Without it (older versions) or for
 * `infracost output` (which combines files of either kind) a known past total means a comparison
 * was made: a diff. Otherwise it is a breakdown.
 */
function infracostDataType(document) {
    const root = asObject(document) ?? {};
    const command = asObject(root['metadata'])?.['infracostCommand'];
    if (command === 'diff')
        return 'cost_diff';
    if (command === 'breakdown')
        return 'cost_breakdown';
    const past = root['pastTotalMonthlyCost'];
    return past === undefined || past === null ? 'cost_breakdown' : 'cost_diff';
}
/** Root totals and where each comes from in a project. */
const infracost_documents_TOTALS = [
    ['totalHourlyCost', 'breakdown', 'totalHourlyCost'],
    ['totalMonthlyCost', 'breakdown', 'totalMonthlyCost'],
    ['totalMonthlyUsageCost', 'breakdown', 'totalMonthlyUsageCost'],
    ['pastTotalHourlyCost', 'pastBreakdown', 'totalHourlyCost'],
    ['pastTotalMonthlyCost', 'pastBreakdown', 'totalMonthlyCost'],
    ['pastTotalMonthlyUsageCost', 'pastBreakdown', 'totalMonthlyUsageCost'],
    ['diffTotalHourlyCost', 'diff', 'totalHourlyCost'],
    ['diffTotalMonthlyCost', 'diff', 'totalMonthlyCost'],
    ['diffTotalMonthlyUsageCost', 'diff', 'totalMonthlyUsageCost'],
];
/**
 * The file with only `projects[index]`, its totals and summary taken from that project, so the
 * document reads as if Infracost had been run on the unit alone. Keys keep the file's order.
 * Values pass through JSON.parse/stringify: Infracost writes costs as strings, so they are exact.
 */
function projectDocument(document, index) {
    const root = asObject(document) ?? {};
    const projects = Array.isArray(root['projects']) ? root['projects'] : [];
    const project = asObject(projects[index]) ?? {};
    const out = {};
    for (const [key, value] of Object.entries(root)) {
        const total = infracost_documents_TOTALS.find(([name]) => name === key);
        if (key === 'projects')
            out[key] = [project];
        else if (key === 'summary' && 'summary' in project)
            out[key] = project['summary'];
        else if (total !== undefined)
            out[key] = asObject(project[total[1]])?.[total[2]] ?? null;
        else
            out[key] = value;
    }
    return Buffer.from(`${JSON.stringify(out, null, 2)}\n`, 'utf8');
}

;// CONCATENATED MODULE: ./src/parsers/plan-text.ts
/**
 * Is this the human-readable plan (`terraform show -no-color tfplan`)? Judged from the first bytes
 * of a file given as plan text, because the likely mistakes are easy to tell apart there: the
 * binary plan itself (a zip archive), the JSON plan (`show -json`), and text with terminal colour
 * codes (`-no-color` forgotten), which the IaCM UI would show as `[32m` noise.
 */
const PLAN_TEXT_SNIFF_BYTES = 64 * 1024;
function sniffPlanText(head) {
    const bytes = Buffer.from(head.buffer, head.byteOffset, head.byteLength);
    if (bytes.length >= 4 && bytes.readUInt32BE(0) === 0x504b0304) {
        return {
            kind: 'binary-plan',
            detail: 'is a binary plan file (a zip archive); upload its text instead: terraform show -no-color <planfile> > plan.txt',
        };
    }
    const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
    if (/^\s*[{[]/.test(text)) {
        return {
            kind: 'json',
            detail: 'is JSON (show -json output); plan text is the output of terraform show -no-color <planfile>',
        };
    }
    // NUL bytes do not occur in plan text; a file with them is some other binary.
    if (bytes.includes(0)) {
        return { kind: 'binary', detail: 'is binary data, not plan text (terraform show -no-color <planfile>)' };
    }
    return { kind: 'text', coloured: text.includes('\u001b[') };
}

;// CONCATENATED MODULE: ./src/run/upload-plan.ts
/**
 * Which workspace data a report run uploads (issue 14): plan text, Infracost JSON, state; all
 * opt-in. Files are found and checked (stat, never read) before anything is sent; a unit without
 * a plan text beside its plan is a warning. data-uploads.ts performs what this plans.
 */





/** Size of a file that must be there, or InputError naming it (never reads it). */
async function fileSize(path, label) {
    let info;
    try {
        info = await (0,promises_.stat)(path);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            throw new InputError('INPUT_NOT_FOUND', label, 'no such file');
        throw new InputError('INPUT_UNREADABLE', label, `cannot be read (${code ?? 'unknown error'})`);
    }
    if (!info.isFile())
        throw new InputError('INPUT_UNREADABLE', label, 'is not a file');
    if (info.size === 0)
        throw new InputError('INPUT_EMPTY', label, 'is empty; there is nothing to upload');
    return info.size;
}
/** The first bytes of a plan text, judged; the state is never opened this way. */
async function inspectPlanText(file) {
    const handle = await (0,promises_.open)(file, 'r');
    try {
        const buffer = Buffer.alloc(PLAN_TEXT_SNIFF_BYTES);
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
        return sniffPlanText(buffer.subarray(0, bytesRead));
    }
    finally {
        await handle.close();
    }
}
const COLOURED = 'holds terminal colour codes (was -no-color left out?); uploaded as it is';
/**
 * The single files named by flags, checked up front so a typo fails before plans are read. A plan
 * text that is not one (the binary plan, the JSON plan) is bad input; colour codes are a warning.
 */
async function checkUploadFiles(uploads, cwd) {
    const warnings = [];
    if (uploads.planText !== undefined) {
        const file = (0,external_node_path_.resolve)(cwd, uploads.planText);
        await fileSize(file, uploads.planText);
        const verdict = await inspectPlanText(file);
        if (verdict.kind !== 'text') {
            throw new InputError(verdict.kind === 'json' ? 'INPUT_WRONG_KIND' : 'INPUT_BINARY', uploads.planText, verdict.detail);
        }
        if (verdict.coloured)
            warnings.push(`${uploads.planText} ${COLOURED}`);
    }
    if (uploads.state !== undefined)
        await fileSize((0,external_node_path_.resolve)(cwd, uploads.state), uploads.state);
    return warnings;
}
/** `file` relative to `cwd` when it lies under it; otherwise as given. */
function relativeToCwd(file, cwd) {
    const rel = (0,external_node_path_.relative)(cwd, (0,external_node_path_.resolve)(cwd, file));
    return rel === '' || rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel) ? file : rel;
}
/** Every upload the config asks for, in a stable order; units without a plan text are warnings. */
async function planUploads(config, context) {
    const { uploads } = config;
    const { cwd } = context;
    const planned = [];
    const warnings = [];
    const fromFile = async (label) => {
        const file = (0,external_node_path_.resolve)(cwd, label);
        const size = await fileSize(file, label);
        return { label, size, source: { file, size } };
    };
    if (uploads.planText !== undefined) {
        planned.push({
            dataType: 'plan_human',
            ...(await fromFile(uploads.planText)),
            target: { field: 'plan_uuid' },
        });
    }
    if (uploads.planTextName !== undefined && context.unitPlans !== undefined) {
        const missing = [];
        for (const [pathId, planFile] of context.unitPlans) {
            const file = (0,external_node_path_.join)((0,external_node_path_.dirname)(planFile), uploads.planTextName);
            const size = await (0,promises_.stat)(file).then((info) => (info.isFile() && info.size > 0 ? info.size : undefined), () => undefined);
            if (size === undefined) {
                missing.push(pathId);
                continue;
            }
            const verdict = await inspectPlanText(file).catch((error) => ({
                kind: 'binary',
                detail: `cannot be read (${String(error)})`,
            }));
            if (verdict.kind !== 'text') {
                warnings.push(`${relativeToCwd(file, cwd)} ${verdict.detail}; not uploaded`);
                continue;
            }
            if (verdict.coloured)
                warnings.push(`${relativeToCwd(file, cwd)} ${COLOURED}`);
            planned.push({
                dataType: 'plan_human',
                label: relativeToCwd(file, cwd),
                size,
                source: { file, size },
                stackPath: pathId,
            });
        }
        if (missing.length > 0) {
            warnings.push(`no plan text ${uploads.planTextName} beside the plan of unit(s) ${missing.join(', ')}; not uploaded`);
        }
    }
    if (uploads.infracost && context.infracost !== undefined && config.infracost !== undefined) {
        const { document, projectOf, label } = context.infracost;
        const dataType = infracostDataType(document);
        const field = dataType === 'cost_diff' ? 'cost_diff_uuid' : 'cost_breakdown_uuid';
        planned.push({ dataType, ...(await fromFile(config.infracost)), target: { field } });
        for (const [pathId, index] of projectOf ?? []) {
            const bytes = projectDocument(document, index);
            planned.push({
                dataType,
                label: `${label} (its project for unit ${pathId})`,
                size: bytes.length,
                source: { bytes },
                stackPath: pathId,
                target: { field, unit: pathId },
            });
        }
    }
    if (uploads.state !== undefined) {
        planned.push({
            dataType: 'state_raw',
            ...(await fromFile(uploads.state)),
            target: { field: 'state_uuid' },
        });
    }
    return { uploads: planned, warnings };
}
/** `would upload ...` lines for a dry run: type, file, size, stack path; never any content. */
function describePlannedUploads(uploads) {
    return uploads.map((u) => `dry run: would upload ${u.dataType} from ${u.label} (${u.size.toLocaleString('en-US')} bytes)` +
        (u.stackPath === undefined ? '' : ` with stack_path ${u.stackPath}`));
}
function plannedRecords(uploads) {
    return {
        uploads: uploads.map((u) => ({
            dataType: u.dataType,
            label: u.label,
            size: u.size,
            stackPath: u.stackPath,
            outcome: 'planned',
        })),
        policy: undefined,
    };
}

;// CONCATENATED MODULE: ./src/parsers/infracost-units.ts

function matchProject(index, project) {
    let result = { kind: 'none' };
    for (const key of [project.path, project.name]) {
        if (key === undefined || key === '')
            continue;
        result = index.match(key);
        if (result.kind !== 'none')
            return result;
    }
    return result;
}
function applyInfracostToUnits(units, report) {
    const warnings = [];
    const index = new UnitPathIndex(units.map((u) => u.pathId));
    const claims = new Map();
    const unmatched = [];
    for (const project of report.projects) {
        const match = matchProject(index, project);
        if (match.kind === 'matched') {
            claims.set(match.pathId, [...(claims.get(match.pathId) ?? []), project]);
        }
        else if (match.kind === 'ambiguous') {
            warnings.push(`Infracost project ${project.label} matches units ${match.pathIds.join(', ')} equally; its cost is not attributed`);
        }
        else {
            unmatched.push(project.label);
        }
    }
    if (unmatched.length > 0) {
        warnings.push(`Infracost projects that match no Terragrunt unit: ${unmatched.join(', ')}`);
    }
    const projectOf = new Map();
    const withCosts = units.map((unit) => {
        const projects = claims.get(unit.pathId);
        if (projects === undefined)
            return { ...unit };
        if (projects.length > 1) {
            warnings.push(`unit ${unit.pathId}: several Infracost projects match (${projects.map((p) => p.label).join(', ')}); its cost is left out`);
            return { ...unit };
        }
        const project = projects[0];
        if (project !== undefined)
            projectOf.set(unit.pathId, project.index);
        const figures = project?.figures ?? {};
        if (!hasAnyFigure(figures))
            return { ...unit };
        const cost = report.currency === undefined ? { ...figures } : { currency: report.currency, ...figures };
        return { ...unit, cost };
    });
    return { units: withCosts, projectOf, warnings };
}
function hasAnyFigure(figures) {
    return (figures.totalMonthly !== undefined ||
        figures.pastTotalMonthly !== undefined ||
        figures.diffTotalMonthly !== undefined);
}

;// CONCATENATED MODULE: ./src/parsers/action-kind.ts
/**
 * What one `change.actions` array means, decided once for counts and address lists alike, and
 * which resources count at all.
 */
/** Every action `change.actions` holds in Terraform's and OpenTofu's JSON output formats. */
const KNOWN_ACTIONS = new Set(['no-op', 'create', 'read', 'update', 'delete', 'forget']);
function action_kind_kindOf(actions) {
    const only = actions.length === 1 ? actions[0] : undefined;
    const unknown = actions.length === 0 || actions.some((action) => !KNOWN_ACTIONS.has(action));
    return {
        create: actions.includes('create'),
        delete: actions.includes('delete'),
        forget: actions.includes('forget'),
        update: only === 'update' ||
            (unknown && !actions.some((a) => a === 'create' || a === 'delete' || a === 'forget')),
        noop: only === 'no-op',
        unknown,
    };
}
/**
 * Only managed resources count. Data reads (`data`) and OpenTofu's `ephemeral` resources are left
 * out, and so is any mode a future version invents; an entry without a mode is an old-format
 * managed resource.
 */
function isManaged(mode) {
    return mode === undefined || mode === 'managed';
}

;// CONCATENATED MODULE: ./src/parsers/hash-index.ts
/**
 * Names and addresses held as 58-bit hashes instead of JavaScript strings, so that the per-entry
 * bookkeeping of a plan reader stays at 8 bytes an entry (9 to 15 in a HashIndex, with its free
 * slots): a million drifted resources cost about 13 MB, not hundreds.
 *
 * - HashIndex: a set of texts, each with a small value (0-63): "did this prior-state instance
 *   drift?", "was this output name seen before, and what did it count as?".
 * - HashList: texts in the order they came, of which a range can be struck out later: the
 *   prior-state instances, to be looked up in the drift index once the whole document is read;
 *   output names while they come sorted (no lookups needed, and no free slots).
 *
 * Two different texts share a 58-bit hash with a chance of about n² / 2⁵⁹ (one in 600 thousand for
 * a million texts, one in 23 thousand for five million); then one would be taken for the other (an
 * instance counted as drifted, an output name as a repeat): a bound we state rather than pay a
 * string per entry for.
 */
/** The low bits of the second hash word hold the value. */
const VALUE_BITS = 6;
const VALUE_MASK = (1 << VALUE_BITS) - 1;
const MAX_HASH_VALUE = (/* unused pure expression or super */ null && (VALUE_MASK));
/**
 * Two independent 32-bit hashes (FNV-1a and a murmur-style mix) of the UTF-16 code units; the
 * second has its low VALUE_BITS cleared. The first is never 0: 0 marks an empty slot.
 */
function hashPair(text) {
    let a = 0x811c9dc5;
    let b = 0x9747b28c ^ text.length;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        a = Math.imul(a ^ c, 0x01000193);
        b = Math.imul(b ^ c, 0x5bd1e995);
        b ^= b >>> 15;
    }
    b = Math.imul(b ^ (b >>> 13), 0xc2b2ae35);
    b ^= b >>> 16;
    return [a >>> 0 || 1, (b & ~VALUE_MASK) >>> 0];
}
const hash_index_EMPTY = 0;
/*
 * A HashIndex is an extendible hash table: fixed pages of slots, found through a directory by the
 * top bits of a text's first hash. A full page splits in two (one new page; the directory doubles
 * now and then, at 4 bytes a page), so the index never copies itself into a larger one: growing a
 * single table would leave its old slots to the garbage collector, as much again as it holds,
 * when memory must stay flat.
 */
/** Slots per page (a power of two); a slot is two 32-bit words. */
const PAGE_SLOTS = 512;
const SLOT_MASK = PAGE_SLOTS - 1;
const PAGE_WORDS = 2 * PAGE_SLOTS;
/** A page splits past this many texts (7/8 of its slots: linear probing stays short). */
const PAGE_LIMIT = (PAGE_SLOTS * 7) / 8;
/** Pages are allocated in runs of up to this many (512 KiB), the first runs smaller. */
const MAX_RUN_PAGES = 128;
/** 2^26 directory entries: far past any file (a page holds hundreds of texts). */
const MAX_DEPTH = 26;
/** A page's texts while it splits (one at a time: the readers are synchronous). */
const SPLIT_SCRATCH = new Uint32Array(PAGE_WORDS);
/** The top `depth` bits of a first hash. */
function prefix(a, depth) {
    return depth === 0 ? 0 : a >>> (32 - depth);
}
/** The word offset in `words` of the slot holding (a, b) in the page at `base`, or of the empty slot where it would go. */
function find(words, base, a, b) {
    for (let slot = (b >>> VALUE_BITS) & SLOT_MASK;; slot = (slot + 1) & SLOT_MASK) {
        const at = base + 2 * slot;
        const held = words[at];
        if (held === hash_index_EMPTY || (held === a && (words[at + 1] & ~VALUE_MASK) >>> 0 === b))
            return at;
    }
}
/** A set of texts (as hash pairs), each with a small value. */
class HashIndex {
    maxDepth;
    /** Page runs; page p is in runs[runOf[p]] at word baseOf[p]. */
    runs = [];
    runOf = new Uint32Array(8);
    baseOf = new Uint32Array(8);
    depthOf = new Uint8Array(8);
    usedOf = new Uint16Array(8);
    pages = 0;
    /** Pages left in the last run. */
    runFree = 0;
    directory = new Uint32Array(1);
    depth = 0;
    count = 0;
    /**
     * Texts whose page cannot split any more: more than a page of them share the top `maxDepth` bits
     * of their first hash, which only a file made to collide does. Held exactly, if not compactly.
     */
    overflow;
    constructor(
    /** How far pages may split (tests set it low to reach the overflow). */
    maxDepth = MAX_DEPTH) {
        this.maxDepth = maxDepth;
        this.directory[0] = this.newPage(0);
    }
    get size() {
        return this.count;
    }
    /** The value held for `text`, or -1 when it is not in the index. */
    get(text) {
        const [a, b] = hashPair(text);
        const page = this.directory[prefix(a, this.depth)];
        const words = this.runs[this.runOf[page]];
        const at = find(words, this.baseOf[page], a, b);
        if (words[at] !== hash_index_EMPTY)
            return words[at + 1] & VALUE_MASK;
        return this.overflow?.get(`${a}:${b}`) ?? -1;
    }
    /** Holds `text` with `value` (0 to MAX_HASH_VALUE), replacing any value it had. */
    set(text, value) {
        const [a, b] = hashPair(text);
        this.setPair(a, b, value);
    }
    /** `set` for a text known by its hash pair (HashList.toIndex). */
    setPair(a, b, value) {
        for (;;) {
            const page = this.directory[prefix(a, this.depth)];
            const words = this.runs[this.runOf[page]];
            const at = find(words, this.baseOf[page], a, b);
            if (words[at] === hash_index_EMPTY) {
                if (this.usedOf[page] >= PAGE_LIMIT) {
                    if (this.depthOf[page] < this.maxDepth) {
                        this.split(page, a);
                        continue;
                    }
                    this.overflow ??= new Map();
                    if (!this.overflow.has(`${a}:${b}`))
                        this.count++;
                    this.overflow.set(`${a}:${b}`, value & VALUE_MASK);
                    return;
                }
                this.usedOf[page]++;
                this.count++;
                words[at] = a;
            }
            words[at + 1] = (b | (value & VALUE_MASK)) >>> 0;
            return;
        }
    }
    /** Whether the hash pair (a, b) of a text is in the index (see HashList.countIn). */
    hasPair(a, b) {
        const page = this.directory[prefix(a, this.depth)];
        const words = this.runs[this.runOf[page]];
        return (words[find(words, this.baseOf[page], a, b)] !== hash_index_EMPTY || (this.overflow?.has(`${a}:${b}`) ?? false));
    }
    /** Splits a full page by the next bit of its texts' first hashes; `a` is one that goes in it. */
    split(page, a) {
        const depth = this.depthOf[page];
        if (depth === this.depth) {
            const directory = new Uint32Array(this.directory.length * 2);
            for (let i = 0; i < this.directory.length; i++)
                directory[2 * i] = directory[2 * i + 1] = this.directory[i];
            this.directory = directory;
            this.depth++;
        }
        const sibling = this.newPage(depth + 1);
        this.depthOf[page] = depth + 1;
        // The directory entries of the page are one run; its second half now goes to the sibling.
        const span = 1 << (this.depth - depth);
        const start = prefix(a, depth) * span;
        this.directory.fill(sibling, start + span / 2, start + span);
        // Every text again, into whichever of the two its next bit says.
        const words = this.runs[this.runOf[page]];
        const base = this.baseOf[page];
        const held = SPLIT_SCRATCH;
        held.set(words.subarray(base, base + PAGE_WORDS));
        words.fill(hash_index_EMPTY, base, base + PAGE_WORDS);
        this.usedOf[page] = 0;
        for (let at = 0; at < PAGE_WORDS; at += 2) {
            const ha = held[at];
            if (ha === hash_index_EMPTY)
                continue;
            const target = (ha >>> (31 - depth)) & 1 ? sibling : page;
            const into = this.runs[this.runOf[target]];
            const slot = find(into, this.baseOf[target], ha, (held[at + 1] & ~VALUE_MASK) >>> 0);
            into[slot] = ha;
            into[slot + 1] = held[at + 1];
            this.usedOf[target]++;
        }
    }
    newPage(depth) {
        if (this.runFree === 0) {
            const pages = Math.min(MAX_RUN_PAGES, 1 << Math.min(this.runs.length, 7));
            this.runs.push(new Uint32Array(pages * PAGE_WORDS));
            this.runFree = pages;
        }
        const page = this.pages++;
        if (page === this.runOf.length) {
            const grow = (old, made) => {
                made.set(old);
                return made;
            };
            this.runOf = grow(this.runOf, new Uint32Array(page * 2));
            this.baseOf = grow(this.baseOf, new Uint32Array(page * 2));
            this.depthOf = grow(this.depthOf, new Uint8Array(page * 2));
            this.usedOf = grow(this.usedOf, new Uint16Array(page * 2));
        }
        const run = this.runs.length - 1;
        this.runOf[page] = run;
        this.baseOf[page] = this.runs[run].length - this.runFree * PAGE_WORDS;
        this.runFree--;
        this.depthOf[page] = depth;
        return page;
    }
}
/** Entries a chunk of a HashList holds: 64 KiB a chunk, so growing never copies what is held. */
const CHUNK_ENTRIES = 8 * 1024;
/**
 * An append-only list of text hashes (or holes), in fixed chunks. A hole is an entry that counts
 * for nothing: pushed as one (`null`), or struck out later by `strike`.
 */
class HashList {
    chunks = [];
    length = 0;
    /** Entries pushed so far: the index the next `push` gets. */
    get size() {
        return this.length;
    }
    /** Appends `text` (null: a hole) with a small value (0 to MAX_HASH_VALUE, see toIndex). */
    push(text, value = 0) {
        const chunk = Math.floor(this.length / CHUNK_ENTRIES);
        if (chunk === this.chunks.length)
            this.chunks.push(new Uint32Array(2 * CHUNK_ENTRIES));
        if (text !== null) {
            const [a, b] = hashPair(text);
            const at = 2 * (this.length % CHUNK_ENTRIES);
            this.chunks[chunk][at] = a;
            this.chunks[chunk][at + 1] = (b | (value & VALUE_MASK)) >>> 0;
        }
        this.length++;
    }
    /** A HashIndex of the texts (not the holes), each with its value (the last, for a repeat). */
    toIndex() {
        const index = new HashIndex();
        for (let i = 0; i < this.length; i++) {
            const chunk = this.chunks[Math.floor(i / CHUNK_ENTRIES)];
            const at = 2 * (i % CHUNK_ENTRIES);
            const b = chunk[at + 1];
            if (chunk[at] !== hash_index_EMPTY)
                index.setPair(chunk[at], (b & ~VALUE_MASK) >>> 0, b & VALUE_MASK);
        }
        return index;
    }
    /** Turns entries `from` (inclusive) to `to` (exclusive) into holes. */
    strike(from, to) {
        for (let i = Math.max(0, from); i < Math.min(to, this.length); i++) {
            this.chunks[Math.floor(i / CHUNK_ENTRIES)][2 * (i % CHUNK_ENTRIES)] = hash_index_EMPTY;
        }
    }
    /** Entries that are not holes, from index `from` on. */
    countFrom(from) {
        return this.count(from, () => true);
    }
    /** Entries from index `from` on that are not holes and whose text is in `index`. */
    countIn(index, from) {
        return this.count(from, (a, b) => index.hasPair(a, b));
    }
    count(from, counts) {
        let n = 0;
        for (let i = Math.max(0, from); i < this.length; i++) {
            const chunk = this.chunks[Math.floor(i / CHUNK_ENTRIES)];
            const at = 2 * (i % CHUNK_ENTRIES);
            const a = chunk[at];
            if (a !== hash_index_EMPTY && counts(a, (chunk[at + 1] & ~VALUE_MASK) >>> 0))
                n++;
        }
        return n;
    }
}

;// CONCATENATED MODULE: ./src/parsers/drift-tally.ts
/**
 * Drift of one plan: the `resource_drift` entries (counts and addresses), and how many prior-state
 * instances did not drift (the drift `unchanged` count).
 *
 * Which prior-state instances drifted is decided once the whole document is read, so that the key
 * order does not matter (Terraform writes `resource_drift` before `prior_state`, `jq -S` the other
 * way round) and a repeated key can replace what came first: the prior-state addresses are held as
 * hashes in the order they came (8 bytes an instance, hash-index.ts), never as strings.
 */




class DriftTally {
    counts = zeroCounts();
    drifted = boundedList();
    /** Every resource_drift entry, any mode or action: tells an empty `resource_drift` apart. */
    entries = 0;
    /** Managed drift entries with a real action, by address. */
    driftedSet = new HashIndex();
    /** Prior-state instances: their addresses, a hole for one that is not managed. */
    prior = new HashList();
    /** Where the prior state that counts begins in `prior` (a repeated `prior_state` moves it on). */
    priorBase = 0;
    /** `resource_drift` begins again (a repeated key): the first one is forgotten. */
    resetDrift() {
        Object.assign(this.counts, zeroCounts());
        this.drifted = boundedList();
        this.driftedSet = new HashIndex();
        this.entries = 0;
    }
    /** `prior_state` begins again: the instances of the first one no longer count. */
    resetPrior() {
        this.priorBase = this.prior.size;
    }
    /** One `resource_drift` entry (any mode); says whether it counts as drift. */
    drift(address, mode, kind) {
        this.entries++;
        // A drift entry that only records a move (no-op + previous_address) is not drift.
        if (!isManaged(mode) || kind.noop)
            return false;
        if (kind.create)
            this.counts.added++;
        if (kind.delete)
            this.counts.deleted++;
        if (kind.update)
            this.counts.changed++;
        pushBounded(this.drifted, address);
        this.driftedSet.set(address, 0);
        return true;
    }
    /** A prior-state instance, the next in PlanVisitor.priorStateResource's numbering. */
    priorResource(address, mode) {
        this.prior.push(isManaged(mode) ? address : null);
    }
    /** Prior-state instances `from` to `to` (exclusive) are taken back (PlanVisitor.priorStateRetract). */
    retractPrior(from, to) {
        this.prior.strike(from, to);
    }
    /** The drift counts, with `unchanged`: managed prior-state instances that did not drift. */
    finalCounts() {
        const managed = this.prior.countFrom(this.priorBase);
        const drifted = this.driftedSet.size === 0 ? 0 : this.prior.countIn(this.driftedSet, this.priorBase);
        return { ...this.counts, unchanged: managed - drifted };
    }
}

;// CONCATENATED MODULE: ./src/parsers/output-tally.ts
/**
 * The outputs of one plan: their counts by action, and the values the report shows (rendered to
 * strings, never a sensitive one).
 *
 * A name written twice in `output_changes` counts once, with its last entry, as JSON.parse reads
 * it, however many outputs came between: every name is remembered as a hash with its counted
 * buckets (hash-index.ts). While the names come sorted, as Terraform and OpenTofu write them (Go
 * sorts a map's keys), none can be a repeat and the hashes are only listed, 8 bytes a name; the
 * first name out of order turns the list into an index that can be asked (9 to 15 bytes a name).
 */


const SENSITIVE_OUTPUT = '(sensitive)';
const UNKNOWN_OUTPUT = '(known after apply)';
const TOO_LARGE_OUTPUT = '(too large)';
/**
 * Output values kept per plan (a Terragrunt unit's become its stack's `stack_outputs`), and the
 * characters of value text kept per plan; past the second, values are sent as `(too large)`.
 * Stated in the README ("Limits").
 */
const OUTPUT_LIMIT = 1000;
const OUTPUT_BYTES_LIMIT = 1024 * 1024;
const UNKNOWN_BIT = 16;
/** Held with a name's buckets: some entry of the name was sensitive (then all are). */
const SENSITIVE_BIT = 32;
/**
 * An output change's counted buckets as bits (1 added, 2 deleted, 4 changed, 8 unchanged), and 16
 * for actions this tool does not know.
 */
function bucketBits(kind) {
    return ((kind.create ? 1 : 0) |
        (kind.delete ? 2 : 0) |
        (kind.update ? 4 : 0) |
        (kind.noop ? 8 : 0) |
        (kind.unknown ? UNKNOWN_BIT : 0));
}
function addBuckets(counts, bits, by) {
    if (bits & 1)
        counts.added += by;
    if (bits & 2)
        counts.deleted += by;
    if (bits & 4)
        counts.changed += by;
    if (bits & 8)
        counts.unchanged += by;
}
class OutputTally {
    counts = zeroCounts();
    /**
     * Every name seen in `output_changes`, with the buckets its last entry counted in: listed while
     * the names come sorted (`lastName` is then the greatest), an index from the first that does not.
     */
    sortedNames = new HashList();
    lastName;
    buckets;
    /**
     * Output strings by name, the first OUTPUT_LIMIT names (later ones are counted in `omitted`),
     * null for a deleted output; sensitive ones are replaced the moment they are known to be.
     */
    values = new Map();
    omitted = 0;
    /** Characters of the values kept; past OUTPUT_BYTES_LIMIT values are kept as `(too large)`. */
    bytes = 0;
    /** Names declared sensitive in planned_values, up to OUTPUT_LIMIT; past it, see below. */
    plannedSensitive = new Set();
    /** More sensitive names than the set holds: an output not in it may still be sensitive. */
    plannedSensitiveOverflow = false;
    /** `output_changes` begins again (a repeated key): the first one is forgotten. */
    resetChanges() {
        Object.assign(this.counts, zeroCounts());
        this.sortedNames = new HashList();
        this.lastName = undefined;
        this.buckets = undefined;
        this.values.clear();
        this.omitted = 0;
        this.bytes = 0;
    }
    /**
     * One entry of `output_changes`; says what came before under its name. The first
     * OUTPUT_LIMIT names hold a place in `values` whatever their action (a deleted output's holds
     * null), so which names are kept does not depend on which of a repeated name's entries came
     * first.
     */
    change(entry, kind) {
        const bits = bucketBits(kind);
        const before = this.earlier(entry.name);
        const repeated = before >= 0;
        const said = { repeated, wasUnknown: repeated && (before & UNKNOWN_BIT) !== 0 };
        // Sensitive once, sensitive always: an entry written again does not bring a hidden value back.
        const wasSensitive = repeated && (before & SENSITIVE_BIT) !== 0;
        const held = bits | (wasSensitive || entry.afterSensitive ? SENSITIVE_BIT : 0);
        if (this.sortedNames !== undefined)
            this.sortedNames.push(entry.name, held);
        else
            this.buckets.set(entry.name, held);
        // A repeated name: its earlier entry's counts are taken back (the last one wins).
        if (repeated)
            addBuckets(this.counts, before, -1);
        addBuckets(this.counts, bits, 1);
        const shown = this.values.get(entry.name);
        if (shown === undefined) {
            // No place: a name seen before had none either, a new one gets one while there are any.
            if (repeated || this.values.size >= OUTPUT_LIMIT) {
                if (!repeated)
                    this.omitted++;
                return said;
            }
        }
        else if (shown !== null) {
            this.bytes -= shown.length;
        }
        // A deleted output has no value after the plan.
        if (kind.delete && !kind.create) {
            this.values.set(entry.name, null);
            return said;
        }
        // Unsure whether it was declared sensitive (too many names to hold): never show the value.
        const sensitive = wasSensitive || this.plannedSensitive.has(entry.name) || this.plannedSensitiveOverflow;
        let text = renderOutput(entry, sensitive);
        if (this.bytes + text.length > OUTPUT_BYTES_LIMIT)
            text = TOO_LARGE_OUTPUT;
        this.bytes += text.length;
        this.values.set(entry.name, text);
        return said;
    }
    /**
     * The buckets an earlier entry of `name` counted in, or -1 for a name not seen before. While the
     * names come sorted, a name after the last cannot be a repeat; the first that is not after it
     * turns the list into an index.
     */
    earlier(name) {
        if (this.sortedNames !== undefined) {
            if (this.lastName === undefined || name > this.lastName) {
                this.lastName = name;
                return -1;
            }
            this.buckets = this.sortedNames.toIndex();
            this.sortedNames = undefined;
            this.lastName = undefined;
        }
        return this.buckets.get(name);
    }
    /** The values to show, by name, in the order the names first came. */
    shown() {
        // fromEntries, not assignment: an output may be named `__proto__`.
        return Object.fromEntries([...this.values].filter((entry) => entry[1] !== null));
    }
    /**
     * An output declared sensitive in `planned_values.outputs`. Sensitive once, sensitive always:
     * wherever a document says an output is sensitive (`planned_values`, an `after_sensitive` of any
     * of its entries), a repeated key that says otherwise does not bring the value back. The one
     * exception to "the last wins", made for secrets (README, "Keys written twice").
     */
    sensitive(name) {
        if (this.plannedSensitive.size < OUTPUT_LIMIT)
            this.plannedSensitive.add(name);
        else if (!this.plannedSensitive.has(name))
            this.plannedSensitiveOverflow = true;
        // `output_changes` may come first (sorted keys): drop the value now that it is known sensitive.
        const held = this.values.get(name);
        if (held !== undefined && held !== null) {
            this.bytes += SENSITIVE_OUTPUT.length - held.length;
            this.values.set(name, SENSITIVE_OUTPUT);
        }
    }
}
/**
 * An output's value after the plan, as a string: never a sensitive value, which is dropped here
 * without being rendered.
 */
function renderOutput(entry, declaredSensitive) {
    if (entry.afterSensitive || declaredSensitive)
        return SENSITIVE_OUTPUT;
    if (entry.afterUnknown)
        return UNKNOWN_OUTPUT;
    if (entry.afterTooLarge)
        return TOO_LARGE_OUTPUT;
    if (typeof entry.after === 'string')
        return entry.after;
    // The text, not JSON.stringify(after): a number keeps the digits the plan wrote (`1e400` is not
    // `null`, a 300-digit integer not `1e+300`). `after` is absent only when a reader dropped it;
    // null is a real (null) value.
    return entry.afterJson ?? 'null';
}

;// CONCATENATED MODULE: ./src/parsers/plan-kind.ts
/**
 * What a JSON document read as a plan turned out to be: a plan this tool can read (which tool
 * wrote it, where that is certain), or an InputError naming what it most likely is instead.
 */

/** Keys only a plan has: at least one must be present for a document to be read as a plan. */
const plan_kind_PLAN_KEYS = [
    'planned_values',
    'resource_changes',
    'resource_drift',
    'output_changes',
    'prior_state',
    'configuration',
];
/** Top-level keys the classification looks at; others are only counted for the error message. */
const KEYS_OF_INTEREST = new Set([
    ...plan_kind_PLAN_KEYS,
    'format_version',
    'terraform_version',
    'plan_format_version',
    'applyable',
    'complete',
    'values',
    'version',
    'serial',
    'lineage',
    'projects',
    'currency',
    'totalMonthlyCost',
    'provider_schemas',
    'function_signatures',
    '@level',
    '@message',
]);
/** Major versions of the JSON format this tool knows. */
const KNOWN_MAJOR_VERSIONS = new Set([0, 1]);
/** Throws an InputError when the document is no plan this tool can read. */
function checkPlanKind(facts) {
    if (!plan_kind_PLAN_KEYS.some((key) => facts.keys.has(key)))
        throw wrongKind(facts);
    const version = facts.formatVersion;
    if (version === undefined)
        return; // HCP redacted plans and some hand-trimmed plans have none.
    const match = /^(\d+)\.\d+/.exec(version);
    if (!match) {
        throw new InputError('INPUT_INVALID', facts.file, `format_version "${version}" is not a version number such as 1.2: regenerate the file with \`terraform show -json\``);
    }
    if (!KNOWN_MAJOR_VERSIONS.has(Number(match[1]))) {
        throw new InputError('INPUT_VERSION', facts.file, `format_version ${version} is newer than this tool knows (0.x, 1.x): upgrade iacm-reporter`);
    }
}
/** The error for a valid JSON object that is not a plan, naming what it most likely is. */
function wrongKind(facts) {
    const has = (key) => facts.keys.has(key);
    const convert = 'save the plan with `terraform plan -out=tfplan` and give `terraform show -json tfplan > plan.json`';
    const forDrift = 'for drift, plan with `terraform plan -refresh-only -out=tfplan`';
    let detail;
    if (has('version') && has('serial') && has('lineage')) {
        detail = `this is a state file (.tfstate), not a plan: ${convert} (${forDrift})`;
    }
    else if (has('values') || (has('format_version') && onlyVersionKeys(facts))) {
        detail = `this is a state (\`show -json\` without a plan file), not a plan: ${convert} (${forDrift})`;
    }
    else if (has('projects') && (has('currency') || has('totalMonthlyCost'))) {
        detail =
            'this is an Infracost JSON file, not a plan: give it as the Infracost input (infracost), and the plan JSON as the plan';
    }
    else if (has('provider_schemas')) {
        detail = `this is a providers schema (\`providers schema -json\`), not a plan: ${convert}`;
    }
    else if (has('function_signatures')) {
        detail = `this is functions metadata (\`metadata functions -json\`), not a plan: ${convert}`;
    }
    else if (has('@level') || has('@message')) {
        detail = `this is a line of machine-readable UI output (\`plan -json\`), not a plan: ${convert}`;
    }
    else {
        const found = facts.keyCount === 0
            ? 'the object is empty'
            : `found ${facts.firstKeys.join(', ')}${facts.keyCount > facts.firstKeys.length ? ', ...' : ''}`;
        detail = `none of the keys of a plan (${plan_kind_PLAN_KEYS.join(', ')}) are here (${found}): ${convert}`;
    }
    return new InputError('INPUT_WRONG_KIND', facts.file, detail);
}
/** `{"format_version": ...}` alone (maybe with terraform_version) is `show -json` of an empty state. */
function onlyVersionKeys(facts) {
    const versionKeys = (facts.keys.has('format_version') ? 1 : 0) + (facts.keys.has('terraform_version') ? 1 : 0);
    return facts.keyCount === versionKeys;
}
/**
 * Which tool wrote the plan, only where the document's shape makes it certain:
 * - OpenTofu: a `["forget","create"]` action (Terraform writes `create` first) or a resource
 *   change with `mode: "ephemeral"` (Terraform keeps ephemeral resources out of the plan).
 * - Terraform: a top-level `applyable` or `complete` (Terraform 1.8+ writes them; OpenTofu,
 *   up to the version its docs in the fixtures describe, never has).
 * - Terraform: a `terraform_version` below 1.6, since OpenTofu's first release was 1.6.0.
 * Anything else, and contradicting signals, is undefined: from 1.6 on `terraform_version` is
 * written by both (OpenTofu keeps the key name) and the version ranges overlap; `timestamp`,
 * `errored`, `checks` and HCP's `plan_format_version` are not specific to either.
 */
function provisionerOf(signals) {
    const opentofu = signals.forgetThenCreate || signals.ephemeral;
    const terraform = signals.keys.has('applyable') ||
        signals.keys.has('complete') ||
        predatesOpenTofu(signals.terraformVersion);
    if (opentofu === terraform)
        return undefined;
    return opentofu ? 'opentofu' : 'terraform';
}
/** `0.x` and `1.0` to `1.5` (pre-releases included) were only ever Terraform. */
function predatesOpenTofu(version) {
    const match = /^v?(\d+)\.(\d+)/.exec(version ?? '');
    if (!match)
        return false;
    const major = Number(match[1]);
    return major === 0 || (major === 1 && Number(match[2]) < 6);
}

;// CONCATENATED MODULE: ./src/parsers/plan-accumulator.ts
/**
 * Counts a plan document while a reader walks it, then says what the document was.
 *
 * Memory stays flat however many resources a plan has: the accumulator keeps counts, bounded
 * address lists and rendered output strings, never the entries it is shown; what it must hold per
 * entry (prior-state addresses, output names) it holds as 8-byte hashes (hash-index.ts).
 *
 * A key written twice counts as JSON.parse reads it: the last one wins. A repeated top-level
 * section starts again from nothing; a repeated output name takes back its earlier entry; a
 * repeated prior-state container is taken back by the reader (PlanVisitor.priorStateRetract). The
 * one exception is sensitivity (output-tally.ts).
 */







/** The top-level keys whose values are read into counts: a repeated one replaces the first. */
const SECTIONS = new Set([
    'resource_changes',
    'resource_drift',
    'output_changes',
    'planned_values',
    'prior_state',
]);
/** Every top-level key whose value is read: a repeated one is worth a warning. */
const READ_KEYS = new Set([...SECTIONS, 'format_version', 'terraform_version', 'errored']);
/** Distinct top-level keys remembered for the wrong-kind message; past it, keys are only counted. */
const TOP_KEYS_HELD = 1000;
/** Unknown actions and repeated keys are named in their warnings, a few at most. */
const EXAMPLES = 3;
/** Things a warning tells of: how many, and the first few. */
class Sightings {
    count = 0;
    examples = [];
    note(example) {
        this.count++;
        if (this.examples.length < EXAMPLES)
            this.examples.push(example);
    }
    /** `a; b; c; 4 more` */
    list() {
        const more = this.count - this.examples.length;
        return `${this.examples.join('; ')}${more > 0 ? `; ${more} more` : ''}`;
    }
}
class PlanAccumulator {
    file;
    /** The KEYS_OF_INTEREST and READ_KEYS present (always held: a repeat of one replaces its value). */
    keys = new Set();
    /** Distinct top-level keys, the first TOP_KEYS_HELD. */
    topKeys = new Set();
    firstKeys = [];
    keyCount = 0;
    formatVersionValue;
    terraformVersionValue;
    erroredValue = false;
    resourceCounts = zeroCounts();
    plannedChangesCount = 0;
    /** The planned lists (`drifted` is the drift tally's). */
    addresses = emptyAddressLists();
    /** Changed attribute names of the first MAX_ATTRIBUTE_ADDRESSES updates and replacements. */
    changedAttributes = new Map();
    /** Shape signals for the provisioner (plan-kind.ts). */
    sawForgetThenCreate = false;
    sawEphemeral = false;
    drift = new DriftTally();
    outputs = new OutputTally();
    /** Entries with actions this tool does not know, by section (a repeated section starts again). */
    unknownChanges = new Sightings();
    unknownDrift = new Sightings();
    unknownOutputs = new Sightings();
    /** Keys written twice. */
    repeats = new Sightings();
    constructor(
    /** The file as the user named it: the summary's `file` and the errors' subject. */
    file) {
        this.file = file;
    }
    topLevelKey(key) {
        if (!this.topKeys.has(key)) {
            if (this.topKeys.size < TOP_KEYS_HELD)
                this.topKeys.add(key);
            this.keyCount++;
            if (this.firstKeys.length < 12)
                this.firstKeys.push(key);
        }
        if (READ_KEYS.has(key) && this.keys.has(key)) {
            this.repeats.note(key);
            // The section read so far is forgotten, not added to.
            if (SECTIONS.has(key))
                this.resetSection(key);
        }
        // A value written again replaces the first, and null (for which no visitor call comes) says
        // "none": `errored: null` after `errored: true` is not errored.
        if (key === 'errored')
            this.erroredValue = false;
        else if (key === 'format_version')
            this.formatVersionValue = undefined;
        else if (key === 'terraform_version')
            this.terraformVersionValue = undefined;
        if (KEYS_OF_INTEREST.has(key) || READ_KEYS.has(key))
            this.keys.add(key);
    }
    resetSection(key) {
        switch (key) {
            case 'resource_changes':
                Object.assign(this.resourceCounts, zeroCounts());
                this.plannedChangesCount = 0;
                // Drift has its own section (resource_drift): only the planned lists start again.
                for (const list of ADDRESS_LIST_KEYS) {
                    if (list !== 'drifted')
                        this.addresses[list] = boundedList();
                }
                this.changedAttributes.clear();
                this.sawForgetThenCreate = false;
                this.sawEphemeral = false;
                this.unknownChanges = new Sightings();
                return;
            case 'resource_drift':
                this.drift.resetDrift();
                this.unknownDrift = new Sightings();
                return;
            case 'output_changes':
                this.outputs.resetChanges();
                this.unknownOutputs = new Sightings();
                return;
            case 'planned_values':
                // Names it declared sensitive stay so: sensitivity is the one place where the first of a
                // repeated key still counts (OutputTally.sensitive).
                return;
            case 'prior_state':
                this.drift.resetPrior();
                return;
        }
    }
    formatVersion(value) {
        this.formatVersionValue = value;
    }
    terraformVersion(value) {
        this.terraformVersionValue = value;
    }
    errored(value) {
        this.erroredValue = value;
    }
    resourceChange(entry) {
        if (entry.mode === 'ephemeral')
            this.sawEphemeral = true;
        if (entry.actions.length === 2 && entry.actions[0] === 'forget' && entry.actions[1] === 'create') {
            this.sawForgetThenCreate = true;
        }
        if (!isManaged(entry.mode))
            return;
        const kind = action_kind_kindOf(entry.actions);
        const counts = this.resourceCounts;
        if (kind.create)
            counts.added++;
        if (kind.delete)
            counts.deleted++;
        if (kind.update)
            counts.changed++;
        if (kind.forget)
            counts.removed++;
        if (entry.importing)
            counts.imported++;
        // A moved-only entry is a no-op with a previous_address: unchanged, like any no-op.
        if (kind.noop && !entry.importing)
            counts.unchanged++;
        if (!kind.noop || entry.importing)
            this.plannedChangesCount++;
        const lists = this.addresses;
        const replaced = kind.create && (kind.delete || kind.forget);
        if (replaced)
            pushBounded(lists.replaced, entry.address);
        else if (kind.create)
            pushBounded(lists.created, entry.address);
        else if (kind.delete)
            pushBounded(lists.deleted, entry.address);
        else if (kind.forget)
            pushBounded(lists.forgotten, entry.address);
        if (kind.update && !kind.unknown)
            pushBounded(lists.updated, entry.address);
        if (entry.importing)
            pushBounded(lists.imported, entry.address);
        if (kind.unknown) {
            pushBounded(lists.unknown, entry.address);
            this.unknownChanges.note(`resource_changes ${entry.address} ${actionsText(entry.actions)}`);
        }
        const changed = entry.changedAttributes;
        // Readers stop gathering names after MAX_ATTRIBUTE_ADDRESSES; a visitor does not rely on it.
        if (changed !== undefined &&
            changed.total > 0 &&
            ((kind.update && !kind.unknown) || replaced) &&
            this.changedAttributes.size < MAX_ATTRIBUTE_ADDRESSES)
            this.changedAttributes.set(entry.address, changed);
    }
    resourceDrift(entry) {
        const kind = action_kind_kindOf(entry.actions);
        if (this.drift.drift(entry.address, entry.mode, kind) && kind.unknown) {
            this.unknownDrift.note(`resource_drift ${entry.address} ${actionsText(entry.actions)}`);
        }
    }
    outputChange(entry) {
        const kind = action_kind_kindOf(entry.actions);
        const { repeated, wasUnknown } = this.outputs.change(entry, kind);
        const name = `output_changes[${JSON.stringify(entry.name)}]`;
        if (repeated)
            this.repeats.note(name);
        // A repeated name's earlier entry no longer counts, whatever its actions were.
        if (wasUnknown)
            this.unknownOutputs.count--;
        if (kind.unknown)
            this.unknownOutputs.note(`${name} ${actionsText(entry.actions)}`);
    }
    plannedOutputSensitive(name) {
        this.outputs.sensitive(name);
    }
    priorStateResource(address, mode) {
        this.drift.priorResource(address, mode);
    }
    priorStateRetract(from, to) {
        this.drift.retractPrior(from, to);
    }
    repeatedKey(path) {
        this.repeats.note(path);
    }
    /** Classifies the document (throwing InputError when it is no plan we can read) and sums up. */
    finish() {
        checkPlanKind({
            file: this.file,
            keys: this.keys,
            keyCount: this.keyCount,
            firstKeys: this.firstKeys,
            formatVersion: this.formatVersionValue,
        });
        return {
            file: this.file,
            formatVersion: this.formatVersionValue ?? '',
            terraformVersion: this.terraformVersionValue,
            errored: this.erroredValue,
            provisioner: provisionerOf({
                forgetThenCreate: this.sawForgetThenCreate,
                ephemeral: this.sawEphemeral,
                keys: this.keys,
                terraformVersion: this.terraformVersionValue,
            }),
            isDriftCheck: this.isDriftCheck(),
            resourceCounts: { ...this.resourceCounts },
            plannedChangesCount: this.plannedChangesCount,
            driftCounts: this.drift.finalCounts(),
            driftedCount: this.drift.drifted.total,
            outputCounts: { ...this.outputs.counts },
            outputs: this.outputs.shown(),
            outputsOmitted: this.outputs.omitted,
            addresses: { ...this.addresses, drifted: this.drift.drifted },
            warnings: this.warnings(),
            changedAttributes: this.changedAttributes,
        };
    }
    warnings() {
        const warnings = [];
        const unknown = new Sightings();
        for (const seen of [this.unknownChanges, this.unknownDrift, this.unknownOutputs]) {
            unknown.count += seen.count;
            for (const example of seen.examples)
                if (unknown.examples.length < EXAMPLES)
                    unknown.examples.push(example);
        }
        if (unknown.count > 0) {
            warnings.push(`${this.file}: ${unknown.count} ${unknown.count === 1 ? 'entry has' : 'entries have'} actions ` +
                `this tool does not know (${unknown.list()}); counted as changed: check the plan`);
        }
        const { omitted, values } = this.outputs;
        if (omitted > 0) {
            warnings.push(`${this.file}: ${values.size + omitted} output values; the first ${values.size} are kept for the report, ${omitted} left out`);
        }
        if (this.repeats.count > 0) {
            warnings.push(`${this.file}: ${this.repeats.count} ${this.repeats.count === 1 ? 'key is' : 'keys are'} written twice ` +
                `(${this.repeats.list()}); read as JSON parsers read them, the last one wins: check what wrote the file`);
        }
        return warnings;
    }
    /**
     * A refresh-only plan: nothing to change, and a `resource_drift` key. `show -json` leaves an
     * empty `resource_drift` out, but HCP redacted plans write `"resource_drift": []` in every plan,
     * so an empty one counts only when `resource_changes` is absent too (as in a refresh-only plan),
     * else every no-change HCP plan would be taken for a drift check.
     */
    isDriftCheck() {
        if (!this.keys.has('resource_drift') || this.plannedChangesCount > 0)
            return false;
        return this.drift.entries > 0 || !this.keys.has('resource_changes');
    }
}
/** A `change.actions` array for a warning, cut short. */
function actionsText(actions) {
    return JSON.stringify(actions).slice(0, 80);
}

;// CONCATENATED MODULE: ./src/parsers/json-stream/input-errors.ts

/**
 * Makes the InputErrors of one read. Offsets are byte offsets into the file as given; when the
 * file was transcoded (UTF-16) the scanner's offsets count UTF-8 bytes instead, which would point
 * at the wrong place, so they are left out.
 */
class InputErrors {
    label;
    exactOffsets;
    constructor(label, exactOffsets = true) {
        this.label = label;
        this.exactOffsets = exactOffsets;
    }
    error(code, detail, offset) {
        return new InputError(code, this.label, detail, this.exactOffsets ? offset : undefined);
    }
}
/** A byte as a person would read it in an error message. */
function showByte(b) {
    if (b >= 0x21 && b <= 0x7e)
        return b === 0x60 ? "'`'" : `\`${String.fromCharCode(b)}\``;
    return `byte 0x${b.toString(16).padStart(2, '0').toUpperCase()}`;
}
/** The start of some bytes as one short line of printable text, for error messages. */
function showText(bytes, max = 40) {
    let text = '';
    for (let i = 0; i < bytes.length && text.length < max; i++) {
        const b = bytes[i];
        if (b === 0x0a || b === 0x0d)
            break;
        text += b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '?';
    }
    return text.length >= max ? `${text}…` : text;
}
/**
 * A copy of `bytes[from, to)`. Not `slice()`: on a Buffer (what files give) that is a view, and the
 * chunk's memory is reused for the next chunk.
 */
function copyBytes(bytes, from = 0, to = bytes.length) {
    const part = bytes.subarray(from, to);
    const copy = new Uint8Array(part.length);
    copy.set(part);
    return copy;
}

;// CONCATENATED MODULE: ./src/parsers/json-stream/input-decoder.ts
/**
 * Feeds a byte stream to the scanner as UTF-8: looks at the first bytes once (byte-order marks,
 * zip, UTF-16 without a BOM, NUL bytes), strips a UTF-8 BOM and transcodes UTF-16 on the fly,
 * chunk by chunk, so that a PowerShell-written plan costs no more memory than a UTF-8 one.
 */

/** Bytes gathered before deciding what the input is; also what error messages quote from. */
const HEAD_BYTES = 512;
function concat(parts) {
    if (parts.length === 1)
        return parts[0];
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of parts) {
        out.set(p, at);
        at += p.length;
    }
    return out;
}
/** ASCII text written as UTF-16 has a NUL in every other byte. */
function utf16WithoutBom(head) {
    const n = Math.min(head.length, 64) & ~1;
    if (n < 2)
        return null;
    let evenZeros = 0;
    let oddZeros = 0;
    for (let i = 0; i < n; i++) {
        if (head[i] !== 0)
            continue;
        if (i % 2 === 0)
            evenZeros++;
        else
            oddZeros++;
    }
    const pairs = n / 2;
    if (oddZeros * 2 >= pairs && evenZeros * 8 <= pairs)
        return 'LE';
    if (evenZeros * 2 >= pairs && oddZeros * 8 <= pairs)
        return 'BE';
    return null;
}
/** Decides the encoding from the first bytes, or throws what is wrong with them. */
function sniff(first, errors) {
    const [b0, b1, b2, b3] = first;
    if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf)
        return { encoding: 'utf-8', bom: 3 };
    if (b0 === 0xff && b1 === 0xfe)
        return { encoding: 'utf-16le', bom: 2 };
    if (b0 === 0xfe && b1 === 0xff)
        return { encoding: 'utf-16be', bom: 2 };
    if (b0 === 0x50 && b1 === 0x4b && b2 === 0x03 && b3 === 0x04) {
        throw errors.error('INPUT_BINARY', 'this is a binary plan file; run `terraform show -json <file> > plan.json` (or `tofu show -json`) and pass plan.json', 0);
    }
    const utf16 = utf16WithoutBom(first);
    if (utf16 !== null) {
        throw errors.error('INPUT_ENCODING', `this looks like UTF-16${utf16} without a byte-order mark; re-save it as UTF-8 ` +
            '(PowerShell: `terraform show -json plan.tfplan | Out-File -Encoding utf8 plan.json`)', 0);
    }
    const nul = first.subarray(0, HEAD_BYTES).indexOf(0);
    if (nul >= 0)
        throw errors.error('INPUT_BINARY', 'binary data (NUL bytes), not JSON text', nul);
    return { encoding: 'utf-8', bom: 0 };
}
/**
 * Runs the whole input through the scanner and ends it. `onHead` receives the first bytes of the
 * UTF-8 text (after any BOM) before the scanner sees anything.
 */
async function pumpInput(source, scanner, errors, onHead) {
    const it = source[Symbol.asyncIterator]();
    let finished = false;
    try {
        const parts = [];
        let size = 0;
        while (size < HEAD_BYTES) {
            const r = await it.next();
            if (r.done === true) {
                finished = true;
                break;
            }
            // Copied unless it is the only piece: a producer may reuse its buffer for the next chunk.
            parts.push(size === 0 && r.value.length >= HEAD_BYTES ? r.value : copyBytes(r.value));
            size += r.value.length;
        }
        const first = concat(parts);
        if (first.length === 0)
            throw errors.error('INPUT_EMPTY', 'is empty (0 bytes)');
        const { encoding, bom } = sniff(first, errors);
        let transcode = null;
        let text = first.subarray(bom);
        if (encoding !== 'utf-8') {
            // Offsets into the transcoded bytes would not be file offsets.
            errors.exactOffsets = false;
            transcode = utf16Transcoder(encoding, errors);
            text = transcode(text);
        }
        else {
            scanner.advance(bom);
        }
        onHead(copyBytes(text, 0, HEAD_BYTES));
        scanner.feed(text);
        while (!finished) {
            const r = await it.next();
            if (r.done === true)
                break;
            scanner.feed(transcode === null ? r.value : transcode(r.value));
        }
        finished = true;
        if (transcode !== null)
            scanner.feed(transcode(null));
        scanner.end();
    }
    finally {
        // Stop reading (closes a file stream) when the scanner gave up early.
        if (!finished)
            await it.return?.();
    }
}
/** UTF-16 bytes in, UTF-8 bytes out, keeping a character split across chunks; null flushes. */
function utf16Transcoder(encoding, errors) {
    const decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
    const encoder = new TextEncoder();
    return (chunk) => {
        try {
            return encoder.encode(chunk === null ? decoder.decode() : decoder.decode(chunk, { stream: true }));
        }
        catch {
            throw errors.error('INPUT_ENCODING', `invalid ${encoding.toUpperCase()} (an unpaired surrogate or an odd number of bytes); re-save the file as UTF-8`);
        }
    };
}

;// CONCATENATED MODULE: ./src/parsers/json-stream/input-diagnosis.ts

const WRAPPER_HINT = 'the setup-terraform wrapper wrapped the JSON: set terraform_wrapper: false or use the plain terraform binary';
const NDJSON_HINT = 'more data after the first JSON value; it looks like NDJSON (one JSON value per line, as ' +
    '`terragrunt show --all -json` or a `-json` UI log write): pass one plan per file, ' +
    'written by `terraform show -json <planfile>`';
function ascii(bytes, from, length) {
    let s = '';
    for (let i = from; i < bytes.length && i < from + length; i++)
        s += String.fromCharCode(bytes[i]);
    return s;
}
/** The hashicorp/setup-terraform wrapper echoes `[command]…` and writes `::debug::`/`::set-output` lines. */
function isWrapperNoise(bytes, from) {
    const s = ascii(bytes, from, 16);
    return s.startsWith('[command]') || s.startsWith('::debug::') || s.startsWith('::set-output');
}
/** NUL bytes, control characters or invalid UTF-8 near the start: not text at all. */
function looksBinary(head) {
    let controls = 0;
    for (const b of head) {
        if (b === 0)
            return true;
        if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c)
            controls++;
    }
    if (controls > 0 && controls * 50 >= head.length)
        return true;
    try {
        // stream: true so that a character cut at the end of the head is not an error.
        new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
        return false;
    }
    catch {
        return true;
    }
}
/** CSI sequences (colours) as `terraform plan` writes them without -no-color. */
// eslint-disable-next-line no-control-regex -- matching escape sequences is the point
const ANSI = /\u001b\[[0-?]*[ -/]*[@-~]/g;
/** Lines only the human-readable output of `terraform plan` / `tofu plan` (or `show` of a plan) has. */
const PLAN_TEXT_MARKERS = [
    /\b(Terraform|OpenTofu) will perform the following actions:/,
    /\b(Terraform|OpenTofu) used the selected providers to generate the following execution/,
    /^Plan: \d+ to add, \d+ to change, \d+ to destroy/m,
    /^No changes\. (Your infrastructure matches the configuration|Infrastructure is up-to-date)/m,
    /\b(Terraform|OpenTofu) detected the following changes made outside of/,
    /^Note: Objects have changed outside of (Terraform|OpenTofu)/m,
    /^\S+: Refreshing state\.\.\./m,
    /^Changes to Outputs:$/m,
    /^\s*# \S+ (will be (created|destroyed|updated in-place|read during apply)|must be replaced|has changed)/m,
];
const PLAN_TEXT_HINT = 'this is the text output of `terraform plan` (or `tofu plan`), not plan JSON: save the plan with ' +
    '`terraform plan -out=tfplan`, then run `terraform show -json tfplan > plan.json` ' +
    '(OpenTofu: `tofu show -json tfplan`) and give that file';
/** The human-readable plan, with or without colour: people pass it for the JSON all the time. */
function looksLikePlanText(head) {
    const text = new TextDecoder('utf-8', { fatal: false }).decode(head).replace(ANSI, '');
    return PLAN_TEXT_MARKERS.some((marker) => marker.test(text));
}
const SCALAR_LINE = /^\s*("(?:[^"\\]|\\.)*"|-?\d[\d.eE+-]*|true|false|null)\s*$/;
function scalarKind(text) {
    if (text.startsWith('"'))
        return 'string';
    if (text === 'true' || text === 'false')
        return 'boolean';
    if (text === 'null')
        return 'null';
    return 'number';
}
/**
 * The top-level value does not start with `{`. `head` is the first bytes of the (UTF-8) input,
 * `at` the index in it of the first byte that is not whitespace.
 */
function diagnoseStart(head, at, offset, errors) {
    const first = head[at];
    if (first === undefined)
        return errors.error('INPUT_SYNTAX', 'not JSON', offset);
    if (isWrapperNoise(head, at))
        return errors.error('INPUT_SYNTAX', WRAPPER_HINT, offset);
    if (first === 0x5b)
        return errors.error('INPUT_WRONG_KIND', 'a JSON array, not a plan', offset);
    if (looksLikePlanText(head))
        return errors.error('INPUT_WRONG_KIND', PLAN_TEXT_HINT, offset);
    if (looksBinary(head)) {
        return errors.error('INPUT_BINARY', 'binary data, not JSON text', offset);
    }
    const firstLine = showText(head.subarray(at), 400);
    const scalar = SCALAR_LINE.exec(firstLine);
    if (scalar?.[1] !== undefined) {
        return errors.error('INPUT_WRONG_KIND', `a JSON ${scalarKind(scalar[1])}, not a plan (a plan is a JSON object)`, offset);
    }
    // Text before the JSON, as a log capture would have: say where the JSON seems to begin.
    const text = new TextDecoder().decode(head);
    const lines = text.split('\n');
    const jsonLine = lines.findIndex((line, n) => n > 0 && line.trimStart().startsWith('{'));
    const where = jsonLine > 0 ? `; line ${jsonLine + 1} starts with '{': remove the text before it` : '';
    return errors.error('INPUT_SYNTAX', `not JSON: it starts with text (${showByte(first)}), not '{'${where}`, offset);
}
/** Data after the top-level value. `bytes` holds its first few bytes. */
function diagnoseTrailing(bytes, newlineBefore, offset, errors) {
    if (isWrapperNoise(bytes, 0))
        return errors.error('INPUT_SYNTAX', WRAPPER_HINT, offset);
    const first = bytes[0] ?? 0;
    if (newlineBefore && (first === 0x7b || first === 0x5b)) {
        return errors.error('INPUT_TRAILING', NDJSON_HINT, offset);
    }
    return errors.error('INPUT_TRAILING', `more data after the end of the JSON value (${showByte(first)}): one plan per file, nothing after it`, offset);
}

;// CONCATENATED MODULE: ./src/parsers/plan-visitor.ts
/**
 * The seam between reading a plan document and understanding it.
 *
 * A reader (the streaming byte reader in production; a JSON.parse walker in tests) walks one
 * `terraform show -json` / `tofu show -json` document and calls a PlanVisitor with only what the
 * report needs. Everything else (attribute values, variables, configuration) is skipped by the
 * reader and never reaches the visitor, so it can never leak into a report.
 */
/** Output values above this size (as JSON text) are not kept by readers. */
const MAX_OUTPUT_VALUE_BYTES = 64 * 1024;

;// CONCATENATED MODULE: ./src/parsers/json-stream/output-value.ts
/**
 * The rules for an output change's `after`, `after_unknown` and `after_sensitive`, in one place so
 * that every reader (the streaming reader and the JSON.parse walker) applies them the same way.
 */


/**
 * Output values nested deeper than this are dropped like too large ones: nobody reads such a value
 * in a report, and JSON.stringify/JSON.parse recurse (a 10,000-deep value overflows the stack).
 * Depth counts containers: a scalar is 0, `[]` is 1, `{"a":[1]}` is 2.
 */
const MAX_OUTPUT_VALUE_DEPTH = 64;
/** The nesting depth of a parsed value, without recursion; stops counting past `limit`. */
function nestingDepth(value, limit = MAX_OUTPUT_VALUE_DEPTH) {
    let deepest = 0;
    const pending = [[value, 0]];
    while (pending.length > 0) {
        const [v, depth] = pending.pop();
        if (typeof v !== 'object' || v === null)
            continue;
        deepest = Math.max(deepest, depth + 1);
        if (deepest > limit)
            return deepest;
        for (const item of Object.values(v))
            pending.push([item, depth + 1]);
    }
    return deepest;
}
const TOO_LARGE = { after: undefined, afterJson: undefined, afterTooLarge: true };
/**
 * From a parsed value (the JSON.parse walker, the test oracle): its text is JSON.stringify's. That
 * is keptOutputText's for every document whose numbers are written as JavaScript writes them (all
 * that tests build with JSON.stringify); a number JSON.parse cannot hold (`1e400`, 300 digits) is
 * already lost in the value.
 */
function keptOutputValue(value) {
    if (nestingDepth(value) > MAX_OUTPUT_VALUE_DEPTH)
        return TOO_LARGE;
    // JSON.stringify gives undefined for an absent `after` (its type says string).
    const json = JSON.stringify(value);
    return kept(value, json);
}
/**
 * From the value's JSON text as the plan wrote it (the streaming reader): the numbers keep their
 * text (compactJson), so `1e400` is reported as `1e400`, not JSON.parse's `Infinity` (which
 * JSON.stringify writes as `null`), and a 300-digit integer with every digit. Throws SyntaxError
 * for text that is not JSON.
 */
function keptOutputText(text) {
    const value = JSON.parse(text);
    if (nestingDepth(value) > MAX_OUTPUT_VALUE_DEPTH)
        return TOO_LARGE;
    let json = compactJson(text);
    // A key written twice in an object of the value: JSON.parse keeps the last, and so does the text.
    if (typeof value === 'object' && value !== null && memberCountOfCompact(json) !== memberCountOfValue(value))
        json = compactJsonLastWins(text);
    return kept(value, json);
}
/**
 * Dropped (and flagged) above MAX_OUTPUT_VALUE_BYTES, measured on the compact text (the UTF-8
 * length of `json`, not of the bytes in the file, which depend on indentation and escapes), so
 * readers agree on it.
 */
function kept(value, json) {
    if (json !== undefined && Buffer.byteLength(json, 'utf8') > MAX_OUTPUT_VALUE_BYTES)
        return TOO_LARGE;
    return { after: value, afterJson: json, afterTooLarge: false };
}
/** `value` is true or holds a true anywhere inside (without recursion: values may nest deeply). */
function containsTrue(value) {
    const pending = [value];
    while (pending.length > 0) {
        const v = pending.pop();
        if (v === true)
            return true;
        // A loop, not push(...v): spreading a huge array overflows the call stack.
        if (typeof v === 'object' && v !== null)
            for (const item of Object.values(v))
                pending.push(item);
    }
    return false;
}

;// CONCATENATED MODULE: ./src/parsers/json-stream/scan-handler.ts
/**
 * The contract between the JSON scanner (json-scanner.ts) and the reader it serves (plan-walker.ts):
 * what a value is, from its first byte (ValueKind), what the reader answers to each value start
 * (Disposition), and the calls it receives (ScanHandler). The scanner's own machinery (states,
 * the skip loops, limits) stays in json-scanner.ts and scanner-tables.ts.
 */
const KIND_OBJECT = 0;
const KIND_ARRAY = 1;
const KIND_STRING = 2;
const KIND_NUMBER = 3;
const KIND_TRUE = 4;
const KIND_FALSE = 5;
const KIND_NULL = 6;
/** Go into the container (event mode continues inside it). */
const D_DESCEND = 0;
/** Hand the string's bytes to ScanHandler.string. */
const D_CAPTURE = 1;
/** Skip the value. */
const D_SKIP = 2;
/** Skip the value, then tell ScanHandler.captured whether a `true` literal occurred in it. */
const D_SCAN_TRUE = 3;
/** Skip the value, then hand its raw bytes (up to RAW_LIMIT) to ScanHandler.captured. */
const D_RAW = 4;
/**
 * Skip the value, hashing its bytes (whitespace outside strings left out) as they pass, then hand
 * the hash to ScanHandler.hashed. Nothing of the value is kept: only the hash leaves the scanner.
 */
const D_HASH = 5;

;// CONCATENATED MODULE: ./src/parsers/json-stream/scanner-tables.ts
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
const S_START = 0; // before the top-level value
const S_VALUE = 1; // a value must follow (after ':' or ',' in an array)
const S_ARR_FIRST = 2; // after '[': a value or ']'
const S_OBJ_FIRST = 3; // after '{': a key or '}'
const S_KEY = 4; // after ',' in an object: a key
const S_COLON = 5; // after a key: ':'
const S_AFTER = 6; // after a value: ',' or the container's close
const S_DONE = 7; // the top-level value is complete: only whitespace may follow
const S_MINUS = 8;
const S_ZERO = 9;
const S_INT = 10;
const S_DOT = 11;
const S_FRAC = 12;
const S_E = 13;
const S_ESIGN = 14;
const S_EXP = 15;
const S_T1 = 16;
const S_T2 = 17;
const S_T3 = 18;
const S_F1 = 19;
const S_F2 = 20;
const S_F3 = 21;
const S_F4 = 22;
const S_N1 = 23;
const S_N2 = 24;
const S_N3 = 25;
const STATE_COUNT = 26;
// Number states a value can start in (after its first byte).

// Actions (table entries >= ACTION_BASE).
const ACTION_BASE = 64;
const A_VALUE_START = 64; // first byte of a value: { [ " - 0-9 t f n
const A_KEY_QUOTE = 65; // opening quote of an object key
const scanner_tables_A_COMMA = 66;
const scanner_tables_A_CLOSE_OBJECT = 67;
const scanner_tables_A_CLOSE_ARRAY = 68;
const A_DONE_NEWLINE = 69; // a newline after the top-level value (for the NDJSON hint)
const A_TRAILING = 70; // a non-whitespace byte after the top-level value
const A_ERROR = 255;
const WHITESPACE = [0x20, 0x09, 0x0a, 0x0d];
const VALUE_STARTS = '{["-0123456789tfn';
function codes(chars) {
    return [...chars].map((ch) => ch.charCodeAt(0));
}
function buildTransitions() {
    const t = new Uint8Array(STATE_COUNT * 256).fill(A_ERROR);
    const set = (state, bytes, to) => {
        for (const b of typeof bytes === 'string' ? codes(bytes) : bytes)
            t[(state << 8) | b] = to;
    };
    for (const s of [S_START, S_VALUE, S_ARR_FIRST, S_OBJ_FIRST, S_KEY, S_COLON, S_AFTER]) {
        set(s, WHITESPACE, s);
    }
    for (const s of [S_START, S_VALUE, S_ARR_FIRST])
        set(s, VALUE_STARTS, A_VALUE_START);
    set(S_ARR_FIRST, ']', scanner_tables_A_CLOSE_ARRAY);
    set(S_OBJ_FIRST, '"', A_KEY_QUOTE);
    set(S_OBJ_FIRST, '}', scanner_tables_A_CLOSE_OBJECT);
    set(S_KEY, '"', A_KEY_QUOTE);
    set(S_COLON, ':', S_VALUE);
    // A value just ended: the same bytes end a number, so numbers share this row's exits.
    const afterValue = (s) => {
        set(s, WHITESPACE, S_AFTER);
        set(s, ',', scanner_tables_A_COMMA);
        set(s, '}', scanner_tables_A_CLOSE_OBJECT);
        set(s, ']', scanner_tables_A_CLOSE_ARRAY);
    };
    afterValue(S_AFTER);
    // Everything after the top-level value is trailing data, except whitespace.
    for (let b = 0; b < 256; b++)
        t[(S_DONE << 8) | b] = A_TRAILING;
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
const TRANSITIONS = buildTransitions();
/** The DFA state after the first byte of a number or literal (skip mode takes these without actions). */
const STATE_AFTER_FIRST = (() => {
    const t = new Uint8Array(256);
    t[0x2d] = S_MINUS;
    t[0x30] = S_ZERO;
    for (let b = 0x31; b <= 0x39; b++)
        t[b] = S_INT;
    t[0x74] = S_T1;
    t[0x66] = S_F1;
    t[0x6e] = S_N1;
    return t;
})();
/** Inside a string: 0 ordinary byte, 1 closing quote, 2 backslash, 3 control character (invalid). */
const STRING_BYTES = (() => {
    const t = new Uint8Array(256);
    for (let b = 0; b < 0x20; b++)
        t[b] = 3;
    t[0x22] = 1;
    t[0x5c] = 2;
    return t;
})();
/** After a backslash: 0 invalid, 1 a one-byte escape, 2 `u` (four hex digits follow). */
const ESCAPE_BYTES = (() => {
    const t = new Uint8Array(256);
    for (const b of codes('"\\/bfnrt'))
        t[b] = 1;
    t[0x75] = 2;
    return t;
})();
const HEX_BYTES = (() => {
    const t = new Uint8Array(256);
    for (const b of codes('0123456789abcdefABCDEF'))
        t[b] = 1;
    return t;
})();
/** What a state expects next, for error messages. */
function expectedIn(state) {
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

;// CONCATENATED MODULE: ./src/parsers/json-stream/skip-string.ts
/**
 * The innermost loop of the reader: most of a plan's bytes (80% in real and generated plans) are
 * inside strings of values that are skipped, and this finds where such a string ends.
 */

/**
 * Skip mode's string scan: from `j` (just after the opening quote) to the closing quote, checking
 * escapes and control characters. -1 when the string or an escape runs past `n` or is invalid:
 * the caller's general path then takes the string over (and reports any error).
 */
function skipString(buf, words, j, n) {
    const kinds = STRING_BYTES;
    for (;;) {
        if (words !== null) {
            // Four bytes at a time (SWAR): is any of them '"', '\\' or below 0x20? Exact for "any",
            // then the byte loop below finds which. Strings are 80% of a plan's bytes.
            while (j < n && (j & 3) !== 0 && kinds[buf[j]] === 0)
                j++;
            if ((j & 3) === 0) {
                let w = j >> 2;
                const end = n >> 2;
                while (w < end) {
                    const x = words[w];
                    const q = x ^ 0x22222222;
                    const b = x ^ 0x5c5c5c5c;
                    if ((((q - 0x01010101) & ~q) | ((b - 0x01010101) & ~b) | ((x - 0x20202020) & ~x) | 0) & 0x80808080)
                        break;
                    w++;
                }
                j = w << 2;
            }
        }
        let c = 0;
        while (j < n) {
            c = buf[j];
            if (c === 0x22 || c === 0x5c || c < 0x20)
                break;
            j++;
        }
        if (j >= n)
            return -1;
        const k = kinds[c];
        if (k === 1)
            return j;
        if (k !== 2 || j + 1 >= n)
            return -1;
        const e = ESCAPE_BYTES[buf[j + 1]];
        if (e === 1) {
            j += 2;
            continue;
        }
        if (e === 0 || j + 5 >= n)
            return -1;
        const hex = HEX_BYTES;
        if ((hex[buf[j + 2]] & hex[buf[j + 3]] & hex[buf[j + 4]] & hex[buf[j + 5]]) === 0)
            return -1;
        j += 6;
    }
}

;// CONCATENATED MODULE: ./src/parsers/json-stream/json-scanner.ts






/** Deeper nesting is rejected; the stack costs one byte per level. */
const json_scanner_MAX_DEPTH = 100_000;
/** Strings the reader keeps (keys, names, addresses) may not be longer than this. */
const MAX_CAPTURED_STRING = 16 * 1024 * 1024;
/** Raw captures (output values) stop being kept past this many bytes of JSON text. */
const RAW_LIMIT = 1024 * 1024;
const CONTAINER_OBJECT = 1;
const CONTAINER_ARRAY = 2;
/** The kind of value each possible first byte starts (255: none). */
const KIND_OF_BYTE = (() => {
    const t = new Uint8Array(256).fill(255);
    t[0x7b] = KIND_OBJECT;
    t[0x5b] = KIND_ARRAY;
    t[0x22] = KIND_STRING;
    t[0x2d] = KIND_NUMBER;
    for (let b = 0x30; b <= 0x39; b++)
        t[b] = KIND_NUMBER;
    t[0x74] = KIND_TRUE;
    t[0x66] = KIND_FALSE;
    t[0x6e] = KIND_NULL;
    return t;
})();
function json_scanner_concat(parts, size) {
    const out = new Uint8Array(size);
    let at = 0;
    for (const p of parts) {
        out.set(p, at);
        at += p.length;
    }
    return out;
}
class JsonScanner {
    handler;
    errors;
    head;
    wasm;
    state = S_START;
    depth = 0;
    /** types[d] is the container at depth d (1-based). */
    types = new Uint8Array(256);
    /** Offset in the input of byte 0 of the chunk being fed. */
    base = 0;
    skipping = false;
    /**
     * WebAssembly only: the address of the key set of the object whose members come next in event
     * mode (0: report every key), and each of the handler's key sets' addresses.
     */
    keys = 0;
    keySetAddresses = [];
    /** While skipping, the depth of the container holding the skipped value. */
    skipBase = 0;
    scanTrue = false;
    sawTrue = false;
    rawOn = false;
    rawParts = [];
    rawSize = 0;
    rawOverflow = false;
    rawFrom = 0;
    rawOffset = 0;
    /** D_HASH: on, the two 32-bit halves of the hash, and whether the bytes so far end in a string. */
    hashOn = false;
    hashA = 0;
    hashB = 0;
    hashInString = false;
    hashEscape = false;
    /** 0: not in a string; 1: in a value string; 2: in a key. */
    inString = 0;
    /** 0: none; 1: after a backslash; 5..2: that many minus one hex digits of \u still to come. */
    escape = 0;
    capture = false;
    escaped = false;
    stringParts = [];
    stringSize = 0;
    stringFrom = 0;
    stringOffset = 0;
    words = null;
    newlineAfterDone = false;
    trailing = null;
    trailingOffset = 0;
    constructor(handler, errors, 
    /** The first bytes of the input, to explain a wrong start. */
    head, 
    /** The WebAssembly skip loop, or null for the JS one (see skip-wasm.ts). */
    wasm = null) {
        this.handler = handler;
        this.errors = errors;
        this.head = head;
        this.wasm = wasm;
        if (wasm !== null) {
            // The stack is shared with the WebAssembly loop, at the size the JS stack grows to at most,
            // so that push() reports too deep a nesting at the same byte on both paths.
            this.types = wasm.types.subarray(0, json_scanner_MAX_DEPTH + 2);
            this.keySetAddresses = wasm.loadKeySets(handler.keySets);
        }
    }
    /** Counts bytes the scanner never sees (a byte-order mark), so offsets stay file offsets. */
    advance(bytes) {
        this.base += bytes;
    }
    feed(buf) {
        const wasm = this.wasm;
        if (wasm === null || buf.buffer === wasm.memory) {
            this.feedChunk(buf);
            return;
        }
        // The WebAssembly loop reads its own memory only: a chunk from elsewhere is copied in first
        // (chunks from openPlanFile are read straight into it and never take this way).
        const staging = wasm.staging;
        for (let at = 0; at < buf.length; at += staging.length) {
            const piece = buf.subarray(at, at + staging.length);
            staging.set(piece);
            this.feedChunk(staging.subarray(0, piece.length));
        }
    }
    feedChunk(buf) {
        const n = buf.length;
        // A word view for skipString, when the chunk is 4-byte aligned (file chunks are).
        this.words =
            (buf.byteOffset & 3) === 0 && n >= 64 ? new Int32Array(buf.buffer, buf.byteOffset, n >> 2) : null;
        if (this.trailing !== null) {
            this.collectTrailing(buf, 0);
            this.base += n;
            return;
        }
        let i = 0;
        this.rawFrom = 0;
        this.stringFrom = 0;
        if (this.inString !== 0) {
            const j = this.scanString(buf, 0, n);
            if (j < 0)
                i = n;
            else {
                this.endString(buf, j);
                i = j + 1;
            }
        }
        if (i < n)
            this.run(buf, i, n);
        if (this.inString !== 0 && this.capture) {
            this.stringParts.push(copyBytes(buf, this.stringFrom, n));
            this.stringSize += n - this.stringFrom;
            if (this.stringSize > MAX_CAPTURED_STRING)
                throw this.tooLongError();
        }
        if (this.rawOn)
            this.keepRaw(buf, this.rawFrom, n);
        else if (this.hashOn)
            this.hashBytes(buf, this.rawFrom, n);
        this.base += n;
    }
    /** The input ended: complain unless exactly one complete value was read. */
    end() {
        if (this.trailing !== null)
            throw this.trailingError();
        if (this.state === S_DONE && this.inString === 0)
            return;
        if (this.state === S_START && this.inString === 0) {
            throw this.errors.error('INPUT_EMPTY', 'contains only whitespace, no JSON');
        }
        const where = this.inString !== 0
            ? 'inside a string'
            : this.depth > 0
                ? `${this.depth} level${this.depth === 1 ? '' : 's'} deep`
                : 'in the middle of a value';
        throw this.errors.error('INPUT_SYNTAX', `ends before the JSON is complete (${where}); the file looks cut short`, this.base);
    }
    run(buf, i, n) {
        while (i < n) {
            // Most bytes of a plan are skipped: they go through the fast loop; it hands back whatever
            // needs the general path (the end of the skipped value, a chunk boundary inside a string, an
            // error), and step() takes exactly that one token before the fast loop resumes.
            if (this.skipping) {
                i = this.skipFast(buf, i, n);
                if (i >= n)
                    return;
            }
            else if (this.keys !== 0 && (this.state === S_KEY || this.state === S_OBJ_FIRST)) {
                i = this.skipMembers(buf, i, n);
                if (i >= n)
                    return;
            }
            i = this.step(buf, i, n);
            if (this.trailing !== null)
                return;
        }
    }
    /** The general path: whitespace and simple transitions, then one action. */
    step(buf, i, n) {
        const table = TRANSITIONS;
        let st = this.state;
        while (i < n) {
            const t = table[(st << 8) | buf[i]];
            if (t < ACTION_BASE) {
                st = t;
                i++;
                continue;
            }
            this.state = st;
            switch (t) {
                case A_VALUE_START:
                    return this.valueStart(buf, i, n);
                case A_KEY_QUOTE:
                    return this.keyStart(buf, i, n);
                case scanner_tables_A_COMMA:
                    if (this.skipping && this.depth === this.skipBase)
                        this.endSkip(buf, i);
                    this.state = this.types[this.depth] === CONTAINER_OBJECT ? S_KEY : S_VALUE;
                    return i + 1;
                case scanner_tables_A_CLOSE_OBJECT:
                    this.close(buf, i, CONTAINER_OBJECT);
                    return i + 1;
                case scanner_tables_A_CLOSE_ARRAY:
                    this.close(buf, i, CONTAINER_ARRAY);
                    return i + 1;
                case A_DONE_NEWLINE:
                    this.newlineAfterDone = true;
                    return i + 1;
                case A_TRAILING:
                    this.trailing = [];
                    this.trailingOffset = this.base + i;
                    this.collectTrailing(buf, i);
                    return n;
                default:
                    throw this.badByte(buf, i, st);
            }
        }
        this.state = st;
        return i;
    }
    /**
     * Skip mode's hot loop, all in locals: the DFA outside strings, strings scanned inline (escapes
     * checked), containers counted on the type stack. Stops, with the state written back, at the
     * first thing it does not handle itself: the end of the skipped value, a string or escape that
     * runs past the chunk, a full stack, any error. Returns where it stopped.
     */
    skipFast(buf, i, n) {
        const wasm = this.wasm;
        // Skipped containers go to WebAssembly. Skipped scalars (depth still at skipBase: a number, a
        // literal, or the ',' after a string) are a few bytes, less than the call would cost. The rare
        // skips that record something (a `true` seen, raw bytes of an output value) stay in JS. A
        // hashed value is skipped here too: its bytes are hashed from the chunk once the skip moved on.
        if (wasm !== null && this.depth > this.skipBase && !this.scanTrue && !this.rawOn) {
            const at = buf.byteOffset;
            const stop = wasm.skip(at + i, at + n, this.state, this.depth, this.skipBase, this.types.length - 1, 0);
            this.state = wasm.state;
            this.depth = wasm.depth;
            return stop - at;
        }
        const table = TRANSITIONS;
        const words = this.words;
        const types = this.types;
        // Stop before a push that needs the general path: a full stack, or a raw capture going too deep.
        const limit = this.rawOn && !this.rawOverflow
            ? Math.min(types.length - 1, this.skipBase + MAX_OUTPUT_VALUE_DEPTH)
            : types.length - 1;
        const base = this.skipBase;
        const scanTrue = this.scanTrue;
        let sawTrue = this.sawTrue;
        let st = this.state;
        let depth = this.depth;
        loop: while (i < n) {
            const c = buf[i];
            const t = table[(st << 8) | c];
            if (t < ACTION_BASE) {
                st = t;
                i++;
                continue;
            }
            if (t === A_KEY_QUOTE) {
                // A run of compact members (`"key":"value","key":...`, what terraform writes) is taken
                // here without the table or the switch; anything else goes back to the loop.
                for (;;) {
                    let q = skipString(buf, words, i + 1, n);
                    if (q < 0)
                        break loop;
                    i = q + 1;
                    if (i >= n || buf[i] !== 0x3a) {
                        st = S_COLON;
                        continue loop;
                    }
                    i++;
                    st = S_VALUE;
                    if (i >= n || buf[i] !== 0x22)
                        continue loop;
                    q = skipString(buf, words, i + 1, n);
                    if (q < 0)
                        break loop;
                    i = q + 1;
                    st = S_AFTER;
                    if (i + 1 >= n || buf[i] !== 0x2c || buf[i + 1] !== 0x22 || depth === base)
                        continue loop;
                    i++;
                    st = S_KEY;
                }
            }
            if (t === A_VALUE_START && c === 0x22) {
                const q = skipString(buf, words, i + 1, n);
                if (q < 0)
                    break loop;
                i = q + 1;
                st = S_AFTER;
                continue;
            }
            switch (t) {
                case A_VALUE_START:
                    if (c === 0x7b || c === 0x5b) {
                        if (depth >= limit)
                            break loop;
                        const object = c === 0x7b;
                        types[++depth] = object ? CONTAINER_OBJECT : CONTAINER_ARRAY;
                        st = object ? S_OBJ_FIRST : S_ARR_FIRST;
                    }
                    else {
                        if (c === 0x74 && scanTrue)
                            sawTrue = true;
                        st = STATE_AFTER_FIRST[c];
                    }
                    i++;
                    continue;
                case scanner_tables_A_COMMA:
                    if (depth === base)
                        break loop;
                    st = types[depth] === CONTAINER_OBJECT ? S_KEY : S_VALUE;
                    i++;
                    continue;
                case scanner_tables_A_CLOSE_OBJECT:
                    if (depth === base || types[depth] !== CONTAINER_OBJECT)
                        break loop;
                    depth--;
                    st = S_AFTER;
                    i++;
                    continue;
                case scanner_tables_A_CLOSE_ARRAY:
                    if (depth === base || types[depth] !== CONTAINER_ARRAY)
                        break loop;
                    depth--;
                    st = S_AFTER;
                    i++;
                    continue;
                default:
                    break loop;
            }
        }
        this.state = st;
        this.depth = depth;
        this.sawTrue = sawTrue;
        return i;
    }
    /**
     * Between the members of an object with a key set (WebAssembly only): skips the members the
     * handler does not want. Where the loop stopped inside such a member (a chunk end, an error, the
     * '}' after it), the rest of it is skipped like a D_SKIP value; between members, event mode goes
     * on as usual.
     */
    skipMembers(buf, i, n) {
        const wasm = this.wasm;
        const at = buf.byteOffset;
        const depth = this.depth;
        const stop = wasm.skip(at + i, at + n, this.state, depth, depth, this.types.length - 1, this.keys);
        const st = wasm.state;
        this.state = st;
        this.depth = wasm.depth;
        if (this.depth !== depth || (st !== S_KEY && st !== S_OBJ_FIRST)) {
            this.skipping = true;
            this.skipBase = depth;
            this.scanTrue = false;
            this.rawOn = false;
            this.hashOn = false;
        }
        return stop - at;
    }
    /** Event mode entered or returned to a container: which of its keys the handler wants. */
    updateKeyFilter() {
        if (this.wasm === null)
            return;
        const set = this.handler.keyFilter();
        this.keys = set < 0 ? 0 : this.keySetAddresses[set];
    }
    valueStart(buf, i, n) {
        const c = buf[i];
        let capture = false;
        if (!this.skipping) {
            if (this.depth === 0 && c !== 0x7b)
                throw this.startError(buf, i);
            // Only value-start bytes reach here (the state tables), so the kind is one of the seven.
            const d = this.handler.value(KIND_OF_BYTE[c], this.base + i);
            if (d >= D_SKIP)
                this.beginSkip(d, i);
            else if (d === D_DESCEND)
                this.updateKeyFilter();
            else
                capture = d === D_CAPTURE;
        }
        if (c === 0x7b) {
            this.push(CONTAINER_OBJECT, i);
            this.state = S_OBJ_FIRST;
            return i + 1;
        }
        if (c === 0x5b) {
            this.push(CONTAINER_ARRAY, i);
            this.state = S_ARR_FIRST;
            return i + 1;
        }
        if (c === 0x22) {
            this.inString = 1;
            this.capture = capture;
            return this.startString(buf, i, n);
        }
        if (c === 0x74 && this.scanTrue)
            this.sawTrue = true;
        this.state = STATE_AFTER_FIRST[c];
        return i + 1;
    }
    keyStart(buf, i, n) {
        this.inString = 2;
        this.capture = !this.skipping;
        return this.startString(buf, i, n);
    }
    /** `i` is at the opening quote. Returns where to go on (n when the string runs past the chunk). */
    startString(buf, i, n) {
        this.escaped = false;
        this.stringFrom = i + 1;
        this.stringOffset = this.base + i;
        // Fast paths for the usual case, a string that ends in this chunk: skipped strings go through
        // skipString; wanted ones (keys, addresses) through a plain scan that gives up at a backslash.
        let j = -1;
        if (!this.capture)
            j = skipString(buf, this.words, i + 1, n);
        else {
            const kinds = STRING_BYTES;
            let k = i + 1;
            while (k < n && kinds[buf[k]] === 0)
                k++;
            if (k < n && buf[k] === 0x22)
                j = k;
        }
        if (j < 0)
            j = this.scanString(buf, i + 1, n);
        if (j < 0)
            return n;
        this.endString(buf, j);
        return j + 1;
    }
    /** Finds the closing quote from `i`; -1 if the chunk ends first (the escape state is kept). */
    scanString(buf, i, n) {
        const kinds = STRING_BYTES;
        let esc = this.escape;
        for (;;) {
            if (esc === 0) {
                while (i < n && kinds[buf[i]] === 0)
                    i++;
                if (i >= n) {
                    this.escape = 0;
                    return -1;
                }
                const k = kinds[buf[i]];
                if (k === 1)
                    return i;
                if (k === 3) {
                    throw this.errors.error('INPUT_SYNTAX', `${showByte(buf[i])} inside a string: control characters must be escaped`, this.base + i);
                }
                esc = 1;
                this.escaped = true;
                i++;
                continue;
            }
            if (i >= n) {
                this.escape = esc;
                return -1;
            }
            const c = buf[i];
            if (esc === 1) {
                const e = ESCAPE_BYTES[c];
                if (e === 0) {
                    throw this.errors.error('INPUT_SYNTAX', `invalid escape \\${showByte(c)} in a string`, this.base + i);
                }
                esc = e === 2 ? 5 : 0;
            }
            else {
                if (HEX_BYTES[c] === 0) {
                    throw this.errors.error('INPUT_SYNTAX', `invalid \\u escape: ${showByte(c)} is not a hex digit`, this.base + i);
                }
                esc = esc === 2 ? 0 : esc - 1;
            }
            i++;
        }
    }
    /** The closing quote is at `j`. */
    endString(buf, j) {
        const isKey = this.inString === 2;
        this.inString = 0;
        this.escape = 0;
        this.state = isKey ? S_COLON : S_AFTER;
        if (!this.capture)
            return;
        this.capture = false;
        let bytes = buf;
        let start = this.stringFrom;
        let end = j;
        if (this.stringParts.length > 0) {
            if (this.stringSize + j - this.stringFrom > MAX_CAPTURED_STRING)
                throw this.tooLongError();
            this.stringParts.push(buf.subarray(this.stringFrom, j));
            bytes = json_scanner_concat(this.stringParts, this.stringSize + j - this.stringFrom);
            start = 0;
            end = bytes.length;
            this.stringParts = [];
            this.stringSize = 0;
        }
        if (isKey)
            this.handler.key(bytes, start, end, this.escaped, this.stringOffset);
        else
            this.handler.string(bytes, start, end, this.escaped, this.stringOffset);
    }
    /** Keys, names and addresses are short; a huge one is not a plan (and would not fit a string). */
    tooLongError() {
        return this.errors.error('INPUT_INVALID', `a key or name longer than ${MAX_CAPTURED_STRING >> 20} MiB, where a plan has short names`, this.stringOffset);
    }
    push(type, i) {
        const depth = ++this.depth;
        // A raw capture nested too deep is given up like a too large one (see output-value.ts).
        if (this.rawOn && depth - this.skipBase > MAX_OUTPUT_VALUE_DEPTH && !this.rawOverflow) {
            this.rawOverflow = true;
            this.rawParts = [];
        }
        if (depth >= this.types.length) {
            if (depth > json_scanner_MAX_DEPTH) {
                throw this.errors.error('INPUT_SYNTAX', `nested more than ${json_scanner_MAX_DEPTH} levels deep`, this.base + i);
            }
            const grown = new Uint8Array(Math.min(this.types.length * 2, json_scanner_MAX_DEPTH + 2));
            grown.set(this.types);
            this.types = grown;
        }
        this.types[depth] = type;
    }
    close(buf, i, type) {
        if (this.skipping && this.depth === this.skipBase)
            this.endSkip(buf, i);
        if (this.types[this.depth] !== type) {
            throw this.errors.error('INPUT_SYNTAX', `${showByte(buf[i])} closes ${this.types[this.depth] === CONTAINER_OBJECT ? "a '{'" : "a '['"}`, this.base + i);
        }
        this.depth--;
        if (!this.skipping) {
            this.handler.close(this.base + i);
            this.updateKeyFilter();
        }
        this.state = this.depth === 0 ? S_DONE : S_AFTER;
    }
    beginSkip(disposition, i) {
        this.skipping = true;
        this.skipBase = this.depth;
        this.scanTrue = disposition === D_SCAN_TRUE;
        this.sawTrue = false;
        this.rawOn = disposition === D_RAW;
        this.hashOn = disposition === D_HASH;
        if (this.hashOn) {
            this.hashA = 0x811c9dc5 | 0; // as int32, like every later value
            this.hashB = 0x6a09e667;
            this.hashInString = false;
            this.hashEscape = false;
            this.rawFrom = i;
            this.rawOffset = this.base + i;
        }
        if (this.rawOn) {
            this.rawParts = [];
            this.rawSize = 0;
            this.rawOverflow = false;
            this.rawFrom = i;
            this.rawOffset = this.base + i;
        }
    }
    /** The skipped value ended just before `i` (a ',' or a close of the container around it). */
    endSkip(buf, i) {
        this.skipping = false;
        if (this.rawOn) {
            this.keepRaw(buf, this.rawFrom, i);
            this.rawOn = false;
            const raw = this.rawOverflow ? null : json_scanner_concat(this.rawParts, this.rawSize);
            this.rawParts = [];
            this.handler.captured(raw, this.sawTrue, this.rawOffset);
        }
        else if (this.hashOn) {
            this.hashBytes(buf, this.rawFrom, i);
            this.hashOn = false;
            // 32 bits of one half and 21 of the other: an exact integer in a double.
            this.handler.hashed((this.hashA >>> 0) * 0x200000 + (this.hashB >>> 11), this.rawOffset);
        }
        else if (this.scanTrue) {
            this.scanTrue = false;
            this.handler.captured(null, this.sawTrue, this.base + i);
        }
    }
    /**
     * Folds bytes [from, to) of a D_HASH value into its hash: FNV-1a, and the running sum of its
     * states (one multiply per byte: this runs over every attribute value of every update). Whitespace outside strings is left out, so the same value hashes the same however it
     * is indented (before and after sit at the same depth, but need not be written alike).
     */
    hashBytes(buf, from, to) {
        let a = this.hashA;
        let b = this.hashB;
        let inString = this.hashInString;
        let escape = this.hashEscape;
        for (let i = from; i < to; i++) {
            const c = buf[i];
            if (inString) {
                if (escape)
                    escape = false;
                else if (c === 0x5c)
                    escape = true;
                else if (c === 0x22)
                    inString = false;
            }
            else if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) {
                continue;
            }
            else if (c === 0x22) {
                inString = true;
            }
            a = Math.imul(a ^ c, 0x01000193);
            b = (b + a) | 0;
        }
        this.hashA = a;
        this.hashB = b;
        this.hashInString = inString;
        this.hashEscape = escape;
    }
    keepRaw(buf, from, to) {
        if (this.rawOverflow || to <= from)
            return;
        this.rawSize += to - from;
        if (this.rawSize > RAW_LIMIT) {
            this.rawOverflow = true;
            this.rawParts = [];
            return;
        }
        this.rawParts.push(copyBytes(buf, from, to));
    }
    collectTrailing(buf, from) {
        const trailing = this.trailing;
        for (let i = from; i < buf.length && trailing.length < 16; i++)
            trailing.push(buf[i]);
        if (trailing.length >= 16)
            throw this.trailingError();
    }
    trailingError() {
        return diagnoseTrailing(Uint8Array.from(this.trailing ?? []), this.newlineAfterDone, this.trailingOffset, this.errors);
    }
    startError(buf, i) {
        const head = this.head();
        // The head starts at input offset 0 (after a BOM); find the first non-whitespace byte in it.
        let at = 0;
        while (at < head.length &&
            (head[at] === 0x20 || head[at] === 0x09 || head[at] === 0x0a || head[at] === 0x0d)) {
            at++;
        }
        if (at >= head.length)
            return diagnoseStart(buf.subarray(i), 0, this.base + i, this.errors);
        return diagnoseStart(head, at, this.base + i, this.errors);
    }
    badByte(buf, i, state) {
        if (state === S_START)
            return this.startError(buf, i);
        return this.errors.error('INPUT_SYNTAX', `unexpected ${showByte(buf[i])}, expected ${expectedIn(state)}`, this.base + i);
    }
}

;// CONCATENATED MODULE: ./src/parsers/resource-address.ts
/**
 * A resource's address, for display, from whatever labels its plan entry carries.
 *
 * The address is only a label: counts come from `mode` and `change.actions`. Some releases left
 * labels out (Terraform 0.15.4 to 1.0.0 wrote `resource_drift` entries without `address`; older
 * or trimmed plans may lack `module_address` or `index`), so a missing label never refuses a
 * plan: the address is rebuilt from the parts that are there, the way Terraform writes it
 * (`module.net.data.aws_ami.ubuntu["eu"]`), and where even the type or the name is missing the
 * entry is named by its place in the document (`resource_drift[3]`).
 */
/**
 * `parts.address` when present, else the address rebuilt from module, mode, type, name and index,
 * else `place` (the entry's path in the document).
 */
function displayAddress(parts, place) {
    if (parts.address !== undefined)
        return parts.address;
    if (parts.type === undefined || parts.name === undefined)
        return place;
    const module = parts.moduleAddress === undefined || parts.moduleAddress === '' ? '' : `${parts.moduleAddress}.`;
    const data = parts.mode === 'data' ? 'data.' : '';
    const index = parts.indexJson === undefined ? '' : `[${parts.indexJson}]`;
    return `${module}${data}${parts.type}.${parts.name}${index}`;
}
/** An `index` value as the address writes it, or undefined for one that is not a number or string. */
function indexJsonOf(value) {
    if (typeof value === 'number' || typeof value === 'string')
        return JSON.stringify(value);
    return undefined;
}

;// CONCATENATED MODULE: ./src/parsers/attribute-diff.ts
/**
 * Which top-level attributes an update or replacement changes, by name only.
 *
 * An attribute changes when its value differs between `change.before` and `change.after`
 * (compared as hashes of the values' JSON text, whitespace outside strings left out: readers
 * never keep a value), when it is on one side only, when `change.after_unknown` holds a `true`
 * for it (known after apply), or when `change.replace_paths` starts with it (it forces the
 * replacement). A side that is not an object counts as an empty one.
 */

/** Keys compared per side; a resource with more is compared on its first ones (no provider has). */
const MAX_COMPARED_KEYS = 10_000;
/** Actions whose attribute names are wanted: an update, or a replacement of any order. */
function diffsAttributes(actions) {
    return (actions.includes('update') ||
        (actions.includes('create') && (actions.includes('delete') || actions.includes('forget'))));
}
/** Sorted, deduplicated, at most MAX_ATTRIBUTE_NAMES names, each cut to MAX_ATTRIBUTE_NAME. */
function boundAttributeNames(changed) {
    const all = [...new Set(changed)].sort();
    const names = all
        .slice(0, MAX_ATTRIBUTE_NAMES)
        .map((name) => (name.length > MAX_ATTRIBUTE_NAME ? `${name.slice(0, MAX_ATTRIBUTE_NAME - 1)}…` : name));
    return { names, total: all.length };
}
/**
 * Gathered while a reader passes over one change; values are seen only as hashes. A name or part
 * written twice counts as JSON.parse reads it: the last one wins.
 */
class AttributeDiff {
    before = new Map();
    after = new Map();
    /** `after_unknown` members: whether each holds a true. */
    unknown = new Map();
    /** First steps of `replace_paths`. */
    replaced = new Set();
    /** A part of the change begins again (a repeated key): what the first one said is forgotten. */
    clear(part) {
        if (part === 'before')
            this.before.clear();
        else if (part === 'after')
            this.after.clear();
        else if (part === 'after_unknown')
            this.unknown.clear();
        else
            this.replaced.clear();
    }
    /** A value of `before` (after = false) or `after`, by its hash. */
    value(after, name, hash) {
        const side = after ? this.after : this.before;
        if (side.size < MAX_COMPARED_KEYS || side.has(name))
            side.set(name, hash);
    }
    /** A member of `after_unknown`, and whether it holds a true (known after apply). */
    unknownMember(name, holdsTrue) {
        if (this.unknown.size < MAX_COMPARED_KEYS || this.unknown.has(name))
            this.unknown.set(name, holdsTrue);
    }
    /** The first step of a `replace_paths` path. */
    replacePath(name) {
        if (this.replaced.size < MAX_COMPARED_KEYS)
            this.replaced.add(name);
    }
    result() {
        const changed = new Set(this.replaced);
        for (const [name, holdsTrue] of this.unknown)
            if (holdsTrue)
                changed.add(name);
        for (const [name, hash] of this.before)
            if (this.after.get(name) !== hash)
                changed.add(name);
        for (const name of this.after.keys())
            if (!this.before.has(name))
                changed.add(name);
        return boundAttributeNames(changed);
    }
}

;// CONCATENATED MODULE: ./src/parsers/json-stream/key-table.ts
/**
 * Matches object keys against the few a frame cares about by comparing bytes, so that the keys of
 * every resource entry (tens of thousands of them) are never decoded into strings.
 */
class KeyTable {
    names;
    encoded;
    /** The id of `names[k]`, for `match`: a plain array, one load per hit. */
    idList;
    ids = new Map();
    /**
     * Key `names[i]` gets the id `idOf(names[i])` (by default its position + 1); 0 means "not one of
     * these". Ids given by name keep a key's id the same in every table and under any reordering.
     */
    constructor(names, idOf = (_, index) => index + 1) {
        this.names = names;
        const encoder = new TextEncoder();
        this.encoded = names.map((name) => encoder.encode(name));
        this.idList = names.map((name, i) => idOf(name, i));
        names.forEach((name, i) => this.ids.set(name, this.idList[i]));
    }
    lookup(name) {
        return this.ids.get(name) ?? 0;
    }
    /** `decoded` is the key as text when it had escapes (its bytes are then not the key's). */
    match(bytes, start, end, decoded) {
        if (decoded !== null)
            return this.lookup(decoded);
        const length = end - start;
        const encoded = this.encoded;
        outer: for (let k = 0; k < encoded.length; k++) {
            const name = encoded[k];
            if (name.length !== length)
                continue;
            for (let j = 0; j < length; j++)
                if (bytes[start + j] !== name[j])
                    continue outer;
            return this.idList[k];
        }
        return 0;
    }
}

;// CONCATENATED MODULE: ./src/parsers/json-stream/plan-frames.ts

// Frames: the containers the walker is inside of, in event mode.
const F_TOP = 0;
const F_CHANGE_LIST = 1;
const F_CHANGE_ENTRY = 2;
const F_CHANGE = 3;
const F_ACTIONS = 4;
const F_OUTPUT_CHANGES = 5;
const F_OUTPUT_CHANGE = 6;
const F_PLANNED = 7;
const F_PLANNED_OUTPUTS = 8;
const F_PLANNED_OUTPUT = 9;
const F_PRIOR = 10;
const F_PRIOR_VALUES = 11;
const F_MODULE = 12;
const F_RESOURCES = 13;
const F_RESOURCE = 14;
const F_CHILD_MODULES = 15;
/** `change.before` / `change.after` of an update or replacement: attribute values, hashed. */
const F_ATTRIBUTES = 16;
/** `change.after_unknown` of an update or replacement. */
const F_UNKNOWN = 17;
/** `change.replace_paths`, and one path in it. */
const F_REPLACE_PATHS = 18;
const F_REPLACE_PATH = 19;
const LAST_FRAME = F_REPLACE_PATH;
/**
 * Every key the walker reads, in any frame. A key's id is its place here + 1, whichever table it
 * is in: `address` is K_ADDRESS in a change entry and in a state resource alike, and reordering a
 * frame's table cannot make the walker read the wrong field.
 */
const TOP_KEY_NAMES = [
    'format_version',
    'terraform_version',
    'errored',
    'resource_changes',
    'resource_drift',
    'output_changes',
    'planned_values',
    'prior_state',
];
const KEY_NAMES = [
    ...TOP_KEY_NAMES,
    'address',
    'mode',
    'previous_address',
    'change',
    'actions',
    'importing',
    'after',
    'after_unknown',
    'after_sensitive',
    'outputs',
    'sensitive',
    'values',
    'root_module',
    'resources',
    'child_modules',
    'module_address',
    'type',
    'name',
    'index',
    'before',
    'replace_paths',
];
// Frame.seen holds a frame's keys as bits of a 32-bit integer.
if (KEY_NAMES.length > 30)
    throw new Error('plan-frames: more key ids than Frame.seen has bits');
/** A key's name from its id (for messages). */
function keyName(id) {
    return KEY_NAMES[id - 1] ?? '';
}
/** A key's id (0: a key the walker does not use). */
function keyId(name) {
    return KEY_NAMES.indexOf(name) + 1;
}
/** A frame's keys; each matches to its id in KEY_NAMES, not to its place in this table. */
function keyTable(...names) {
    return new KeyTable(names, (name) => keyId(name));
}
const K_OTHER = 0;
const K_FORMAT_VERSION = keyId('format_version');
const K_TERRAFORM_VERSION = keyId('terraform_version');
const K_ERRORED = keyId('errored');
const K_RESOURCE_CHANGES = keyId('resource_changes');
const K_RESOURCE_DRIFT = keyId('resource_drift');
const K_OUTPUT_CHANGES = keyId('output_changes');
const K_PLANNED_VALUES = keyId('planned_values');
const K_PRIOR_STATE = keyId('prior_state');
const K_ADDRESS = keyId('address');
const K_MODE = keyId('mode');
const K_PREVIOUS_ADDRESS = keyId('previous_address');
const K_CHANGE = keyId('change');
const K_ACTIONS = keyId('actions');
const K_IMPORTING = keyId('importing');
const K_AFTER = keyId('after');
const K_AFTER_UNKNOWN = keyId('after_unknown');
const K_AFTER_SENSITIVE = keyId('after_sensitive');
const K_RESOURCES = keyId('resources');
const K_CHILD_MODULES = keyId('child_modules');
const K_BEFORE = keyId('before');
const K_REPLACE_PATHS = keyId('replace_paths');
/** Labels an address is rebuilt from when `address` is missing (resource-address.ts). */
const K_MODULE_ADDRESS = keyId('module_address');
const K_TYPE = keyId('type');
const K_NAME = keyId('name');
const K_INDEX = keyId('index');
const TOP_KEYS = keyTable(...TOP_KEY_NAMES);
const ENTRY_KEYS = keyTable('address', 'mode', 'previous_address', 'change', 'module_address', 'type', 'name', 'index');
/** A change whose actions are not known yet, or are an update or replacement: its values too. */
const CHANGE_KEYS = keyTable('actions', 'importing', 'before', 'after', 'after_unknown', 'replace_paths');
/** A change known to be neither: its values are skipped unseen (see PlanWalker.keyFilter). */
const PLAIN_CHANGE_KEYS = keyTable('actions', 'importing');
const OUTPUT_CHANGE_KEYS = keyTable('actions', 'after', 'after_unknown', 'after_sensitive');
const PLANNED_KEYS = keyTable('outputs');
const PLANNED_OUTPUT_KEYS = keyTable('sensitive');
const PRIOR_KEYS = keyTable('values');
const PRIOR_VALUES_KEYS = keyTable('root_module');
/** A state module's own `address` names the module its resources are in. */
const MODULE_KEYS = keyTable('resources', 'child_modules', 'address');
const RESOURCE_KEYS = keyTable('address', 'mode', 'type', 'name', 'index');
const COMMON_VALUE_NAMES = [
    'no-op',
    'create',
    'update',
    'delete',
    'read',
    'forget',
    'managed',
    'data',
    'ephemeral',
];
const COMMON_VALUES = new KeyTable(COMMON_VALUE_NAMES);
const KEYS_OF_FRAME = [];
KEYS_OF_FRAME[F_TOP] = TOP_KEYS;
KEYS_OF_FRAME[F_CHANGE_ENTRY] = ENTRY_KEYS;
KEYS_OF_FRAME[F_CHANGE] = CHANGE_KEYS;
KEYS_OF_FRAME[F_OUTPUT_CHANGE] = OUTPUT_CHANGE_KEYS;
KEYS_OF_FRAME[F_PLANNED] = PLANNED_KEYS;
KEYS_OF_FRAME[F_PLANNED_OUTPUT] = PLANNED_OUTPUT_KEYS;
KEYS_OF_FRAME[F_PRIOR] = PRIOR_KEYS;
KEYS_OF_FRAME[F_PRIOR_VALUES] = PRIOR_VALUES_KEYS;
KEYS_OF_FRAME[F_MODULE] = MODULE_KEYS;
KEYS_OF_FRAME[F_RESOURCE] = RESOURCE_KEYS;
/**
 * The key sets the scanner may filter members by (see ScanHandler.keyFilter): every frame with a
 * key table but the top level, whose every key is reported to the visitor.
 */
const KEY_SETS = [];
/** The index in KEY_SETS of each frame kind's keys, or -1. */
const KEY_SET_OF_FRAME = [];
for (let kind = F_TOP; kind <= LAST_FRAME; kind++) {
    const table = KEYS_OF_FRAME[kind];
    KEY_SET_OF_FRAME[kind] =
        table === undefined || table === null || kind === F_TOP ? -1 : KEY_SETS.push([...table.names]) - 1;
}
const PLAIN_CHANGE_KEY_SET = KEY_SETS.push([...PLAIN_CHANGE_KEYS.names]) - 1;
const KIND_NAMES = ['an object', 'an array', 'a string', 'a number', 'true', 'false', 'null'];
/** One open container, with the fields gathered from it so far. */
class Frame {
    kind;
    parent;
    via;
    /** The key whose value comes next (objects), or K_OTHER. */
    key = K_OTHER;
    /** The name of the member whose value comes next (objects keyed by output name). */
    name = '';
    /** Elements seen so far (arrays). */
    count = 0;
    address = undefined;
    mode = undefined;
    /** The labels an address is rebuilt from when `address` is missing (resource-address.ts). */
    moduleAddress = undefined;
    type = undefined;
    resourceName = undefined;
    indexJson = undefined;
    previousAddress = undefined;
    actions = undefined;
    importing = false;
    hasChange = false;
    after = undefined;
    afterJson = undefined;
    afterTooLarge = false;
    afterUnknown = false;
    afterSensitive = false;
    sensitive = false;
    /** Update or replacement entries: what the change's values say changed (see AttributeDiff). */
    diff = undefined;
    /** In an F_ATTRIBUTES frame: true for `after`, false for `before`. */
    isAfter = false;
    /** The keys of this object read so far, as bits (1 << key id): a repeated key is noticed. */
    seen = 0;
    /** The current key was seen before in this object (the last one wins: JSON.parse reads so). */
    repeat = false;
    /**
     * A change entry whose `actions` was written again after the first one let its values be
     * skipped unseen: its changed attribute names cannot be known.
     */
    diffBlind = false;
    /**
     * Prior-state containers: for each key whose value holds prior-state resources, the span of
     * PlanVisitor.priorStateResource calls its last value made (from, to), by key id; a repeated
     * key takes them back (PlanVisitor.priorStateRetract).
     */
    spans = undefined;
    /** The priorStateResource calls made before this prior-state container began (see `spans`), or -1. */
    spanStart = -1;
    constructor(kind, parent, 
    /** How the parent reached this frame: a key (`.x`) or an element index, for error messages. */
    via) {
        this.kind = kind;
        this.parent = parent;
        this.via = via;
    }
    path() {
        const parts = [typeof this.via === 'number' ? `[${this.via}]` : this.via];
        for (let f = this.parent; f !== null && f.kind !== F_TOP; f = f.parent) {
            parts.push(typeof f.via === 'number' ? `[${f.via}]` : f.via);
        }
        return parts.reverse().join('').replace(/^\./, '');
    }
}
function member(name) {
    return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(name) ? `.${name}` : `[${JSON.stringify(name)}]`;
}

;// CONCATENATED MODULE: ./src/parsers/json-stream/change-frames.ts
/**
 * Resource changes and drift: the entries of `resource_changes` and `resource_drift`, their
 * labels, `change.actions` and `change.importing`, and for updates and replacements the names of
 * the attributes that change (attribute-diff.ts: `before`, `after`, `after_unknown`,
 * `replace_paths`, values seen only as hashes).
 *
 * A key written twice in an entry or a change replaces the first, as JSON.parse reads it: a
 * repeated `change` starts the entry's change again, a repeated part of a change clears what the
 * first said. One case cannot be read back: `actions` written again after actions that let the
 * values be skipped unseen (a create, a delete); that entry gets no attribute names.
 *
 * Flags are lenient: `importing` counts when present and not null, `after_unknown` when a `true`
 * occurs anywhere in it.
 */




/** A value inside `resource_changes` or `resource_drift` (frames F_CHANGE_LIST to F_REPLACE_PATH). */
function changeValue(w, f, kind, offset) {
    switch (f.kind) {
        case F_CHANGE_LIST:
            return w.element(f, kind, KIND_OBJECT, F_CHANGE_ENTRY, offset);
        case F_CHANGE_ENTRY:
            return entryValue(w, f, kind, offset);
        case F_CHANGE:
            if (f.key === K_ACTIONS) {
                // Written again after actions that let the values be skipped unseen (a create, a
                // delete): if the last actions are an update, its attribute names cannot be known.
                const entry = f.parent;
                if (f.repeat && entry.actions !== undefined && !diffsAttributes(entry.actions))
                    entry.diffBlind = true;
                return w.enter(f, kind, KIND_ARRAY, F_ACTIONS, '.actions', offset, true);
            }
            if (f.key === K_IMPORTING)
                f.parent.importing = kind !== KIND_NULL;
            else if (f.key !== K_OTHER && w.wantsDiff(f.parent))
                return diffValue(w, f, kind);
            return D_SKIP;
        case F_ATTRIBUTES:
            return D_HASH;
        case F_UNKNOWN:
            if (kind === KIND_OBJECT || kind === KIND_ARRAY)
                return D_SCAN_TRUE;
            // Every member is told, true or not: a name written again replaces what the first said.
            w.diffOf(f).unknownMember(f.name, kind === KIND_TRUE);
            return D_SKIP;
        case F_REPLACE_PATHS:
            if (kind !== KIND_ARRAY)
                return D_SKIP;
            w.frame = new Frame(F_REPLACE_PATH, f, f.count++);
            return D_DESCEND;
        default: // F_REPLACE_PATH
            return f.count++ === 0 && kind === KIND_STRING ? D_CAPTURE : D_SKIP;
    }
}
function entryValue(w, f, kind, offset) {
    switch (f.key) {
        case K_ADDRESS:
            // null is the same as absent: the address is rebuilt from the labels.
            f.address = undefined;
            return w.expectString(f, '.address', kind, offset, false);
        case K_MODE:
            f.mode = undefined;
            return w.expectString(f, '.mode', kind, offset, false);
        case K_PREVIOUS_ADDRESS:
            f.previousAddress = undefined;
            return w.expectString(f, '.previous_address', kind, offset, false);
        case K_CHANGE:
            f.hasChange = true;
            // A second `change` replaces the first (JSON.parse keeps the last): nothing of the first
            // may stay behind.
            f.importing = false;
            f.actions = undefined;
            f.diff = undefined;
            f.diffBlind = false;
            return w.enter(f, kind, KIND_OBJECT, F_CHANGE, '.change', offset, true);
        default:
            return w.label(f, kind, offset);
    }
}
/**
 * `before`, `after`, `after_unknown` or `replace_paths` of an update or replacement: walked into
 * when of the expected shape; any other shape counts as empty (the names are a reading aid, not
 * something to refuse a plan over).
 */
function diffValue(w, f, kind) {
    const diff = (f.parent.diff ??= new AttributeDiff());
    const key = f.key;
    // Written again: the second replaces the first, whatever its shape.
    if (f.repeat)
        diff.clear(keyName(key));
    let child;
    if (key === K_REPLACE_PATHS) {
        if (kind !== KIND_ARRAY)
            return D_SKIP;
        child = F_REPLACE_PATHS;
    }
    else {
        if (kind !== KIND_OBJECT)
            return D_SKIP;
        child = key === K_AFTER_UNKNOWN ? F_UNKNOWN : F_ATTRIBUTES;
    }
    const frame = new Frame(child, f, key === K_BEFORE ? '.before' : key === K_AFTER ? '.after' : '.x');
    frame.isAfter = key === K_AFTER;
    w.frame = frame;
    return D_DESCEND;
}
/** An entry of `resource_changes` or `resource_drift` closes: one visitor call. */
function closeChangeEntry(w, f, offset) {
    if (!f.hasChange)
        throw w.invalid(f, '.change', 'is missing', offset);
    if (f.actions === undefined)
        throw w.invalid(f, '.change.actions', 'is missing', offset);
    const entry = {
        address: displayAddress(w.partsOf(f), f.path()),
        mode: f.mode,
        actions: f.actions,
        importing: f.importing,
        previousAddress: f.previousAddress,
        changedAttributes: f.diff !== undefined && !f.diffBlind && w.wantsDiff(f) ? f.diff.result() : undefined,
    };
    if (entry.changedAttributes !== undefined)
        w.diffed++;
    if (f.parent.via === '.resource_drift')
        w.visitor.resourceDrift(entry);
    else
        w.visitor.resourceChange(entry);
}

;// CONCATENATED MODULE: ./src/parsers/json-stream/output-frames.ts
/**
 * Outputs: `output_changes` (each output's actions, value after the plan, and whether it is
 * unknown or sensitive) and `planned_values.outputs` (only `sensitive`).
 *
 * Sensitive once, sensitive always: a `sensitive` or `after_sensitive` written again does not undo
 * an earlier true (the one exception to "the last wins", see output-tally.ts).
 */



/** A value inside `output_changes` or `planned_values` (frames F_OUTPUT_CHANGES to F_PLANNED_OUTPUT). */
function outputValue(w, f, kind, offset) {
    switch (f.kind) {
        case F_OUTPUT_CHANGES:
        case F_PLANNED_OUTPUTS: {
            const child = f.kind === F_OUTPUT_CHANGES ? F_OUTPUT_CHANGE : F_PLANNED_OUTPUT;
            const entered = w.enter(f, kind, KIND_OBJECT, child, member(f.name), offset, true);
            w.frame.name = f.name;
            return entered;
        }
        case F_OUTPUT_CHANGE:
            switch (f.key) {
                case K_ACTIONS:
                    return w.enter(f, kind, KIND_ARRAY, F_ACTIONS, '.actions', offset, true);
                case K_AFTER:
                    return D_RAW;
                case K_AFTER_UNKNOWN:
                case K_AFTER_SENSITIVE:
                    return D_SCAN_TRUE;
                default:
                    return D_SKIP;
            }
        case F_PLANNED:
            return f.key === K_OTHER
                ? D_SKIP
                : w.enter(f, kind, KIND_OBJECT, F_PLANNED_OUTPUTS, '.outputs', offset, false);
        default: // F_PLANNED_OUTPUT
            if (f.key !== K_OTHER && kind === KIND_TRUE)
                f.sensitive = true;
            return D_SKIP;
    }
}
/** `after` (raw text, or null when too large), `after_unknown` or `after_sensitive` of an output change. */
function capturedOutput(w, f, raw, sawTrue, offset) {
    if (f.key === K_AFTER_UNKNOWN)
        f.afterUnknown = sawTrue;
    else if (f.key === K_AFTER_SENSITIVE)
        f.afterSensitive ||= sawTrue;
    else if (raw === null) {
        f.after = undefined;
        f.afterJson = undefined;
        f.afterTooLarge = true;
    }
    else {
        let kept;
        try {
            // From the text, not a parsed value: numbers are reported as the plan wrote them.
            kept = keptOutputText(w.strings.text(raw, 0, raw.length, false, offset));
        }
        catch (error) {
            if (!(error instanceof SyntaxError))
                throw error;
            throw w.errors.error('INPUT_SYNTAX', `${f.path()}.after is not valid JSON`, offset);
        }
        f.after = kept.after;
        f.afterJson = kept.afterJson;
        f.afterTooLarge = kept.afterTooLarge;
    }
}
/** An output change or planned output closes: one visitor call. */
function closeOutput(w, f, offset) {
    if (f.kind === F_PLANNED_OUTPUT) {
        if (f.sensitive)
            w.visitor.plannedOutputSensitive(f.name);
        return;
    }
    if (f.actions === undefined)
        throw w.invalid(f, '.actions', 'is missing', offset);
    w.visitor.outputChange({
        name: f.name,
        actions: f.actions,
        after: f.after,
        afterJson: f.afterJson,
        afterTooLarge: f.afterTooLarge,
        afterUnknown: f.afterUnknown,
        afterSensitive: f.afterSensitive,
    });
}

;// CONCATENATED MODULE: ./src/parsers/json-stream/prior-frames.ts
/**
 * The prior state: `prior_state.values.root_module`, its resources and child modules, read for
 * the drift `unchanged` count (PlanVisitor.priorStateResource).
 *
 * A container written twice in one object (`values`, `root_module`, a module's `resources` or
 * `child_modules`) replaces the first, as JSON.parse reads it: each container's value remembers
 * the span of priorStateResource calls it made, and a repeated key takes them back
 * (PlanVisitor.priorStateRetract) before its own value is read.
 */



/** A value inside the prior state (frames F_PRIOR to F_RESOURCE). */
function priorValue(w, f, kind, offset) {
    switch (f.kind) {
        case F_PRIOR:
            return f.key === K_OTHER
                ? D_SKIP
                : enterPrior(w, f, kind, KIND_OBJECT, F_PRIOR_VALUES, '.values', offset);
        case F_PRIOR_VALUES:
            return f.key === K_OTHER
                ? D_SKIP
                : enterPrior(w, f, kind, KIND_OBJECT, F_MODULE, '.root_module', offset);
        case F_MODULE:
            if (f.key === K_ADDRESS) {
                f.address = undefined;
                return w.expectString(f, '.address', kind, offset, false);
            }
            if (f.key === K_RESOURCES)
                return enterPrior(w, f, kind, KIND_ARRAY, F_RESOURCES, '.resources', offset);
            if (f.key === K_CHILD_MODULES) {
                return enterPrior(w, f, kind, KIND_ARRAY, F_CHILD_MODULES, '.child_modules', offset);
            }
            return D_SKIP;
        case F_RESOURCES:
            return w.element(f, kind, KIND_OBJECT, F_RESOURCE, offset);
        case F_CHILD_MODULES:
            return w.element(f, kind, KIND_OBJECT, F_MODULE, offset);
        default: // F_RESOURCE
            if (f.key === K_ADDRESS) {
                f.address = undefined;
                return w.expectString(f, '.address', kind, offset, false);
            }
            if (f.key === K_MODE) {
                f.mode = undefined;
                return w.expectString(f, '.mode', kind, offset, false);
            }
            return f.key === K_MODULE_ADDRESS ? D_SKIP : w.label(f, kind, offset);
    }
}
/**
 * A prior-state container (`values`, `root_module`, a module's `resources` or `child_modules`):
 * entered like any other, and the prior-state resources its value reports are remembered as a
 * span of calls, so that the same key written again in the same object can take them back.
 */
function enterPrior(w, f, kind, want, child, via, offset) {
    if (f.repeat && f.spans !== undefined) {
        const from = f.spans[2 * f.key];
        const to = f.spans[2 * f.key + 1];
        if (from !== undefined && to !== undefined && to > from)
            w.visitor.priorStateRetract(from, to);
        f.spans[2 * f.key] = f.spans[2 * f.key + 1] = w.priorCalls;
    }
    const disposition = w.enter(f, kind, want, child, via, offset, false);
    if (disposition === D_DESCEND)
        w.frame.spanStart = w.priorCalls;
    return disposition;
}
/** A prior-state container closes: the span of calls its value made is its parent key's. */
function endSpan(w, f) {
    const parent = f.parent;
    const spans = (parent.spans ??= []);
    spans[2 * parent.key] = f.spanStart;
    spans[2 * parent.key + 1] = w.priorCalls;
}
/** A state resource closes: one priorStateResource call. */
function closeResource(w, f) {
    // A state module's `address` counts when it came before its `resources` (as Terraform writes
    // it): a reader that goes on reading cannot know one that comes after.
    const module = f.parent.parent;
    const parts = { ...w.partsOf(f), moduleAddress: module.address };
    w.visitor.priorStateResource(displayAddress(parts, f.path()), f.mode);
    w.priorCalls++;
}

;// CONCATENATED MODULE: ./src/parsers/json-stream/string-reader.ts
/** Slots of the attribute name cache (a power of two). */
const NAME_SLOTS = 1024;
class StringReader {
    errors;
    utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    /** Interned attribute names (see attributeName). */
    names = new Array(NAME_SLOTS);
    constructor(errors) {
        this.errors = errors;
    }
    /**
     * An attribute name (a key without escapes). The same few dozen names come back in every
     * resource of a type, so they are interned: found by a hash of their bytes and checked byte by
     * byte, without building a string each time.
     */
    attributeName(bytes, start, end, offset) {
        const length = end - start;
        if (length > 64)
            return this.text(bytes, start, end, false, offset);
        let h = length;
        for (let k = start; k < end; k++)
            h = Math.imul(h ^ bytes[k], 0x01000193);
        const slot = (h >>> 0) & (NAME_SLOTS - 1);
        const known = this.names[slot];
        if (known !== undefined && known.length === length) {
            let k = 0;
            while (k < length && known.charCodeAt(k) === bytes[start + k])
                k++;
            if (k === length)
                return known;
        }
        const name = this.text(bytes, start, end, false, offset);
        // Only ASCII names are interned: their characters are their bytes, as compared above.
        if (/^[\x20-\x7e]*$/.test(name))
            this.names[slot] = name;
        return name;
    }
    /** A string's bytes as text: invalid UTF-8 is an encoding error, escapes are decoded. */
    text(bytes, start, end, escaped, offset) {
        // Addresses and names are short ASCII: building them directly skips TextDecoder's overhead.
        if (!escaped && end - start <= 128) {
            let k = start;
            while (k < end && bytes[k] < 0x80)
                k++;
            if (k === end) {
                return Buffer.isBuffer(bytes)
                    ? bytes.toString('latin1', start, end)
                    : String.fromCharCode.apply(null, bytes.subarray(start, end));
            }
        }
        let text;
        try {
            text = this.utf8.decode(bytes.subarray(start, end));
        }
        catch {
            throw this.errors.error('INPUT_ENCODING', 'invalid UTF-8 in a string; save the file as UTF-8', offset);
        }
        if (!escaped)
            return text;
        // The scanner has checked every escape, so this cannot fail on them.
        return JSON.parse(`"${text}"`);
    }
}

;// CONCATENATED MODULE: ./src/parsers/json-stream/walker-base.ts
/**
 * What every part of the plan walker shares: the open frame, where the calls go, and the checks of
 * a value's shape. PlanWalker (plan-walker.ts) answers the scanner and hands each part of the
 * document to its module: change-frames.ts (resource changes and drift), output-frames.ts
 * (outputs and their sensitivity), prior-frames.ts (the prior state).
 *
 * The shape rules (the JSON.parse walker applies the same ones):
 * - null is the same as an absent key, except for required fields, which must have their type;
 * - containers the reader walks into must be objects/arrays of the right shape, or INPUT_INVALID;
 * - calls follow document order (keys of an object in the order written).
 */





class WalkerBase {
    visitor;
    errors;
    /** The innermost open container, or null before the document begins. */
    frame = null;
    /** Entries whose attribute names were read (at most MAX_ATTRIBUTE_ADDRESSES). */
    diffed = 0;
    /** PlanVisitor.priorStateResource calls so far (their numbers, for priorStateRetract). */
    priorCalls = 0;
    strings;
    constructor(visitor, errors) {
        this.visitor = visitor;
        this.errors = errors;
        this.strings = new StringReader(errors);
    }
    /** A resource change entry whose attribute names are gathered (actions unknown yet: maybe). */
    wantsDiff(entry) {
        return (this.diffed < MAX_ATTRIBUTE_ADDRESSES &&
            entry.parent.via !== '.resource_drift' &&
            (entry.actions === undefined || diffsAttributes(entry.actions)));
    }
    /** The AttributeDiff of the entry a frame under `change` belongs to. */
    diffOf(f) {
        let entry = f;
        while (entry.kind !== F_CHANGE_ENTRY)
            entry = entry.parent;
        return entry.diff;
    }
    /**
     * A label of a change entry or state resource (`module_address`, `type`, `name`: strings;
     * `index`: a number or a string); null is the same as absent; other keys are skipped.
     */
    label(f, kind, offset) {
        switch (f.key) {
            case K_MODULE_ADDRESS:
                f.moduleAddress = undefined;
                return this.expectString(f, '.module_address', kind, offset, false);
            case K_TYPE:
                f.type = undefined;
                return this.expectString(f, '.type', kind, offset, false);
            case K_NAME:
                f.resourceName = undefined;
                return this.expectString(f, '.name', kind, offset, false);
            case K_INDEX:
                f.indexJson = undefined;
                if (kind === KIND_NUMBER)
                    return D_RAW;
                return this.expectString(f, '.index', kind, offset, false, 'a number or a string');
            default:
                return D_SKIP;
        }
    }
    partsOf(f) {
        return {
            address: f.address,
            moduleAddress: f.moduleAddress,
            mode: f.mode,
            type: f.type,
            name: f.resourceName,
            indexJson: f.indexJson,
        };
    }
    /** A container value the walker goes into; null skips it unless the field is required. */
    enter(f, kind, want, child, via, offset, required) {
        if (kind === want) {
            this.frame = new Frame(child, f, via);
            if (child === F_ACTIONS)
                (f.kind === F_CHANGE ? f.parent : f).actions = [];
            return D_DESCEND;
        }
        if (kind === KIND_NULL && !required)
            return D_SKIP;
        throw this.invalid(f, via, `is ${KIND_NAMES[kind]}, not ${KIND_NAMES[want]}`, offset);
    }
    /** An element of an array of objects. */
    element(f, kind, want, child, offset) {
        const index = f.count++;
        if (kind !== want)
            throw this.invalid(f, `[${index}]`, `is ${KIND_NAMES[kind]}, not ${KIND_NAMES[want]}`, offset);
        this.frame = new Frame(child, f, index);
        return D_DESCEND;
    }
    expectString(f, field, kind, offset, required, want = 'a string') {
        if (kind === KIND_STRING)
            return D_CAPTURE;
        if (kind === KIND_NULL && !required)
            return D_SKIP;
        throw this.invalid(f, field, `is ${KIND_NAMES[kind]}, not ${want}`, offset);
    }
    invalid(f, field, problem, offset) {
        const base = f.path();
        const joint = field === '' || field.startsWith('.') || field.startsWith('[') || base === '' ? '' : '.';
        return this.errors.error('INPUT_INVALID', `${`${base}${joint}${field}`.replace(/^\./, '')} ${problem}`, offset);
    }
}

;// CONCATENATED MODULE: ./src/parsers/json-stream/plan-walker.ts
/**
 * The plan-shaped half of the streaming reader: a ScanHandler that knows where in a
 * `terraform show -json` document the visitor's fields live, descends only into those containers,
 * buffers the few small fields of one entry (keys come in any order) and calls the PlanVisitor
 * when the entry closes. Everything else is answered with D_SKIP.
 *
 * This file answers the scanner and keeps the top level; each part of the document has its module
 * (change-frames.ts, output-frames.ts, prior-frames.ts), over the shared checks of walker-base.ts,
 * whose header states the shape rules (the JSON.parse walker applies the same ones).
 *
 * A key written twice in one object counts as JSON.parse reads it, the last one wins: every frame
 * notes the keys it has seen, tells the visitor of a repeat, and its part's module makes sure
 * nothing of the first value survives (README, "Keys written twice", for the exceptions).
 */







class PlanWalker extends WalkerBase {
    keySets = KEY_SETS;
    key(bytes, start, end, escaped, offset) {
        const f = this.frame;
        if (f.kind === F_TOP) {
            const key = this.strings.text(bytes, start, end, escaped, offset);
            this.visitor.topLevelKey(key);
            f.key = TOP_KEYS.lookup(key);
        }
        else if (f.kind === F_ATTRIBUTES || f.kind === F_UNKNOWN) {
            f.name = escaped
                ? this.strings.text(bytes, start, end, true, offset)
                : this.strings.attributeName(bytes, start, end, offset);
        }
        else if (f.kind === F_OUTPUT_CHANGES || f.kind === F_PLANNED_OUTPUTS) {
            f.name = this.strings.text(bytes, start, end, escaped, offset);
        }
        else {
            const table = KEYS_OF_FRAME[f.kind];
            const key = table
                ? table.match(bytes, start, end, escaped ? this.strings.text(bytes, start, end, true, offset) : null)
                : K_OTHER;
            f.key = key;
            // A key written twice: its last value is the one that counts (each part's module makes
            // sure nothing of the first survives), and the visitor hears of it.
            const bit = key === K_OTHER ? 0 : 1 << key;
            f.repeat = (f.seen & bit) !== 0;
            f.seen |= bit;
            if (f.repeat)
                this.visitor.repeatedKey(`${f.path()}.${keyName(key)}`);
        }
    }
    /** Every frame with a key table but the top one answers D_SKIP to other keys and does nothing. */
    keyFilter() {
        const f = this.frame;
        if (f === null)
            return -1;
        // Once a change's actions are known to be no update or replacement, its values are skipped
        // unseen, so plans of creates and deletes read as fast as before attribute names existed.
        if (f.kind === F_CHANGE && !this.wantsDiff(f.parent)) {
            return PLAIN_CHANGE_KEY_SET;
        }
        return KEY_SET_OF_FRAME[f.kind];
    }
    value(kind, offset) {
        const f = this.frame;
        if (f === null) {
            this.frame = new Frame(F_TOP, null, '');
            return D_DESCEND;
        }
        switch (f.kind) {
            case F_TOP:
                return this.topValue(f, kind, offset);
            case F_ACTIONS:
                f.count++;
                if (kind !== KIND_STRING)
                    throw this.invalid(f, '', `is not an array of strings (holds ${KIND_NAMES[kind]})`, offset);
                return D_CAPTURE;
            case F_CHANGE_LIST:
            case F_CHANGE_ENTRY:
            case F_CHANGE:
            case F_ATTRIBUTES:
            case F_UNKNOWN:
            case F_REPLACE_PATHS:
            case F_REPLACE_PATH:
                return changeValue(this, f, kind, offset);
            case F_OUTPUT_CHANGES:
            case F_PLANNED_OUTPUTS:
            case F_OUTPUT_CHANGE:
            case F_PLANNED:
            case F_PLANNED_OUTPUT:
                return outputValue(this, f, kind, offset);
            case F_PRIOR:
            case F_PRIOR_VALUES:
            case F_MODULE:
            case F_RESOURCES:
            case F_CHILD_MODULES:
            case F_RESOURCE:
                return priorValue(this, f, kind, offset);
            default:
                return D_SKIP;
        }
    }
    string(bytes, start, end, escaped, offset) {
        const f = this.frame;
        if (f.kind === F_REPLACE_PATH) {
            this.diffOf(f).replacePath(this.strings.text(bytes, start, end, escaped, offset));
            return;
        }
        // Actions and modes come from a handful of words: match their bytes, decode only others.
        const common = f.kind === F_ACTIONS || f.key === K_MODE ? COMMON_VALUES.match(bytes, start, end, null) : 0;
        const text = common > 0 ? COMMON_VALUE_NAMES[common - 1] : this.strings.text(bytes, start, end, escaped, offset);
        if (f.kind === F_ACTIONS) {
            const owner = f.parent;
            // The owner is a `change` frame (resource entries) or an output change.
            (owner.kind === F_CHANGE ? owner.parent : owner).actions.push(text);
            return;
        }
        if (f.kind === F_TOP) {
            if (f.key === K_FORMAT_VERSION)
                this.visitor.formatVersion(text);
            else
                this.visitor.terraformVersion(text);
            return;
        }
        if (f.kind === F_MODULE || f.key === K_ADDRESS)
            f.address = text;
        else if (f.key === K_MODE)
            f.mode = text;
        else if (f.key === K_PREVIOUS_ADDRESS)
            f.previousAddress = text;
        else if (f.key === K_MODULE_ADDRESS)
            f.moduleAddress = text;
        else if (f.key === K_TYPE)
            f.type = text;
        else if (f.key === K_NAME)
            f.resourceName = text;
        else
            f.indexJson = indexJsonOf(text);
    }
    close(offset) {
        const f = this.frame;
        this.frame = f.parent;
        if (f.spanStart >= 0)
            endSpan(this, f);
        if (f.kind === F_CHANGE_ENTRY)
            closeChangeEntry(this, f, offset);
        else if (f.kind === F_OUTPUT_CHANGE || f.kind === F_PLANNED_OUTPUT)
            closeOutput(this, f, offset);
        else if (f.kind === F_RESOURCE)
            closeResource(this, f);
    }
    hashed(hash) {
        const f = this.frame;
        this.diffOf(f).value(f.isAfter, f.name, hash);
    }
    captured(raw, sawTrue, offset) {
        const f = this.frame;
        if (f.kind === F_UNKNOWN)
            this.diffOf(f).unknownMember(f.name, sawTrue);
        else if (f.kind === F_OUTPUT_CHANGE)
            capturedOutput(this, f, raw, sawTrue, offset);
        // A numeric `index` (a string one is captured as a string).
        else
            f.indexJson =
                raw === null ? undefined : indexJsonOf(Number(this.strings.text(raw, 0, raw.length, false, offset)));
    }
    topValue(f, kind, offset) {
        switch (f.key) {
            case K_FORMAT_VERSION:
            case K_TERRAFORM_VERSION:
                return this.expectString(f, f.key === K_FORMAT_VERSION ? 'format_version' : 'terraform_version', kind, offset, false);
            case K_ERRORED:
                if (kind === KIND_TRUE || kind === KIND_FALSE)
                    this.visitor.errored(kind === KIND_TRUE);
                else if (kind !== KIND_NULL)
                    throw this.invalid(f, 'errored', `is ${KIND_NAMES[kind]}, not true or false`, offset);
                return D_SKIP;
            case K_RESOURCE_CHANGES:
                return this.enter(f, kind, KIND_ARRAY, F_CHANGE_LIST, '.resource_changes', offset, false);
            case K_RESOURCE_DRIFT:
                return this.enter(f, kind, KIND_ARRAY, F_CHANGE_LIST, '.resource_drift', offset, false);
            case K_OUTPUT_CHANGES:
                return this.enter(f, kind, KIND_OBJECT, F_OUTPUT_CHANGES, '.output_changes', offset, false);
            case K_PLANNED_VALUES:
                return this.enter(f, kind, KIND_OBJECT, F_PLANNED, '.planned_values', offset, false);
            case K_PRIOR_STATE:
                return this.enter(f, kind, KIND_OBJECT, F_PRIOR, '.prior_state', offset, false);
            default:
                return D_SKIP;
        }
    }
}

;// CONCATENATED MODULE: ./src/parsers/json-stream/skip-wasm.generated.ts
// Generated from src/parsers/json-stream/skip-wasm.wat by `npm run build:wasm` (scripts/build-wasm.ts): do not edit.
// The WebAssembly module of the scanner's skip mode, as base64 (loaded by skip-wasm.ts).
const SKIP_WASM_BASE64 = 'AGFzbQEAAAABEwJgA39/fwF/YAd/f39/f39/AX8DBQQAAAABBQMBADcGmAEZfwBBAAt/AEGACAt/AEGAPAt/AEGAPgt/AEGAwAAL' +
    'fwBBgIABC38AQYAIC38AQSALfwBBgIAEC38AQYCACAt/AEGAgBALfwBBgIDEAAt/AEGAgMAAC38AQQELfwBBAwt/AEECC38AQQQL' +
    'fwBBBQt/AEEGC38AQcAAC38AQcEAC38AQcIAC38AQcMAC38AQcQAC38AQcUACwfVAhsGbWVtb3J5AgAIU1RBVEVfQVQDAAhUQUJM' +
    'RV9BVAMBCUVTQ0FQRV9BVAMCBkhFWF9BVAMDD01FTUJFUl9UQUJMRV9BVAMEC0tFWV9TRVRTX0FUAwUNS0VZX1NFVF9CWVRFUwMG' +
    'DUtFWV9TRVRfQ09VTlQDBwhUWVBFU19BVAMIC1RZUEVTX0JZVEVTAwkKQlVGRkVSU19BVAMKDUJVRkZFUl9TVFJJREUDCwxCVUZG' +
    'RVJfQllURVMDDAdTX1ZBTFVFAw0LU19PQkpfRklSU1QDDgtTX0FSUl9GSVJTVAMPBVNfS0VZAxAHU19DT0xPTgMRB1NfQUZURVID' +
    'Eg1XX09QRU5fT0JKRUNUAxMMV19PUEVOX0FSUkFZAxQHV19DT01NQQMVDldfQ0xPU0VfT0JKRUNUAxYNV19DTE9TRV9BUlJBWQMX' +
    'BVdfS0VZAxgEc2tpcAADCtMKBBIAQQAgATYCAEEEIAI2AgAgAAsSACAAQQRBASABQQVGGyACEAALzwECBH8BeyAAQQFqIQMCQANA' +
    'IAMgAU8EQEEBDwsgA/0ABAAhByAHQSL9D/0jIAdB3AD9D/0j/VD9ZCEEIAQNASADQRBqIQMMAAsLIAMgBGhqIQMgAyABTwRAQQEP' +
    'CyADLQAAQdwARgRAQQEPCyACLQAAIQYgAkEQaiEFAkADQCAGRQ0BIAD9AAQBIAX9AAQg/U4gBf0ABAD9I/1jIAD9AAQRIAX9AAQw' +
    '/U4gBf0ABBD9I/1jcQRAQQEPCyAFQcAAaiEFIAZBAWshBgwACwtBAAvZCAMJfwd7D35BIv0PIRRB3AD9DyEVQSD9DyEWIAAhByAA' +
    'IQ5BgMAAQYAIIAYbIQ8CQANAIAcgAU8NASAH/QAEACEQIAf9AAQQIREgB/0ABCAhEiAH/QAEMCETIAEgB2shCCAIQcAATwR+Qn8F' +
    'QgEgCK2GQgF9CyEXIBcgECAU/SP9ZCARIBT9I/1kQRB0cq0gEiAU/SP9ZCATIBT9I/1kQRB0cq1CIIaEgyEYIBcgECAV/SP9ZCAR' +
    'IBX9I/1kQRB0cq0gEiAV/SP9ZCATIBX9I/1kQRB0cq1CIIaEgyEZIBcgECAW/Sb9ZCARIBb9Jv1kQRB0cq0gEiAW/Sb9ZCATIBb9' +
    'Jv1kQRB0cq1CIIaEgyEaIBlQBEAgHCEbQgAhHAUgGSAcQn+FgyEeIB5CAYZCqtWq1arVqtWqf4QgHn1CqtWq1arVqtWqf4UhHSAX' +
    'IB0gGSAchIWDIRsgHSAZg0I/iCEcCyAYIBtCf4WDIRggGCElICUgJUIBhoUhJSAlICVCAoaFISUgJSAlQgSGhSElICUgJUIIhoUh' +
    'JSAlICVCEIaFISUgJSAlQiCGhSElICUgIIUhHyAfQj+HISAgGCAfgyEhIBogH4MhIiAbISQCQANAICRQDQEgJHqnIQwgByAMaiEJ' +
    'IAktAAAtAIA8IQ0gDUEBRwRAIA1FBEAgIkIBIAythoQhIgwDCyAJLQABLQCAPiAJLQACLQCAPnEgCS0AAy0AgD4gCS0ABC0AgD5x' +
    'cUUEQCAiQgEgDK2GhCEiDAMLCyAkICRCAX2DISQMAAsLIBcgHyAYhEJ/hSAhhIMhIyAiQgBSBEAgIkIAICJ9g0IBfSElICMgJYMh' +
    'IyAhICWDISELAkADQCAjUA0BIAcgI3qnaiEJICMgI0IBfYMhIyAJLQAAIQogDyACQQh0IApyai0AACELIAtBwABJBEAgCyECDAEL' +
    'AkACQAJAAkACQAJAAkAgC0HAAGsOBgABAgMEBQYLIAMgBU8EQCAJIAIgAxAADwsgA0EBaiEDIANBAToAgIAEQQMhAkGACCEPDAYL' +
    'IAMgBU8EQCAJIAIgAxAADwsgA0EBaiEDIANBAjoAgIAEQQIhAkGACCEPDAULIAMgBEYEQCAGRQRAIAkgAiADEAAPC0EEIQIMBQtB' +
    'BEEBIAMtAICABEEBRhshAgwECyADIARGIAMtAICABEEBR3IEQCAJIAIgAxAADwsgA0EBayEDQQYhAiADIARGIAZBAEdxBEBBgMAA' +
    'IQ8LDAMLIAMgBEYgAy0AgIAEQQJHcgRAIAkgAiADEAAPCyADQQFrIQNBBiECIAMgBEYgBkEAR3EEQEGAwAAhDwsMAgsgCSABIAYQ' +
    'AgRAIAkgAiADEAAPC0EFIQIMAQsgCSACIAMQAA8LCyAhQgBSBEAgB0E/aiAheadrIQ4LICJCAFIEQCAOIAIgAxABDwsgB0HAAGoh' +
    'BwwACwsgIEIAUgRAIA4gAiADEAEPCyABIAIgAxAACw==';

;// CONCATENATED MODULE: ./src/parsers/json-stream/skip-wasm.ts
/**
 * Skip mode in WebAssembly with SIMD (skip-wasm.wat, assembled into skip-wasm.generated.ts): the
 * same contract as JsonScanner's JS skip loop, but string contents are classified 64 bytes at a
 * time instead of byte by byte, and the members of an object the handler does not want are
 * skipped without waking it: a 200 MB plan is read with 245 ms of CPU instead of 545 (see
 * scripts/bench/README.md).
 *
 * The module works on bytes in its own memory, so each reader gets an instance whose memory also
 * holds the file reader's two buffers (chunks are read straight into it, never copied), a third
 * buffer that chunks from anywhere else are copied into, the scanner's container-type stack
 * (shared with the JS path, which may take over at any token) and the DFA tables.
 *
 * Without WebAssembly SIMD (WebAssembly.validate says no) the JS path does everything.
 */


/** Actions of the WebAssembly DFA (skip-wasm.wat); every other value >= ACTION_BASE is an error. */
const W_OPEN_OBJECT = 64;
const W_OPEN_ARRAY = 65;
const W_COMMA = (/* unused pure expression or super */ null && (A_COMMA));
const W_CLOSE_OBJECT = (/* unused pure expression or super */ null && (A_CLOSE_OBJECT));
const W_CLOSE_ARRAY = (/* unused pure expression or super */ null && (A_CLOSE_ARRAY));
/** A key's opening quote between the members of an object whose keys are filtered. */
const W_KEY = 69;
/** Keys of a key set are compared with their closing quote in 32 bytes. */
const MAX_FILTERED_KEY_BYTES = 31;
/**
 * The DFA of scanner-tables.ts as skip mode needs it: what the JS scanner does as actions for
 * quotes and scalar starts (nothing to record while skipping) become plain transitions; brackets,
 * commas and closes stay actions; everything else is an error, left to the JS path to report.
 */
function buildSkipTable() {
    const t = new Uint8Array(STATE_COUNT * 256);
    for (let s = 0; s < STATE_COUNT; s++) {
        for (let b = 0; b < 256; b++) {
            const a = TRANSITIONS[(s << 8) | b];
            let w;
            if (a < ACTION_BASE)
                w = a;
            else if (a === A_KEY_QUOTE)
                w = S_COLON;
            else if (a === A_VALUE_START) {
                w =
                    b === 0x22
                        ? S_AFTER
                        : b === 0x7b
                            ? W_OPEN_OBJECT
                            : b === 0x5b
                                ? W_OPEN_ARRAY
                                : STATE_AFTER_FIRST[b];
            }
            else if (a === scanner_tables_A_COMMA || a === scanner_tables_A_CLOSE_OBJECT || a === scanner_tables_A_CLOSE_ARRAY)
                w = a;
            else
                w = A_ERROR;
            t[(s << 8) | b] = w;
        }
    }
    return t;
}
/** The skip table with a key's opening quote as the action W_KEY (for filtered members). */
function buildMemberTable() {
    const t = buildSkipTable();
    t[(S_KEY << 8) | 0x22] = W_KEY;
    t[(S_OBJ_FIRST << 8) | 0x22] = W_KEY;
    return t;
}
let compiled;
function wasmApi() {
    return globalThis.WebAssembly;
}
/** The compiled module, or null where WebAssembly or its SIMD instructions are missing. */
function compiledModule() {
    if (compiled === undefined) {
        const api = wasmApi();
        const bytes = Buffer.from(SKIP_WASM_BASE64, 'base64');
        compiled = api !== undefined && api.validate(bytes) ? new api.Module(bytes) : null;
    }
    return compiled;
}
/** True where the WebAssembly skip loop can run (Node 16.4+ has wasm SIMD on by default). */
function wasmSkipAvailable() {
    return compiledModule() !== null;
}
/** An instance of the module (one per running read), with views of its memory. */
class WasmSkipper {
    /**
     * Runs the skip loop (see skip-wasm.wat); then `state` and `depth` hold where it stopped. `keys`
     * is 0, or the address of a key set (from loadKeySets) to skip an object's other members.
     */
    skip;
    /** The memory's bytes: chunks with this `buffer` are scanned in place. */
    memory;
    /** The container-type stack the JS path shares. */
    types;
    /** The file reader's two read buffers. */
    fileBuffers;
    /** Chunks that are not in the memory are copied here, this many bytes at a time. */
    staging;
    out;
    at;
    loadedSets = null;
    loadedAddresses = [];
    constructor(module, api) {
        const { exports } = new api.Instance(module);
        const at = (name) => exports[name].value;
        this.at = at;
        this.skip = exports['skip'];
        this.memory = exports['memory'].buffer;
        const bytes = new Uint8Array(this.memory);
        bytes.set(buildSkipTable(), at('TABLE_AT'));
        bytes.set(buildMemberTable(), at('MEMBER_TABLE_AT'));
        bytes.set(ESCAPE_BYTES, at('ESCAPE_AT'));
        bytes.set(HEX_BYTES, at('HEX_AT'));
        this.types = new Uint8Array(this.memory, at('TYPES_AT'), at('TYPES_BYTES'));
        const buffer = (k) => Buffer.from(this.memory, at('BUFFERS_AT') + k * at('BUFFER_STRIDE'), at('BUFFER_BYTES'));
        this.fileBuffers = [buffer(0), buffer(1)];
        this.staging = buffer(2);
        this.out = new Int32Array(this.memory, at('STATE_AT'), 2);
    }
    /**
     * Stores the key sets of a ScanHandler (set k's keys are the ones the handler wants to see in an
     * object it answers keyFilter() = k for). Returns each set's address for `skip`.
     */
    loadKeySets(sets) {
        // A pooled instance keeps the sets of its last reader (the plan walker's, every time).
        if (sets === this.loadedSets)
            return this.loadedAddresses;
        if (sets.length > this.at('KEY_SET_COUNT'))
            throw new Error('too many key sets');
        const bytes = new Uint8Array(this.memory);
        const region = this.at('KEY_SETS_AT');
        bytes.fill(0, region, region + this.at('KEY_SET_COUNT') * this.at('KEY_SET_BYTES'));
        const encoder = new TextEncoder();
        this.loadedSets = sets;
        this.loadedAddresses = sets.map((keys, k) => {
            const address = this.at('KEY_SETS_AT') + k * this.at('KEY_SET_BYTES');
            if (16 + keys.length * 64 > this.at('KEY_SET_BYTES'))
                throw new Error('too many keys in a key set');
            bytes[address] = keys.length;
            keys.forEach((key, e) => {
                const encoded = encoder.encode(key);
                if (encoded.length > MAX_FILTERED_KEY_BYTES)
                    throw new Error(`key too long to filter: ${key}`);
                const entry = address + 16 + e * 64;
                bytes.set(encoded, entry);
                bytes[entry + encoded.length] = 0x22;
                bytes.fill(0xff, entry + 32, entry + 32 + encoded.length + 1);
            });
            return address;
        });
        return this.loadedAddresses;
    }
    get state() {
        return this.out[0];
    }
    get depth() {
        return this.out[1];
    }
}
/**
 * Instances of finished reads, for the next ones: an instance costs ~0.4 ms to set up (its memory
 * and tables), which a tree of a thousand small plans would pay a thousand times. A few are kept,
 * for readers that run at the same time.
 */
const idle = [];
const MAX_IDLE = 4;
/**
 * A WasmSkipper for one read, or null for the JS path: 'js' asks for it, and 'auto' falls back to
 * it where WebAssembly SIMD is missing. 'wasm' without WebAssembly SIMD is an error. Give it back
 * with releaseWasmSkipper once nothing reads its memory any more (the read has ended).
 */
function acquireWasmSkipper(engine) {
    if (engine === 'js')
        return null;
    const module = compiledModule();
    if (module === null) {
        if (engine === 'wasm')
            throw new Error('WebAssembly SIMD is not available in this runtime');
        return null;
    }
    return idle.pop() ?? new WasmSkipper(module, wasmApi());
}
function releaseWasmSkipper(skipper) {
    if (skipper !== null && idle.length < MAX_IDLE && !idle.includes(skipper))
        idle.push(skipper);
}

;// CONCATENATED MODULE: ./src/parsers/plan-stream-reader.ts
/**
 * The production plan reader: reads `terraform show -json` / `tofu show -json` output as a byte
 * stream and calls a PlanVisitor with only what a report needs, in flat memory whatever the size
 * of the file (attribute values, configuration and variables are skipped byte by byte, never
 * turned into strings or objects).
 *
 * Pieces (src/parsers/json-stream/): input-decoder (BOM, UTF-16, binary sniffing) -> json-scanner
 * (resumable byte DFA with a skip mode; skip-wasm runs skip mode in WebAssembly SIMD where
 * available) -> plan-walker (where the visitor's fields live).
 * Every problem with the input is an InputError with a code and, where there is one, a byte offset.
 */






/** Read size for files: large enough that per-chunk costs vanish, small enough to stay flat. */
const FILE_CHUNK_BYTES = 1024 * 1024;
/**
 * Reads one plan document and calls `visitor` as it goes. `label` names the input in errors
 * (defaults to the path). Resolves once the whole input was read and found to be one JSON object;
 * rejects with an InputError for any problem with the input (the visitor may have been called for
 * the part before the problem), or with whatever the visitor throws.
 */
async function readPlanStream(source, visitor, label, options = {}) {
    const name = label ?? (typeof source === 'string' ? source : '<stream>');
    const wasm = acquireWasmSkipper(options.skip ?? 'auto');
    try {
        // Files are read straight into the WebAssembly memory, where the skip loop scans them in place.
        const bytes = typeof source === 'string' ? openPlanFile(source, name, FILE_CHUNK_BYTES, wasm?.fileBuffers) : source;
        const errors = new InputErrors(name);
        let head = new Uint8Array(0);
        const scanner = new JsonScanner(new PlanWalker(visitor, errors), errors, () => head, wasm);
        // pumpInput ends the file reader (and its read in flight) before it returns or throws, so
        // nothing writes to the instance's memory once it is released.
        await pumpInput(bytes, scanner, errors, (h) => {
            head = h;
        });
    }
    finally {
        releaseWasmSkipper(wasm);
    }
}
/**
 * A file's bytes in large chunks; a missing or unreadable file, or anything but a regular file (or
 * standard input, by name) is an InputError, and so is one over `maxBytes`. Two buffers take
 * turns: the next read is already running while the caller works on the current chunk, and no
 * memory is allocated per chunk. So a chunk is valid only until the next one is asked for (the
 * streaming reader copies what it keeps).
 */
async function* openPlanFile(path, label = path, chunkBytes = FILE_CHUNK_BYTES, 
/** The two buffers to read into (each at least chunkBytes long); by default new ones. */
into, maxBytes = MAX_PLAN_BYTES) {
    if (isStdinName(path)) {
        yield* cappedStream(stdinChunks(label), label, maxBytes);
        return;
    }
    const file = await openInput(path, label, maxBytes);
    const buffers = into !== undefined && into[0].length >= chunkBytes && into[1].length >= chunkBytes
        ? into
        : [Buffer.allocUnsafeSlow(chunkBytes), Buffer.allocUnsafeSlow(chunkBytes)];
    let turn = 0;
    let total = 0;
    let pending = null;
    try {
        // Position null: read on from where the last read ended, so standard input works too.
        pending = file.read(buffers[0], 0, chunkBytes, null);
        for (;;) {
            let bytesRead;
            try {
                ({ bytesRead } = await pending);
            }
            catch (error) {
                pending = null;
                throw await fileError(error, path, label);
            }
            if (bytesRead === 0) {
                pending = null;
                return;
            }
            // A file that grows while it is read, or standard input without end, stops here.
            total += bytesRead;
            if (total > maxBytes) {
                pending = null;
                throw tooLarge(label, maxBytes);
            }
            const chunk = buffers[turn].subarray(0, bytesRead);
            turn ^= 1;
            pending = file.read(buffers[turn], 0, chunkBytes, null);
            yield chunk;
        }
    }
    finally {
        // A read still running when the caller stopped early must end before the file is closed.
        await pending?.catch(() => undefined);
        await file.close();
    }
}
/** Standard input's chunks, stopped with INPUT_TOO_LARGE past `maxBytes`. */
async function* cappedStream(chunks, label, maxBytes) {
    let total = 0;
    for await (const chunk of chunks) {
        total += chunk.length;
        if (total > maxBytes)
            throw tooLarge(label, maxBytes);
        yield chunk;
    }
}

;// CONCATENATED MODULE: ./src/parsers/read-plan.ts
/**
 * The one way the rest of the tool reads a plan file: `readPlanFile(file)` -> PlanSummary.
 *
 * The streaming reader walks the bytes (every byte-level problem is its InputError: empty,
 * binary, encoding, truncated, trailing data, wrapper noise, with offsets) and feeds a
 * PlanAccumulator, which counts and then classifies the document. Memory stays flat whatever the
 * size of the plan.
 */


async function readPlanFile(file, opts = {}) {
    const label = opts.label ?? file;
    const accumulator = new PlanAccumulator(label);
    // On an error the accumulator holds half a document: it is dropped with the rejection.
    await readPlanStream(file, accumulator, label);
    return accumulator.finish();
}

;// CONCATENATED MODULE: ./src/parsers/terragrunt-discover.ts






const DEFAULT_PLAN_FILE_NAME = 'tfplan.json';
const CACHE_DIR = '.terragrunt-cache';
/** Never hold plans, can be huge (provider binaries), and `.terraform` links into caches. */
const SKIPPED_FOLDERS = new Set(['.terraform', '.git']);
/** Checks the plan file name pattern and returns how many path segments it spans. */
function planNameDepth(planFileName) {
    const segments = planFileName.split('/');
    if (planFileName.includes('**') ||
        planFileName.startsWith('/') ||
        segments.some((s) => s === '' || s === '..')) {
        throw new UsageError(`${settingRef('planFileName')} "${planFileName}": give a name or pattern inside a unit folder, such as tfplan.json or *.plan.json (no "**", "..", or leading "/")`);
    }
    return segments.length;
}
/**
 * Tells whether the last `planNameDepth(planFileName)` segments of a path name a plan file: an
 * exact comparison for a plain name, a glob match (walk-folders.ts `globMatcher`) for a pattern.
 */
function planNameMatcher(planFileName) {
    const depth = planNameDepth(planFileName);
    const isGlob = picomatch_default().scan(planFileName).isGlob;
    const test = isGlob ? globMatcher(planFileName) : (path) => path === planFileName;
    return (segments) => segments.length >= depth && test(segments.slice(-depth).join('/'));
}
async function discoverUnitPlans(dir, planFileName = DEFAULT_PLAN_FILE_NAME, cwd = process.cwd()) {
    const depth = planNameDepth(planFileName);
    const isPlanFile = planNameMatcher(planFileName);
    const root = (0,external_node_path_.resolve)(cwd, dir);
    const rootReal = await checkTreeRoot(root, dir);
    const warnings = [];
    const candidates = [];
    const walked = [rootReal];
    const queue = [
        { abs: root, prefix: [], real: rootReal },
    ];
    // Appending to `queue` while iterating it walks linked folders after the plain tree.
    for (const { abs, prefix, real: walkReal } of queue) {
        const entries = await listTree(abs, dir);
        for (const entry of entries) {
            // A plan is anything but a folder (a link is checked below); the name is matched on the
            // path inside the tree, so a linked folder's name counts as the folder it stands for.
            if (entry.kind === 'directory' || !isPlanFile([...prefix, ...entry.segments]))
                continue;
            const relative = [...prefix, ...entry.segments].join('/');
            const label = (0,external_node_path_.join)(dir, relative);
            const isLink = entry.kind === 'link';
            // A link to a folder is walked below; a link to anything else (a file, a device, nothing at
            // all) is the unit's plan, and the reader refuses what is not a readable regular file,
            // naming the unit: a dangling link must fail the run, not drop the unit silently.
            const target = isLink ? await (0,promises_.stat)(entry.abs).catch(() => undefined) : undefined;
            if (target?.isDirectory())
                continue;
            // A walk never enters a linked folder, so below its real root every path is already real.
            const real = isLink
                ? await (0,promises_.realpath)(entry.abs).catch(() => entry.abs)
                : (0,external_node_path_.join)(walkReal, ...entry.segments);
            candidates.push({ ...unitOf(relative, depth), relative, file: entry.abs, label, real });
        }
        for (const link of entries.filter((e) => e.kind === 'link')) {
            const info = await (0,promises_.stat)(link.abs).catch(() => undefined);
            if (!info?.isDirectory())
                continue;
            const real = await (0,promises_.realpath)(link.abs);
            if (walked.some((w) => isWithin(real, w)))
                continue;
            if (walked.some((w) => isWithin(w, real))) {
                warnings.push(`${(0,external_node_path_.join)(dir, ...prefix, ...link.segments)}: a link to a folder that holds the tree; not followed`);
                continue;
            }
            walked.push(real);
            queue.push({ abs: link.abs, prefix: [...prefix, ...link.segments], real });
        }
    }
    const plans = await pickPerUnit(dedupeByRealPath(candidates, warnings, dir), warnings);
    // Warnings come out in file-system listing order; sorted, two runs print the same lines.
    return { plans, warnings: warnings.sort(compareCodeUnits) };
}
async function checkTreeRoot(root, dir) {
    let info;
    try {
        info = await (0,promises_.stat)(root);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT') {
            throw new InputError('INPUT_NOT_FOUND', dir, 'no such directory (expected the --json-out-dir of terragrunt run --all)', undefined, { cause: error });
        }
        if (code === 'ELOOP') {
            throw new InputError('INPUT_UNREADABLE', dir, 'is a symbolic link loop', undefined, { cause: error });
        }
        throw new InputError('INPUT_UNREADABLE', dir, `cannot be read (${error.message})`, undefined, {
            cause: error,
        });
    }
    if (!info.isDirectory()) {
        throw new InputError('INPUT_UNREADABLE', dir, `is a file, not a directory (${settingRef('terragruntDir')} takes the tree folder)`);
    }
    return (0,promises_.realpath)(root);
}
/** Everything under one walk root, sorted by path (the first of two paths to one file is stable). */
async function listTree(abs, dir) {
    try {
        return await walkFolders(abs, { skipNames: SKIPPED_FOLDERS });
    }
    catch (error) {
        if (!(error instanceof FolderReadError))
            throw error;
        throw new InputError('INPUT_UNREADABLE', dir, `cannot read folder ${error.folder} inside the tree (${error.code})`, undefined, { cause: error });
    }
}
function isWithin(path, folder) {
    return path === folder || path.startsWith(folder.endsWith(external_node_path_.sep) ? folder : folder + external_node_path_.sep);
}
/** The unit a plan belongs to: its folder, or the folder that holds the `.terragrunt-cache`. */
function unitOf(relative, nameDepth) {
    // `relative` is joined with `/` here; a backslash is part of a name on POSIX, not a separator.
    const folder = relative
        .split('/')
        .filter((s) => s !== '' && s !== '.')
        .slice(0, -nameDepth);
    const cacheAt = folder.indexOf(CACHE_DIR);
    const unit = cacheAt === -1 ? folder : folder.slice(0, cacheAt);
    return { pathId: unit.length === 0 ? ROOT_PATH_ID : unit.join('/'), inCache: cacheAt !== -1 };
}
/** The same file reached twice (through a link): keep the one found first, through fewer links. */
function dedupeByRealPath(candidates, warnings, dir) {
    const byReal = new Map();
    for (const candidate of candidates) {
        const kept = byReal.get(candidate.real);
        if (kept === undefined)
            byReal.set(candidate.real, candidate);
        else if (kept.pathId !== candidate.pathId) {
            warnings.push(`${(0,external_node_path_.join)(dir, candidate.relative)}: the same file as ${kept.label}; read once, as unit ${kept.pathId}`);
        }
    }
    return [...byReal.values()];
}
/**
 * One plan per unit. A plan in the unit folder beats one in its `.terragrunt-cache` (the cache can
 * hold a stale working copy); then the newest; then the first path in code-unit order, so the
 * choice never depends on the order the file system lists files in.
 */
async function pickPerUnit(candidates, warnings) {
    const byUnit = new Map();
    for (const candidate of candidates) {
        const list = byUnit.get(candidate.pathId) ?? [];
        list.push(candidate);
        byUnit.set(candidate.pathId, list);
    }
    const plans = [];
    for (const pathId of [...byUnit.keys()].sort(compareCodeUnits)) {
        const list = byUnit.get(pathId) ?? [];
        if (list.length > 1) {
            const times = new Map();
            for (const c of list)
                times.set(c, (await (0,promises_.stat)(c.file).catch(() => undefined))?.mtimeMs ?? 0);
            list.sort((a, b) => Number(a.inCache) - Number(b.inCache) ||
                (times.get(b) ?? 0) - (times.get(a) ?? 0) ||
                compareCodeUnits(a.relative, b.relative));
            const [chosen, runnerUp] = list;
            const why = chosen.inCache !== runnerUp.inCache
                ? 'the one outside .terragrunt-cache'
                : times.get(chosen) !== times.get(runnerUp)
                    ? 'the newest'
                    : 'the first by name';
            const others = list.slice(1).map((c) => c.relative);
            warnings.push(`unit ${pathId}: ${list.length} plan files found; using ${chosen.relative} (${why}), ignoring ${others.join(', ')}`);
        }
        const chosen = list[0];
        if (chosen)
            plans.push({ pathId, file: chosen.file, label: chosen.label });
    }
    return plans;
}

;// CONCATENATED MODULE: ./src/parsers/terragrunt-run-report.ts
/**
 * Terragrunt's run report (`terragrunt run --all --report-file report.json --report-format json`):
 * one entry per unit with its Result, and for failures the Reason and Cause. Schemas v1 to v4 are
 * the same array of objects (v3 added Ref/Cmd/Args); unknown fields are tolerated so a v5 that
 * only adds fields still reads. The CSV form is refused with a message saying how to get JSON.
 */




/** Long enough for a real Terraform error, short enough that 2,000 failing units stay sendable. */
const MAX_ERROR_MESSAGE_CHARS = 2000;
const terragrunt_run_report_optionalText = schemas_string()
    .nullish()
    .transform((value) => (value === null || value === '' ? undefined : value));
const entrySchema = looseObject({
    Name: schemas_string().min(1),
    Result: schemas_string(),
    Reason: terragrunt_run_report_optionalText,
    Cause: terragrunt_run_report_optionalText,
});
const CSV_HINT = 'is a CSV run report; iacm-report reads the JSON one (terragrunt run --all --report-format json, or a --report-file ending in .json)';
async function readRunReport(file, label = file) {
    if ((0,external_node_path_.extname)(file).toLowerCase() === '.csv')
        throw new InputError('INPUT_WRONG_KIND', label, CSV_HINT);
    const text = await json_file_readJsonText(file, label);
    return parseRunReportText(text, label);
}
function parseRunReportText(text, label) {
    const start = text.trimStart();
    // Terragrunt's CSV always starts with its header row; say so instead of "bad JSON token N".
    if (/^"?Name"?,/.test(start))
        throw new InputError('INPUT_WRONG_KIND', label, CSV_HINT);
    return parseRunReport(parseJsonText(text, label), label);
}
function parseRunReport(value, label) {
    if (!Array.isArray(value)) {
        const isPlan = typeof value === 'object' && value !== null && 'format_version' in value;
        const what = isPlan ? 'a Terraform/OpenTofu JSON document' : describeJsonValue(value);
        throw new InputError('INPUT_WRONG_KIND', label, `is ${what}, not a Terragrunt run report (a JSON array written by --report-file)`);
    }
    return value.map((item, index) => {
        const parsed = entrySchema.safeParse(item);
        if (!parsed.success) {
            const issue = parsed.error.issues[0];
            const where = issue && issue.path.length > 0 ? `.${issue.path.map(String).join('.')}` : '';
            throw new InputError('INPUT_INVALID', label, `run report entry [${index}]${where}: ${issue?.message ?? 'not a run report entry'}`);
        }
        const { Name, Result, Reason, Cause } = parsed.data;
        return { name: Name, result: Result, reason: Reason, cause: Cause };
    });
}
/** How a run report Result maps to a stack status, with the reason a person should read. */
function entryOutcome(entry) {
    switch (entry.result) {
        case 'succeeded':
            return { status: 'success', errorMessage: undefined };
        case 'failed':
            return { status: 'failure', errorMessage: cleanMessage(entry.cause ?? entry.reason ?? 'failed') };
        case 'early exit':
            // Cause names the dependency that failed (Terragrunt writes its path).
            return {
                status: 'skipped',
                errorMessage: cleanMessage(entry.cause === undefined
                    ? 'early exit: a dependency failed'
                    : `early exit: dependency ${entry.cause} failed`),
            };
        case 'excluded':
            return {
                status: 'skipped',
                errorMessage: cleanMessage(`excluded${entry.reason ? ` (${entry.reason})` : ''}`),
            };
        default:
            return undefined;
    }
}
/** Strips terminal colour codes (Terragrunt colours its errors) and caps the length. */
function cleanMessage(text) {
    // eslint-disable-next-line no-control-regex
    const plain = text.replace(/\u001b\[[0-9;?]*[ -/]*[@-~]/g, '').trim();
    if (plain.length <= MAX_ERROR_MESSAGE_CHARS)
        return plain;
    return `${plain.slice(0, MAX_ERROR_MESSAGE_CHARS - 1)}…`;
}

;// CONCATENATED MODULE: ./src/parsers/terragrunt-units.ts


const terragrunt_units_SEVERITY = { success: 0, skipped: 1, failure: 2 };
/** Of two outcomes for one unit (a retried unit, a plan that errored), the worse one counts. */
function worse(a, b) {
    return a === undefined || terragrunt_units_SEVERITY[b.status] > terragrunt_units_SEVERITY[a.status] ? b : a;
}
/**
 * @param plans unit plans by pathId
 * @param report run report entries, when a report was given
 * @param rootName the name for a unit at the tree root (the tree folder's own name)
 */
function mergeUnits(plans, report, rootName) {
    const warnings = [];
    const outcomes = new Map();
    const reported = new Set();
    for (const [pathId, plan] of plans) {
        if (plan.errored) {
            outcomes.set(pathId, {
                status: 'failure',
                errorMessage: 'the plan did not complete (errored: true in the plan JSON)',
            });
        }
    }
    const index = new UnitPathIndex(plans.keys());
    const best = new Map();
    const unplanned = [];
    for (const entry of report ?? []) {
        const match = index.match(entry.name);
        if (match.kind === 'ambiguous') {
            warnings.push(`run report entry ${entry.name} matches units ${match.pathIds.join(', ')} equally; ignored`);
        }
        else if (match.kind === 'none') {
            unplanned.push(entry);
        }
        else {
            const held = best.get(match.pathId);
            if (held === undefined || match.score > held.score) {
                if (held)
                    for (const held1 of held.entries)
                        unplanned.push(held1);
                best.set(match.pathId, { score: match.score, entries: [entry] });
            }
            else if (match.score === held.score) {
                held.entries.push(entry);
            }
            else {
                unplanned.push(entry);
            }
        }
    }
    const rewrite = learnRewrite(best);
    const entryFor = new Map();
    for (const [pathId, { entries }] of best)
        entryFor.set(pathId, entries);
    for (const entry of unplanned) {
        const pathId = rewrite(entry.name);
        entryFor.set(pathId, [...(entryFor.get(pathId) ?? []), entry]);
    }
    for (const [pathId, entries] of entryFor) {
        reported.add(pathId);
        for (const entry of entries) {
            const outcome = entryOutcome(entry);
            if (outcome === undefined) {
                warnings.push(`run report entry ${entry.name}: unknown Result "${entry.result}"; status taken from the plan`);
                continue;
            }
            outcomes.set(pathId, worse(outcomes.get(pathId), outcome));
        }
        if (entries.length > 1) {
            warnings.push(`unit ${pathId}: ${entries.length} run report entries; the worst result counts`);
        }
        const status = outcomes.get(pathId)?.status;
        if (!plans.has(pathId) && status === 'success') {
            warnings.push(`unit ${pathId}: the run report says it succeeded, but the tree has no plan for it`);
        }
        if (plans.has(pathId) && status === 'skipped') {
            // Kept (dropping data silently is worse), but a skipped unit's plan is from another run.
            warnings.push(`unit ${pathId}: the run report says it did not run, yet the tree has a plan for it (left from an earlier run?)`);
        }
    }
    const pathIds = [...new Set([...plans.keys(), ...entryFor.keys()])].sort(compareCodeUnits);
    const units = pathIds.map((pathId) => {
        const plan = plans.get(pathId);
        const outcome = outcomes.get(pathId) ?? { status: 'success', errorMessage: undefined };
        if (report !== undefined && !reported.has(pathId)) {
            warnings.push(`unit ${pathId}: has a plan but no entry in the run report`);
        }
        const unit = { pathId, name: unitName(pathId, rootName), status: outcome.status };
        if (outcome.errorMessage !== undefined)
            unit.errorMessage = outcome.errorMessage;
        if (plan) {
            unit.resourceCounts = { ...plan.resourceCounts };
            unit.driftCounts = { ...plan.driftCounts };
            unit.outputCounts = { ...plan.outputCounts };
            unit.plannedChangesCount = plan.plannedChangesCount;
            unit.outputs = { ...plan.outputs };
        }
        return unit;
    });
    return { units, warnings };
}
function unitName(pathId, rootName) {
    // A pathId is ours and `/`-separated on every OS: a backslash is part of a folder's name on
    // POSIX (`a\\b`), so splitting on it too cut the stack_name short.
    const last = pathId
        .split('/')
        .filter((s) => s !== '' && s !== '.')
        .pop();
    return last ?? rootName;
}
/**
 * How report paths map to tree paths, learned from the entries that matched: the prefix the report
 * has that the tree lacks (`/home/ci/repo/`), or the other way round. The most common pair wins.
 * Returns a function giving an unmatched entry its pathId.
 */
function learnRewrite(best) {
    const votes = new Map();
    for (const [pathId, { score, entries }] of best) {
        const unit = pathSegments(pathId);
        const shared = score - 1;
        for (const entry of entries) {
            const foreign = pathSegments(entry.name);
            const pair = {
                foreign: foreign.slice(0, foreign.length - shared),
                unit: unit.slice(0, unit.length - shared),
            };
            const key = JSON.stringify(pair);
            const vote = votes.get(key) ?? { ...pair, count: 0 };
            vote.count++;
            votes.set(key, vote);
        }
    }
    const winner = [...votes.entries()].sort(([ka, a], [kb, b]) => b.count - a.count || compareCodeUnits(ka, kb))[0]?.[1];
    return (name) => {
        const segments = pathSegments(name);
        const fits = winner !== undefined &&
            segments.length > winner.foreign.length &&
            winner.foreign.every((segment, i) => segments[i] === segment);
        const path = fits ? [...winner.unit, ...segments.slice(winner.foreign.length)] : segments;
        return path.length === 0 ? ROOT_PATH_ID : path.join('/');
    };
}

;// CONCATENATED MODULE: ./src/parsers/terragrunt-tree.ts
/**
 * `--terragrunt-dir <dir>` (+ `--terragrunt-report <file>`): every unit plan in a Terragrunt output
 * tree, read a few at a time, merged with the run report into UnitReports in pathId order.
 *
 * A unit plan that cannot be read fails the whole run (InputError, exit 2) naming the unit: a
 * report that silently leaves a unit out would understate what is about to change. Every plan is
 * still attempted first, so one error names every unreadable unit (bounded), in pathId order.
 */







/** Enough to keep the disk busy; few enough to stay far from open-file limits. */
const DEFAULT_CONCURRENCY = 8;
async function readTerragruntTree(dir, options = {}) {
    const cwd = options.cwd ?? process.cwd();
    const readPlan = options.readPlan ?? ((file, opts) => readPlanFile(file, opts));
    // Read the report first: a wrong --terragrunt-report should fail before minutes of plan reading.
    const report = options.reportFile === undefined
        ? undefined
        : await readRunReport((0,external_node_path_.resolve)(cwd, options.reportFile), options.reportFile);
    const discovery = await discoverUnitPlans(dir, options.planFileName ?? DEFAULT_PLAN_FILE_NAME, cwd);
    const found = discovery.plans;
    if (found.length === 0 && (report === undefined || report.length === 0)) {
        throw new InputError('INPUT_NOT_FOUND', dir, `no unit plans (${options.planFileName ?? DEFAULT_PLAN_FILE_NAME}) found in the tree; was it written by terragrunt run --all --json-out-dir ${dir} -- plan?`);
    }
    const total = found.length;
    options.onProgress?.(0, total);
    const { values, errors } = await boundedMap(found, options.concurrency ?? DEFAULT_CONCURRENCY, (plan) => readPlan(plan.file, { label: plan.label }), (done) => options.onProgress?.(done, total));
    if (errors.length > 0) {
        throw unitErrors(dir, errors.map(({ index, error }) => ({ pathId: found[index]?.pathId ?? '?', error })));
    }
    const plans = new Map();
    found.forEach((plan, i) => {
        const summary = values[i];
        if (summary !== undefined)
            plans.set(plan.pathId, summary);
    });
    const merged = mergeUnits(plans, report, (0,external_node_path_.basename)((0,external_node_path_.resolve)(cwd, dir)));
    const warnings = [...discovery.warnings, ...merged.warnings];
    if (found.length === 0)
        warnings.unshift(`${dir}: no unit plans found; reporting the run report's units only`);
    const planFiles = new Map(found.map((plan) => [plan.pathId, plan.file]));
    return { units: merged.units, plans, files: found.map((p) => p.label), planFiles, warnings };
}
/** Unreadable units named in one error; past this many, "and N more". */
const MAX_NAMED_UNITS = 10;
/**
 * One error naming every unit plan that could not be read (up to MAX_NAMED_UNITS), so a tree
 * with three broken units is fixed in one round, not three.
 */
function unitErrors(dir, failures) {
    const first = failures[0];
    if (first === undefined || !(first.error instanceof InputError))
        return first?.error;
    if (failures.length === 1) {
        const error = first.error;
        return new InputError(error.code, error.file, `Terragrunt unit ${first.pathId}: ${error.detail}`, error.offset, { cause: error });
    }
    const named = failures.slice(0, MAX_NAMED_UNITS).map(({ pathId, error }) => {
        const detail = error instanceof InputError ? error.detail : 'cannot be read';
        return `${pathId} (${detail})`;
    });
    const more = failures.length - named.length;
    return new InputError(first.error.code, dir, `${failures.length} Terragrunt unit plans cannot be read: ${named.join('; ')}${more > 0 ? `; and ${more} more` : ''}`, undefined, { cause: first.error });
}

;// CONCATENATED MODULE: ./src/run/run-report.ts
/**
 * The one pipeline under every entry point: config -> parsers -> model -> event -> delivery.
 * Entry points turn their world into a ReportConfig and a RunIo, call runReport, and write their
 * world's outputs from the ReportOutcome.
 */





















async function runReport(config, io) {
    // What the config needs (something to report, credentials unless a dry run or a partial alone)
    // was checked by its schema before we were called.
    const sends = !config.dryRun && (config.savePartial === undefined || config.send);
    // Upload files (issue 14) are looked at before any plan is read; their pipeline ids were
    // checked by the schema.
    const uploadWarnings = await checkUploadFiles(config.uploads, io.cwd);
    // The git context (a few `git` processes) is gathered while the plans are read, not after: on a
    // large plan that wait was idle time. A failure surfaces where it is awaited, as before.
    const ciContext = readCiContext(io.env, io.cwd);
    ciContext.catch(() => undefined);
    let input;
    let uploadContext = { cwd: io.cwd };
    try {
        ({ input, uploadContext } = await gatherInputsAndUploads(config, io));
        input = { ...input, warnings: [...uploadWarnings, ...(input.warnings ?? [])] };
    }
    catch (error) {
        // A leg whose inputs are missing or bad still leaves a partial saying so, so the merge can
        // name it as failed instead of silently counting one leg fewer.
        if (config.savePartial !== undefined) {
            await saveFailedPartial(config, io, await contextOrEmpty(ciContext), error);
        }
        throw error;
    }
    const model = buildModel(input);
    // Files as a person finds them from where the run is: relative to the working folder.
    model.files = model.files.map((file) => relativeToCwd(file, io.cwd));
    const context = await ciContext;
    // Names come from files and git: a lone surrogate in one must not reach the body as `\ud800`.
    let event = wellFormedJson(buildEvent(model, context));
    const planned = await planUploads(config, uploadContext);
    for (const warning of planned.warnings)
        model.warnings.push(warning);
    if (planned.uploads.length > 0) {
        if (!sends) {
            // What would go up, on the log (stderr for the CLI): type, file, size, stack path.
            for (const line of describePlannedUploads(planned.uploads))
                io.log(plainText(line));
            model.workspaceData = plannedRecords(planned.uploads);
        }
        else {
            // Uploads first: the event carries the ids they answer with, the gates their policy answers.
            const done = await performUploads(planned.uploads, {
                connection: config.connection,
                pipeline: config.uploads.pipeline,
                http: io.http,
                env: io.env,
                cwd: io.cwd,
                spoolDir: config.spoolDir,
            });
            model.workspaceData = done.report;
            for (const warning of failedUploadWarnings(done.report))
                model.warnings.push(warning);
            event = withDataIds(event, done.assignments, done.stateChecksum);
        }
    }
    const body = JSON.stringify(event);
    // Gates are known before anything is written, so every summary can name the ones that trip.
    const gates = trippedGates(model, config.gates);
    // Warnings are not logged here: each entry shows them once, in its own summary (or annotations).
    let partialFile;
    if (config.savePartial !== undefined) {
        partialFile = (0,external_node_path_.resolve)(io.cwd, config.savePartial);
        await writePartialFile(partialFile, buildPartial(input, partialOrigin(config, io, context, sends)));
        io.log(`Partial report saved to ${plainText(config.savePartial)}`);
    }
    const delivery = config.dryRun
        ? { kind: 'dry-run' }
        : !sends
            ? { kind: 'saved' }
            : await sendBody(config, body, io);
    const facts = runFacts(config, event, delivery, gates);
    return { model, event, body, delivery, gates, facts, partialFile };
}
/** Sends the exact body (spooled when it cannot be delivered): the one send of a report or a merge. */
function sendBody(config, body, io) {
    return deliverEvent(config.connection, body, {
        spoolDir: config.spoolDir,
        env: io.env,
        cwd: io.cwd,
        log: io.log,
        http: io.http,
    });
}
/** The model's inputs, and what the upload planner needs from them (unit plans, Infracost document). */
async function gatherInputsAndUploads(config, io) {
    let uploadContext = { cwd: io.cwd };
    // Every input is found before any is read, so a typo in the last one costs no time. One file
    // named twice (another path, a link) is read and counted once, with a warning.
    const warnings = [];
    const planFiles = await distinct(await expandInputs(config.plans, io.cwd, 'plan'), io.cwd, 'plan', warnings);
    const driftFiles = await distinct(await expandInputs(config.drifts, io.cwd, 'drift'), io.cwd, 'drift', warnings);
    const plans = await readPlans(planFiles, io.cwd);
    const drifts = await readPlans(driftFiles, io.cwd);
    for (const drift of drifts)
        refuseChangingDriftFile(drift);
    let terragrunt;
    if (config.terragruntDir !== undefined) {
        const tree = await readTerragruntTree(config.terragruntDir, {
            planFileName: config.planFileName,
            reportFile: config.terragruntReport,
            onProgress: io.progress,
            cwd: io.cwd,
        });
        for (const warning of tree.warnings)
            warnings.push(warning);
        terragrunt = { units: tree.units, plans: tree.plans };
        uploadContext = { ...uploadContext, unitPlans: tree.planFiles };
    }
    let cost;
    if (config.infracost !== undefined) {
        const text = await json_file_readJsonText((0,external_node_path_.resolve)(io.cwd, config.infracost), config.infracost);
        const report = parseInfracostText(text, config.infracost);
        cost = report.figures;
        for (const warning of report.warnings)
            warnings.push(warning);
        let projectOf;
        if (terragrunt) {
            const matched = applyInfracostToUnits(terragrunt.units, report);
            for (const warning of matched.warnings)
                warnings.push(warning);
            terragrunt = { ...terragrunt, units: matched.units };
            projectOf = matched.projectOf;
        }
        if (config.uploads.infracost) {
            const { document } = report;
            uploadContext = { ...uploadContext, infracost: { label: config.infracost, document, projectOf } };
        }
    }
    const input = {
        plans,
        drifts,
        terragrunt,
        cost,
        warnings,
        overrides: {
            eventType: config.eventType,
            activityType: config.activityType,
            activityStatus: config.activityStatus,
            provisioner: config.provisioner,
        },
    };
    return { input, uploadContext };
}
async function contextOrEmpty(context) {
    try {
        return await context;
    }
    catch {
        return {};
    }
}
function partialOrigin(config, io, context, sent) {
    return {
        leg: legOrigin(io.env, { leg: config.leg, file: config.savePartial ?? '', sent }),
        workspace: config.connection.workspace,
        commit: context.git_commit_sha,
    };
}
async function saveFailedPartial(config, io, context, error) {
    const file = (0,external_node_path_.resolve)(io.cwd, config.savePartial ?? '');
    try {
        await writePartialFile(file, failedPartial(partialOrigin(config, io, context, false), describeError(error)));
        io.log(`Partial report saved to ${plainText(config.savePartial ?? '')}, recording the failure`);
    }
    catch (writeError) {
        io.log(`warning: ${describeError(writeError)}`);
    }
}
function runFacts(config, event, delivery, gates) {
    const metadata = event.metadata;
    const trigger = metadata?.trigger;
    const link = trigger?.['run_url'] ?? trigger?.['build_link'];
    return {
        gates,
        delivery: delivery.kind === 'spooled' ? { kind: 'spooled', file: delivery.file } : { kind: delivery.kind },
        org: config.connection.org,
        project: config.connection.project,
        workspace: config.connection.workspace,
        commit: metadata?.git_commit_sha,
        runUrl: typeof link === 'string' && /^https?:\/\//.test(link) ? link : undefined,
    };
}
/** One file, one count: the same file under two names is read once, with a warning. */
async function distinct(files, cwd, what, warnings) {
    const result = await dedupeByIdentity(files, cwd, what);
    for (const warning of result.warnings)
        warnings.push(warning);
    return result.files;
}
/**
 * A `--drift` file is a drift check by definition, so one that plans real changes to managed
 * resources (a normal plan given as drift) would be reported as "no drift" or as drift it is not:
 * refused, naming what it is and what to give instead. A drift file with nothing to change and
 * no `resource_drift` stays a drift check that found none.
 */
function refuseChangingDriftFile(drift) {
    const { added, changed, deleted } = drift.resourceCounts;
    if (added + changed + deleted === 0)
        return;
    throw new InputError('INPUT_WRONG_KIND', drift.file, `given as ${settingRef('drifts')}, but this plan makes changes (${added} to add, ${changed} to change, ${deleted} to destroy), so it is not a drift check: give it as ${settingRef('plans')}, or check drift with a refresh-only plan (\`terraform plan -refresh-only -out=tfplan\`, then \`terraform show -json tfplan\`)`);
}
/** One plan at a time: the reader streams, so memory stays flat however many plans there are. */
async function readPlans(files, cwd) {
    const summaries = [];
    for (const file of files) {
        const path = isStdinName(file) ? file : (0,external_node_path_.resolve)(cwd, file);
        summaries.push(await readPlanFile(path, { label: file === '-' ? 'standard input' : file }));
    }
    return summaries;
}
/**
 * Per failed upload a warning, and one with the command that retries it, apart: a summary clips
 * a long line, and the command must survive whole to be pasted.
 */
function failedUploadWarnings(report) {
    return report.uploads
        .filter((upload) => upload.outcome === 'failed')
        .flatMap((upload) => {
        const what = `${upload.dataType} ${upload.label}${upload.stackPath === undefined ? '' : ` (unit ${upload.stackPath})`}`;
        const failed = `upload of ${what} failed, the event goes without its id: ${upload.error ?? 'unknown error'}`;
        return upload.retry === undefined
            ? [failed]
            : [failed, `retry the upload of ${what} with: ${upload.retry}`];
    });
}

;// CONCATENATED MODULE: ./src/run/run-merge.ts
/**
 * `iacm-report merge`: partial reports -> one model, one event, one delivery (the reduce side of
 * a CI matrix). Or, with `commentOnly`, one model per workspace for one comment and summary over
 * legs that already sent their own events; nothing is sent then.
 *
 * Partials are read one at a time and folded into the merger, so memory holds the merged data
 * and never more than one partial's text.
 */














/** The section label for legs that named no workspace. */
const NO_WORKSPACE = '(no workspace given)';
async function runMerge(config, io) {
    const sends = !config.dryRun && !config.merge.commentOnly;
    if (sends)
        requireConnection(config.connection);
    const ciContext = readCiContext(io.env, io.cwd);
    ciContext.catch(() => undefined);
    const files = await findPartials(config, io);
    if (config.merge.commentOnly)
        return commentOnly(config, io, files);
    const merger = new PartialMerger({
        expectLegs: config.merge.expectLegs,
        allowMixed: config.merge.allowMixed,
    });
    for (const file of files)
        merger.add(await readPartialFile((0,external_node_path_.resolve)(io.cwd, file), file));
    const merged = merger.finish();
    checkTarget(config, merged);
    const model = mergedModel(config, merged);
    const event = buildEvent(model, await ciContext);
    const body = JSON.stringify(event);
    // Warnings are not logged here: each entry shows them once, in its own summary (as for a report).
    const gates = trippedGates(model, config.gates);
    const delivery = !sends ? { kind: 'dry-run' } : await sendBody(config, body, io);
    const facts = runFacts(config, event, delivery, gates);
    return { kind: 'event', model, event, body, legs: merged.legs, delivery, gates, facts };
}
/** The model of the merged inputs, the legs' outcome folded into its status. */
function mergedModel(config, merged) {
    const agreed = merged.input.overrides ?? {};
    const model = buildModel({
        ...merged.input,
        overrides: {
            eventType: config.eventType ?? agreed.eventType,
            activityType: config.activityType ?? agreed.activityType,
            activityStatus: config.activityStatus ?? agreed.activityStatus,
            provisioner: config.provisioner ?? agreed.provisioner,
        },
    });
    if (config.activityStatus === undefined && merged.statusFloor !== undefined) {
        if (merged.statusFloor === 'failure' || model.activityStatus === 'success') {
            model.activityStatus = merged.statusFloor;
        }
    }
    return model;
}
/**
 * Every pattern's files, sorted. A pattern that matches nothing is a gap, not an error, when the
 * run says how many legs to expect: the missing legs are then reported as missing.
 */
async function findPartials(config, io) {
    const files = new Set();
    for (const pattern of config.merge.partials) {
        try {
            for (const file of await expandInputs([pattern], io.cwd, 'partial report'))
                files.add(file);
        }
        catch (error) {
            if (!(error instanceof InputError &&
                error.code === 'INPUT_NOT_FOUND' &&
                config.merge.expectLegs !== undefined)) {
                throw error;
            }
            io.log(`warning: ${plainText(error.message)}`);
        }
    }
    return [...files].sort(compareCodeUnits);
}
/** Partials naming a workspace other than the one the merged event goes to are refused. */
function checkTarget(config, merged) {
    const target = config.connection.workspace;
    if (target === undefined || config.merge.allowMixed)
        return;
    const other = merged.legs.find((leg) => leg.workspace !== undefined && leg.workspace !== target);
    if (other !== undefined) {
        throw new UsageError(`${other.file}: the partial report is for workspace ${other.workspace ?? ''}, but the merged event goes to ${target}; pass --allow-mixed if that is meant`, 'CONFIG_INVALID');
    }
}
async function commentOnly(config, io, files) {
    const mergers = new Map();
    let commit;
    let count = 0;
    for (const file of files) {
        const loaded = await readPartialFile((0,external_node_path_.resolve)(io.cwd, file), file);
        const { workspace, commit: sha } = loaded.partial;
        if (!config.merge.allowMixed && sha !== undefined) {
            if (commit !== undefined && commit.value !== sha) {
                const [a, b] = [commit.file, file].sort(compareCodeUnits);
                throw new InputError('INPUT_CONFLICT', a ?? file, `partial reports of different commits (${commit.value}, ${sha}) cannot make one comment; pass --allow-mixed if that is meant (also in ${b ?? file})`);
            }
            commit ??= { value: sha, file };
        }
        const key = workspace ?? NO_WORKSPACE;
        let merger = mergers.get(key);
        if (merger === undefined) {
            merger = new PartialMerger({ allowMixed: config.merge.allowMixed });
            mergers.set(key, merger);
        }
        merger.add(loaded);
        count++;
    }
    const sections = [];
    const legs = [];
    const notes = [];
    for (const workspace of [...mergers.keys()].sort(compareCodeUnits)) {
        const merged = mergers.get(workspace).finish();
        sections.push({ workspace, model: mergedModel(config, merged) });
        legs.push(...merged.legs);
        notes.push(...merged.notes);
    }
    const expect = config.merge.expectLegs;
    if (expect !== undefined && legs.length < expect) {
        notes.unshift(`${expect - legs.length} of ${expect} expected legs missing: ${legs.length} partial reports arrived`);
    }
    if (count === 0 && expect === undefined) {
        throw new UsageError('no partial reports to merge', 'CONFIG_INVALID');
    }
    const model = combinedModel(sections, notes);
    const gates = trippedGates(model, config.gates);
    const facts = { gates };
    return { kind: 'comment-only', model, sections, notes, legs, gates, facts };
}

;// CONCATENATED MODULE: ./src/forge/forge-http.ts


const FORGE_DEFAULTS = {
    deadlineMs: 60_000,
    tryTimeoutMs: 15_000,
    maxAttempts: 3,
    maxResponseBytes: 16 * 1024 * 1024,
    baseDelayMs: 1_000,
};
const MAX_ERROR_BYTES = 64 * 1024;
/** GitHub's secondary rate limit and GitLab's throttle say when to come back. */
const forge_http_RETRYABLE_STATUS = new Set([429, 500, 502, 503, 504]);
/** A failed forge call, worded without the token; `status` for an HTTP answer. */
class ForgeError extends Error {
    code;
    status;
    constructor(message, code, status) {
        super(message);
        this.code = code;
        this.status = status;
        this.name = 'ForgeError';
    }
}
let forge_http_undici;
/** Loaded on first use, as the IaCM client does: runs that never comment never pay for it. */
function forge_http_loadUndici() {
    forge_http_undici ??= __nccwpck_require__.e(/* import() */ 752).then(__nccwpck_require__.t.bind(__nccwpck_require__, 6752, 19));
    return forge_http_undici;
}
function forge_http_firstSet(env, names) {
    return names.map((name) => env[name]?.trim()).find((value) => value !== undefined && value !== '');
}
async function dispatcherFor(env) {
    const { Agent, EnvHttpProxyAgent } = await forge_http_loadUndici();
    const httpsProxy = forge_http_firstSet(env, ['https_proxy', 'HTTPS_PROXY']);
    const httpProxy = forge_http_firstSet(env, ['http_proxy', 'HTTP_PROXY']);
    if (httpsProxy === undefined && httpProxy === undefined)
        return new Agent();
    return new EnvHttpProxyAgent({
        httpProxy: httpProxy ?? '',
        httpsProxy: httpsProxy ?? '',
        noProxy: forge_http_firstSet(env, ['no_proxy', 'NO_PROXY']) ?? '',
    });
}
/** The forge's own headers: GitHub's Bearer and API version, GitLab's PRIVATE-TOKEN. */
function forgeHeaders(forge, token) {
    const common = { 'user-agent': `${REPORTER_NAME}/${VERSION}`, 'content-type': 'application/json' };
    if (forge === 'gitlab')
        return { ...common, accept: 'application/json', 'private-token': token };
    return {
        ...common,
        accept: 'application/vnd.github+json',
        authorization: `Bearer ${token}`,
        'x-github-api-version': '2022-11-28',
    };
}
/** Without the token (as given and percent-encoded), one line, bounded. */
function scrub(text, token) {
    let out = text;
    for (const form of [token, encodeURIComponent(token)]) {
        if (form.length >= 4)
            out = out.split(form).join('[REDACTED]');
    }
    const line = plainText(out);
    return line.length > 300 ? `${line.slice(0, 300)}…` : line;
}
function headerMap(headers) {
    const out = {};
    for (const [name, value] of Object.entries(headers)) {
        if (value !== undefined)
            out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
    }
    return out;
}
/** `retry-after` in seconds or an HTTP date, or GitHub's `x-ratelimit-reset` (epoch seconds). */
function retryAfterMs(headers, now = Date.now()) {
    const after = headers['retry-after'];
    if (after !== undefined) {
        const seconds = Number(after);
        if (Number.isFinite(seconds))
            return Math.max(0, seconds * 1000);
        const date = Date.parse(after);
        if (Number.isFinite(date))
            return Math.max(0, date - now);
    }
    const reset = Number(headers['x-ratelimit-reset']);
    if (headers['x-ratelimit-remaining'] === '0' && Number.isFinite(reset))
        return Math.max(0, reset * 1000 - now);
    return undefined;
}
/** What a forge's error answer says (`message`, GitLab's `message: {note: [...]}`, `error`). */
function forge_http_serverMessage(text) {
    try {
        const json = JSON.parse(text);
        const message = json.message ?? json.error;
        if (typeof message === 'string')
            return message;
        if (message !== undefined)
            return JSON.stringify(message);
    }
    catch {
        // not JSON: the text itself
    }
    return text;
}
async function createForgeHttp(options) {
    const settings = { ...FORGE_DEFAULTS, ...stripUndefined(options) };
    const label = options.forge === 'gitlab' ? 'GitLab API' : 'GitHub API';
    const root = new URL(options.baseUrl.replace(/\/+$/, '') + '/');
    const headers = forgeHeaders(options.forge, options.token);
    let dispatcher = await dispatcherFor(options.env ?? {});
    const { request } = await forge_http_loadUndici();
    let started;
    function urlOf(path) {
        if (/^https?:\/\//.test(path)) {
            const url = new URL(path);
            // A pagination link to another host would carry the token there: refused.
            if (url.origin !== root.origin)
                throw new ForgeError(`${label}: a link left ${root.host}`, 'FORGE_RESPONSE');
            return url;
        }
        return new URL(path.replace(/^\/+/, ''), root);
    }
    async function once(method, url, body, timeoutMs) {
        const controller = new AbortController();
        let timer;
        const deadline = new Promise((resolve) => {
            timer = setTimeout(() => resolve('deadline'), timeoutMs);
        });
        const exchange = (async () => {
            const res = await request(url, { method, headers, body, dispatcher, signal: controller.signal });
            const ok = res.statusCode >= 200 && res.statusCode < 300;
            const limit = ok ? settings.maxResponseBytes : MAX_ERROR_BYTES;
            const chunks = [];
            let size = 0;
            for await (const chunk of res.body) {
                size += chunk.length;
                if (size > limit) {
                    res.body.destroy();
                    if (ok) {
                        return {
                            failure: new ForgeError(`${label} ${method} ${url.host}${url.pathname}: the answer is larger than ${limit} bytes`, 'FORGE_RESPONSE'),
                            refused: false,
                        };
                    }
                    break;
                }
                chunks.push(chunk);
            }
            const text = Buffer.concat(chunks).toString('utf8');
            let json = undefined;
            if (ok && text.trim() !== '') {
                try {
                    json = JSON.parse(text);
                }
                catch {
                    return {
                        failure: new ForgeError(`${label} ${method} ${url.host}${url.pathname}: an answer that is not JSON`, 'FORGE_RESPONSE'),
                        refused: false,
                    };
                }
            }
            return { response: { status: res.statusCode, headers: headerMap(res.headers), json }, text };
        })().catch((error) => {
            const code = error.code ??
                error.cause?.code;
            const detail = scrub(error instanceof Error ? error.message : String(error), options.token);
            return {
                failure: new ForgeError(`${label} ${method} ${url.host}${url.pathname}: ${code ?? detail}`, 'FORGE_NETWORK'),
                refused: code === 'ECONNREFUSED',
            };
        });
        try {
            const outcome = await Promise.race([exchange, deadline]);
            if (outcome !== 'deadline')
                return outcome;
            controller.abort();
            const stuck = dispatcher;
            dispatcher = await dispatcherFor(options.env ?? {});
            void stuck.destroy().catch(() => undefined);
            return {
                failure: new ForgeError(`${label} ${method} ${url.host}${url.pathname}: no answer within ${timeoutMs / 1000} s`, 'FORGE_TIMEOUT'),
                refused: false,
            };
        }
        finally {
            clearTimeout(timer);
        }
    }
    async function call(method, path, opts = {}) {
        started ??= Date.now();
        const url = urlOf(path);
        const body = opts.body === undefined ? undefined : JSON.stringify(opts.body);
        const where = `${label} ${method} ${url.host}${url.pathname}`;
        let last;
        for (let attempt = 1;; attempt++) {
            const remaining = settings.deadlineMs - (Date.now() - started);
            if (remaining <= 0) {
                const deadline = `the ${settings.deadlineMs / 1000} s deadline (forge-timeout) passed`;
                const message = last === undefined ? `${where}: ${deadline}` : `${last.message}; ${deadline}`;
                throw new ForgeError(message, 'FORGE_TIMEOUT', last?.status);
            }
            const outcome = await once(method, url, body, Math.min(settings.tryTimeoutMs, remaining));
            let wait;
            if ('response' in outcome) {
                const { status } = outcome.response;
                if ((status >= 200 && status < 300) || opts.accept?.includes(status))
                    return outcome.response;
                const hinted = retryAfterMs(outcome.response.headers);
                const retryable = forge_http_RETRYABLE_STATUS.has(status) || (status === 403 && hinted !== undefined);
                const error = new ForgeError(`${where}: HTTP ${status} (${scrub(forge_http_serverMessage(outcome.text), options.token) || 'no message'})`, 'FORGE_HTTP', status);
                if (!retryable || method === 'POST' || attempt >= settings.maxAttempts)
                    throw error;
                last = error;
                wait = hinted;
                const left = settings.deadlineMs - (Date.now() - started);
                if (wait !== undefined && wait >= left)
                    throw error;
            }
            else {
                const retryable = outcome.failure.code !== 'FORGE_RESPONSE';
                if (!retryable || attempt >= settings.maxAttempts || (method === 'POST' && !outcome.refused)) {
                    throw outcome.failure;
                }
                last = outcome.failure;
            }
            const backoff = wait ?? settings.baseDelayMs * 2 ** (attempt - 1);
            const left = Math.max(0, settings.deadlineMs - (Date.now() - started));
            await new Promise((resolve) => setTimeout(resolve, Math.min(backoff, left)));
        }
    }
    return {
        forge: options.forge,
        baseUrl: root.toString().replace(/\/$/, ''),
        request: call,
        close: () => dispatcher.destroy(),
    };
}
function stripUndefined(value) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}

;// CONCATENATED MODULE: ./src/forge/github.ts
/** An issue or pull request comment: 65,536 characters. */
const GITHUB_COMMENT_MAX_CHARS = 65_536;
/** A check run's `output.summary` (and `text`): 65,535 characters. */
const CHECK_SUMMARY_MAX_CHARS = 65_535;
/** Pages of 100 searched for ours, at most (a PR with more gets a new comment). */
const MAX_PAGES = 50;
/** The author of an Actions GITHUB_TOKEN's writes; GET /user answers it 403. */
const ACTIONS_BOT = { login: 'github-actions[bot]', kind: 'app' };
function github_text(value) {
    return typeof value === 'string' ? value : '';
}
/** `<url>; rel="next"` out of a Link header. */
function nextLink(link) {
    return link
        ?.split(',')
        .map((part) => /<([^>]+)>\s*;\s*rel="next"/.exec(part)?.[1])
        .find((url) => url !== undefined);
}
/** Every page of a list, following `Link` (at most MAX_PAGES). */
async function* githubPages(http, path) {
    let next = `${path}${path.includes('?') ? '&' : '?'}per_page=100`;
    for (let page = 0; next !== undefined && page < MAX_PAGES; page++) {
        const response = await http.request('GET', next);
        yield Array.isArray(response.json) ? response.json : [];
        next = nextLink(response.headers['link']);
    }
}
function repoPath(repo) {
    return `/repos/${encodeURIComponent(repo.owner)}/${encodeURIComponent(repo.repo)}`;
}
function written(json) {
    const { id, html_url } = (json ?? {});
    return { id: Number(id), url: typeof html_url === 'string' ? html_url : '' };
}
/** The token's identity: GET /user, or the Actions bot when GitHub refuses that to an app token. */
async function githubIdentity(http) {
    const response = await http.request('GET', '/user', { accept: [403] });
    if (response.status === 403)
        return ACTIONS_BOT;
    const login = response.json?.login;
    return typeof login === 'string' ? { login, kind: 'user' } : ACTIONS_BOT;
}
/** A pull request's conversation. */
function githubPullRequest(http, repo, number) {
    const base = repoPath(repo);
    let identity;
    return {
        forge: 'github',
        maxBodyChars: GITHUB_COMMENT_MAX_CHARS,
        identity: () => (identity ??= githubIdentity(http)),
        async *pages() {
            for await (const page of githubPages(http, `${base}/issues/${number}/comments`)) {
                yield page.map((c) => ({
                    id: Number(c['id']),
                    body: typeof c['body'] === 'string' ? c['body'] : '',
                    author: github_text(c['user']?.['login']),
                    system: false,
                }));
            }
        },
        create: async (body) => written((await http.request('POST', `${base}/issues/${number}/comments`, { body: { body } })).json),
        update: async (id, body) => written((await http.request('PATCH', `${base}/issues/comments/${id}`, { body: { body } })).json),
        async headSha() {
            const pull = (await http.request('GET', `${base}/pulls/${number}`)).json;
            return typeof pull?.head?.sha === 'string' ? pull.head.sha : undefined;
        },
    };
}
function checkRunOf(json) {
    const c = (json ?? {});
    return {
        id: Number(c['id']),
        externalId: typeof c['external_id'] === 'string' ? c['external_id'] : '',
        appSlug: github_text(c['app']?.['slug']),
        url: typeof c['html_url'] === 'string' ? c['html_url'] : '',
    };
}
/** The check runs of one name on a commit (the Checks API; needs `checks: write` to write). */
async function findCheckRuns(http, repo, sha, name) {
    const query = `check_name=${encodeURIComponent(name)}&filter=latest`;
    const response = await http.request('GET', `${repoPath(repo)}/commits/${encodeURIComponent(sha)}/check-runs?${query}`);
    const runs = response.json?.check_runs;
    return Array.isArray(runs) ? runs.map(checkRunOf) : [];
}
function checkRunBody(write) {
    return {
        name: write.name,
        head_sha: write.headSha,
        external_id: write.externalId,
        status: 'completed',
        conclusion: write.conclusion,
        completed_at: new Date().toISOString(),
        output: write.output,
        ...(write.detailsUrl === undefined ? {} : { details_url: write.detailsUrl }),
    };
}
async function createCheckRun(http, repo, write) {
    return checkRunOf((await http.request('POST', `${repoPath(repo)}/check-runs`, { body: checkRunBody(write) })).json);
}
async function updateCheckRun(http, repo, id, write) {
    // head_sha cannot change on PATCH; the rest is as on create.
    const body = checkRunBody(write);
    delete body['head_sha'];
    return checkRunOf((await http.request('PATCH', `${repoPath(repo)}/check-runs/${id}`, { body })).json);
}

;// CONCATENATED MODULE: ./src/forge/sticky-comment.ts
/**
 * The sticky comment: one comment (note) per request and key, found again and edited in place on
 * every run. Ours is a comment that carries our marker for this key AND was written by the token's
 * own identity: anyone can paste the marker, nobody else can post as us, so a look-alike by
 * another user is never edited (it is reported, so the log says why a second comment appeared).
 *
 * The marker records the commit the comment was made for: a run for an older commit (a slow job
 * finishing after a newer push) never overwrites the comment of the request's newer head.
 */

/** Only `[A-Za-z0-9._/-]`, no `--` (which would end the HTML comment), at most 200 characters. */
function safeKey(raw) {
    const safe = raw
        .replace(/[^A-Za-z0-9._/-]+/g, '-')
        .replace(/-{2,}/g, '-')
        .slice(0, 200);
    return safe === '' ? 'default' : safe;
}
/** `<!-- iacm-reporter:<key> commit=<sha> -->`: the key and commit are never secrets. */
function sticky_comment_stickyMarker(key, commit) {
    const sha = commit !== undefined && /^[0-9a-f]{7,64}$/i.test(commit) ? ` commit=${commit.toLowerCase()}` : '';
    return `<!-- iacm-reporter:${safeKey(key)}${sha} -->`;
}
const MARKER = /^<!-- iacm-reporter:([A-Za-z0-9._/-]+)(?: commit=([0-9a-f]{7,64}))? -->/;
/** The key and commit of a body that opens with a marker (a quote of ours does not). */
function parseMarker(body) {
    const match = MARKER.exec(body);
    if (!match?.[1])
        return undefined;
    return match[2] === undefined ? { key: match[1] } : { key: match[1], commit: match[2] };
}
async function findOurs(thread, key, login) {
    const lookalikes = [];
    for await (const page of thread.pages()) {
        for (const comment of page) {
            if (comment.system)
                continue;
            const marker = parseMarker(comment.body);
            if (marker?.key !== key)
                continue;
            if (comment.author !== login) {
                lookalikes.push(comment);
                continue;
            }
            return { ours: { ...comment, commit: marker.commit }, lookalikes };
        }
    }
    return { lookalikes };
}
/** Creates or updates our comment; throws what the forge answered when a call fails. */
async function upsertSticky(thread, request) {
    const key = safeKey(request.key);
    const identity = await thread.identity();
    const { ours, lookalikes } = await findOurs(thread, key, identity.login);
    for (const other of lookalikes) {
        request.log(`comment: left comment ${other.id} alone: it carries this step's marker but was written by ${JSON.stringify(other.author)}, not by this token's ${JSON.stringify(identity.login)}`);
    }
    if (ours === undefined && !request.post)
        return { action: 'skipped', reason: 'nothing to see (comment: on-change)' };
    const commit = request.commit?.toLowerCase();
    if (ours?.commit !== undefined && commit !== undefined && ours.commit !== commit) {
        const head = (await thread.headSha())?.toLowerCase();
        if (head !== undefined && head !== commit) {
            return {
                action: 'skipped',
                reason: `the comment is for commit ${ours.commit.slice(0, 12)}; this run's commit ${commit.slice(0, 12)} is no longer the head (${head.slice(0, 12)})`,
            };
        }
    }
    const body = `${sticky_comment_stickyMarker(key, commit)}\n${request.body}`;
    if (body.length > thread.maxBodyChars) {
        throw new ForgeError(`the comment has ${body.length} characters, more than ${thread.forge}'s ${thread.maxBodyChars}`, 'FORGE_LIMIT');
    }
    if (ours !== undefined)
        return { action: 'updated', ...(await thread.update(ours.id, body)) };
    return { action: 'created', ...(await thread.create(body)) };
}

;// CONCATENATED MODULE: ./src/forge/check-run.ts
/**
 * One check run per workspace (or merged report) and commit, named `iacm-reporter / <workspace>`,
 * written once and updated in place when the same commit runs again. Ours is a run of that name
 * on that commit with our `external_id` and, for an Actions token, written by the Actions app:
 * another app's run of the same name is left alone.
 */



/** The app an Actions GITHUB_TOKEN writes as. */
const ACTIONS_APP = 'github-actions';
/** A check run's title is one line; GitHub shows about this much. */
const TITLE_MAX = 200;
function checkRunName(workspace) {
    return `iacm-reporter / ${workspace}`;
}
async function upsertCheckRun(http, repo, request) {
    const name = checkRunName(request.workspace);
    const externalId = `iacm-reporter:${safeKey(request.workspace)}`;
    if (request.summary.length > CHECK_SUMMARY_MAX_CHARS) {
        throw new ForgeError(`the check run summary has ${request.summary.length} characters, more than GitHub's ${CHECK_SUMMARY_MAX_CHARS}`, 'FORGE_LIMIT');
    }
    const write = {
        name,
        headSha: request.headSha,
        externalId,
        conclusion: request.conclusion,
        output: { title: request.title.slice(0, TITLE_MAX), summary: request.summary },
        detailsUrl: request.detailsUrl,
    };
    const runs = await findCheckRuns(http, repo, request.headSha, name);
    const ours = runs.find((run) => run.externalId === externalId && (request.identity.kind !== 'app' || run.appSlug === ACTIONS_APP));
    if (ours !== undefined)
        return { action: 'updated', ...(await updateCheckRun(http, repo, ours.id, write)) };
    return { action: 'created', ...(await createCheckRun(http, repo, write)) };
}

;// CONCATENATED MODULE: ./src/forge/forge-target.ts
/**
 * Which pull or merge request a run belongs to, read from the CI's variables:
 * - GitHub Actions: the event file (`pull_request.number`, `pull_request.head.sha`: the head, not
 *   the merge commit in GITHUB_SHA), GITHUB_API_URL;
 * - GitLab CI (merge request pipelines): CI_MERGE_REQUEST_IID, CI_PROJECT_ID, CI_API_V4_URL;
 * - Harness CI and Drone: DRONE_PULL_REQUEST, DRONE_REPO, DRONE_REPO_LINK, DRONE_COMMIT_SHA. The
 *   link's host tells the forge (github.com; a host naming gitlab; else a `forge` setting says)
 *   and the API root: `https://api.github.com`, `https://HOST/api/v3` (GitHub Enterprise Server),
 *   `https://HOST[/prefix]/api/v4` (GitLab). That mapping is our inference from the forges' docs.
 * A `forge` or `forge-url` setting wins over what the CI says.
 */

const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);
function forge_target_set(env, name) {
    const value = env[name]?.trim();
    return value === undefined || value === '' ? undefined : value;
}
function positive(text) {
    return text !== undefined && /^\d+$/.test(text) && Number(text) > 0 ? Number(text) : undefined;
}
async function fromGitHubActions(env, settings) {
    const event = env['GITHUB_EVENT_NAME'] ?? '';
    if (!PR_EVENTS.has(event))
        return { skip: `not a pull_request event (${event || 'unknown'})` };
    const [owner, repo] = (env['GITHUB_REPOSITORY'] ?? '').split('/');
    const path = env['GITHUB_EVENT_PATH'];
    if (!owner || !repo || !path)
        return { skip: 'GITHUB_REPOSITORY or GITHUB_EVENT_PATH is not set' };
    let payload;
    try {
        payload = JSON.parse(await (0,promises_.readFile)(path, 'utf8'));
    }
    catch (error) {
        return {
            skip: `the event file could not be read (${error.code ?? 'not JSON'})`,
        };
    }
    const number = payload.pull_request?.number;
    if (typeof number !== 'number')
        return { skip: 'the event has no pull_request number' };
    const sha = payload.pull_request?.head?.sha;
    return {
        forge: 'github',
        apiUrl: settings.forgeUrl ?? forge_target_set(env, 'GITHUB_API_URL') ?? 'https://api.github.com',
        repo: { owner, repo },
        number,
        headSha: typeof sha === 'string' ? sha : undefined,
    };
}
function fromGitLabCi(env, settings) {
    const iid = positive(forge_target_set(env, 'CI_MERGE_REQUEST_IID'));
    if (iid === undefined)
        return { skip: 'not a merge request pipeline (CI_MERGE_REQUEST_IID is not set)' };
    const project = forge_target_set(env, 'CI_MERGE_REQUEST_PROJECT_ID') ?? forge_target_set(env, 'CI_PROJECT_ID');
    const apiUrl = settings.forgeUrl ?? forge_target_set(env, 'CI_API_V4_URL');
    if (project === undefined || apiUrl === undefined)
        return { skip: 'CI_PROJECT_ID or CI_API_V4_URL is not set' };
    return {
        forge: 'gitlab',
        apiUrl,
        project,
        iid,
        headSha: forge_target_set(env, 'CI_MERGE_REQUEST_SOURCE_BRANCH_SHA') ?? forge_target_set(env, 'CI_COMMIT_SHA'),
    };
}
/**
 * The forge and API root of a repository's web link (DRONE_REPO_LINK): github.com, a host naming
 * gitlab, else what the `forge` setting says; `https://api.github.com`, `https://HOST/api/v3`
 * (GitHub Enterprise Server) or `https://HOST[/prefix]/api/v4` (GitLab, which may live under a
 * path). Our inference from the forges' docs; `forge-url` wins.
 */
function apiRootOfLink(link, slug, settings) {
    let url;
    try {
        url = new URL(link);
    }
    catch {
        return { skip: 'DRONE_REPO_LINK is not a URL' };
    }
    const host = url.hostname.toLowerCase();
    const forge = settings.forge ?? (host === 'github.com' ? 'github' : /gitlab/.test(host) ? 'gitlab' : undefined);
    if (forge === undefined) {
        return {
            skip: `the repository host ${host} is neither github.com nor a GitLab host: set forge (github or gitlab)`,
        };
    }
    const pathname = url.pathname.replace(/\/+$/, '').replace(/\.git$/, '');
    const prefix = slug !== '' && pathname.endsWith(`/${slug}`) ? pathname.slice(0, -slug.length - 1) : '';
    if (settings.forgeUrl !== undefined)
        return { forge, apiUrl: settings.forgeUrl };
    if (forge === 'gitlab')
        return { forge, apiUrl: `${url.origin}${prefix}/api/v4` };
    return {
        forge,
        apiUrl: host === 'github.com' ? 'https://api.github.com' : `${url.origin}${prefix}/api/v3`,
    };
}
function fromDrone(env, settings) {
    const number = positive(forge_target_set(env, 'DRONE_PULL_REQUEST'));
    if (number === undefined)
        return { skip: 'not a pull request build (DRONE_PULL_REQUEST is not set)' };
    const slug = forge_target_set(env, 'DRONE_REPO');
    const link = forge_target_set(env, 'DRONE_REPO_LINK');
    if (slug === undefined || link === undefined)
        return { skip: 'DRONE_REPO or DRONE_REPO_LINK is not set' };
    const root = apiRootOfLink(link, slug, settings);
    if ('skip' in root)
        return root;
    const headSha = forge_target_set(env, 'DRONE_COMMIT_SHA');
    if (root.forge === 'gitlab')
        return { forge: 'gitlab', apiUrl: root.apiUrl, project: slug, iid: number, headSha };
    const [owner, repo] = slug.split('/');
    if (!owner || !repo)
        return { skip: `DRONE_REPO (${slug}) is not owner/name` };
    return { forge: 'github', apiUrl: root.apiUrl, repo: { owner, repo }, number, headSha };
}
/** The request this run reports on, or why there is none. */
async function forgeTarget(env, settings = {}) {
    let target;
    if (env['GITHUB_ACTIONS'] === 'true')
        target = await fromGitHubActions(env, settings);
    else if (env['GITLAB_CI'] === 'true' || forge_target_set(env, 'CI_MERGE_REQUEST_IID') !== undefined)
        target = fromGitLabCi(env, settings);
    else if (forge_target_set(env, 'DRONE_PULL_REQUEST') !== undefined ||
        env['DRONE'] === 'true' ||
        env['HARNESS_BUILD_ID'] !== undefined)
        target = fromDrone(env, settings);
    else
        return { skip: 'no pull or merge request in this CI (GitHub Actions, GitLab CI, Harness CI or Drone)' };
    if ('forge' in target && settings.forge !== undefined && target.forge !== settings.forge) {
        return { skip: `forge is ${settings.forge}, but this CI builds a ${target.forge} request` };
    }
    return target;
}
/** The variable a token is read from when no setting gives one. */
function tokenVariable(forge) {
    return forge === 'gitlab' ? 'GITLAB_TOKEN' : 'GITHUB_TOKEN';
}
/** The default comment key: the CI's pipeline and job names, so each job keeps its own comment. */
function defaultCommentKey(env) {
    if (env['GITHUB_ACTIONS'] === 'true')
        return `${env['GITHUB_WORKFLOW'] ?? 'workflow'}/${env['GITHUB_JOB'] ?? 'job'}`;
    if (env['GITLAB_CI'] === 'true')
        return `gitlab/${env['CI_JOB_NAME'] ?? 'job'}`;
    const stage = env['DRONE_STAGE_NAME'] ?? env['HARNESS_STAGE_ID'];
    const step = env['DRONE_STEP_NAME'] ?? env['HARNESS_STEP_ID'];
    if (stage !== undefined || step !== undefined)
        return `${stage ?? 'stage'}/${step ?? 'step'}`;
    return 'iacm-report';
}
/** The CI run's page, for a comment written when no report could be built. */
function forge_target_runLinkOf(env) {
    const server = forge_target_set(env, 'GITHUB_SERVER_URL');
    const repo = forge_target_set(env, 'GITHUB_REPOSITORY');
    const id = forge_target_set(env, 'GITHUB_RUN_ID');
    const link = server !== undefined && repo !== undefined && id !== undefined
        ? `${server}/${repo}/actions/runs/${id}`
        : (forge_target_set(env, 'CI_JOB_URL') ?? forge_target_set(env, 'CI_PIPELINE_URL') ?? forge_target_set(env, 'DRONE_BUILD_LINK'));
    return link !== undefined && /^https?:\/\/[^\s<>()[\]`]+$/.test(link) ? link : undefined;
}

;// CONCATENATED MODULE: ./src/forge/gitlab.ts
/** A note's body: GitLab refuses more than 1,000,000 characters. */
const GITLAB_NOTE_MAX_CHARS = 1_000_000;
/** Pages of 100 searched for ours, at most. */
const gitlab_MAX_PAGES = 50;
function gitlab_text(value) {
    return typeof value === 'string' ? value : '';
}
/** `:id` of a project: the numeric id, or the `group/name` path URL-encoded as one segment. */
function projectPath(project) {
    return `/projects/${encodeURIComponent(project)}`;
}
/** Every page of a list, following `x-next-page` (at most MAX_PAGES). */
async function* gitlabPages(http, path) {
    const join = path.includes('?') ? '&' : '?';
    let page = '1';
    for (let seen = 0; page !== undefined && page !== '' && seen < gitlab_MAX_PAGES; seen++) {
        const response = await http.request('GET', `${path}${join}per_page=100&page=${encodeURIComponent(page)}`);
        yield Array.isArray(response.json) ? response.json : [];
        page = response.headers['x-next-page'];
    }
}
async function gitlabIdentity(http) {
    const user = (await http.request('GET', '/user')).json;
    if (typeof user?.username !== 'string')
        throw new Error('GitLab API GET /user: no username in the answer');
    return { login: user.username, kind: 'user' };
}
function gitlab_written(json, webUrl) {
    const id = Number(json?.id);
    return { id, url: webUrl === undefined ? '' : `${webUrl}#note_${id}` };
}
/** A merge request's notes. */
function gitlabMergeRequest(http, project, iid) {
    const base = `${projectPath(project)}/merge_requests/${iid}`;
    let identity;
    let webUrl;
    async function headSha() {
        const mr = (await http.request('GET', base)).json;
        if (typeof mr?.web_url === 'string')
            webUrl = mr.web_url;
        return typeof mr?.sha === 'string' ? mr.sha : undefined;
    }
    return {
        forge: 'gitlab',
        maxBodyChars: GITLAB_NOTE_MAX_CHARS,
        identity: () => (identity ??= gitlabIdentity(http)),
        async *pages() {
            for await (const page of gitlabPages(http, `${base}/notes?sort=asc&order_by=created_at`)) {
                yield page.map((n) => ({
                    id: Number(n['id']),
                    body: typeof n['body'] === 'string' ? n['body'] : '',
                    author: gitlab_text(n['author']?.['username']),
                    system: n['system'] === true,
                }));
            }
        },
        async create(body) {
            // The merge request's web_url makes the note's link for the log.
            if (webUrl === undefined)
                await headSha();
            return gitlab_written((await http.request('POST', `${base}/notes`, { body: { body } })).json, webUrl);
        },
        async update(id, body) {
            if (webUrl === undefined)
                await headSha();
            return gitlab_written((await http.request('PUT', `${base}/notes/${id}`, { body: { body } })).json, webUrl);
        },
        headSha,
    };
}

;// CONCATENATED MODULE: ./src/run/markdown-file.ts
/**
 * `--markdown <file>` (CLI) and `markdown-file` (plugin): the same GitHub-flavoured summary the
 * Action writes to its job summary, within its 1 MiB, or within a comment's 65,536 characters
 * (`markdown-budget: comment`) for a tool that posts it somewhere else.
 */





/** Writes the file when asked; a file that cannot be written is a warning (the report is sent). */
async function writeMarkdownFile(review, render, io) {
    if (review.markdownFile === undefined)
        return;
    const budget = review.markdownBudget === 'comment' ? text_budget_COMMENT_BUDGET : JOB_SUMMARY_BUDGET;
    try {
        await (0,promises_.writeFile)((0,external_node_path_.resolve)(io.cwd, review.markdownFile), redact_redactSecrets(render(budget), io.secrets), 'utf8');
    }
    catch (error) {
        io.warn(`markdown: could not write ${review.markdownFile}: ${describeError(error)}`);
    }
}

;// CONCATENATED MODULE: ./src/reporter/failure-summary.ts
/**
 * What a pull request and the job summary say when no report could be built or sent (the plan
 * step failed, so there is no plan JSON; the event could not be delivered): a 🛑 verdict, the
 * one-line reason, the commit and the run. Replacing the last "✅ no changes" with this is the
 * point: silence would leave a green comment standing over a failed run.
 */

function failure_summary_renderFailureMarkdown(facts) {
    const where = [
        facts.commit === undefined ? undefined : `commit ${codeSpan(facts.commit.slice(0, 12))}`,
        facts.runUrl === undefined ? undefined : `[CI run](${facts.runUrl})`,
    ].filter((part) => part !== undefined);
    return [
        '### 🛑 Harness IaCM: the report could not be built',
        '',
        '> [!CAUTION]',
        `> ${escapeMarkdown(facts.reason, 1000)}`,
        '',
        'Nothing in this comment describes the current plan: fix the step and run it again.',
        ...(where.length > 0 ? ['', where.join(' · ')] : []),
        '',
    ].join('\n');
}
/** The same in plain words, for a check run title or a log line. */
function failureTitle() {
    return 'The report could not be built';
}

;// CONCATENATED MODULE: ./src/run/review.ts
/**
 * The review where the code lives, for every entry: the sticky comment (GitHub pull request or
 * GitLab merge request) and the GitHub check run, written after the report. The entries call
 * `publishReview` once with what they built (or `publishFailure` when nothing could be built);
 * the forge calls are in src/forge. Whatever goes wrong here is a warning: the report is already
 * sent and its exit code is the step's.
 */














/** A forge's refusal is worded by the forge layer (no token in it); anything else as usual. */
function why(error) {
    return error instanceof ForgeError ? error.message : describeError(error);
}
/** A GitLab note may be far longer than a GitHub comment; both stay within the marker's room. */
function budgetFor(thread, head) {
    const limit = thread.forge === 'gitlab' ? { maxChars: thread.maxBodyChars } : text_budget_COMMENT_BUDGET;
    return text_budget_shrinkBudget(limit, head);
}
/** The forge client for this run, or undefined (with the reason logged) when there is none. */
async function review_open(review, io, what) {
    const target = await forgeTarget(io.env, review);
    if ('skip' in target) {
        io.log(`${what}: skipped, ${target.skip}`);
        return undefined;
    }
    const token = review.token ?? io.env[tokenVariable(target.forge)]?.trim();
    if (token === undefined || token === '') {
        io.warn(`${what}: skipped, no ${target.forge === 'gitlab' ? 'GitLab' : 'GitHub'} token (set the token setting or ${tokenVariable(target.forge)})`);
        return undefined;
    }
    const http = await createForgeHttp({
        forge: target.forge,
        baseUrl: target.apiUrl,
        token,
        deadlineMs: review.forgeTimeout * 1000,
        env: io.env,
    });
    const thread = target.forge === 'github'
        ? githubPullRequest(http, target.repo, target.number)
        : gitlabMergeRequest(http, target.project, target.iid);
    return { target, http, thread, key: review.commentKey ?? defaultCommentKey(io.env) };
}
/** A GitHub comment's whole body: the marker, then the summary within what is left of 65,536. */
function stickyBody(model, key, facts, commit) {
    const head = `${stickyMarker(key, commit)}\n`;
    return head + renderMarkdownSummary(model, { budget: shrinkBudget(COMMENT_BUDGET, head), facts });
}
function worthPosting(review, report) {
    const { model, facts } = report;
    return (review.comment === 'always' ||
        model.hasChanges ||
        model.hasDrift ||
        model.erroredPlans.length > 0 ||
        facts.gates.length > 0 ||
        verdictOf(model, facts).severity !== 'ok');
}
function review_clean(text, io) {
    // Well-formed: a lone surrogate would go out as `\ud800` in the JSON body.
    return wellFormed(redact_redactSecrets(text, io.secrets));
}
async function comment(opened, review, report, io) {
    const { thread, key, target } = opened;
    const head = `${sticky_comment_stickyMarker(key, target.headSha)}\n`;
    const budget = budgetFor(thread, head);
    const body = report.render
        ? report.render(budget)
        : markdown_summary_renderMarkdownSummary(report.model, { budget, facts: report.facts });
    const result = await upsertSticky(thread, {
        key,
        commit: target.headSha,
        body: review_clean(body, io),
        post: worthPosting(review, report),
        log: io.log,
    });
    io.log(result.action === 'skipped'
        ? `comment: skipped, ${result.reason}`
        : `comment: ${result.action} ${result.url}`);
}
/** Verdict-led: a tripped gate fails the check, anything a reviewer must look at is neutral. */
function checkConclusion(model, facts) {
    if (facts.gates.length > 0)
        return 'failure';
    return verdictOf(model, facts).severity === 'ok' ? 'success' : 'neutral';
}
function verdictTitle(model, facts) {
    const parts = verdictOf(model, facts).parts.map((part) => part.text);
    return parts.length > 0 ? parts.join(' · ') : 'no changes';
}
async function checkRun(opened, report, io) {
    const { target, http } = opened;
    if (target.forge !== 'github') {
        io.log('check run: skipped, check runs are a GitHub feature (GitLab shows the pipeline status)');
        return;
    }
    if (target.headSha === undefined) {
        io.warn('check run: skipped, the pull request head commit is unknown');
        return;
    }
    const budget = { maxChars: CHECK_SUMMARY_MAX_CHARS };
    const summary = report.render
        ? report.render(budget)
        : markdown_summary_renderMarkdownSummary(report.model, { budget, facts: report.facts });
    const result = await upsertCheckRun(http, target.repo, {
        workspace: report.facts.workspace ?? 'report',
        headSha: target.headSha,
        conclusion: checkConclusion(report.model, report.facts),
        title: review_clean(verdictTitle(report.model, report.facts), io),
        summary: review_clean(summary, io),
        detailsUrl: report.facts.runUrl,
        identity: await opened.thread.identity(),
    });
    io.log(`check run: ${result.action} ${result.url}`);
}
/** Writes the comment and the check run the settings ask for. Never throws. */
async function publishReview(review, report, io) {
    if (review.comment === 'off' && !review.checkRun)
        return;
    const opened = await review_open(review, io, review.comment === 'off' ? 'check run' : 'comment').catch((error) => {
        io.warn(`comment: ${why(error)}`);
        return undefined;
    });
    if (opened === undefined)
        return;
    try {
        if (review.comment !== 'off') {
            await comment(opened, review, report, io).catch((error) => io.warn(`comment: could not write the ${opened.target.forge === 'gitlab' ? 'merge request note' : 'pull request comment'}: ${why(error)}`));
        }
        if (review.checkRun) {
            await checkRun(opened, report, io).catch((error) => io.warn(`check run: could not write it: ${why(error)}`));
        }
    }
    finally {
        await opened.http.close();
    }
}
/**
 * Everything an entry does for the review once it has a report, in one call: the Markdown file
 * (`--markdown`), the sticky comment, the check run. Never throws.
 */
async function finishReview(review, report, io) {
    const render = report.render ?? ((budget) => markdown_summary_renderMarkdownSummary(report.model, { budget, facts: report.facts }));
    await writeMarkdownFile(review, render, io);
    await publishReview(review, report, io);
}
/** The 🛑 Markdown for a run that built no report (job summary and comment alike). */
function failureMarkdown(reason, env, secrets) {
    return redactSecrets(renderFailureMarkdown({ reason, runUrl: runLinkOf(env), commit: commitOf(env) }), secrets);
}
/** The commit a run is for, before any report says so. */
function commitOf(env) {
    return (env['CI_MERGE_REQUEST_SOURCE_BRANCH_SHA'] ??
        env['CI_COMMIT_SHA'] ??
        env['DRONE_COMMIT_SHA'] ??
        env['GITHUB_SHA']);
}
/**
 * When the report could not be built or sent: the sticky comment (same key) becomes a 🛑 comment
 * saying so. Only when commenting is on; never over a newer commit's comment. Never throws.
 */
async function publishFailure(review, reason, io) {
    if (review.comment === 'off')
        return;
    const opened = await review_open(review, io, 'comment').catch((error) => {
        io.warn(`comment: ${why(error)}`);
        return undefined;
    });
    if (opened === undefined)
        return;
    try {
        const commit = opened.target.headSha ?? commitOf(io.env);
        const body = failure_summary_renderFailureMarkdown({ reason, commit, runUrl: forge_target_runLinkOf(io.env) });
        const result = await upsertSticky(opened.thread, {
            key: opened.key,
            commit: opened.target.headSha,
            body: review_clean(body, io),
            post: true,
            log: io.log,
        });
        io.log(result.action === 'skipped'
            ? `comment: skipped, ${result.reason}`
            : `comment: ${result.action} ${result.url} (the report could not be built)`);
    }
    catch (error) {
        io.warn(`comment: could not write the failure comment: ${why(error)}`);
    }
    finally {
        await opened.http.close();
    }
}

;// CONCATENATED MODULE: ./src/cli/flag-help.ts
/**
 * Usage mistakes turned into help: the nearest known flag for a misspelt one ("did you mean
 * --plan?"), and the tell-tale of a glob the shell expanded before we saw it (several plan files
 * where one value was expected).
 */
/** Edit distance (insert, delete, substitute, swap of neighbours), small strings only. */
function editDistance(a, b) {
    const rows = a.length + 1;
    const cols = b.length + 1;
    const d = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i < rows; i++) {
        for (let j = 1; j < cols; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let best = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                best = Math.min(best, d[i - 2][j - 2] + 1);
            d[i][j] = best;
        }
    }
    return d[a.length][b.length];
}
/**
 * The known flag closest to `given` (`--plna` -> `--plan`), or undefined when none is close:
 * at most a third of the name's letters wrong (at least one), or `given` a prefix of one flag only.
 */
function nearestFlag(given, known) {
    const name = given.replace(/^-+/, '').split('=')[0] ?? '';
    if (name === '')
        return undefined;
    const prefixed = known.filter((flag) => flag.startsWith(name));
    if (prefixed.length === 1)
        return `--${prefixed[0]}`;
    let best;
    for (const flag of known) {
        const distance = editDistance(name, flag);
        if (best === undefined || distance < best.distance)
            best = { flag, distance };
    }
    const allowed = Math.max(1, Math.floor(name.length / 3));
    return best !== undefined && best.distance <= allowed ? `--${best.flag}` : undefined;
}

;// CONCATENATED MODULE: ./src/cli/command-runner.ts
/**
 * What the send / ttl / pipelines commands share: strict flag parsing that fails as a one-line
 * UsageError, the HttpOptions a command uses, and the last line of defence that turns any error
 * into one redacted stderr line and an exit code.
 */






function parseFlags(argv, options, command, allowPositionals = false) {
    try {
        return (0,external_node_util_.parseArgs)({ args: argv, options, strict: true, allowPositionals });
    }
    catch (error) {
        throw new UsageError(usageMessage(error, Object.keys(options), command), 'USAGE', { cause: error });
    }
}
/** parseArgs's message, with the nearest known flag for an unknown one, and where to read more. */
function usageMessage(error, known, command) {
    const help = `see iacm-report ${command} --help`;
    const code = error.code;
    const unknown = /^Unknown option '([^']+)'/.exec(error.message)?.[1];
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && unknown !== undefined) {
        const nearest = nearestFlag(unknown, known);
        return `unknown flag ${unknown}${nearest === undefined ? '' : `: did you mean ${nearest}?`} (${help})`;
    }
    // parseArgs says what is wrong; the pointer says where to read more.
    return `${error.message} (${help})`;
}
function httpOptionsFor(io, overrides) {
    return { env: io.env, log: (line) => io.stderr(`iacm-report: ${line}\n`), ...overrides.http };
}
/** Runs a command body; errors become `iacm-report: error: <one line>` on stderr and an exit code. */
async function runCommand(argv, io, body) {
    const secrets = apiKeyCandidates(argv, io.env);
    try {
        return await body();
    }
    catch (error) {
        io.stderr(`iacm-report: error: ${redact(describeError(error, SETTING_NAMES.cli), secrets)}\n`);
        return exitCodeOf(error);
    }
}

;// CONCATENATED MODULE: ./src/cli/report-command.ts
/**
 * `iacm-report [report] --plan <file|glob> ... [--dry-run]`: the main job. In dry-run mode stdout
 * carries the request body and nothing else; everything for people goes to stderr.
 */










/** The table's CLI rows (config/settings.ts), and the flags only the command line has. */
const options = {
    ...REPORT_FLAG_OPTIONS,
    quiet: { type: 'boolean', short: 'q' },
};
/** --help: the settings are the table's CLI rows (settings-usage.ts), never listed here. */
const REPORT_USAGE = `Usage: iacm-report [report] [options]

Read plans, drift, a Terragrunt tree and Infracost costs, and send one event to Harness IaCM.

${sectionUsage(['inputs', 'event', 'delivery', 'partial', 'uploads', 'gates', 'review', 'connection'])}
Proxies: HTTPS_PROXY, HTTP_PROXY, NO_PROXY.
Other:
  -q, --quiet                  no summary and no progress on stderr (warnings and errors still)
  -V, --version                print the version and exit

Exit codes: 0 success, 2 bad input or usage, 1 any other failure.
Other commands: iacm-report merge | send | upload | ttl | pipelines --help`;
function report_command_run(argv, io, overrides = {}) {
    return runCommand(argv, io, () => report(argv, io, overrides));
}
async function report(argv, io, overrides) {
    const { values, positionals } = parseFlags(argv, options, 'report', true);
    if (positionals.length > 0) {
        const given = values;
        const inputs = [given['plan'], given['drift']].flat().filter((v) => typeof v === 'string');
        throw strayArguments(positionals, inputs);
    }
    const config = reportConfigFromFlags(values, io.env);
    const quiet = values.quiet === true;
    const log = quiet ? () => undefined : (line) => io.stderr(`${line}\n`);
    const progress = !quiet && io.stderrIsTty ? new ProgressLine(io) : undefined;
    const stopListening = progress === undefined ? undefined : io.onInterrupt?.(() => progress.erase());
    let outcome;
    try {
        outcome = await runReport(config, {
            env: io.env,
            cwd: io.cwd,
            log: (line) => {
                progress?.erase();
                log(line);
            },
            progress: progress === undefined ? undefined : (done, total) => progress.draw(done, total),
            http: httpOptionsFor(io, overrides),
        });
    }
    catch (error) {
        // No report: the pull request says so instead of keeping an older run's verdict.
        await publishFailure(config.review, plainText(describeError(error, SETTING_NAMES.cli)), reviewIo(io, config.connection.apiKey, quiet));
        throw error;
    }
    finally {
        // Done or failed: the progress line leaves no trace above the summary or the error.
        progress?.erase();
        stopListening?.();
    }
    if (config.dryRun)
        io.stdout(`${outcome.body}\n`);
    const { delivery, facts, model } = outcome;
    if (quiet) {
        // Warnings are part of the summary; without it they still deserve a line each.
        for (const warning of model.warnings)
            io.stderr(`iacm-report: warning: ${plainText(warning)}\n`);
    }
    else {
        log(renderTextSummary(model, { facts }));
    }
    await finishReview(config.review, { model, facts }, { ...reviewIo(io, config.connection.apiKey, quiet), cwd: io.cwd });
    if (delivery.kind === 'spooled') {
        io.stderr(`iacm-report: error: ${describeError(delivery.error, SETTING_NAMES.cli)}\n` +
            `iacm-report: the report was saved to ${delivery.file}; send it later with: iacm-report send --payload ${delivery.file}\n`);
        return EXIT_FAILURE;
    }
    for (const gate of outcome.gates)
        io.stderr(`iacm-report: gate failed: ${gateMessage(gate)}\n`);
    return outcome.gates.length > 0 ? EXIT_FAILURE : EXIT_OK;
}
/** The review's lines: progress on stderr (not with -q), warnings always. */
function reviewIo(io, apiKey, quiet) {
    return {
        env: io.env,
        secrets: [apiKey],
        log: (line) => {
            if (!quiet)
                io.stderr(`${plainText(line)}\n`);
        },
        warn: (line) => io.stderr(`iacm-report: warning: ${plainText(line)}\n`),
    };
}
/**
 * Arguments that belong to no flag. After --plan/--drift they are almost always the files of an
 * unquoted glob the shell expanded (`--plan plans/*.json` became `--plan a.json b.json`).
 */
function strayArguments(positionals, planValues) {
    const shown = positionals
        .slice(0, 3)
        .map((p) => plainText(p))
        .join(', ');
    const more = positionals.length > 3 ? ` and ${positionals.length - 3} more` : '';
    if (planValues !== undefined && planValues.length > 0) {
        return new UsageError(`unexpected argument${positionals.length === 1 ? '' : 's'} ${shown}${more}: the shell expanded an unquoted glob; ` +
            `quote the glob (--plan 'plans/*.json'), or repeat --plan for each file`);
    }
    return new UsageError(`unexpected argument ${shown}${more}: every input needs its flag (see iacm-report report --help)`);
}
/**
 * Units read / total on one self-rewriting stderr line (only on a terminal, never with -q),
 * erased when the reading ends, fails or is interrupted, so no "128/300^C" stays behind.
 */
class ProgressLine {
    io;
    drawn = false;
    constructor(io) {
        this.io = io;
    }
    draw(done, total) {
        if (done >= total && total > 0) {
            this.erase();
            return;
        }
        this.drawn = true;
        this.io.stderr(`\r\u001b[2KReading Terragrunt units: ${done}/${total}`);
    }
    erase() {
        if (!this.drawn)
            return;
        this.io.stderr('\r\u001b[2K');
        this.drawn = false;
    }
}

;// CONCATENATED MODULE: ./src/cli/merge-command.ts
/**
 * `iacm-report merge <file|glob>... [--dry-run] [--expect-legs N] [--allow-mixed] [--comment-only]`:
 * the reduce side of partial reports. One event from every leg's partial (stdout carries the body
 * on a dry run, as for a report), or with `--comment-only` one summary over many workspaces
 * (Markdown on stdout) and nothing sent.
 */
















/** The report's event, delivery, connection and gate rows of the settings table. */
const SHARED_ROWS = settingsOf('cli').filter((row) => ['event', 'delivery', 'connection', 'gates', 'review'].includes(row.section));
/** The merge's own flags -> their config paths. */
const MERGE_FLAGS = {
    'expect-legs': 'merge.expectLegs',
    'allow-mixed': 'merge.allowMixed',
    'comment-only': 'merge.commentOnly',
};
const merge_command_options = {
    ...flagOptions(SHARED_ROWS),
    'expect-legs': { type: 'string' },
    'allow-mixed': { type: 'boolean' },
    'comment-only': { type: 'boolean' },
    quiet: { type: 'boolean', short: 'q' },
};
const MERGE_USAGE = `Usage: iacm-report merge <file|glob>... [options]

Merge the partial reports that CI legs wrote with --save-partial into one event (one summary),
as if one run had read everything the legs read.

  --dry-run                    print the merged request body on stdout; send nothing
  --expect-legs <n>            the run has n legs: fewer partials make the event incomplete and
                               the summary names the gap (a leg that failed makes it a failure)
  --allow-mixed                accept partials of different workspaces or commits
  --comment-only               legs that each sent to their own workspace: print one Markdown
                               summary over all of them on stdout (one section per workspace);
                               send nothing
  --event-type, --activity-type, --activity-status, --provisioner   override, as for a report
  --spool-dir <dir>            where an undeliverable body is saved
${CONNECTION_USAGE}

Gates (exit 1 after the report is sent):
  --fail-on-drift, --fail-on-destroy, --max-monthly-cost-increase <amount>
  -q, --quiet                  no summary on stderr

Pull/merge request review (as for a report; see docs/pull-requests.md):
  --comment <mode>, --comment-key <key>, --forge github|gitlab, --forge-url <url>,
  --forge-token <token>, --forge-timeout <seconds>, --check-run, --markdown <file>,
  --markdown-budget summary|comment

Exit codes: 0 success, 2 bad input or usage, 1 any other failure.`;
function merge_command_run(argv, io, overrides = {}) {
    return runCommand(argv, io, () => merge_command_merge(argv, io, overrides));
}
function merge_command_parse(argv) {
    try {
        return (0,external_node_util_.parseArgs)({ args: argv, options: merge_command_options, strict: true, allowPositionals: true });
    }
    catch (error) {
        throw new UsageError(`${error.message} (see iacm-report merge --help)`);
    }
}
/** One line naming the flag (or the file arguments) the first issue is about. */
function mergeIssueError(issues) {
    const issue = issues[0];
    if (issue === undefined)
        return new UsageError('invalid configuration', 'CONFIG_INVALID');
    const rule = ruleError(issue, 'cli');
    if (rule)
        return rule;
    const path = issuePath(issue);
    if (path === 'merge.partials')
        return new UsageError(`merge <file|glob>: ${issue.message}`, 'CONFIG_INVALID');
    const flag = Object.entries(MERGE_FLAGS).find(([, at]) => at === path)?.[0];
    if (flag !== undefined)
        return new UsageError(`--${flag}: ${issue.message}`, 'CONFIG_INVALID');
    return cliIssueError(issues);
}
async function merge_command_merge(argv, io, overrides) {
    const { values, positionals } = merge_command_parse(argv);
    const input = configInputFromFlags(SHARED_ROWS, values, io.env);
    setPath(input, 'merge.partials', positionals);
    for (const [flag, path] of Object.entries(MERGE_FLAGS)) {
        const value = values[flag];
        if (value !== undefined)
            setPath(input, path, value);
    }
    const parsed = mergeConfigSchema.safeParse(input);
    if (!parsed.success)
        throw mergeIssueError(parsed.error.issues);
    const config = parsed.data;
    const log = values.quiet ? () => undefined : (line) => io.stderr(`${line}\n`);
    const review = reviewIo(io, config.connection.apiKey, values.quiet === true);
    const outcome = await runMerge(config, {
        env: io.env,
        cwd: io.cwd,
        log,
        http: httpOptionsFor(io, overrides),
    }).catch(async (error) => {
        await publishFailure(config.review, plainText(describeError(error, SETTING_NAMES.cli)), review);
        throw error;
    });
    const render = outcome.kind === 'comment-only'
        ? (budget) => renderWorkspacesMarkdown(outcome.sections, outcome.notes, budget)
        : undefined;
    await finishReview(config.review, { model: outcome.model, facts: outcome.facts, render }, { ...review, cwd: io.cwd });
    if (outcome.kind === 'comment-only') {
        io.stdout(renderWorkspacesMarkdown(outcome.sections, outcome.notes, text_budget_COMMENT_BUDGET));
        log(renderWorkspacesText(outcome.sections, outcome.notes));
    }
    else {
        if (config.dryRun)
            io.stdout(`${outcome.body}\n`);
        if (values.quiet) {
            // Warnings (failed and missing legs first) are part of the summary; without it, a line each.
            for (const warning of outcome.model.warnings)
                io.stderr(`iacm-report: warning: ${plainText(warning)}\n`);
        }
        else {
            log(renderTextSummary(outcome.model, { facts: outcome.facts }));
        }
        const { delivery } = outcome;
        if (delivery.kind === 'spooled') {
            io.stderr(`iacm-report: error: ${describeError(delivery.error, SETTING_NAMES.cli)}\n` +
                `iacm-report: the report was saved to ${delivery.file}; send it later with: iacm-report send --payload ${delivery.file}\n`);
            return EXIT_FAILURE;
        }
        if (delivery.kind === 'sent')
            log('Merged event delivered to Harness IaCM.');
    }
    for (const gate of outcome.gates)
        io.stderr(`iacm-report: gate failed: ${gateMessage(gate)}\n`);
    return outcome.gates.length > 0 ? EXIT_FAILURE : EXIT_OK;
}

;// CONCATENATED MODULE: ./src/cli/pipelines-command.ts
/** `iacm-report pipelines [--json]`: the pipelines that use a workspace, every page of them. */




const PIPELINES_USAGE = `Usage: iacm-report pipelines [--json] [connection]

List the pipelines that use the workspace: one identifier per line, or with --json one object
{ "account", "org", "project", "workspace", "pipelines": [...] }.

${CONNECTION_USAGE}

Exit codes: 0 listed (even when none), 2 bad flags, 1 the API call failed.`;
const pipelines_command_options = {
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
    ...connectionOptions,
};
async function pipelines_command_run(argv, io, overrides = {}) {
    return runCommand(argv, io, async () => {
        const { values } = parseFlags(argv, pipelines_command_options, 'pipelines');
        if (values.help) {
            io.stdout(`${PIPELINES_USAGE}\n`);
            return EXIT_OK;
        }
        const conn = connectionFromFlags(values, io.env, { require: true });
        const result = await listWorkspacePipelines(conn, httpOptionsFor(io, overrides));
        if (values.json) {
            const json = {
                account: result.account ?? conn.accountId,
                org: result.org ?? conn.org,
                project: result.project ?? conn.project,
                workspace: conn.workspace,
                pipelines: result.pipelines,
            };
            io.stdout(`${JSON.stringify(json, null, 2)}\n`);
        }
        else {
            io.stdout(result.pipelines.map((id) => `${id}\n`).join(''));
            if (result.pipelines.length === 0)
                io.stderr(`iacm-report: no pipeline uses workspace ${conn.workspace ?? ''}\n`);
        }
        if (result.truncated) {
            io.stderr(`iacm-report: warning: stopped after ${result.pipelines.length} pipelines (page limit); the list may be incomplete\n`);
        }
        return EXIT_OK;
    });
}

;// CONCATENATED MODULE: ./src/cli/send-command.ts
/**
 * `iacm-report send --payload <file|->`: deliver a body saved earlier (by a failed report run, or
 * written by hand). The body is checked against the event schema, then sent exactly as read.
 */









const SEND_USAGE = `Usage: iacm-report send --payload <file|-> [connection]

Send a saved event body (for example the file a failed report run names) to Harness IaCM.
  --payload <file|->   the body; - reads standard input

${CONNECTION_USAGE}

Exit codes: 0 sent, 2 bad payload or usage, 1 the API call failed.`;
const send_command_options = {
    payload: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
    ...connectionOptions,
};
/**
 * The body: a regular file (a FIFO or a device such as /dev/zero is refused) or standard input,
 * either at most MAX_PAYLOAD_BYTES, so an endless input cannot grow the process.
 */
async function readPayload(source, io) {
    if (source === '-') {
        if (io.stdin === undefined)
            throw new UsageError('--payload - needs a body on standard input');
        return { name: 'standard input', bytes: await readStream(io.stdin, 'standard input', MAX_PAYLOAD_BYTES) };
    }
    return { name: source, bytes: await readInput((0,external_node_path_.resolve)(io.cwd, source), source, MAX_PAYLOAD_BYTES) };
}
/** The payload as text, if it is a valid event body; InputError (exit 2) otherwise. */
function checkPayload(name, bytes) {
    let body;
    try {
        body = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        throw new InputError('INPUT_ENCODING', name, 'is not valid UTF-8');
    }
    if (body.trim() === '')
        throw new InputError('INPUT_EMPTY', name, 'is empty');
    let json;
    try {
        json = JSON.parse(body);
    }
    catch (error) {
        throw new InputError('INPUT_SYNTAX', name, `is not JSON (${error.message})`, undefined, {
            cause: error,
        });
    }
    const result = sendEventRequestSchema.safeParse(json);
    if (!result.success) {
        const issue = result.error.issues[0];
        const where = issue === undefined || issue.path.length === 0 ? '' : `${issue.path.join('.')}: `;
        throw new InputError('INPUT_INVALID', name, `is not an IaCM event body (${where}${issue?.message ?? 'invalid'})`);
    }
    return body;
}
async function send_command_run(argv, io, overrides = {}) {
    return runCommand(argv, io, async () => {
        const { values } = parseFlags(argv, send_command_options, 'send');
        if (values.help) {
            io.stdout(`${SEND_USAGE}\n`);
            return EXIT_OK;
        }
        if (values.payload === undefined || values.payload === '') {
            throw new UsageError('give the body to send with --payload <file> (or --payload - for standard input)');
        }
        const { name, bytes } = await readPayload(values.payload, io);
        const body = checkPayload(name, bytes);
        const conn = connectionFromFlags(values, io.env, { require: true });
        const warning = largeBodyWarning(body);
        if (warning !== undefined)
            io.stderr(`iacm-report: warning: ${warning}\n`);
        try {
            await sendEvent(conn, body, httpOptionsFor(io, overrides));
        }
        catch (error) {
            if (!(error instanceof ApiError))
                throw error;
            io.stderr(`iacm-report: error: ${describeError(error, SETTING_NAMES.cli)}\n`);
            if (values.payload === '-') {
                // Standard input cannot be read twice: keep the body so a retry does not need it again.
                const { file, fallback } = await spoolBody(body, { env: io.env, cwd: io.cwd });
                if (fallback !== undefined)
                    io.stderr(`iacm-report: warning: ${fallback}; using ${file}\n`);
                io.stderr(`iacm-report: the body was saved to ${file}; retry with: iacm-report send --payload ${file}\n`);
            }
            else {
                io.stderr(`iacm-report: the body is still in ${values.payload}; retry with the same command\n`);
            }
            return EXIT_FAILURE;
        }
        io.stderr(`iacm-report: event delivered to Harness IaCM (workspace ${conn.workspace ?? ''})\n`);
        return EXIT_OK;
    });
}

;// CONCATENATED MODULE: ./src/cli/ttl-options.ts


const UNIT_WORDS = {
    s: 'seconds',
    sec: 'seconds',
    secs: 'seconds',
    second: 'seconds',
    seconds: 'seconds',
    m: 'minutes',
    min: 'minutes',
    mins: 'minutes',
    minute: 'minutes',
    minutes: 'minutes',
    h: 'hours',
    hr: 'hours',
    hrs: 'hours',
    hour: 'hours',
    hours: 'hours',
    d: 'days',
    day: 'days',
    days: 'days',
};
const SECONDS = { seconds: 1, minutes: 60, hours: 3600, days: 86_400 };
const MAX_DELAY = 2_147_483_647; // int32: what a Go server behind the spec's `int` can hold
/**
 * `4h`, `2d`, `90 minutes`, `1 day`. Seconds and minutes that make whole hours or days are sent as
 * those, since the docs name only hours and days (the spec also allows seconds and minutes).
 */
function parseDelay(text, flag) {
    const match = /^\s*(\d+)\s*([a-z]*)\s*$/i.exec(text);
    if (!match)
        throw new UsageError(`--${flag} "${text}" is not a delay such as 4h, 2d or 90m`);
    const [, digits = '', word = ''] = match;
    if (word === '')
        throw new UsageError(`--${flag} "${text}" needs a unit: for example ${digits}h or ${digits}d`);
    const unit = UNIT_WORDS[word.toLowerCase()];
    if (unit === undefined) {
        throw new UsageError(`--${flag}: Harness does not take the unit "${word}"; use s, m, h or d (seconds, minutes, hours, days)`);
    }
    const value = Number(digits);
    if (value === 0)
        throw new UsageError(`--${flag} must be more than zero`);
    if (value > MAX_DELAY)
        throw new UsageError(`--${flag} "${text}" is too long`);
    if (unit === 'seconds' || unit === 'minutes') {
        const seconds = value * SECONDS[unit];
        if (seconds % SECONDS.days === 0)
            return { value: seconds / SECONDS.days, unit: 'days' };
        if (seconds % SECONDS.hours === 0)
            return { value: seconds / SECONDS.hours, unit: 'hours' };
    }
    return { value, unit };
}
/** A `YYYY-MM-DD` calendar date after today (UTC): a date that has begun is already past for Harness. */
function parseDate(text, flag, now) {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
    const date = match ? new Date(`${match[0]}T00:00:00Z`) : undefined;
    if (!match ||
        date === undefined ||
        Number.isNaN(date.getTime()) ||
        date.toISOString().slice(0, 10) !== match[0]) {
        throw new UsageError(`--${flag} "${text}" is not a date such as 2026-12-24 (YYYY-MM-DD)`);
    }
    const today = now.toISOString().slice(0, 10);
    if (match[0] <= today) {
        throw new UsageError(`--${flag} ${match[0]} is ${match[0] === today ? 'today' : 'in the past'} (today is ${today} UTC); give a later date, or a delay with --${flag.replace(/-on$/, '-after')}`);
    }
    return match[0];
}
function exclusive(flags, a, b) {
    if (flags[a] !== undefined && flags[b] !== undefined)
        throw new UsageError(`give --${a} or --${b}, not both`);
}
/** Everything the ttl command may do, checked; UsageError (exit 2) naming the conflict otherwise. */
function ttlAction(flags, now) {
    const settings = [
        'destroy-after',
        'destroy-on',
        'delete-workspace',
        'delete-after',
        'delete-on',
        'pipeline-id',
        'provisioner',
    ].filter((name) => flags[name] !== undefined);
    exclusive(flags, 'show', 'off');
    for (const mode of ['show', 'off']) {
        if (flags[mode] && settings.length > 0)
            throw new UsageError(`--${mode} cannot be combined with --${settings[0]}`);
        if (flags[mode])
            return { kind: mode };
    }
    exclusive(flags, 'destroy-after', 'destroy-on');
    exclusive(flags, 'delete-after', 'delete-on');
    if (flags['destroy-after'] === undefined && flags['destroy-on'] === undefined) {
        throw new UsageError('nothing to do: give --destroy-after <4h|2d> or --destroy-on <YYYY-MM-DD> (or --show, or --off to turn the time to live off)');
    }
    const deleteGiven = flags['delete-after'] !== undefined || flags['delete-on'] !== undefined;
    // Deleting a workspace cannot be undone, so it is never implied by a delay alone.
    if (deleteGiven && !flags['delete-workspace']) {
        throw new UsageError('--delete-after / --delete-on need --delete-workspace (deleting the workspace is never implied)');
    }
    if (flags['delete-workspace'] && !deleteGiven) {
        throw new UsageError('--delete-workspace needs --delete-after <delay> or --delete-on <YYYY-MM-DD>');
    }
    const provisioner = flags.provisioner;
    if (provisioner !== undefined && !PROVISIONERS.includes(provisioner)) {
        throw new UsageError(`--provisioner "${provisioner}" is not one of ${PROVISIONERS.join(', ')}`);
    }
    const body = {};
    if (flags['destroy-after'] !== undefined) {
        const delay = parseDelay(flags['destroy-after'], 'destroy-after');
        body.destroy_delay_value = delay.value;
        body.destroy_delay_unit = delay.unit;
    }
    else if (flags['destroy-on'] !== undefined) {
        body.destroy_on_date = parseDate(flags['destroy-on'], 'destroy-on', now);
    }
    if (flags['delete-workspace']) {
        body.delete_workspace = true;
        if (flags['delete-after'] !== undefined) {
            const delay = parseDelay(flags['delete-after'], 'delete-after');
            body.delete_delay_value = delay.value;
            body.delete_delay_unit = delay.unit;
        }
        else if (flags['delete-on'] !== undefined) {
            body.delete_on_date = parseDate(flags['delete-on'], 'delete-on', now);
            if (body.destroy_on_date !== undefined && body.delete_on_date < body.destroy_on_date) {
                throw new UsageError(`--delete-on ${body.delete_on_date} is before --destroy-on ${body.destroy_on_date}`);
            }
        }
    }
    if (flags['pipeline-id'] !== undefined)
        body.pipeline_id = flags['pipeline-id'];
    if (provisioner !== undefined)
        body.provisioner = provisioner;
    return { kind: 'set', body };
}

;// CONCATENATED MODULE: ./src/cli/ttl-command.ts
/**
 * `iacm-report ttl`: set, show or turn off a workspace's time to live (Harness "ephemeral
 * config"). Flags are checked before any call; the answer's computed destroy_at / delete_at are
 * printed on stdout as `key: value` lines for scripts.
 */





const TTL_USAGE = `Usage: iacm-report ttl (--destroy-after <delay> | --destroy-on <date>) [options] [connection]
       iacm-report ttl --show | --off [connection]

Destroy the workspace's resources after a delay or on a date (the delay counts from the last
successful apply; a workspace never applied is never destroyed).
  --destroy-after <delay>   4h, 2d, 90m, 30s, or words: 4 hours, 2 days
  --destroy-on <date>       YYYY-MM-DD, after today
  --delete-workspace        also delete the workspace, with one of:
    --delete-after <delay>  or  --delete-on <date>
  --pipeline-id <id>        the pipeline that destroys (default: Harness's Destroy pipeline)
  --provisioner <name>      terraform, opentofu or terragrunt (Harness's default: opentofu)
  --show                    print the current setting (\`status: none\` when there is none)
  --off                     turn the time to live off

${CONNECTION_USAGE}

Exit codes: 0 done, 2 bad flags, 1 the API call failed.`;
const ttl_command_options = {
    'destroy-after': { type: 'string' },
    'destroy-on': { type: 'string' },
    'delete-workspace': { type: 'boolean' },
    'delete-after': { type: 'string' },
    'delete-on': { type: 'string' },
    'pipeline-id': { type: 'string' },
    provisioner: { type: 'string' },
    show: { type: 'boolean' },
    off: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
    ...connectionOptions,
};
/** `key: value` for every scalar field, the computed times first. */
function renderConfig(config) {
    const first = ['destroy_at', 'delete_at', 'status'];
    const keys = [...first, ...Object.keys(config).filter((key) => !first.includes(key))];
    const lines = [];
    for (const key of keys) {
        const value = config[key];
        if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
            lines.push(`${key}: ${String(value)}\n`);
        }
    }
    return lines.join('');
}
async function ttl_command_run(argv, io, overrides = {}) {
    return runCommand(argv, io, async () => {
        const { values } = parseFlags(argv, ttl_command_options, 'ttl');
        if (values.help) {
            io.stdout(`${TTL_USAGE}\n`);
            return EXIT_OK;
        }
        const action = ttlAction(values, overrides.now?.() ?? new Date());
        const conn = connectionFromFlags(values, io.env, { require: true });
        const http = httpOptionsFor(io, overrides);
        const workspace = conn.workspace ?? '';
        switch (action.kind) {
            case 'show': {
                const config = await getEphemeralConfig(conn, http);
                if (config === undefined) {
                    // An answer, not an error: scripts read `status: none`, people the line on stderr.
                    io.stdout('status: none\n');
                    io.stderr(`iacm-report: workspace ${workspace} has no time to live (nothing is scheduled for destroy)\n`);
                    return EXIT_OK;
                }
                io.stdout(renderConfig(config));
                return EXIT_OK;
            }
            case 'off':
                await deleteEphemeralConfig(conn, http);
                io.stderr(`iacm-report: time to live turned off for workspace ${workspace}\n`);
                return EXIT_OK;
            case 'set': {
                const answer = await putEphemeralConfig(conn, action.body, http);
                io.stdout(renderConfig(answer));
                io.stderr(`iacm-report: time to live set for workspace ${workspace}\n`);
                if (answer.destroy_at === undefined) {
                    io.stderr('iacm-report: Harness gave no destroy_at yet: it is computed from the next successful apply\n');
                }
                return EXIT_OK;
            }
        }
    });
}

;// CONCATENATED MODULE: ./src/cli/upload-command.ts
/**
 * `iacm-report upload --data-type <type> --file <file> [--stack-path <unit>] [pipeline ids]`:
 * store one file in the workspace (`/data`), the retry a report run prints for an upload that
 * failed. Prints the stored data's id on stdout (for scripts) and Harness's policy answer on
 * stderr. The file is streamed, never printed, whatever it holds.
 */












const UPLOAD_USAGE = `Usage: iacm-report upload --data-type <type> --file <file> [options] [connection]

Store one file in the IaCM workspace (for example one a report run could not upload), and print
the stored data's id. The file is sent as it is and never printed.
  --data-type <type>           ${DATA_TYPES.join(', ')}
  --file <file>                the bytes to store
  --stack-path <path>          the Terragrunt unit the data belongs to
  --pipeline-id <id>           HARNESS_PIPELINE_ID      } all four required
  --stage-id <id>              HARNESS_STAGE_ID         }
  --pipeline-execution-id <id> HARNESS_EXECUTION_ID     }
  --pipeline-stage-id <id>     the stage execution id   }

${CONNECTION_USAGE}

Exit codes: 0 stored, 2 bad input or usage, 1 the API call failed.`;
/** The pipeline id rows of the settings table: the same flags and variables as the report's. */
const PIPELINE_ROWS = SETTINGS.filter((row) => row.path.startsWith('uploads.pipeline.'));
const upload_command_options = {
    'data-type': { type: 'string' },
    file: { type: 'string' },
    'stack-path': { type: 'string' },
    ...flagOptions(PIPELINE_ROWS),
    help: { type: 'boolean', short: 'h' },
    ...connectionOptions,
};
function pipelineIds(values, env) {
    const ids = {};
    const missing = [];
    for (const row of PIPELINE_ROWS) {
        const value = flagValue(row, values, env);
        const key = row.path.slice('uploads.pipeline.'.length);
        if (typeof value === 'string' && value.trim() !== '')
            ids[key] = value.trim();
        else
            missing.push(SETTING_NAMES.cli(row.path) ?? `--${row.name}`);
    }
    if (missing.length > 0) {
        throw new UsageError(`missing ${missing.join(', ')} (the data endpoint requires them)`);
    }
    return ids;
}
async function upload_command_run(argv, io, overrides = {}) {
    return runCommand(argv, io, async () => {
        const { values } = parseFlags(argv, upload_command_options, 'upload');
        if (values.help) {
            io.stdout(`${UPLOAD_USAGE}\n`);
            return EXIT_OK;
        }
        const dataType = values['data-type'];
        if (dataType === undefined || !DATA_TYPES.includes(dataType)) {
            throw new UsageError(`--data-type must be one of ${DATA_TYPES.join(', ')}`);
        }
        if (values.file === undefined || values.file === '')
            throw new UsageError('give the file to store with --file <file>');
        const pipeline = pipelineIds(values, io.env);
        const conn = connectionFromFlags(values, io.env, { require: true });
        const file = (0,external_node_path_.resolve)(io.cwd, values.file);
        const size = await fileSize(file, values.file);
        const stackPath = values['stack-path'] === '' ? undefined : values['stack-path'];
        try {
            const result = await createData(conn, { dataType: dataType, source: { file, size }, pipeline, stackPath }, uploadHttpOptions(size, httpOptionsFor(io, overrides)));
            const policy = combinePolicyAnswers([result.response]);
            if (policy !== undefined) {
                io.stderr(`iacm-report: policy evaluation: ${policy.level}\n`);
                for (const p of policy.policies) {
                    io.stderr(plainText(`iacm-report:   ${p.level} ${policyName(p)}${p.message ? `: ${p.message}` : ''}`) +
                        '\n');
                }
            }
            if (result.id === undefined) {
                io.stderr(`iacm-report: error: ${plainText(result.idProblem ?? 'no id')}\n`);
                return EXIT_FAILURE;
            }
            io.stdout(`${result.id}\n`);
            io.stderr(`iacm-report: stored ${values.file} as ${dataType} (${size.toLocaleString('en-US')} bytes)\n`);
            return EXIT_OK;
        }
        catch (error) {
            if (!(error instanceof ApiError))
                throw error;
            io.stderr(`iacm-report: error: ${error.message}\n`);
            io.stderr('iacm-report: nothing was stored; retry with the same command\n');
            return EXIT_FAILURE;
        }
    });
}

;// CONCATENATED MODULE: ./src/cli/main.ts
/** Dispatches `iacm-report <command>`; the only place the CLI turns errors into exit codes. */











const COMMANDS = {
    report: report_command_run,
    send: send_command_run,
    ttl: ttl_command_run,
    pipelines: pipelines_command_run,
    merge: merge_command_run,
    upload: upload_command_run,
};
/**
 * The API key never reaches stdout or stderr, whatever carried it there: a server's message, an
 * error, or plan content (a unit or resource named after it). Every line the CLI writes passes
 * through here with the keys the command line and environment hold.
 */
function redactingIo(argv, io) {
    const secrets = apiKeyCandidates(argv, io.env);
    if (secrets.length === 0)
        return io;
    return {
        ...io,
        stdout: (text) => io.stdout(redact_redactSecrets(text, secrets)),
        stderr: (text) => io.stderr(redact_redactSecrets(text, secrets)),
    };
}
async function main(argv, rawIo) {
    const io = redactingIo(argv, rawIo);
    const [first, ...rest] = argv;
    if (first === '--version' || first === '-V') {
        io.stdout(`${VERSION}\n`);
        return EXIT_OK;
    }
    const command = first !== undefined && first in COMMANDS ? first : undefined;
    const args = command ? rest : argv;
    if (args.includes('--help') || args.includes('-h')) {
        if (command === undefined || command === 'report') {
            io.stdout(`${REPORT_USAGE}\n`);
            return EXIT_OK;
        }
        if (command === 'merge') {
            io.stdout(`${MERGE_USAGE}\n`);
            return EXIT_OK;
        }
    }
    else if (command === undefined && argv.length === 0) {
        io.stderr(`${REPORT_USAGE}\n`);
        return EXIT_BAD_INPUT;
    }
    try {
        return await (COMMANDS[command ?? 'report'] ?? report_command_run)(args, io);
    }
    catch (error) {
        io.stderr(`iacm-report: error: ${describeError(error, SETTING_NAMES.cli)}\n`);
        return exitCodeOf(error);
    }
}

;// CONCATENATED MODULE: ./src/cli.ts
/** The `iacm-report` command. Only wires the process to main(); everything else is testable. */


// Not a top-level await: `ncc build -t` bundles TypeScript entries as CommonJS, where it does not
// parse (the same reason as in plugin.ts). main() reports its own errors; the catch is for bugs.
main(process.argv.slice(2), {
    env: process.env,
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stdin: process.stdin,
    stderrIsTty: process.stderr.isTTY,
    onInterrupt: (handler) => {
        // Listening replaces Node's default (exit at once): clean up, then exit as a shell expects.
        const listener = () => {
            handler();
            process.exit(130);
        };
        process.once('SIGINT', listener);
        return () => void process.removeListener('SIGINT', listener);
    },
}).then((exitCode) => {
    process.exitCode = exitCode;
}, (error) => {
    process.stderr.write(`iacm-report: error: ${describeError(error)}\n`);
    process.exitCode = exitCodeOf(error);
});

