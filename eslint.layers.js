// @ts-check
/**
 * The layers of src/ (see ARCHITECTURE.md), held by ESLint as an allow-list: each layer names the
 * layers it MAY import, and everything else is refused. A folder (or a file at the top of src/)
 * that no entry below names is refused as a whole, so a new folder must take its place here before
 * any of it lints. Only relative imports name our code; the rule resolves each one against the
 * importing file, so `./x.js`, `../plan/x.js` and `../../errors.js` are judged by where they land.
 *
 * model                 <- nothing of ours
 * base                  (errors.ts, plain-text.ts, runner-commands.ts, v8-flags.ts, version.ts, zod-mini.ts) <- each other only
 * scan, inputs          <- base                  the byte scanner; files, folders, paths
 * plan                  <- scan, inputs          reading plans
 * infracost             <- scan, inputs          reading Infracost JSON
 * terragrunt            <- plan, inputs          reading Terragrunt trees and run reports
 * reporter, config, context <- model + base
 * http                  <- base                  undici, the proxy dispatcher, capped reads (both clients')
 * api, forge            <- http (+ model for forge)  HTTP clients: IaCM; GitHub/GitLab comments, checks, issues
 * partial               <- inputs, reporter      partial reports written and merged
 * run                   <- every layer above
 * entries               (cli/, action/, plugin/ and cli.ts, action.ts, plugin.ts) <- run and below,
 *                       never each other
 * Every layer may import itself and, except model, base.
 */
import { dirname, relative, resolve, sep } from 'node:path';

const SRC = resolve(import.meta.dirname, 'src');
const BASE_FILES = [
  'errors',
  'lazy-fs',
  'make-dir',
  'plain-text',
  'reader-thread',
  'thousands',
  'runner-commands',
  'v8-flags',
  'version',
  'zod-mini',
];
/** The three entries: a folder each and a file at the top of src/ of the same name. */
const ENTRIES = ['cli', 'action', 'plugin'];

/** Layer -> the layers it may import (besides itself; `base` is added for all but model). */
const BELOW = {
  model: [],
  base: [],
  scan: [],
  inputs: [],
  plan: ['model', 'scan', 'inputs'],
  infracost: ['model', 'scan', 'inputs'],
  terragrunt: ['model', 'plan', 'inputs'],
  reporter: ['model'],
  config: ['model'],
  context: ['model'],
  http: [],
  api: ['http'],
  forge: ['model', 'http'],
  partial: ['model', 'inputs', 'reporter'],
};
const UNDER_RUN = Object.keys(BELOW);
/** @type {Record<string, readonly string[]>} */
export const ALLOWED = Object.fromEntries([
  ...Object.entries(BELOW).map(([layer, below]) => [layer, layer === 'model' ? [] : [...below, 'base']]),
  ['run', UNDER_RUN.filter((layer) => layer !== 'run')],
  ...ENTRIES.map((entry) => [entry, [...UNDER_RUN, 'run']]),
]);

/** The layer a path under src/ belongs to (undefined outside src/; a name no layer has is returned as is). */
export function layerOf(file) {
  const rel = relative(SRC, file);
  if (rel.startsWith('..') || rel === '' || resolve(SRC, rel) !== resolve(file)) return undefined;
  const [top, ...rest] = rel.split(sep);
  if (rest.length > 0) return top;
  const name = top.replace(/\.(ts|js)$/, '');
  return BASE_FILES.includes(name) ? 'base' : name;
}

/** How a layer is named in messages: `src/plan/`, or the base files. */
const shown = (layer) =>
  layer === 'base' ? 'the base files (errors.ts, plain-text.ts, version.ts)' : `src/${layer}/`;

/** @type {import('eslint').Rule.RuleModule} */
const allowedImports = {
  meta: {
    type: 'problem',
    docs: { description: 'imports between the layers of src/ follow the allow-list of eslint.layers.js' },
    schema: [],
  },
  create(context) {
    const file = context.physicalFilename;
    const layer = layerOf(file);
    if (layer === undefined) return {};
    const allowed = ALLOWED[layer];
    const check = (node) => {
      const spec = node.source && node.source.type === 'Literal' ? node.source.value : undefined;
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const target = layerOf(resolve(dirname(file), spec));
      if (target === undefined || target === layer || allowed === undefined) return;
      if (!allowed.includes(target)) {
        const may = allowed.length > 0 ? allowed.join(', ') : 'nothing of ours';
        context.report({
          node: node.source,
          message: `${shown(layer)} must not import ${shown(target)}: it may import ${may} (see ARCHITECTURE.md).`,
        });
      }
    };
    return {
      Program(node) {
        if (allowed === undefined)
          context.report({
            node,
            message: `${shown(layer)} is in no layer: give it a place in eslint.layers.js (what it may import) and ARCHITECTURE.md.`,
          });
      },
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

export const layersPlugin = { rules: { 'allowed-imports': allowedImports } };

/** Packages a layer must not use. */
function packageBans(layer, packages) {
  return {
    'no-restricted-imports': [
      'error',
      {
        patterns: packages.map((name) => ({
          group: [name, `${name}/*`],
          message: `${layer} must not use ${name} (see ARCHITECTURE.md).`,
        })),
      },
    ],
  };
}

/** Pure layers: no network client, no Action toolkit. */
const PURE = ['undici', '@actions/core', '@actions/github'];
const PURE_LAYERS = [
  'model',
  'scan',
  'inputs',
  'plan',
  'infracost',
  'terragrunt',
  'reporter',
  'context',
  'config',
  'partial',
];

export const layerRules = [
  {
    files: ['src/**/*.ts'],
    plugins: { layers: layersPlugin },
    rules: { 'layers/allowed-imports': 'error' },
  },
  ...PURE_LAYERS.map((layer) => ({
    files: [`src/${layer}/**/*.ts`],
    rules: packageBans(`src/${layer}`, PURE),
  })),
  { files: BASE_FILES.map((name) => `src/${name}.ts`), rules: packageBans('src/ base files', PURE) },
  { files: ['src/api/**/*.ts'], rules: packageBans('src/api', ['@actions/core', '@actions/github']) },
  // forge/ talks to GitHub and GitLab; it may use an HTTP client for them, never the Action toolkit.
  { files: ['src/forge/**/*.ts'], rules: packageBans('src/forge', ['@actions/core']) },
];
