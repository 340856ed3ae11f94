/**
 * Where an IaCM call goes. Two forms: through the Harness host (`{baseUrl}/iacm/api/...`, where
 * baseUrl may carry a prefix such as `/gateway`) and, inside a pipeline stage, straight to the
 * IaCM service (`{serviceUrl}/api/...`).
 */
import { settingRef, UsageError } from '../errors.js';
import type { ApiConnection, ResolvedConnection } from './connection.js';

export type WorkspaceResource = 'events' | 'ephemeral-config' | 'pipelines' | 'data' | 'resources';

/** Each field a call needs, as a person calls it, with a reference each entry words for its world. */
const FLAG_NAMES: Record<keyof ResolvedConnection, string> = {
  accountId: `account id (${settingRef('connection.accountId')})`,
  org: `org (${settingRef('connection.org')})`,
  project: `project (${settingRef('connection.project')})`,
  workspace: `workspace (${settingRef('connection.workspace')})`,
  apiKey: `API key (${settingRef('connection.apiKey')})`,
};

/** Everything a call needs, or a UsageError that names each missing piece. */
export function requireConnection(conn: ApiConnection): ResolvedConnection {
  const missing = (Object.keys(FLAG_NAMES) as (keyof ResolvedConnection)[]).filter(
    (key) => conn[key] === undefined || conn[key] === '',
  );
  if (missing.length > 0) {
    throw new UsageError(`missing ${missing.map((key) => FLAG_NAMES[key]).join(', ')}`, 'CONFIG_MISSING');
  }
  return conn as ApiConnection & ResolvedConnection;
}

export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

/**
 * The API root (`.../iacm/api` or `.../api`), without a trailing slash. Plain http is refused
 * except to this machine: the API key travels in a header and must not cross a network in clear.
 */
export function apiRoot(conn: ApiConnection): URL {
  const inStage = conn.serviceUrl !== undefined;
  const raw = conn.serviceUrl ?? conn.baseUrl;
  const flag = settingRef(inStage ? 'connection.serviceUrl' : 'connection.baseUrl');
  let url: URL;
  try {
    url = new URL(raw);
  } catch (error) {
    throw new UsageError(`${flag} "${raw}" is not a URL`, 'CONFIG_INVALID', { cause: error });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new UsageError(`${flag} must start with https:// (got ${url.protocol}//)`, 'CONFIG_INVALID');
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    throw new UsageError(
      `${flag} uses plain http:// to ${url.hostname}; the API key would travel unencrypted, use https://`,
      'CONFIG_INVALID',
    );
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
export function workspaceUrl(
  conn: ApiConnection & ResolvedConnection,
  resource: WorkspaceResource,
  query: Readonly<Record<string, string | number>> = {},
): URL {
  const root = apiRoot(conn);
  for (const [name, value] of [
    ['org', conn.org],
    ['project', conn.project],
    ['workspace', conn.workspace],
  ]) {
    // URL parsers fold "." and ".." (even percent-encoded) into path navigation; no Harness
    // identifier looks like that, so refuse rather than call some other path.
    if (value === '.' || value === '..') {
      throw new UsageError(
        `${settingRef(`connection.${name}`)} "${value}" is not a valid identifier`,
        'CONFIG_INVALID',
      );
    }
  }
  const segments = ['orgs', conn.org, 'projects', conn.project, 'workspaces', conn.workspace];
  const path = segments.map((segment) => encodeURIComponent(segment)).join('/');
  const url = new URL(`${root.href}/${path}/${resource}`);
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, String(value));
  return url;
}
