/**
 * Writes a large, realistic `terraform show -json` plan for the reader benchmarks, streaming it to
 * disk (the generator holds one resource at a time, never the document).
 *
 * Realistic means what real plans have and what makes parsing slow: nested before/after objects,
 * tags maps, IAM policies as long JSON strings (escaped quotes, `\n`, `\\`, Go's `\u003c`-style
 * escapes), user_data scripts, unicode text (raw and as `\u00e9`), big/negative/exponent numbers,
 * modules nested two deep, data sources, replacements in both orders, imports, moved resources,
 * drift, outputs (sensitive, unknown, one over MAX_OUTPUT_VALUE_BYTES), prior_state and
 * configuration. Resource i is generated from (seed, i) alone, so each section of the document
 * regenerates the same resource.
 *
 *   npx tsx scripts/bench/generate-plan.ts [sizeMB=200] [seed=1]   -> prints the file's path
 *
 * Files are cached in bench/out/ by size and seed (a `.done` marker is written last).
 */
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  renameSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BENCH_OUT = fileURLToPath(new URL('../../bench/out/', import.meta.url));

/** mulberry32: small, fast, deterministic. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Buffered writer straight to a file descriptor: flat memory, no stream backpressure to manage. */
class Out {
  private parts: string[] = [];
  private size = 0;
  written = 0;
  constructor(private readonly fd: number) {}
  w(s: string): void {
    this.parts.push(s);
    this.size += s.length;
    if (this.size > 4 << 20) this.flush();
  }
  flush(): void {
    const buf = Buffer.from(this.parts.join(''), 'utf8');
    writeSync(this.fd, buf);
    this.written += buf.length;
    this.parts = [];
    this.size = 0;
  }
}

/** Go's encoding/json escapes <, > and & inside strings; some tools also write \u00e9. */
function goJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/é/g, '\\u00e9');
}

const TYPES = [
  'aws_instance',
  'aws_s3_bucket',
  'aws_iam_policy',
  'aws_security_group',
  'aws_lambda_function',
  'aws_db_instance',
  'google_compute_instance',
  'azurerm_linux_virtual_machine',
  'kubernetes_deployment',
] as const;
const WORDS = ['alpha', 'bravo', 'core', 'edge', 'ingest', 'billing', 'search', 'auth', 'média', 'Zürich'];
const UNICODE = [
  'Ünïcødé — ok',
  '東京リージョン',
  'café crème',
  'naïve résumé',
  'Привет, мир',
  '🚀 deploy',
  'Ελληνικά',
];

interface Resource {
  address: string;
  modulePath: string;
  mode: 'managed' | 'data';
  type: string;
  name: string;
  index: number;
  actions: string[];
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  importing: boolean;
  previousAddress: string | undefined;
  drift: boolean;
}

/** Module k (0 = root) and whether resource i sits in k's nested `module.data`. */
const MODULES = 12;
function moduleOf(i: number): { k: number; nested: boolean } {
  const k = i % MODULES;
  return { k, nested: k !== 0 && Math.floor(i / MODULES) % 5 === 0 };
}
function modulePathOf(i: number): string {
  const { k, nested } = moduleOf(i);
  if (k === 0) return '';
  return `module.svc_${k}.${nested ? 'module.data["primary"].' : ''}`;
}

function policy(r: () => number, name: string): string {
  const statements = 1 + Math.floor(r() * 4);
  const doc = {
    Version: '2012-10-17',
    Statement: Array.from({ length: statements }, (_, s) => ({
      Sid: `Stmt${s}${name}`,
      Effect: r() < 0.9 ? 'Allow' : 'Deny',
      Action: ['s3:GetObject', 's3:PutObject', 'kms:Decrypt', 'logs:PutLogEvents'].slice(
        0,
        1 + Math.floor(r() * 4),
      ),
      Resource: [
        `arn:aws:s3:::${name}-bucket/*`,
        `arn:aws:kms:eu-west-1:123456789012:key/${Math.floor(r() * 1e9)}`,
      ],
      Condition: {
        StringLike: {
          'aws:PrincipalTag/team': `${name} & "ops" <team>`,
          's3:prefix': ['home/${aws:username}/*', 'C:\\data\\'],
        },
      },
    })),
  };
  return JSON.stringify(doc, null, 2);
}

function values(
  r: () => number,
  type: string,
  name: string,
  i: number,
  generation: number,
): Record<string, unknown> {
  const tags: Record<string, string> = {};
  const tagCount = 4 + Math.floor(r() * 9);
  for (let t = 0; t < tagCount; t++)
    tags[`tag-${t}`] = `${WORDS[Math.floor(r() * WORDS.length)]}-${generation}-${t}`;
  tags['Name'] = `${name}-${i}`;
  tags['Owner'] = UNICODE[i % UNICODE.length]!;
  const v: Record<string, unknown> = {
    id: `${type.slice(0, 3)}-${(i * 2654435761).toString(16)}`,
    arn: `arn:aws:${type}:eu-west-1:123456789012:${name}/${i}`,
    name: `${name}-${i}`,
    description: `${UNICODE[(i + generation) % UNICODE.length]} — managed by Terraform, "quoted" and \\backslashed\\`,
    tags,
    tags_all: { ...tags, Environment: 'production' },
    count_value: Math.floor(r() * 1000),
    ratio: Math.round(r() * 1e6) / 1e3,
    tiny: 1.5e-7,
    huge: 1.2345e21,
    big_int: 9007199254740991,
    negative: -Math.floor(r() * 100),
    enabled: r() < 0.5,
    deleted_at: null,
    timeouts: null,
  };
  switch (type) {
    case 'aws_instance':
    case 'google_compute_instance':
    case 'azurerm_linux_virtual_machine':
      v['instance_type'] = ['t3.micro', 'm5.large', 'c6g.xlarge'][i % 3];
      v['user_data'] =
        `#!/bin/bash\nset -euo pipefail\necho "booting ${name}" > /var/log/boot.log\nexport PATH="/opt/bin:$PATH"\n` +
        `cat <<'EOF' > /etc/app.conf\n{"port": ${8000 + (i % 100)}, "path": "C:\\\\app"}\nEOF\n`.repeat(2);
      v['root_block_device'] = [
        { volume_size: 8 + (i % 100), volume_type: 'gp3', encrypted: true, iops: 3000, tags: null },
      ];
      v['ebs_block_device'] = Array.from({ length: i % 3 }, (_, d) => ({
        device_name: `/dev/sd${'bcd'[d]}`,
        volume_size: 100 * (d + 1),
      }));
      break;
    case 'aws_iam_policy':
    case 'aws_s3_bucket':
    case 'aws_lambda_function':
      v['policy'] = policy(r, name);
      break;
    case 'aws_security_group':
      v['ingress'] = Array.from({ length: 2 + (i % 4) }, (_, n) => ({
        from_port: 443 + n,
        to_port: 443 + n,
        protocol: 'tcp',
        cidr_blocks: [`10.${n}.0.0/16`, `192.168.${i % 256}.0/24`],
        description: `rule ${n} for <${name}> & friends`,
        self: false,
      }));
      break;
    default:
      v['spec'] = {
        replicas: 1 + (i % 5),
        template: {
          containers: [{ image: `registry.example.com/${name}:1.${generation}.${i % 50}`, env: tags }],
        },
      };
  }
  return v;
}

function resource(seed: number, i: number): Resource {
  const r = rng(seed * 1_000_003 + i);
  const type = TYPES[i % TYPES.length]!;
  const name = `${WORDS[Math.floor(i / TYPES.length) % 8]!.replace('é', 'e')}_${Math.floor(i / 72)}`;
  const index = i % 3;
  const modulePath = modulePathOf(i);
  const data = i % 23 === 0;
  const address = `${modulePath}${data ? 'data.' : ''}${type}.${name}[${index}]`;
  const roll = r();
  let actions: string[];
  let importing = false;
  let previousAddress: string | undefined;
  if (data) actions = roll < 0.5 ? ['read'] : ['no-op'];
  else if (roll < 0.68) actions = ['no-op'];
  else if (roll < 0.8) actions = ['update'];
  else if (roll < 0.88) actions = ['create'];
  else if (roll < 0.91) actions = ['delete'];
  else if (roll < 0.935) actions = ['delete', 'create'];
  else if (roll < 0.95) actions = ['create', 'delete'];
  else if (roll < 0.97) {
    actions = ['no-op'];
    importing = true;
  } else {
    actions = ['update'];
    previousAddress = `${modulePath}${type}.old_${name}[${index}]`;
  }
  const before = actions[0] === 'create' && actions.length === 1 ? null : values(r, type, name, i, 1);
  const after =
    actions[0] === 'delete' && actions.length === 1
      ? null
      : actions[0] === 'no-op' || actions[0] === 'read'
        ? before
        : values(r, type, name, i, 2);
  return {
    address,
    modulePath,
    mode: data ? 'data' : 'managed',
    type,
    name,
    index,
    actions,
    before,
    after,
    importing,
    previousAddress,
    drift: !data && i % 19 === 0,
  };
}

function unknownOf(v: Record<string, unknown> | null): Record<string, unknown> {
  if (v === null) return {};
  return {
    id: true,
    arn: true,
    tags_all: Object.fromEntries(Object.keys(v['tags'] as object).map((k) => [k, false])),
  };
}

function changeEntry(res: Resource, drift: boolean): string {
  const entry: Record<string, unknown> = {
    address: res.address,
    module_address: res.modulePath === '' ? undefined : res.modulePath.slice(0, -1),
    mode: res.mode,
    type: res.type,
    name: res.name,
    index: res.index,
    provider_name: `registry.terraform.io/hashicorp/${res.type.split('_')[0]}`,
  };
  if (res.previousAddress !== undefined) entry['previous_address'] = res.previousAddress;
  const change: Record<string, unknown> = {
    actions: drift ? ['update'] : res.actions,
    before: res.before,
    after: drift
      ? { ...res.before, tags: { drifted: 'by hand', ...(res.before?.['tags'] as object) } }
      : res.after,
    after_unknown: drift ? {} : unknownOf(res.after),
    before_sensitive: { tags: {}, user_data: true },
    after_sensitive: res.after === null ? false : { tags: {}, user_data: true },
  };
  if (res.importing) change['importing'] = { id: `imported-${res.index}` };
  if (!drift && res.actions.includes('delete') && res.actions.includes('create')) {
    change['replace_paths'] = [['name'], ['tags', 'Name']];
  }
  entry['change'] = change;
  if (!drift && res.actions.length === 2) entry['action_reason'] = 'replace_because_cannot_update';
  return goJson(entry);
}

function planned(res: Resource, values: Record<string, unknown>): string {
  return goJson({
    address: res.address,
    mode: res.mode,
    type: res.type,
    name: res.name,
    index: res.index,
    provider_name: `registry.terraform.io/hashicorp/${res.type.split('_')[0]}`,
    schema_version: 1,
    values,
    sensitive_values: { tags: {}, tags_all: {}, root_block_device: [{}] },
  });
}

/** The resource indexes of module k (0 = root), nested or not, in order. */
function* indexesOf(count: number, k: number, nested: boolean): Generator<number> {
  for (let i = k; i < count; i += MODULES) if (moduleOf(i).nested === nested) yield i;
}

/** A values representation (planned_values or prior_state): root module and two levels of children. */
function writeModules(
  out: Out,
  seed: number,
  count: number,
  pick: (res: Resource) => Record<string, unknown> | null,
): void {
  const resources = (k: number, nested: boolean): void => {
    out.w('"resources":[');
    let first = true;
    for (const i of indexesOf(count, k, nested)) {
      const res = resource(seed, i);
      const v = pick(res);
      if (v === null) continue;
      out.w(first ? '' : ',');
      out.w(planned(res, v));
      first = false;
    }
    out.w(']');
  };
  out.w('"root_module":{');
  resources(0, false);
  out.w(',"child_modules":[');
  for (let k = 1; k < MODULES; k++) {
    out.w(k > 1 ? ',' : '');
    out.w(`{"address":"module.svc_${k}",`);
    resources(k, false);
    out.w(`,"child_modules":[{"address":"module.svc_${k}.module.data[\\"primary\\"]",`);
    resources(k, true);
    out.w('}]}');
  }
  out.w(']}');
}

function outputs(r: () => number): { changes: string; planned: string; prior: string } {
  const changes: string[] = [];
  const plannedOut: string[] = [];
  for (let o = 0; o < 60; o++) {
    const name = `out_${o}_${WORDS[o % WORDS.length]!.replace(/[éü]/g, 'e')}`;
    const sensitive = o % 9 === 0;
    const unknown = o % 7 === 3;
    let after: unknown =
      o % 3 === 0
        ? `value ${UNICODE[o % UNICODE.length]} "${o}"`
        : o % 3 === 1
          ? [o, o * 1.5, `x${o}`]
          : { a: o, b: { c: [true, null] } };
    if (o === 59) after = 'x'.repeat(70_000); // over MAX_OUTPUT_VALUE_BYTES
    if (unknown) after = null;
    changes.push(
      `${JSON.stringify(name)}:${goJson({
        actions: [r() < 0.7 ? 'no-op' : 'update'],
        before: after,
        after,
        after_unknown: unknown,
        before_sensitive: sensitive,
        after_sensitive: sensitive,
      })}`,
    );
    plannedOut.push(
      `${JSON.stringify(name)}:${goJson({ sensitive, type: 'string', value: unknown ? undefined : after })}`,
    );
  }
  return {
    changes: `{${changes.join(',')}}`,
    planned: `{${plannedOut.join(',')}}`,
    prior: `{${plannedOut.slice(0, 40).join(',')}}`,
  };
}

function configuration(out: Out, seed: number, count: number): void {
  out.w(
    '"configuration":{"provider_config":{"aws":{"name":"aws","full_name":"registry.terraform.io/hashicorp/aws","expressions":{"region":{"constant_value":"eu-west-1"}}}},"root_module":{',
  );
  out.w('"resources":[');
  let first = true;
  for (let i = 0; i < count; i += 3 * MODULES) {
    const res = resource(seed, i);
    out.w(first ? '' : ',');
    first = false;
    out.w(
      goJson({
        address: `${res.type}.${res.name}`,
        mode: res.mode,
        type: res.type,
        name: res.name,
        provider_config_key: 'aws',
        expressions: {
          name: { references: ['var.prefix', 'local.name'] },
          tags: { constant_value: res.before?.['tags'] ?? { Name: res.name } },
          policy: {
            references: ['data.aws_iam_policy_document.this.json', 'data.aws_iam_policy_document.this'],
          },
        },
        schema_version: 1,
        count_expression: { constant_value: 3 },
      }),
    );
  }
  out.w('],"module_calls":{');
  for (let k = 1; k < MODULES; k++) {
    out.w(
      `${k > 1 ? ',' : ''}"svc_${k}":{"source":"./modules/svc","expressions":{"name":{"constant_value":"svc-${k}"}},"module":{"resources":[],"variables":{"name":{"description":"The service's name: «${UNICODE[k % UNICODE.length]}»"}}}}`,
    );
  }
  out.w('}}}');
}

/** Writes a plan of about `sizeMB` megabytes; returns its path. Cached by size and seed. */
export function generatePlan(sizeMB: number, seed = 1): string {
  mkdirSync(BENCH_OUT, { recursive: true });
  const file = join(BENCH_OUT, `plan-${sizeMB}mb-seed${seed}.json`);
  if (existsSync(`${file}.done`) && existsSync(file)) return file;
  // About 7.5 KB per resource over all sections (measured); outputs and variables are noise.
  const count = Math.max(100, Math.round((sizeMB * 1e6) / 7500));
  const tmp = `${file}.partial`;
  const fd = openSync(tmp, 'w');
  const out = new Out(fd);
  const r = rng(seed);
  const outs = outputs(r);
  out.w('{"format_version":"1.2","terraform_version":"1.9.5","variables":{');
  for (let v = 0; v < 20; v++)
    out.w(
      `${v ? ',' : ''}"var_${v}":{"value":${goJson(v % 2 ? `value-${v} ${UNICODE[v % UNICODE.length]}` : { n: v, list: [1, 2, 3] })}}`,
    );
  out.w('},"planned_values":{"outputs":');
  out.w(outs.planned);
  out.w(',');
  writeModules(out, seed, count, (res) => res.after);
  out.w('},"resource_drift":[');
  let first = true;
  for (let i = 0; i < count; i++) {
    const res = resource(seed, i);
    if (!res.drift || res.before === null) continue;
    out.w(first ? '' : ',');
    first = false;
    out.w(changeEntry(res, true));
  }
  out.w('],"resource_changes":[');
  for (let i = 0; i < count; i++) {
    out.w(i ? ',' : '');
    out.w(changeEntry(resource(seed, i), false));
  }
  out.w('],"output_changes":');
  out.w(outs.changes);
  out.w(',"prior_state":{"format_version":"1.0","terraform_version":"1.9.5","values":{"outputs":');
  out.w(outs.prior);
  out.w(',');
  writeModules(out, seed, count, (res) => (res.mode === 'data' ? null : res.before));
  out.w('}},');
  configuration(out, seed, count);
  out.w(',"relevant_attributes":[{"resource":"aws_instance.alpha_0[0]","attribute":["id"]}],"checks":[],');
  out.w(`"timestamp":"2024-05-01T12:00:00Z","applyable":true,"complete":true,"errored":false}\n`);
  out.flush();
  closeSync(fd);
  renameSync(tmp, file);
  writeFileSync(`${file}.done`, `${count} resources\n`);
  return file;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const sizeMB = Number(process.argv[2] ?? 200);
  const seed = Number(process.argv[3] ?? 1);
  const started = performance.now();
  const file = generatePlan(sizeMB, seed);
  console.error(
    `${(statSync(file).size / 1e6).toFixed(1)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  console.log(file);
}
