/**
 * The attacker's corpus (issue 23): strings a pull-request author would put where they control
 * names, and the checks every output must pass. The `for_each` keys are those of the real plan in
 * test/fixtures/terraform/hostile-names (Terraform 1.11 accepted them all); unit folders, plan file
 * names and Infracost project names reuse them where a file name can hold them.
 */
import MarkdownIt from 'markdown-it';
import { expect } from 'vitest';
import { literalCommandMarkers, runnerCommands } from '../../support/runner-grammar.js';

export const HOSTILE_PLAN = 'test/fixtures/terraform/hostile-names/plan.json';
/** The API key the runs use: also a for_each key and an output value of the plan. */
export const HOSTILE_KEY = 'pat.HOSTILE.KEY0123456789abcdef';

const ESC = '\u001b';
/** The for_each keys of the hostile plan (main.tf), as Terraform wrote them into plan.json. */
export const CORPUS: readonly string[] = [
  '::error title=x::LGTM',
  'a\n::error title=x::LGTM',
  'a\r::error title=x::LGTM',
  'a\u2028::error title=x::LGTM',
  'a\u0085::error title=x::LGTM',
  'x ##[stop-commands]tok',
  '##[error]forged',
  '::add-mask::pwned',
  HOSTILE_KEY,
  `${ESC}[31mred${ESC}[0m ${ESC}]8;;https://evil.example\u0007osc-link${ESC}]8;;\u0007`,
  'cr\rforged line',
  'back\u0008space',
  'nul\u0000byte',
  'admin\u202etxt.exe',
  'main',
  'ma\u200bin',
  'ma\u2060in',
  '\ufeffmain',
  'https://evil.example/x',
  'www.evil.example',
  '<img src=x onerror=alert(1)>',
  '[click](javascript:alert(1))',
  '@acme/secops',
  '</details>',
  '`rm -rf /`',
  'a | b | c',
];

/** Unit folder names (a file name holds anything but `/` and NUL). */
export const UNIT_NAMES: readonly string[] = [
  '::error title=unit::LGTM',
  'u\n::error title=unit::LGTM',
  'u\r##[error]unit',
  'x ##[stop-commands]tok',
  HOSTILE_KEY,
  `${ESC}[2K${ESC}[1Gforged`,
  'ma\u200bin',
  'www.evil.example',
  '<img src=x onerror=alert(1)> @acme',
  'a | b `c`',
];

/** A plan file name. */
export const PLAN_FILE_NAME = '::error title=file::LGTM ##[error]f ma\u200bin www.evil.example <b>@acme.json';

/** Infracost project names (they match no unit, so every output names them in a warning). */
export const PROJECT_NAMES: readonly string[] = [
  '::error title=project::LGTM',
  'p\n##[error]project',
  `https://evil.example/p ${HOSTILE_KEY}`,
  '</details><img src=x onerror=alert(1)>',
];

/** Characters that act or hide in a log line (what plainText shows as <U+XXXX>). */
// eslint-disable-next-line no-control-regex -- finding them is the point
const HIDDEN = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/u;

/**
 * A log as the runner reads it: the commands it would process are only ours (`allowed`), no line
 * holds a literal marker we did not write, no character acts or hides but the zero-width space
 * our neutraliser puts inside a marker, and the key is nowhere.
 */
export function expectSafeLog(output: string, what: string, allowed: RegExp = /^$/): void {
  for (const command of runnerCommands(output)) {
    expect(command.line, `${what}: a runner command we did not mean`).toMatch(allowed);
  }
  for (const line of literalCommandMarkers(output)) {
    expect(line, `${what}: a literal marker`).toMatch(allowed);
  }
  expect(output.replace(/:\u200b:|##\u200b\[/g, ''), `${what}: a character that acts or hides`).not.toMatch(
    HIDDEN,
  );
  expectNoKey(output, what);
}

export function expectNoKey(text: string, what: string): void {
  expect(text.includes(HOSTILE_KEY), `${what}: holds the API key`).toBe(false);
  expect(text.includes(encodeURIComponent(HOSTILE_KEY)), `${what}: holds the API key, encoded`).toBe(false);
}

/** How GitHub renders (raw HTML as its sanitiser allows, bare links made links). */
const md = new MarkdownIt({ html: true, linkify: true });
/** The HTML our writers use; anything else in the Markdown came from a name. */
const OUR_TAGS =
  /^<\/?(code|details|summary|br|sub|sup|b|strong|em|kbd|p|table|thead|tbody|tr|th|td)( open)?\s*\/?>$|^<!--[^]*-->$/;

/**
 * Markdown a name cannot break out of: no link to the attacker's host or `javascript:`, no HTML
 * but ours, no mention, no table row with more cells than its header, balanced <details>, no
 * invisible character, and the key nowhere.
 */
export function expectSafeMarkdown(markdown: string, what: string): void {
  expect(markdown.length, `${what}: some content`).toBeGreaterThan(0);
  expectNoKey(markdown, what);
  expect(markdown, `${what}: a character that acts or hides`).not.toMatch(HIDDEN);
  const tokens = md.parse(markdown, {});
  const inline = tokens.flatMap((t) => [t, ...(t.children ?? [])]);
  for (const token of inline) {
    if (token.type === 'link_open') {
      const href = token.attrGet('href') ?? '';
      expect(href, `${what}: a link from a name`).not.toMatch(/evil\.example|javascript:/i);
    }
    if (token.type === 'html_inline' || token.type === 'html_block') {
      for (const tag of token.content.match(/<!--[^]*?-->|<[^>]*>/g) ?? []) {
        expect(tag, `${what}: HTML that is not ours`).toMatch(OUR_TAGS);
      }
    }
    if (token.type === 'text') {
      expect(token.content, `${what}: a mention`).not.toMatch(/(^|[^\w\u200b])@acme/);
    }
  }
  const opened = (markdown.match(/<details( open)?>/g) ?? []).length;
  expect((markdown.match(/<\/details>/g) ?? []).length, `${what}: <details> balanced`).toBe(opened);
  // A pipe in a name is an entity: every row of a table has its header's cells.
  for (const block of markdown.split(/\n\n+/)) {
    const rows = block.split('\n').filter((line) => line.startsWith('|'));
    if (rows.length < 2) continue;
    const cells = rows.map((row) => row.replace(/\\\|/g, '').split('|').length);
    expect(new Set(cells).size, `${what}: a table row broken by a name`).toBe(1);
  }
}
