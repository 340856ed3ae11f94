/**
 * Renders Markdown job summaries as GitHub shows them (markdown-it with raw HTML, as GitHub's
 * summaries allow <details>; GitHub's alerts; github-markdown-css) and takes a headless Chromium
 * screenshot of each, for the pictures under docs/. Offline: no network, no profile, no sync.
 *
 *   npx tsx scripts/render/job-summary.ts <summary.md> <picture.png> [width]
 *
 * Needs `chromium` on the PATH (apt-get install -y chromium). <details> blocks are opened before
 * the screenshot so the picture shows what a reader sees after one click.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import MarkdownIt from 'markdown-it';
import alerts from 'markdown-it-github-alerts';

const [input, output, width = '900'] = process.argv.slice(2);
if (input === undefined || output === undefined) {
  console.error('usage: tsx scripts/render/job-summary.ts <summary.md> <picture.png> [width]');
  process.exit(2);
}

const require = createRequire(import.meta.url);
const css = readFileSync(require.resolve('github-markdown-css/github-markdown-light.css'), 'utf8');
const alertsCss = readFileSync(
  require.resolve('markdown-it-github-alerts/styles/github-colors-light.css'),
  'utf8',
);
const alertsBase = readFileSync(require.resolve('markdown-it-github-alerts/styles/github-base.css'), 'utf8');

/**
 * A ```diff block coloured as GitHub colours it (its `pl-md`, `pl-mi1` and `pl-mc` classes, which
 * github-markdown-css styles): removed, added and changed lines. Other languages stay plain.
 */
function diffLines(code: string, lang: string): string {
  if (lang !== 'diff') return '';
  const classes: Record<string, string> = { '-': 'pl-md', '+': 'pl-mi1', '!': 'pl-mc' };
  const lines = code.replace(/\n$/, '').split('\n');
  const html = lines.map((line) => {
    const text = md.utils.escapeHtml(line);
    const cls = classes[line[0] ?? ''];
    return cls === undefined ? text : `<span class="${cls}">${text}</span>`;
  });
  return `<pre><code class="language-diff">${html.join('\n')}\n</code></pre>`;
}

// eslint-disable-next-line @typescript-eslint/no-unsafe-argument -- the plugin's types do not resolve here
const md = new MarkdownIt({ html: true, linkify: true, highlight: diffLines }).use(alerts);
const body = md.render(readFileSync(input, 'utf8')).replace(/<details(?![^>]*\bopen\b)/g, '<details open');
const html = `<!doctype html><html><head><meta charset="utf-8"><style>${css}\n${alertsBase}\n${alertsCss}
body { margin: 0; background: #fff; } .markdown-body { box-sizing: border-box; max-width: ${width}px; padding: 24px; }
</style><title>0</title></head><body><article class="markdown-body">${body}</article>
<script>document.title = String(Math.ceil(document.querySelector('article').getBoundingClientRect().height));</script>
</body></html>`;

const dir = mkdtempSync(join(tmpdir(), 'render-'));
try {
  const page = join(dir, 'summary.html');
  writeFileSync(page, html);
  const chromium = (args: string[]): string =>
    execFileSync(
      'chromium',
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--hide-scrollbars',
        `--user-data-dir=${join(dir, 'profile')}`,
        ...args,
        `file://${page}`,
      ],
      { stdio: ['ignore', 'pipe', 'ignore'], encoding: 'utf8' },
    );
  // The page writes its own height into its title; the picture is then taken at that height.
  const dom = chromium([`--window-size=${Number(width) + 20},800`, '--dump-dom']);
  const measured = Number(/<title>(\d+)<\/title>/.exec(dom)?.[1] ?? '0');
  const height = Math.min(8000, measured > 0 ? measured : 200 + body.split('\n').length * 26);
  chromium([`--window-size=${Number(width) + 20},${height}`, `--screenshot=${resolve(output)}`]);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(`wrote ${output}`);
