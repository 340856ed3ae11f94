/**
 * Turns "the first byte is wrong" and "there is more after the end" into messages a person can
 * act on: a binary plan, the setup-terraform wrapper's noise, an array, NDJSON, plain text.
 * Only runs once a read has already failed, so it may be slow and thorough. Messages name single
 * bytes, never quote the file's text: it may hold secrets, and messages end up in CI logs.
 */
import type { InputError } from '../errors.js';
import { showByte, showText, type InputErrors } from './input-errors.js';

export const WRAPPER_HINT =
  'the setup-terraform wrapper wrapped the JSON: set terraform_wrapper: false or use the plain terraform binary';

const NDJSON_HINT =
  'more data after the first JSON value; it looks like NDJSON (one JSON value per line, as ' +
  '`terragrunt show --all -json` or a `-json` UI log write): pass one plan per file, ' +
  'written by `terraform show -json <planfile>`';

function ascii(bytes: Uint8Array, from: number, length: number): string {
  let s = '';
  for (let i = from; i < bytes.length && i < from + length; i++) s += String.fromCharCode(bytes[i]!);
  return s;
}

/** The hashicorp/setup-terraform wrapper echoes `[command]…` and writes `::debug::`/`::set-output` lines. */
function isWrapperNoise(bytes: Uint8Array, from: number): boolean {
  const s = ascii(bytes, from, 16);
  return s.startsWith('[command]') || s.startsWith('::debug::') || s.startsWith('::set-output');
}

/** NUL bytes, control characters or invalid UTF-8 near the start: not text at all. */
export function looksBinary(head: Uint8Array): boolean {
  let controls = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) controls++;
  }
  if (controls > 0 && controls * 50 >= head.length) return true;
  try {
    // stream: true so that a character cut at the end of the head is not an error.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return false;
  } catch {
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

export const PLAN_TEXT_HINT =
  'this is the text output of `terraform plan` (or `tofu plan`), not plan JSON: save the plan with ' +
  '`terraform plan -out=tfplan`, then run `terraform show -json tfplan > plan.json` ' +
  '(OpenTofu: `tofu show -json tfplan`) and give that file';

/** The human-readable plan, with or without colour: people pass it for the JSON all the time. */
export function looksLikePlanText(head: Uint8Array): boolean {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(head).replace(ANSI, '');
  return PLAN_TEXT_MARKERS.some((marker) => marker.test(text));
}

const SCALAR_LINE = /^\s*("(?:[^"\\]|\\.)*"|-?\d[\d.eE+-]*|true|false|null)\s*$/;

function scalarKind(text: string): string {
  if (text.startsWith('"')) return 'string';
  if (text === 'true' || text === 'false') return 'boolean';
  if (text === 'null') return 'null';
  return 'number';
}

/**
 * The top-level value does not start with `{`. `head` is the first bytes of the (UTF-8) input,
 * `at` the index in it of the first byte that is not whitespace.
 */
export function diagnoseStart(head: Uint8Array, at: number, offset: number, errors: InputErrors): InputError {
  const first = head[at];
  if (first === undefined) return errors.error('INPUT_SYNTAX', 'not JSON', offset);
  if (isWrapperNoise(head, at)) return errors.error('INPUT_SYNTAX', WRAPPER_HINT, offset);
  if (first === 0x5b) return errors.error('INPUT_WRONG_KIND', 'a JSON array, not a plan', offset);
  if (looksLikePlanText(head)) return errors.error('INPUT_WRONG_KIND', PLAN_TEXT_HINT, offset);
  if (looksBinary(head)) {
    return errors.error('INPUT_BINARY', 'binary data, not JSON text', offset);
  }
  const firstLine = showText(head.subarray(at), 400);
  const scalar = SCALAR_LINE.exec(firstLine);
  if (scalar?.[1] !== undefined) {
    return errors.error(
      'INPUT_WRONG_KIND',
      `a JSON ${scalarKind(scalar[1])}, not a plan (a plan is a JSON object)`,
      offset,
    );
  }
  // Text before the JSON, as a log capture would have: say where the JSON seems to begin.
  const text = new TextDecoder().decode(head);
  const lines = text.split('\n');
  const jsonLine = lines.findIndex((line, n) => n > 0 && line.trimStart().startsWith('{'));
  const where = jsonLine > 0 ? `; line ${jsonLine + 1} starts with '{': remove the text before it` : '';
  return errors.error(
    'INPUT_SYNTAX',
    `not JSON: it starts with text (${showByte(first)}), not '{'${where}`,
    offset,
  );
}

/** Data after the top-level value. `bytes` holds its first few bytes. */
export function diagnoseTrailing(
  bytes: Uint8Array,
  newlineBefore: boolean,
  offset: number,
  errors: InputErrors,
): InputError {
  if (isWrapperNoise(bytes, 0)) return errors.error('INPUT_SYNTAX', WRAPPER_HINT, offset);
  const first = bytes[0] ?? 0;
  if (newlineBefore && (first === 0x7b || first === 0x5b)) {
    return errors.error('INPUT_TRAILING', NDJSON_HINT, offset);
  }
  return errors.error(
    'INPUT_TRAILING',
    `more data after the end of the JSON value (${showByte(first)}): one plan per file, nothing after it`,
    offset,
  );
}
