// @ts-check
/**
 * The layers of src/ (see ARCHITECTURE.md), held by ESLint: each folder lists the folders of ours
 * it must not import, so a wrong arrow fails `npm run lint`. Only relative imports name our code,
 * so a pattern matches any `./` or `../` path that reaches into a forbidden folder (or file).
 *
 * model    <- nothing of ours
 * base     (errors.ts, plain-text.ts, version.ts) <- each other only
 * the readers: scan, inputs <- model + base; plan <- scan + inputs; infracost <- scan + inputs;
 *   terragrunt <- plan + inputs (each + model + base + its own folder)
 * reporter, api, context, config <- model + base (+ their own folder)
 * run      <- all of the above
 * entries  (cli/, action/, plugin/, cli.ts, action.ts, plugin.ts) <- everything, never each other
 */

const FOLDERS = [
  'model',
  'scan',
  'inputs',
  'plan',
  'infracost',
  'terragrunt',
  'reporter',
  'api',
  'context',
  'config',
  'run',
  'cli',
  'action',
  'plugin',
];
const BASE = ['errors', 'plain-text', 'version'];

/** A regex matching a relative import of `names` (folders, or base files when `file` is set). */
function reach(names, { file = false } = {}) {
  const tail = file ? '\\.js$' : '(/|$)';
  return `^\\.{1,2}/(\\.\\./)*(${names.join('|')})${tail}`;
}

/** The no-restricted-imports rule for a layer that may not use `folders` (nor `base` files). */
function forbid(layer, folders, { base = false, packages = [] } = {}) {
  const patterns = [];
  if (folders.length > 0)
    patterns.push({
      regex: reach(folders),
      message: `${layer} must not import this layer (see ARCHITECTURE.md).`,
    });
  if (base)
    patterns.push({
      regex: reach(BASE, { file: true }),
      message: `${layer} imports nothing of ours (see ARCHITECTURE.md).`,
    });
  for (const name of packages)
    patterns.push({
      group: [name, `${name}/*`],
      message: `${layer} must not use ${name} (see ARCHITECTURE.md).`,
    });
  return { 'no-restricted-imports': ['error', { patterns }] };
}

const except = (...allowed) => FOLDERS.filter((folder) => !allowed.includes(folder));
/** Pure layers: no network client, no Action toolkit. */
const PURE = ['undici', '@actions/core', '@actions/github'];

export const layerRules = [
  {
    files: ['src/model/**/*.ts'],
    rules: forbid('src/model', except('model'), { base: true, packages: PURE }),
  },
  {
    files: BASE.map((name) => `src/${name}.ts`),
    rules: forbid('src/ base files', FOLDERS, { packages: PURE }),
  },
  ...[
    ['scan'],
    ['inputs'],
    ['plan', 'scan', 'inputs'],
    ['infracost', 'scan', 'inputs'],
    ['terragrunt', 'plan', 'inputs'],
  ].map(([reader, ...uses]) => ({
    files: [`src/${reader}/**/*.ts`],
    rules: forbid(`src/${reader}`, except('model', reader, ...uses), { packages: PURE }),
  })),
  {
    files: ['src/reporter/**/*.ts'],
    rules: forbid('src/reporter', except('model', 'reporter'), { packages: PURE }),
  },
  {
    files: ['src/api/**/*.ts'],
    rules: forbid('src/api', except('api'), { packages: ['@actions/core', '@actions/github'] }),
  },
  {
    files: ['src/context/**/*.ts'],
    rules: forbid('src/context', except('model', 'context'), { packages: PURE }),
  },
  {
    files: ['src/config/**/*.ts'],
    rules: forbid('src/config', except('model', 'config'), { packages: PURE }),
  },
  { files: ['src/run/**/*.ts'], rules: forbid('src/run', ['cli', 'action', 'plugin']) },
  { files: ['src/cli/**/*.ts', 'src/cli.ts'], rules: forbid('the CLI entry', ['action', 'plugin']) },
  { files: ['src/action/**/*.ts', 'src/action.ts'], rules: forbid('the Action entry', ['cli', 'plugin']) },
  { files: ['src/plugin/**/*.ts', 'src/plugin.ts'], rules: forbid('the plugin entry', ['cli', 'action']) },
];
