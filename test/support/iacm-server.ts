/**
 * A real HTTP server on 127.0.0.1 that behaves like the Harness IaCM API for the calls this tool
 * makes (events, time to live, pipelines, workspace data, activities, update-resources; see the team's harness-iacm-api.md),
 * records every request, and can be told to misbehave: 429/503 a few times, reset the connection, answer slowly or never, fail forever, or
 * answer 200 with a body that is not JSON. Tests point the real client at it; so can a person
 * (`npm run iacm-server`).
 */
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ConnectionConfig } from '../../src/config/schema.js';
import { sharedContractChecker } from './iacm-contract.js';
import {
  handleListActivities,
  handleResourceChanges,
  recordActivity,
  type ActivitySettings,
  type StoredActivity,
} from './iacm-server-activities.js';
import {
  handleUpdateResources,
  type ResourceSettings,
  type ResourceUpdateCall,
} from './iacm-server-resources.js';
import {
  goaError,
  handleData,
  handleEphemeralConfig,
  handlePipelines,
  type DataSettings,
  type PipelineSettings,
  type StoredData,
} from './iacm-server-routes.js';

export type { DataSettings, PipelineSettings, StoredData } from './iacm-server-routes.js';
export type { ActivitySettings, StoredActivity } from './iacm-server-activities.js';
export type { ResourceSettings, ResourceUpdateCall } from './iacm-server-resources.js';

export type Fault =
  | {
      readonly kind: 'status';
      readonly status: number;
      readonly body?: string;
      readonly contentType?: string;
    }
  | { readonly kind: 'reset' }
  | { readonly kind: 'hang' }
  | { readonly kind: 'slow'; readonly delayMs: number }
  | { readonly kind: 'non-json' }
  /** Handle the request (an event lands) but reset the connection instead of answering. */
  | { readonly kind: 'lost-answer' }
  /** Answer this status with a Retry-After header (seconds, or an HTTP date). */
  | { readonly kind: 'retry-after'; readonly status: 429 | 503; readonly retryAfter: string };

export interface IacmServerOptions {
  readonly apiKey?: string;
  readonly accountId?: string;
  readonly org?: string;
  readonly project?: string;
  readonly workspaces?: readonly string[];
  /** Projects in `org` that exist but the key may not touch (403). */
  readonly forbiddenProjects?: readonly string[];
  /** Put the presented API key into 401 messages, as a careless gateway might. */
  readonly echoKeyInErrors?: boolean;
  readonly port?: number;
  /**
   * Check every request against Harness's published contract (test/contract/), answering 400 as
   * Harness would. On by default, so every test that sends proves its requests; off only to show
   * what the check catches.
   */
  readonly contract?: boolean;
}

export interface RecordedRequest {
  readonly method: string;
  /** As received: path and query, still percent-encoded. */
  readonly url: string;
  /** Which route form matched: `/iacm/api`, `/gateway/iacm/api` or the in-stage `/api`. */
  readonly form: 'iacm' | 'gateway' | 'in-stage' | 'unknown';
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

/** A request the contract check refused, with goa's error name and message. */
export interface ContractViolation {
  readonly method: string;
  readonly url: string;
  readonly operation: string;
  readonly name: string;
  readonly message: string;
}

export interface IacmServer {
  readonly baseUrl: string;
  readonly port: number;
  readonly apiKey: string;
  readonly accountId: string;
  readonly org: string;
  readonly project: string;
  readonly workspace: string;
  readonly requests: RecordedRequest[];
  /** Requests refused by the contract check (each also answered 400). */
  readonly violations: ContractViolation[];
  /** Bodies of accepted events, exactly as received. */
  readonly events: Buffer[];
  readonly pipelines: PipelineSettings;
  /** Accepted `/data` uploads, bytes exactly as received, in arrival order. */
  readonly data: StoredData[];
  /** How `/data` answers: policy results, ids, failures. */
  readonly dataSettings: DataSettings;
  /**
   * Time-to-live settings by workspace, as GET ephemeral-config answers them (a test may put one
   * there, e.g. one inherited from the project with its `pipeline_id`).
   */
  readonly ttl: Map<string, Record<string, unknown>>;
  /** One activity per accepted event, in arrival order. */
  readonly activities: StoredActivity[];
  readonly activitySettings: ActivitySettings;
  /** update-resources calls (PATCH .../resources), bodies parsed, in arrival order. */
  readonly resourceUpdates: ResourceUpdateCall[];
  /** How update-resources answers: per-resource failures and skips, a 400 with results. */
  readonly resourceSettings: ResourceSettings;
  /** Faults for the next requests, one each, in order. */
  failNext(...faults: Fault[]): void;
  /** A fault for every request once the queue is empty (undefined: behave). */
  failAlways(fault: Fault | undefined): void;
  /** A ConnectionConfig that reaches this server as a valid caller. */
  connection(overrides?: Partial<ConnectionConfig>): ConnectionConfig;
  close(): Promise<void>;
}

export const TEST_API_KEY = 'pat.test-account.Tok3nId.S3cr3tValue0123456789';

const ROUTE =
  /^(\/gateway\/iacm\/api|\/iacm\/api|\/api)\/orgs\/([^/]+)\/projects\/([^/]+)\/workspaces\/([^/]+)\/([a-z-]+)$/;
const PROJECT_ROUTE =
  /^(\/gateway\/iacm\/api|\/iacm\/api|\/api)\/orgs\/([^/]+)\/projects\/([^/]+)\/activities(?:\/([^/]+)\/(resource-changes))?$/;
const FORMS = { '/iacm/api': 'iacm', '/gateway/iacm/api': 'gateway', '/api': 'in-stage' } as const;

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The variables a CLI run needs to send to `server` (account, org, project, workspace, key, URL). */
export function iacmServerEnv(server: IacmServer): Record<string, string> {
  return {
    HARNESS_ACCOUNT_ID: server.accountId,
    HARNESS_ORG_ID: server.org,
    HARNESS_PROJECT_ID: server.project,
    HARNESS_WORKSPACE_ID: server.workspace,
    HARNESS_API_KEY: server.apiKey,
    HARNESS_BASE_URL: server.baseUrl,
  };
}

export async function startIacmServer(options: IacmServerOptions = {}): Promise<IacmServer> {
  const apiKey = options.apiKey ?? TEST_API_KEY;
  const accountId = options.accountId ?? 'test-account';
  const org = options.org ?? 'default';
  const project = options.project ?? 'infra';
  const workspaces = options.workspaces ?? ['prod-network', 'ws with spaces/and slash'];
  const forbidden = new Set(options.forbiddenProjects ?? ['locked']);
  const requests: RecordedRequest[] = [];
  const events: Buffer[] = [];
  const pipelines: PipelineSettings = { count: 5, headers: 'iacm', ignorePage: false, maxLimit: 1000 };
  const ttl = new Map<string, Record<string, unknown>>();
  const data: StoredData[] = [];
  const dataSettings: DataSettings = {
    policy: undefined,
    id: undefined,
    failDataTypes: new Set(),
    failStackPaths: new Set(),
    delayMs: 0,
  };
  const queue: Fault[] = [];
  let always: Fault | undefined;
  const timers = new Set<NodeJS.Timeout>();
  const loseAnswer = new WeakSet<IncomingMessage>();
  const violations: ContractViolation[] = [];
  const activities: StoredActivity[] = [];
  const activitySettings: ActivitySettings = { countsOffset: {}, failList: undefined };
  const resourceUpdates: ResourceUpdateCall[] = [];
  const resourceSettings: ResourceSettings = {
    fail: undefined,
    skip: undefined,
    failWith400: false,
    failCall: undefined,
  };
  const check = options.contract === false ? undefined : sharedContractChecker();

  function route(req: IncomingMessage, res: ServerResponse, body: Buffer): void {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const projectMatch = PROJECT_ROUTE.exec(path);
    const match =
      ROUTE.exec(path) ??
      (projectMatch
        ? ([projectMatch[0], projectMatch[1], projectMatch[2], projectMatch[3], '', 'activities'] as const)
        : null);
    if (!match) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('404 page not found');
      return;
    }
    const [, , rawOrg = '', rawProject = '', rawWorkspace = '', resource = ''] = match;
    const key = req.headers['x-api-key'];
    if (req.headers['harness-account'] === undefined) {
      goaError(res, 400, 'bad_request', 'missing required header "Harness-Account"');
      return;
    }
    if (key !== apiKey || req.headers['harness-account'] !== accountId) {
      const shown = options.echoKeyInErrors ? ` ${String(key)}` : '';
      goaError(res, 401, 'unauthorized', `token${shown} is not valid for this account`);
      return;
    }
    const [o, p, w] = [rawOrg, rawProject, rawWorkspace].map(decodeURIComponent);
    if (o === org && p !== undefined && forbidden.has(p)) {
      goaError(res, 403, 'forbidden', `principal lacks core_workspace_view on project ${p}`);
      return;
    }
    const [pathOnly = '', search = ''] = (req.url ?? '/').split('?');
    const verdict = check?.({
      method: req.method ?? '',
      path: pathOnly.replace(/^(\/gateway\/iacm\/api|\/api)\//, '/iacm/api/'),
      query: new URLSearchParams(search),
      headers: req.headers,
      body,
    });
    if (verdict !== undefined && !verdict.ok) {
      violations.push({ method: req.method ?? '', url: req.url ?? '', ...verdict });
      goaError(res, 400, verdict.name, verdict.message);
      return;
    }
    if (resource === 'activities' && o === org && p === project && req.method === 'GET') {
      const id = projectMatch?.[4];
      if (id === undefined) handleListActivities(req, res, activities, activitySettings);
      else handleResourceChanges(req, res, activities, decodeURIComponent(id), activitySettings);
      return;
    }
    if (o !== org || p !== project || w === undefined || !workspaces.includes(w)) {
      goaError(res, 404, 'not_found', `workspace ${String(w)} not found`);
      return;
    }
    if (resource === 'events' && req.method === 'POST') {
      // The contract check parsed the body already: a 65 MiB event is parsed once, not twice.
      handleEvent(req, res, body, verdict?.ok === true ? verdict.json : undefined);
    } else if (resource === 'ephemeral-config') {
      handleEphemeralConfig(req, res, body, ttl, w);
    } else if (resource === 'data' && req.method === 'POST') {
      if (dataSettings.delayMs > 0) {
        const timer = setTimeout(() => {
          timers.delete(timer);
          if (!res.destroyed) handleData(req, res, body, dataSettings, data);
        }, dataSettings.delayMs);
        timers.add(timer);
      } else {
        handleData(req, res, body, dataSettings, data);
      }
    } else if (resource === 'resources') {
      handleUpdateResources(req, res, body, w, resourceSettings, resourceUpdates);
    } else if (resource === 'pipelines' && req.method === 'GET') {
      handlePipelines(req, res, pipelines, { account: accountId, org, project });
    } else {
      goaError(res, 405, 'method_not_allowed', `${String(req.method)} ${resource} is not supported`);
    }
  }

  function handleEvent(req: IncomingMessage, res: ServerResponse, body: Buffer, parsed?: unknown): void {
    if (!String(req.headers['content-type']).startsWith('application/json')) {
      goaError(res, 415, 'unsupported_media_type', 'Content-Type must be application/json');
      return;
    }
    // The body was checked against Harness's SendEventRequest by the contract check.
    events.push(body);
    const w = decodeURIComponent(ROUTE.exec((req.url ?? '').split('?')[0] ?? '')?.[4] ?? '');
    recordActivity(
      activities,
      { account: accountId, org, project, workspace: w },
      (parsed ?? JSON.parse(body.toString('utf8'))) as object,
    );
    if (loseAnswer.has(req)) {
      req.socket.resetAndDestroy();
      return;
    }
    res.writeHead(200).end();
  }

  function applyFault(fault: Fault, req: IncomingMessage, res: ServerResponse, body: Buffer): void {
    switch (fault.kind) {
      case 'status': {
        const text = fault.body ?? JSON.stringify({ code: 'ERROR', message: `injected ${fault.status}` });
        res.writeHead(fault.status, { 'content-type': fault.contentType ?? 'application/json' }).end(text);
        return;
      }
      case 'reset':
        req.socket.resetAndDestroy();
        return;
      case 'hang':
        return; // closeAllConnections() in close() ends it
      case 'slow': {
        const timer = setTimeout(() => {
          timers.delete(timer);
          route(req, res, body);
        }, fault.delayMs);
        timers.add(timer);
        return;
      }
      case 'lost-answer':
        loseAnswer.add(req);
        route(req, res, body);
        return;
      case 'retry-after': {
        const text = JSON.stringify({ code: 'ERROR', message: `injected ${fault.status}` });
        res
          .writeHead(fault.status, { 'content-type': 'application/json', 'retry-after': fault.retryAfter })
          .end(text);
        return;
      }
      case 'non-json':
        res
          .writeHead(200, { 'content-type': 'text/html' })
          .end('<html><body>Welcome to nginx!</body></html>');
    }
  }

  const server = createServer((req, res) => {
    void readBody(req).then((body) => {
      const prefix = ROUTE.exec((req.url ?? '').split('?')[0] ?? '')?.[1] as keyof typeof FORMS | undefined;
      requests.push({
        method: req.method ?? '',
        url: req.url ?? '',
        form: prefix === undefined ? 'unknown' : FORMS[prefix],
        headers: req.headers,
        body,
      });
      const fault = queue.shift() ?? always;
      if (fault) applyFault(fault, req, res, body);
      else route(req, res, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    port,
    apiKey,
    accountId,
    org,
    project,
    workspace: workspaces[0] ?? 'prod-network',
    requests,
    violations,
    ttl,
    activities,
    activitySettings,
    resourceUpdates,
    resourceSettings,
    events,
    pipelines,
    data,
    dataSettings,
    failNext: (...faults) => void queue.push(...faults),
    failAlways: (fault) => {
      always = fault;
    },
    connection: (overrides = {}) => ({
      accountId,
      org,
      project,
      workspace: workspaces[0] ?? 'prod-network',
      apiKey,
      baseUrl: `http://127.0.0.1:${port}`,
      ...overrides,
    }),
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
