/**
 * What the workspace data uploads of a run came to (issue 14): each upload with its outcome, and
 * Harness's OPA policy answers over all of them. Part of the ReportModel, so every summary and
 * output is drawn from the same picture. Pure; no API types beyond plain data.
 */

export type PolicyLevel = 'error' | 'warning' | 'pass';

export interface UploadRecord {
  /** `plan_human`, `cost_breakdown`, `cost_diff`, `state_raw`. */
  readonly dataType: string;
  /** The file as the user named it, or what the bytes are (`Infracost project X of costs.json`). */
  readonly label: string;
  readonly size: number;
  /** The Terragrunt unit the data belongs to. */
  readonly stackPath?: string | undefined;
  readonly outcome: 'planned' | 'uploaded' | 'failed';
  readonly id?: string | undefined;
  /** Why it failed (one line, redacted). */
  readonly error?: string | undefined;
  /** The command that uploads it again. */
  readonly retry?: string | undefined;
  /**
   * The upload went out (or was tried) but Harness's answer, with its policy verdict, was never
   * read: failed, timed out, too large, endpoint down. `fail-on-policy` trips on it (fail closed).
   */
  readonly verdictUnread?: boolean | undefined;
}

export interface PolicyResult {
  readonly setName?: string | undefined;
  readonly name?: string | undefined;
  /** The server's word, normalised where it is one we know. */
  readonly status: string;
  readonly level: PolicyLevel;
  readonly message?: string | undefined;
}

export interface PolicyOutcome {
  /** The worst answer over every upload and policy. */
  readonly level: PolicyLevel;
  /** `policy_evaluation_message`s, each once. */
  readonly messages: string[];
  /** Every policy's answer, each distinct one once, worst first. */
  readonly policies: PolicyResult[];
}

export interface WorkspaceDataReport {
  readonly uploads: UploadRecord[];
  readonly policy: PolicyOutcome | undefined;
}

/** A policy answer as the API gives it (a structural copy of the API's type, to keep layers apart). */
export interface PolicyAnswer {
  readonly policy_evaluation?:
    | readonly {
        readonly message?: string | undefined;
        readonly policy_name?: string | undefined;
        readonly policy_set_name?: string | undefined;
        readonly policy_status?: string | undefined;
      }[]
    | null
    | undefined;
  readonly policy_evaluation_message?: string | undefined;
  readonly policy_evaluation_status?: string | undefined;
}

const RANK: Record<PolicyLevel, number> = { pass: 0, warning: 1, error: 2 };

/**
 * The spec's enum is error / warning / pass; OPA tools also say deny, fail, warn. A word we do not
 * know is read as a warning: it may be bad news, and a person should look rather than miss it.
 */
export function policyLevel(status: string | undefined): PolicyLevel | undefined {
  if (status === undefined || status.trim() === '') return undefined;
  const word = status.trim().toLowerCase();
  if (['error', 'deny', 'denied', 'fail', 'failed', 'failure'].includes(word)) return 'error';
  if (['pass', 'passed', 'success', 'allow', 'allowed', 'ok'].includes(word)) return 'pass';
  return 'warning';
}

function worst(a: PolicyLevel, b: PolicyLevel): PolicyLevel {
  return RANK[a] >= RANK[b] ? a : b;
}

/** All the policy answers of a run in one; undefined when no upload brought any. */
export function combinePolicyAnswers(answers: readonly PolicyAnswer[]): PolicyOutcome | undefined {
  let level: PolicyLevel | undefined;
  const messages: string[] = [];
  const policies = new Map<string, PolicyResult>();
  for (const answer of answers) {
    const overall = policyLevel(answer.policy_evaluation_status);
    if (overall !== undefined) level = level === undefined ? overall : worst(level, overall);
    const message = answer.policy_evaluation_message?.trim();
    if (message && !messages.includes(message)) messages.push(message);
    for (const item of answer.policy_evaluation ?? []) {
      const itemLevel = policyLevel(item.policy_status) ?? overall ?? 'warning';
      level = level === undefined ? itemLevel : worst(level, itemLevel);
      const result: PolicyResult = {
        setName: item.policy_set_name || undefined,
        name: item.policy_name || undefined,
        status: item.policy_status?.trim() || itemLevel,
        level: itemLevel,
        message: item.message?.trim() || undefined,
      };
      const key = JSON.stringify([result.setName, result.name, result.status, result.message]);
      if (!policies.has(key)) policies.set(key, result);
    }
  }
  if (level === undefined) return undefined;
  const sorted = [...policies.values()].sort((a, b) => RANK[b.level] - RANK[a.level]);
  return { level, messages, policies: sorted };
}

/** `policy-status` output: error, warning, pass, or '' when no policy was evaluated. */
export function policyStatusOutput(data: WorkspaceDataReport | undefined): string {
  return data?.policy?.level ?? '';
}
