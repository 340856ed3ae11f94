/**
 * POST `.../workspaces/{workspace}/data` (`workspaces#create-data`): stores raw bytes the
 * provisioner produced (human plan text, Infracost JSON, state) in the workspace and answers with
 * the stored data's id and Harness's OPA policy evaluation of it. The body is the file itself,
 * streamed from disk with its Content-Length (never read whole into memory), so a large state or
 * plan costs no more memory than a small one. Same headers, retries and errors as every call.
 */
import { constants, createReadStream } from 'node:fs';
import { Transform } from 'node:stream';
import * as z from '../zod-mini.js';
import type { ApiConnection } from './connection.js';
import { context, parseResponse, withClient } from './api-call.js';
import { responseError } from './api-errors.js';
import { workspaceUrl } from './api-url.js';
import { scrubSecrets } from './redact.js';
import type { HttpOptions, RawBody } from './http-client.js';

/** The `data_type` values the spec lists for Terraform-like provisioners (CDK ones left out). */
export const DATA_TYPES = [
  'plan_human',
  'state_raw',
  'state_human',
  'cost_breakdown',
  'cost_diff',
  'modules',
  'providers',
] as const;
export type DataType = (typeof DATA_TYPES)[number];

/** The four pipeline ids the endpoint requires as query parameters. */
export interface PipelineIds {
  readonly pipelineId: string;
  readonly stageId: string;
  readonly pipelineExecutionId: string;
  readonly pipelineStageId: string;
}

export interface CreateDataRequest {
  readonly dataType: DataType;
  /** Where the bytes come from: a file (streamed) or bytes already in memory (a derived document). */
  readonly source: { readonly file: string; readonly size: number } | { readonly bytes: Buffer };
  readonly pipeline: PipelineIds;
  /** The Terragrunt unit (its path in the tree) the data belongs to. */
  readonly stackPath?: string | undefined;
  /** Default `afterTerraformPlan`: everything we upload is produced by a plan. */
  readonly policyAction?: string | undefined;
  /** Called with each chunk as it is sent, on every attempt (the state checksum is taken this way). */
  readonly onAttempt?: (() => (chunk: Buffer) => void) | undefined;
}

const optionalText = z.pipe(
  z.nullish(z.string()),
  z.transform((value: string | null | undefined) => (value === null || value === '' ? undefined : value)),
);

/** One policy's verdict. Every field is optional in practice: a missing name must not lose the rest. */
export const policyEvaluationSchema = z.looseObject({
  message: optionalText,
  policy_id: optionalText,
  policy_name: optionalText,
  policy_set_id: optionalText,
  policy_set_name: optionalText,
  policy_status: optionalText,
});

/**
 * `CreateDataResponse`. `id` is checked to be a UUID separately (a malformed one is reported, the
 * policy answers are still worth keeping); an unknown overall status is kept as text and read
 * by the caller as the worst it could be.
 */
export const createDataResponseSchema = z.looseObject({
  id: z.string(),
  policy_evaluation: z.nullish(z.array(policyEvaluationSchema)),
  policy_evaluation_message: optionalText,
  policy_evaluation_status: optionalText,
});
export type CreateDataResponse = z.infer<typeof createDataResponseSchema>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

export interface CreateDataResult {
  /** The stored data's id; undefined when the server's id is not a well-formed UUID. */
  readonly id: string | undefined;
  /** What was wrong with the id, when it was not used. */
  readonly idProblem?: string | undefined;
  readonly response: CreateDataResponse;
}

export function dataQuery(request: CreateDataRequest): Record<string, string> {
  const query: Record<string, string> = {
    pipeline_id: request.pipeline.pipelineId,
    stage_id: request.pipeline.stageId,
    pipeline_execution_id: request.pipeline.pipelineExecutionId,
    pipeline_stage_id: request.pipeline.pipelineStageId,
    provisioner_type: 'tf',
    data_type: request.dataType,
    policy_action: request.policyAction ?? 'afterTerraformPlan',
  };
  if (request.stackPath !== undefined) query['stack_path'] = request.stackPath;
  return query;
}

function rawBody(request: CreateDataRequest): RawBody {
  const { source } = request;
  const contentType = 'application/octet-stream';
  if ('bytes' in source) {
    return {
      contentType,
      length: source.bytes.length,
      open: () => {
        request.onAttempt?.()(source.bytes);
        return source.bytes;
      },
    };
  }
  return {
    contentType,
    length: source.size,
    open: () => {
      // Never through a symbolic link (upload-plan.ts checked; this closes the gap since).
      // Node takes numeric open flags here; its types say string.
      const flags = (constants.O_RDONLY | constants.O_NOFOLLOW) as unknown as string;
      const file = createReadStream(source.file, { flags });
      const observe = request.onAttempt?.();
      if (observe === undefined) return file;
      // A pass-through that sees each chunk on its way out: the bytes are read once, not twice.
      const tap = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          observe(chunk);
          done(null, chunk);
        },
      });
      file.on('error', (error) => tap.destroy(error));
      tap.on('close', () => file.destroy());
      return file.pipe(tap);
    },
  };
}

/**
 * The most of a `/data` answer we read. The policy evaluation lists every policy (5,000 failing
 * ones are ~1.2 MB), so the 1 MiB of other calls would lose the verdict; past this the answer is an
 * error, and `fail-on-policy` trips on it (fail closed). At most UPLOAD_CONCURRENCY answers are
 * held at once.
 */
export const DATA_MAX_RESPONSE_BYTES = 16 * 1024 * 1024;

/** Uploads one piece of data; ApiError when the call fails for good (after retries). */
export async function createData(
  conn: ApiConnection,
  given: CreateDataRequest,
  options: HttpOptions = {},
): Promise<CreateDataResult> {
  // The unit's path is the pull-request author's folder name and may be the key: it goes in the
  // URL as the event's `path_id` goes in the body, with the key replaced (issue 23 audit).
  const request = { ...given, stackPath: scrubSecrets(given.stackPath, [conn.apiKey]) };
  return withClient(
    conn,
    { maxResponseBytes: DATA_MAX_RESPONSE_BYTES, ...options },
    async (client, resolved) => {
      const url = workspaceUrl(resolved, 'data', dataQuery(request));
      const action = `upload ${request.dataType}${request.stackPath === undefined ? '' : ` for ${request.stackPath}`}`;
      const response = await client.call('POST', url, action, rawBody(request));
      const ctx = context(resolved, url, action);
      const answer = parseResponse(response, createDataResponseSchema, ctx);
      if (isUuid(answer.id)) return { id: answer.id, response: answer };
      // Server text is not echoed (api-errors.ts): the id's length says enough.
      const problem = responseError(
        `with an id that is not a UUID (${answer.id.length} characters)`,
        ctx,
      ).message;
      return { id: undefined, idProblem: problem, response: answer };
    },
  );
}
