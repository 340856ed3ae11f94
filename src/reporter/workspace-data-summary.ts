/**
 * The workspace data and policy lines of the summaries (issue 14), kept in one small renderer so
 * the summaries themselves only place them: `lead` goes first (a policy that said error or
 * warning is the first thing a reviewer must read), `tail` after the counts and costs.
 * Server words (policy names, messages, errors) are printed plain or Markdown-escaped.
 */
import { plainText } from '../plain-text.js';
import { escapeMarkdown } from './markdown-escape.js';
import type { ReportModel } from './report-model.js';
import type { PolicyOutcome, PolicyResult, UploadRecord } from './upload-outcome.js';
import { thousands } from '../thousands.js';

export interface SummaryParts {
  /** The verdict line of a policy that said error or warning: always shown. */
  readonly lead: string[];
  /**
   * The policies and messages behind that verdict, bounded (an answer may name thousands): placed
   * after the destroy and drift lists, so they never push those out of a size-limited summary.
   */
  readonly details: string[];
  readonly tail: string[];
}

/** Policies named one by one in a summary; the rest are counted ("and N more"). */
export const MAX_POLICIES_LISTED = 20;
/** Overall policy messages quoted. */
const MAX_MESSAGES = 3;

/** The first `max` of `items`, and a line counting the rest. */
function bounded(items: readonly string[], max: number, more: (n: number) => string): string[] {
  const shown = items.slice(0, max);
  return items.length > max ? [...shown, more(items.length - max)] : shown;
}

function morePolicies(n: number): string {
  return `… and ${n} more ${n === 1 ? 'policy' : 'policies'} (see the evaluation in Harness)`;
}

const MAX_TEXT = 300;
/** A run can upload one file per unit: list the failures whole, but only so many of them. */
const MAX_LISTED = 20;

function plain(text: string, max = MAX_TEXT): string {
  const one = plainText(text).replace(/ {2,}/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

/** A policy as summaries name it: `set / name`, whichever the server gave. */
export function policyName(policy: PolicyResult): string {
  const parts = [policy.setName, policy.name].filter((p): p is string => p !== undefined);
  return parts.length === 0 ? 'unnamed policy' : parts.join(' / ');
}

function verdictLine(policy: PolicyOutcome): string {
  const bad = policy.policies.filter((p) => p.level === policy.level).length;
  const what = policy.level === 'error' ? 'failed' : 'warned';
  const count = bad > 0 ? `: ${bad} ${bad === 1 ? 'policy' : 'policies'} ${what}` : '';
  return `Policy ${policy.level.toUpperCase()}${count} (Harness OPA evaluation of the uploaded data)`;
}

function uploadWhere(upload: UploadRecord): string {
  return upload.stackPath === undefined ? '' : ` (unit ${plain(upload.stackPath, 120)})`;
}

function sizeText(bytes: number): string {
  return `${thousands(bytes)} bytes`;
}

/** Plain-text lines for logs and the plugin's SUMMARY. */
export function workspaceDataText(model: ReportModel): SummaryParts {
  const data = model.workspaceData;
  if (data === undefined) return { lead: [], details: [], tail: [] };
  const lead: string[] = [];
  const details: string[] = [];
  const tail: string[] = [''];
  const policy = data.policy;
  if (policy !== undefined) {
    if (policy.level === 'pass') tail.push(`Policy pass: ${policy.policies.length} evaluated`);
    else {
      lead.push(verdictLine(policy));
      details.push(
        '',
        'Policies:',
        ...policy.messages.slice(0, MAX_MESSAGES).map((m) => `  ${plain(m)}`),
        ...bounded(
          policy.policies.map(
            (p) =>
              `  ${p.level.padEnd(7)} ${plain(policyName(p), 160)}${p.message ? `: ${plain(p.message)}` : ''}`,
          ),
          MAX_POLICIES_LISTED,
          (n) => `  ${morePolicies(n)}`,
        ),
      );
    }
  }
  const planned = data.uploads.filter((u) => u.outcome === 'planned');
  const uploaded = data.uploads.filter((u) => u.outcome === 'uploaded');
  const failed = data.uploads.filter((u) => u.outcome === 'failed');
  if (planned.length > 0) {
    tail.push(`Workspace data: ${planned.length} upload(s) planned, none made (dry run)`);
    for (const u of planned.slice(0, MAX_LISTED)) {
      tail.push(`  ${u.dataType} ${plain(u.label, 160)}, ${sizeText(u.size)}${uploadWhere(u)}`);
    }
  } else if (uploaded.length + failed.length > 0) {
    // Each failure is a warning of the run (with its retry command), listed under the warnings.
    const failures = failed.length > 0 ? `, ${failed.length} FAILED (see the warnings)` : '';
    tail.push(`Workspace data: ${uploaded.length} uploaded${failures}`);
  }
  if (planned.length > MAX_LISTED) tail.push('  … more not listed');
  return { lead, details, tail: tail.length > 1 ? tail : [] };
}

/** Markdown blocks for the job summary and the PR comment. */
export function workspaceDataMarkdown(model: ReportModel): SummaryParts {
  const data = model.workspaceData;
  if (data === undefined) return { lead: [], details: [], tail: [] };
  const lead: string[] = [];
  const details: string[] = [];
  const tail: string[] = [];
  const policy = data.policy;
  if (policy !== undefined) {
    const items = bounded(
      policy.policies.map(
        (p) =>
          `- **${p.level}** ${escapeMarkdown(policyName(p), 160)}${p.message ? `: ${escapeMarkdown(p.message, MAX_TEXT)}` : ''}`,
      ),
      MAX_POLICIES_LISTED,
      (n) => `- ${escapeMarkdown(morePolicies(n))}`,
    );
    const messages = policy.messages.slice(0, MAX_MESSAGES).map((m) => `- ${escapeMarkdown(m, MAX_TEXT)}`);
    if (policy.level === 'pass') {
      tail.push(`**Policy pass**: ${policy.policies.length} evaluated`, '');
    } else {
      lead.push(`**${escapeMarkdown(verdictLine(policy))}**`);
      details.push('#### Policies', '', ...messages, ...items);
    }
  }
  const planned = data.uploads.filter((u) => u.outcome === 'planned');
  const failed = data.uploads.filter((u) => u.outcome === 'failed');
  const uploaded = data.uploads.filter((u) => u.outcome === 'uploaded');
  if (planned.length > 0) {
    tail.push(`**Workspace data**: ${planned.length} upload(s) planned, none made (dry run)`, '');
  } else if (uploaded.length + failed.length > 0) {
    // Each failure is a warning of the run (with its retry command), listed under the warnings.
    const failures = failed.length > 0 ? `, ${failed.length} failed (see the warnings)` : '';
    tail.push(`**Workspace data**: ${uploaded.length} uploaded${failures}`);
  }
  return { lead: trimBlank(lead), details, tail: trimBlank(tail) };
}

/** The summary puts its own blank line after a block. */
function trimBlank(lines: string[]): string[] {
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}
