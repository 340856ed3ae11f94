import { describe, expect, it } from 'vitest';
import { apiRoot, isLoopbackHost, requireConnection, workspaceUrl } from '../../src/api/api-url.js';
import type { ConnectionConfig } from '../../src/config/schema.js';
import { SETTING_NAMES } from '../../src/config/settings.js';
import { describeError, UsageError } from '../../src/errors.js';

const conn = {
  accountId: 'acc',
  org: 'default',
  project: 'infra',
  workspace: 'prod',
  apiKey: 'pat.a.b.c',
  baseUrl: 'https://app.harness.io',
} satisfies ConnectionConfig;

describe('workspaceUrl', () => {
  it('builds the SaaS path', () => {
    expect(workspaceUrl(conn, 'events').href).toBe(
      'https://app.harness.io/iacm/api/orgs/default/projects/infra/workspaces/prod/events',
    );
  });

  it('keeps a /gateway prefix and tolerates a trailing slash', () => {
    const url = workspaceUrl({ ...conn, baseUrl: 'https://app.harness.io/gateway/' }, 'pipelines', {
      limit: 100,
      page: 2,
    });
    expect(url.href).toBe(
      'https://app.harness.io/gateway/iacm/api/orgs/default/projects/infra/workspaces/prod/pipelines?limit=100&page=2',
    );
  });

  it('does not double an /iacm/api already on the base URL', () => {
    expect(apiRoot({ ...conn, baseUrl: 'https://h.example.com/gateway/iacm/api/' }).href).toBe(
      'https://h.example.com/gateway/iacm/api',
    );
  });

  it('uses {serviceUrl}/api in a stage, over the base URL', () => {
    const url = workspaceUrl({ ...conn, serviceUrl: 'https://iacm.internal:8443/svc/' }, 'ephemeral-config');
    expect(url.href).toBe(
      'https://iacm.internal:8443/svc/api/orgs/default/projects/infra/workspaces/prod/ephemeral-config',
    );
  });

  it('encodes path segments', () => {
    const url = workspaceUrl({ ...conn, org: 'a/b', workspace: 'ws with spaces?#' }, 'events');
    expect(url.pathname).toBe(
      '/iacm/api/orgs/a%2Fb/projects/infra/workspaces/ws%20with%20spaces%3F%23/events',
    );
  });

  it('refuses dot segments that a URL parser would fold away', () => {
    expect(() => workspaceUrl({ ...conn, workspace: '..' }, 'events')).toThrow(UsageError);
  });
});

describe('plain http', () => {
  it.each(['http://127.0.0.1:8080', 'http://127.9.0.1', 'http://localhost:1', 'http://[::1]:9'])(
    'allows %s',
    (baseUrl) => {
      expect(() => apiRoot({ ...conn, baseUrl })).not.toThrow();
    },
  );

  it.each(['http://app.harness.io', 'http://10.0.0.1', 'http://128.0.0.1', 'ftp://x.example'])(
    'refuses %s',
    (baseUrl) => {
      expect(() => apiRoot({ ...conn, baseUrl })).toThrow(UsageError);
    },
  );

  it('knows loopback names', () => {
    expect(isLoopbackHost('LOCALHOST')).toBe(true);
    expect(isLoopbackHost('127.0.0.1.example.com')).toBe(false);
  });
});

describe('requireConnection', () => {
  it('names everything missing, as settings each entry words for its users', () => {
    let error: unknown;
    try {
      requireConnection({ baseUrl: 'https://app.harness.io', org: 'o' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UsageError);
    const usage = error as UsageError;
    expect(usage.code).toBe('CONFIG_MISSING');
    expect(usage.settings).toEqual([
      'connection.accountId',
      'connection.project',
      'connection.workspace',
      'connection.apiKey',
    ]);
    // The API layer speaks no flag; the CLI words the same error in its flags and variables.
    expect(usage.message).not.toMatch(/--|HARNESS_/);
    expect(describeError(usage, SETTING_NAMES.cli)).toMatch(
      /account id \(--account-id \/ HARNESS_ACCOUNT_ID\), project .*workspace .*API key/,
    );
    expect(describeError(usage, SETTING_NAMES.plugin)).toContain(
      'workspace (settings.workspace (PLUGIN_WORKSPACE, IACM_WORKSPACE_ID))',
    );
  });
});
