/**
 * The drift issue's lifecycle against the local GitHub and GitLab stand-ins (paths, headers and
 * bodies as the real APIs define them): the first drifted check opens one issue, an identical
 * check edits it without a comment, a changed drift edits and comments, a clean complete check
 * comments and closes, a clean incomplete check leaves it open, a look-alike by another user is
 * left alone, two workspaces get two issues, and the body stays within the forge's limit.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  syncDriftIssue,
  fingerprint,
  parseDriftMarker,
  type DriftIssueRequest,
} from '../../src/forge/drift-issue.js';
import { createForgeHttp } from '../../src/forge/forge-http.js';
import { githubIssues, gitlabIssues, type IssueTracker } from '../../src/forge/issue-tracker.js';
import { renderDriftIssueBody, type DriftedResource } from '../../src/reporter/drift-issue-body.js';
import { startGitHubApiServer, type GitHubApiServer } from '../support/github-api-server.js';
import { startGitLabApiServer, type GitLabApiServer } from '../support/gitlab-api-server.js';
import type { StoredIssue } from '../support/forge-issues.js';

const GH_TOKEN = 'ghs_drift_issue_token_1234';
const GL_TOKEN = 'glpat-drift-issue-token-5678';
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

interface Forge {
  tracker: IssueTracker;
  issues: StoredIssue[];
  /** Comments (GitHub) or notes (GitLab) on an issue, oldest first. */
  commentsOn(issue: number): string[];
  seedIssue(issue: { title: string; body: string; author: string; labels: string[] }): StoredIssue;
  requests: { method: string; url: string; headers: Readonly<Record<string, unknown>> }[];
}

async function onGitHub(): Promise<Forge> {
  const api: GitHubApiServer = await startGitHubApiServer({ token: GH_TOKEN, maxPerPage: 2 });
  closers.push(() => api.close());
  const http = await createForgeHttp({ forge: 'github', baseUrl: api.url, token: GH_TOKEN, env: {} });
  closers.push(() => http.close());
  return {
    tracker: githubIssues(http, { owner: 'acme', repo: 'infra' }),
    issues: api.issues,
    commentsOn: (n) => api.comments.filter((c) => c.issueNumber === n).map((c) => c.body),
    seedIssue: (issue) => api.seedIssue(issue),
    requests: api.requests,
  };
}

async function onGitLab(): Promise<Forge> {
  const api: GitLabApiServer = await startGitLabApiServer({
    tokens: { [GL_TOKEN]: 'drift-bot' },
    maxPerPage: 2,
  });
  closers.push(() => api.close());
  const http = await createForgeHttp({ forge: 'gitlab', baseUrl: api.url, token: GL_TOKEN, env: {} });
  closers.push(() => http.close());
  return {
    tracker: gitlabIssues(http, 'group/infra'),
    issues: api.issues,
    commentsOn: (n) => api.issues.find((i) => i.number === n)?.notes.map((note) => note.body) ?? [],
    seedIssue: (issue) => api.seedIssue(issue),
    requests: api.requests,
  };
}

const DAY = 86_400_000;
const T0 = new Date('2026-12-01T03:00:00Z');

function request(
  key: string,
  resources: readonly DriftedResource[],
  options: { now?: Date; complete?: boolean; log?: string[] } = {},
): DriftIssueRequest {
  const now = options.now ?? T0;
  return {
    key,
    title: `Drift: ${key}`,
    label: 'drift',
    drifted: resources.map((r) => (r.unit ? `${r.unit}: ${r.address}` : r.address)),
    driftedTotal: resources.length,
    complete: options.complete ?? true,
    runLink: 'https://ci.example/runs/7',
    now,
    render: (since, maxChars) =>
      renderDriftIssueBody(
        {
          subject: key,
          verdict: `WARNING: ${resources.length} drifted`,
          resources: resources.map((r) => ({
            ...r,
            since: since.get(r.unit ? `${r.unit}: ${r.address}` : r.address),
          })),
          total: resources.length,
          checkedAt: now,
          runLink: 'https://ci.example/runs/7',
        },
        maxChars,
      ),
    log: (line) => options.log?.push(line),
  };
}

const A: DriftedResource = { unit: '', address: 'terraform_data.a', kind: 'changed', attributes: ['input'] };
const B: DriftedResource = { unit: '', address: 'terraform_data.b', kind: 'deleted' };
const C: DriftedResource = { unit: '', address: 'terraform_data.c', kind: 'created' };

describe.each([
  ['GitHub', onGitHub],
  ['GitLab', onGitLab],
])('drift issues on %s', (_name, start) => {
  it('opens, edits in place without noise, comments on a change, and closes when a complete check is clean', async () => {
    const forge = await start();
    const first = await syncDriftIssue(forge.tracker, request('acct/org/proj/ws', [A, B]));
    expect(first.action).toBe('opened');
    expect(forge.issues).toHaveLength(1);
    const issue = forge.issues[0]!;
    expect(issue.title).toBe('Drift: acct/org/proj/ws');
    expect(issue.labels).toEqual(['drift']);
    expect(issue.body).toContain('Changed outside (1)');
    expect(issue.body).toContain('Deleted outside (1)');
    expect(issue.body).toContain('<code>input</code>');
    expect(issue.body).toContain('since 2026-12-01');
    // The marker names the workspace by a hash only.
    expect(issue.body).not.toMatch(/<!--[^>]*acct\/org/);
    expect(parseDriftMarker(issue.body)?.fp).toBe(fingerprint('acct/org/proj/ws'));

    const second = await syncDriftIssue(
      forge.tracker,
      request('acct/org/proj/ws', [A, B], { now: new Date(T0.getTime() + DAY) }),
    );
    expect(second).toMatchObject({ action: 'updated', number: issue.number });
    expect(forge.issues).toHaveLength(1);
    expect(forge.commentsOn(issue.number)).toEqual([]);
    expect(issue.body).toContain('Checked 2026-12-02T03:00:00Z');
    expect(issue.body).toContain('since 2026-12-01'); // first seen is kept

    const third = await syncDriftIssue(
      forge.tracker,
      request('acct/org/proj/ws', [A, C], { now: new Date(T0.getTime() + 2 * DAY) }),
    );
    expect(third.action).toBe('updated');
    expect(forge.commentsOn(issue.number)).toEqual([
      '1 more resource drifted, 1 cleared since the check of 2026-12-02. Checked in https://ci.example/runs/7.',
    ]);
    expect(issue.body).toContain('<code>terraform\\_data.c</code> (since 2026-12-03)');
    expect(issue.body).toContain('<code>terraform\\_data.a</code> — <code>input</code> (since 2026-12-01)');
    expect(issue.body).not.toContain('data.b');

    const clean = await syncDriftIssue(
      forge.tracker,
      request('acct/org/proj/ws', [], { now: new Date(T0.getTime() + 3 * DAY) }),
    );
    expect(clean.action).toBe('closed');
    expect(issue.state).toBe('closed');
    expect(forge.commentsOn(issue.number).at(-1)).toContain('Drift cleared in https://ci.example/runs/7');
    if (_name === 'GitHub') expect(issue.stateReason).toBe('completed');

    // Nothing open and nothing drifted: nothing to do, no issue written.
    const calm = await syncDriftIssue(forge.tracker, request('acct/org/proj/ws', []));
    expect(calm.action).toBe('none');
    expect(forge.issues).toHaveLength(1);
  });

  it('an incomplete clean check leaves the issue open; a look-alike by another user is left alone; two workspaces get two issues', async () => {
    const forge = await start();
    const log: string[] = [];
    await syncDriftIssue(forge.tracker, request('ws-one', [A]));
    const lookalike = forge.seedIssue({
      title: 'Drift: ws-one',
      body: `<!-- iacm-reporter:drift:${fingerprint('ws-one')} {"v":1,"since":{}} -->\nAll clear ✅`,
      author: 'mallory',
      labels: ['drift'],
    });
    const incomplete = await syncDriftIssue(forge.tracker, request('ws-one', [], { complete: false, log }));
    expect(incomplete.action).toBe('left-open');
    expect(forge.issues[0]!.state).toBe('open');
    expect(log.join('\n')).toContain(`left #${lookalike.number} alone`);
    expect(lookalike.body).toContain('All clear ✅');
    expect(lookalike.state).toBe('open');

    await syncDriftIssue(forge.tracker, request('ws-two', [B]));
    const ours = forge.issues.filter(
      (i) => i.body.startsWith('<!-- iacm-reporter:drift:') && i !== lookalike,
    );
    expect(ours.map((i) => i.title)).toEqual(['Drift: ws-one', 'Drift: ws-two']);
    // Never a second open issue for one key.
    await syncDriftIssue(forge.tracker, request('ws-two', [B, C]));
    expect(forge.issues.filter((i) => i.title === 'Drift: ws-two')).toHaveLength(1);
  });

  it('keeps a large drift within the forge limit, with "and N more"', async () => {
    const forge = await start();
    const many: DriftedResource[] = Array.from({ length: 3_000 }, (_, i) => ({
      unit: `live/region-${i % 7}/app`,
      address: `terraform_data.resource_with_a_long_name["${'k'.repeat(40)}-${i}"]`,
      kind: i % 3 === 0 ? 'deleted' : 'changed',
      attributes: ['input', 'triggers_replace'],
    }));
    const result = await syncDriftIssue(forge.tracker, request('big', many));
    expect(result.action).toBe('opened');
    const body = forge.issues[0]!.body;
    expect(body.length).toBeLessThanOrEqual(forge.tracker.maxBodyChars);
    if (_name === 'GitHub') expect(body).toMatch(/_and [\d,]+ more drifted resources not listed here\._/);
  });
});
