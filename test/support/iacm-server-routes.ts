/** The test IaCM server's answers for time to live, pipeline listing and data uploads (see iacm-server.ts). */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface PipelineSettings {
  /** How many pipelines use the workspace: pipeline-001, pipeline-002, ... */
  count: number;
  /** Paging header naming: the general API's, the IaCM spec's, or none at all. */
  headers: 'harness' | 'iacm' | 'none';
  /** Answer page 1 whatever `page` says (a server that ignores paging). */
  ignorePage: boolean;
  /** Largest `limit` honoured; larger ones are cut to it (the two documents say 100 and 1000). */
  maxLimit: number;
  /** Ids as a hostile server might send them (escapes, line breaks); default pipeline-001, ... */
  name?: ((index: number) => string) | undefined;
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

/** A Goa error body, as the IaCM service answers. */
export function goaError(res: ServerResponse, status: number, name: string, message: string): void {
  const text = JSON.stringify({
    name,
    id: 'err-1234',
    message,
    temporary: false,
    timeout: false,
    fault: false,
  });
  res.writeHead(status, {
    'content-type': 'application/vnd.goa.error',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

const UNIT_SECONDS: Record<string, number> = { seconds: 1, minutes: 60, hours: 3600, days: 86_400 };

type Computed = { at: string } | { error: string };

function computeAt(
  body: Record<string, unknown>,
  prefix: 'destroy' | 'delete',
  fromMs: number,
): Computed | undefined {
  const value = body[`${prefix}_delay_value`];
  const unit = body[`${prefix}_delay_unit`];
  const date = body[`${prefix}_on_date`];
  if ((value !== undefined || unit !== undefined) && date !== undefined) {
    return { error: `give ${prefix}_delay_value/unit or ${prefix}_on_date, not both` };
  }
  if (date !== undefined) {
    if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date))
      return { error: `${prefix}_on_date must be a date` };
    return { at: `${date}T00:00:00Z` };
  }
  if (value === undefined && unit === undefined) return undefined;
  const seconds = typeof unit === 'string' ? UNIT_SECONDS[unit] : undefined;
  if (!Number.isInteger(value) || seconds === undefined) {
    return {
      error: `${prefix}_delay_value must be an integer and ${prefix}_delay_unit one of seconds, minutes, hours, days`,
    };
  }
  return { at: new Date(fromMs + (value as number) * seconds * 1000).toISOString() };
}

export function handleEphemeralConfig(
  req: IncomingMessage,
  res: ServerResponse,
  raw: Buffer,
  store: Map<string, Record<string, unknown>>,
  workspace: string,
): void {
  if (req.method === 'GET') {
    const stored = store.get(workspace);
    if (stored === undefined) goaError(res, 404, 'not_found', 'no ephemeral config for this workspace');
    else sendJson(res, 200, stored);
    return;
  }
  if (req.method === 'DELETE') {
    store.delete(workspace);
    res.writeHead(204).end();
    return;
  }
  if (req.method !== 'PUT') {
    goaError(res, 405, 'method_not_allowed', 'use GET, PUT or DELETE');
    return;
  }
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(raw.toString('utf8')) as Record<string, unknown>;
  } catch {
    goaError(res, 400, 'bad_request', 'request body is not valid JSON');
    return;
  }
  const destroy = computeAt(body, 'destroy', Date.now());
  if (destroy === undefined || 'error' in destroy) {
    goaError(res, 400, 'invalid_field', destroy?.error ?? 'a destroy delay or date is required');
    return;
  }
  let deleteAt = '';
  if (body['delete_workspace'] === true) {
    const computed = computeAt(body, 'delete', Date.parse(destroy.at));
    if (computed === undefined || 'error' in computed) {
      goaError(res, 400, 'invalid_field', computed?.error ?? 'delete_workspace needs a delete delay or date');
      return;
    }
    deleteAt = computed.at;
  }
  // Stored as GET answers it (GetEphemeralConfigResponse: `enabled` required, the source named).
  const answer = {
    ...body,
    enabled: true,
    source: 'workspace',
    destroy_at: destroy.at,
    delete_at: deleteAt,
    status: 'scheduled',
  };
  store.set(workspace, answer);
  sendJson(res, 200, { destroy_at: destroy.at, delete_at: deleteAt, status: 'scheduled' });
}

export function handlePipelines(
  req: IncomingMessage,
  res: ServerResponse,
  settings: PipelineSettings,
  identity: { account: string; org: string; project: string },
): void {
  const query = new URL(req.url ?? '/', 'http://localhost').searchParams;
  const limit = Math.min(Number(query.get('limit') ?? '30') || 30, settings.maxLimit);
  const page = settings.ignorePage ? 1 : Number(query.get('page') ?? '1') || 1;
  const all = Array.from(
    { length: settings.count },
    (_, i) => settings.name?.(i) ?? `pipeline-${String(i + 1).padStart(3, '0')}`,
  );
  const items = all.slice((page - 1) * limit, page * limit);
  const totalPages = String(Math.ceil(settings.count / limit));
  const headers: Record<string, string> =
    settings.headers === 'harness'
      ? {
          'X-Total-Elements': String(settings.count),
          'X-Page-Number': String(page),
          'X-Page-Size': String(limit),
        }
      : settings.headers === 'iacm'
        ? {
            'x-total-items': String(settings.count),
            'x-total-pages': totalPages,
            'x-page-size': String(limit),
          }
        : {};
  sendJson(res, 200, { ...identity, pipelines: items }, headers);
}

/** One stored `/data` upload, as received. */
export interface StoredData {
  readonly id: string;
  readonly dataType: string;
  readonly stackPath: string | undefined;
  readonly query: Readonly<Record<string, string>>;
  readonly contentType: string | undefined;
  readonly contentLength: string | undefined;
  readonly body: Buffer;
}

export interface DataSettings {
  /**
   * The policy part of each answer (policy_evaluation, ..._message, ..._status), by upload; none
   * by default, as a workspace without policy sets answers.
   */
  policy: ((upload: StoredData) => Record<string, unknown> | undefined) | undefined;
  /** Answer with this id instead of a fresh UUID (to test a malformed one). */
  id: ((upload: StoredData) => string | undefined) | undefined;
  /** Fail uploads of these data types (or stack paths) with a 500, every attempt. */
  failDataTypes: Set<string>;
  failStackPaths: Set<string>;
  /** Answer each `/data` upload this long after it arrived (a slow endpoint); 0 answers at once. */
  delayMs: number;
}

const DATA_TYPES = new Set([
  'plan_human',
  'state_raw',
  'state_human',
  'cost_breakdown',
  'cost_diff',
  'modules',
  'providers',
  'cdk_assets',
  'cdk_manifest',
  'cdk_template',
  'cdk_tree',
]);
const REQUIRED_QUERY = [
  'pipeline_id',
  'stage_id',
  'pipeline_execution_id',
  'pipeline_stage_id',
  'provisioner_type',
  'data_type',
];

/** POST `.../data` (workspaces#create-data): raw body stored, required query parameters checked. */
export function handleData(
  req: IncomingMessage,
  res: ServerResponse,
  body: Buffer,
  settings: DataSettings,
  store: StoredData[],
): void {
  const params = new URL(req.url ?? '/', 'http://localhost').searchParams;
  const missing = REQUIRED_QUERY.filter((name) => (params.get(name) ?? '') === '');
  if (missing.length > 0) {
    goaError(res, 400, 'missing_field', `missing required query parameter(s): ${missing.join(', ')}`);
    return;
  }
  if (!['tf', 'awscdk'].includes(params.get('provisioner_type') ?? '')) {
    goaError(res, 400, 'invalid_enum_value', 'provisioner_type must be one of "tf", "awscdk"');
    return;
  }
  const dataType = params.get('data_type') ?? '';
  if (!DATA_TYPES.has(dataType)) {
    goaError(res, 400, 'invalid_enum_value', `data_type "${dataType}" is not one the API takes`);
    return;
  }
  if (req.headers['content-length'] === undefined) {
    goaError(res, 411, 'length_required', 'Content-Length is required');
    return;
  }
  if (Number(req.headers['content-length']) !== body.length) {
    goaError(res, 400, 'bad_request', 'body length differs from Content-Length');
    return;
  }
  const query = Object.fromEntries(params.entries());
  const upload: StoredData = {
    id: randomUUID(),
    dataType,
    stackPath: params.get('stack_path') ?? undefined,
    query,
    contentType: req.headers['content-type'],
    contentLength: req.headers['content-length'],
    body,
  };
  if (settings.failDataTypes.has(dataType) || settings.failStackPaths.has(upload.stackPath ?? '')) {
    goaError(res, 500, 'internal', `could not store ${dataType}`);
    return;
  }
  const id = settings.id?.(upload) ?? upload.id;
  store.push({ ...upload, id });
  sendJson(res, 200, { id, ...(settings.policy?.(upload) ?? {}) });
}
