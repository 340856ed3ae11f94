/**
 * What looks like a secret, whatever the plan marks: names (SECRET_WORDS, matched in any case with
 * `_`/`-` ignored, anywhere in a name: `db_password`, `clientSecret`; each name of a resource
 * address on its own) and values shaped like keys or tokens (SECRET_SHAPES, or a JSON text holding
 * a member named like a secret). Used by the value gate (value-policy.ts) and the output lists;
 * documented in docs/what-changes.md, tested in test/reporter/what-changes.test.ts and
 * secrets-under-plain-names.test.ts.
 */

/** Words that make a name secret-like (documented in docs/what-changes.md; tested). */
export const SECRET_WORDS = [
  'password',
  'passwd',
  'passphrase',
  'pwd',
  'secret',
  'token',
  'private_key',
  'privatekey',
  'credential',
  'creds',
  'certificate',
  'cert',
  'connection_string',
  'api_key',
  'access_key',
  'auth',
  'signature',
  'cookie',
  'session',
  'key_material',
  'kubeconfig',
  'user_data',
  'custom_data',
  'sensitive',
] as const;

const SECRET_STEMS = SECRET_WORDS.map(squash);

/**
 * Values shaped like keys: PEM blocks, service tokens (Harness, GitHub, GitLab, AWS, Google, Slack,
 * Stripe, npm, HCP Terraform, Vault, ...), JWTs, webhook and signed URLs, and credentials written
 * into a text (`postgres://app:pw@db`, `Server=db;Password=pw`, `api_key: x`, `AccountKey=x`).
 */
const SECRET_SHAPES = [
  /-----BEGIN [A-Z ]*(PRIVATE KEY|CERTIFICATE)/,
  /\b[ps]at\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+/,
  /\bgh[pousr]_[A-Za-z0-9]{20,}/,
  /\bgithub_pat_[A-Za-z0-9_]{20,}/,
  // GitLab: personal, deploy, trigger, runner, CI job, OAuth, feed, mail, agent, SCIM tokens
  /\bgl(pat|dt|ptt|rt|cbt|oas|ft|imt|agent|soat|ffct)-[A-Za-z0-9_.-]{20,}/,
  /\b(AKIA|ASIA)[A-Z0-9]{16}\b/,
  /\bAIza[A-Za-z0-9_-]{35}/,
  /\bxox[abprs]-[A-Za-z0-9-]{10,}/,
  // Webhook URLs whose path is the secret (Slack, Discord, Microsoft Teams)
  /hooks\.slack\.com\/(services|workflows|triggers)\/|discord(app)?\.com\/api\/webhooks\/|\.webhook\.office\.com\//,
  // HashiCorp Vault and HCP Terraform / Terraform Enterprise tokens
  /\bhv[sbr]\.[A-Za-z0-9_-]{20,}|\.atlasv1\.[A-Za-z0-9_-]{20,}/,
  /\b[rs]k_(live|test)_[A-Za-z0-9]{16,}|\bsk-(proj|ant|svcacct)-[A-Za-z0-9_-]{20,}|\bnpm_[A-Za-z0-9]{36}\b/,
  /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\./,
  /\bbearer\s+[A-Za-z0-9._~+/=-]{12,}/i,
  /:\/\/[^\s/:@"]+:[^\s/@"]+@/,
  // A signed URL's signature (Azure SAS `sig=`, S3 and GCS presigned); `&` is `\u0026` in plan JSON
  /([?&]|\\u0026)(sig|x-amz-signature|x-goog-signature|signature)=/i,
  /(pass(word|wd|phrase)?|pwd|secret|token|api[_-]?key|access[_-]?key|account[_-]?key|credentials?|authorization)\s*[=:]/i,
];

function squash(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** The name holds a secret-like word. */
export function secretLikeName(name: string): boolean {
  const squashed = squash(name);
  return SECRET_STEMS.some((stem) => squashed.includes(stem));
}

/**
 * The names in a resource address, each on its own (words are never read across two names): module
 * names, type, name, and instance keys (`module.m["k"].a_b.c[0]` gives m, k, a_b, c).
 */
export function addressNames(address: string): string[] {
  const names: string[] = [];
  const name = /\["((?:[^"\\]|\\.)*)"\]|\[\d+\]|([^.[\]]+)/g;
  for (const match of address.matchAll(name)) {
    if (match[2] !== undefined) names.push(match[2]);
    else if (match[1] !== undefined)
      try {
        names.push(JSON.parse(`"${match[1]}"`) as string);
      } catch {
        names.push(match[1]);
      }
  }
  return names;
}

/** An object or array parsed from JSON text; undefined for a scalar or text that is not JSON. */
export function containerOf(text: string): object | undefined {
  const first = text.trimStart()[0];
  if (first !== '{' && first !== '[') return undefined;
  try {
    return JSON.parse(text) as object;
  } catch {
    return undefined;
  }
}

/**
 * A value looks like a key or token whatever its name, or holds a member named like a secret: a
 * value compared whole (an output, or a container deeper than the paths go, MAX_PATH_DEPTH) is
 * shown as its JSON text, keys and all, so `{"password":"x"}` under `input.a.b.c.d` is hidden as
 * `input.a.b.c.d.password` would be.
 */
export function secretShaped(text: string): boolean {
  return SECRET_SHAPES.some((shape) => shape.test(text)) || keysOf(text).some(secretLikeName);
}

/**
 * The member names anywhere inside a value's JSON text (none for a scalar or text that is not
 * JSON: an output's plain string).
 */
function keysOf(text: string): string[] {
  const value = containerOf(text);
  if (value === undefined) return [];
  const keys: string[] = [];
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const v = pending.pop();
    if (typeof v !== 'object' || v === null) continue;
    // Loops, not push(...): spreading a huge object overflows the call stack.
    if (!Array.isArray(v)) for (const key of Object.keys(v)) keys.push(key);
    for (const item of Object.values(v)) pending.push(item);
  }
  return keys;
}
