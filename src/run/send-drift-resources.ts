/**
 * Drift per resource (issue 26, part 2), the calls: after a report with drift was accepted, each
 * drifted resource goes to Harness's update-resources (`PATCH .../resources`, `update_mode:
 * "drift"`), DRIFT_BATCH_SIZE a call, all under one `session_id` per run, within one time budget.
 * Whatever happens is a line: per-resource failures and a failed call are warnings, never a
 * failed run (the event, the report's own delivery, already landed).
 */
import type { ApiConnection } from '../api/connection.js';
import { scrubSecrets } from '../api/redact.js';
import { DEFAULT_HTTP_OPTIONS, type HttpOptions } from '../api/http-client.js';
import { updateResources } from '../api/update-resources.js';
import { describeError } from '../errors.js';
import { bodySecrets } from './body-secrets.js';
import type { ModelInput } from '../reporter/build-model.js';
import {
  addAnswer,
  batches,
  driftResourcesOf,
  emptyTotals,
  totalsLine,
  type DriftSource,
} from './drift-resource-batches.js';

/** node:crypto loads when first used: loading it costs every run's start-up ~10 ms. */
const crypto = () => process.getBuiltinModule('node:crypto');

/**
 * The plans whose drift the event reports (as buildModel reads them): `--drift` files when given,
 * else the plan files and the Terragrunt units (with their path).
 */
export function driftSourcesOf(input: ModelInput): DriftSource[] {
  if (input.drifts.length > 0) return input.drifts.map((plan) => ({ plan }));
  return [
    ...input.plans.map((plan) => ({ plan })),
    ...[...(input.terragrunt?.plans ?? [])].map(([pathId, plan]) => ({ plan, pathId })),
  ];
}

export interface DriftSendOutcome {
  /** The summary line ("drift per resource: 412 updated"), or undefined when there was nothing to send. */
  readonly line: string | undefined;
  /** For every summary: failures, resources left out, a call that failed. */
  readonly warnings: string[];
}

export interface DriftSendOptions {
  readonly connection: ApiConnection;
  /** Texts that must never leave in a body (the API key). */
  readonly secrets: readonly string[];
  readonly http?: HttpOptions | undefined;
  readonly now?: () => number;
  /** Resources per call (default DRIFT_BATCH_SIZE). */
  readonly batchSize?: number;
}

export async function sendDriftResources(
  sources: readonly DriftSource[],
  options: DriftSendOptions,
): Promise<DriftSendOutcome> {
  const { resources, warnings } = driftResourcesOf(sources);
  if (resources.length === 0) return { line: undefined, warnings };
  const now = options.now ?? Date.now;
  const budget = options.http?.totalBudgetMs ?? DEFAULT_HTTP_OPTIONS.totalBudgetMs;
  const deadline = now() + budget;
  const sessionId = crypto().randomUUID();
  const totals = emptyTotals();
  const parts = batches(resources, options.batchSize);
  let sent = 0;
  for (const part of parts) {
    const remaining = deadline - now();
    if (remaining <= 0) {
      warnings.push(
        `drift per resource: the time budget ran out after ${sent} of ${resources.length} resources; the rest were not sent`,
      );
      break;
    }
    const request = scrubSecrets(
      { resources: part, session_id: sessionId, update_mode: 'drift' as const },
      options.secrets,
    );
    try {
      const answer = await updateResources(options.connection, request, {
        ...options.http,
        totalBudgetMs: Math.min(remaining, budget),
      });
      addAnswer(totals, answer, part);
      sent += part.length;
    } catch (error) {
      warnings.push(
        `drift per resource: ${sent} of ${resources.length} resources sent, then the call failed: ${describeError(error)}`,
      );
      break;
    }
  }
  const line = totalsLine(totals);
  if (totals.failed > 0) warnings.push(line);
  return { line: sent === 0 ? undefined : line, warnings };
}

/** After the event landed: the line on the log, the troubles as the report's warnings. */
export async function sendDriftPerResource(
  config: { readonly connection: ApiConnection & { readonly apiKey?: string | undefined } },
  sources: readonly DriftSource[],
  model: { readonly warnings: string[] },
  io: {
    readonly env: Readonly<Record<string, string | undefined>>;
    readonly log: (line: string) => void;
    readonly http?: HttpOptions | undefined;
  },
): Promise<void> {
  const outcome = await sendDriftResources(sources, {
    connection: config.connection,
    secrets: bodySecrets(config),
    http: { env: io.env, log: io.log, ...io.http },
  });
  if (outcome.line !== undefined) io.log(`Harness ${outcome.line}`);
  for (const warning of outcome.warnings) model.warnings.push(warning);
}
