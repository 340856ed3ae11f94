/**
 * Harness's published IaCM request contract (test/contract/harness-openapi-iacm.json) as a
 * checker: given a request as the test IaCM server received it, find the operation it calls and
 * check its path parameters, query parameters, Harness-Account header and JSON body against
 * Harness's own schemas (required, types, enums, formats, lengths, ranges) with ajv. A request
 * that breaks it gets the 400 a goa-generated server answers. Our own zod schema never takes part,
 * so the two readings cannot agree with each other by construction.
 */
import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

interface SpecParameter {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header';
  readonly required?: boolean;
  readonly schema: Record<string, unknown>;
}

interface SpecOperation {
  readonly method: string;
  readonly path: string;
  readonly operationId: string;
  readonly parameters: readonly SpecParameter[];
  readonly requestBody: { readonly schema: Record<string, unknown> } | null;
}

export interface ContractSpec {
  readonly operations: Readonly<Record<string, SpecOperation>>;
  readonly components: { readonly schemas: Readonly<Record<string, Record<string, unknown>>> };
}

export const CONTRACT_FILE = new URL('../contract/harness-openapi-iacm.json', import.meta.url);
/**
 * update-resources, which Harness's OpenAPI we hold lacks: written from the team's API notes
 * (its header says so and what is our inference), checked the same way.
 */
export const NOTES_CONTRACT_FILE = new URL('../contract/harness-update-resources.json', import.meta.url);

export function loadContractSpec(): ContractSpec {
  const spec = JSON.parse(readFileSync(CONTRACT_FILE, 'utf8')) as ContractSpec;
  const notes = JSON.parse(readFileSync(NOTES_CONTRACT_FILE, 'utf8')) as ContractSpec;
  for (const name of Object.keys(notes.components.schemas)) {
    if (name in spec.components.schemas) throw new Error(`contract: schema ${name} is in both files`);
  }
  return {
    operations: { ...spec.operations, ...notes.operations },
    components: { schemas: { ...spec.components.schemas, ...notes.components.schemas } },
  };
}

/** A request as received, its path already stripped to the `/iacm/api/...` form. */
export interface ReceivedRequest {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: Buffer;
}

export type ContractVerdict =
  | {
      readonly ok: true;
      readonly operation: string | undefined;
      /** The body as parsed for the check (operations with a body), so the server need not parse it again. */
      readonly json?: unknown;
    }
  | { readonly ok: false; readonly operation: string; readonly name: string; readonly message: string };

interface CompiledOperation {
  readonly key: string;
  readonly method: string;
  readonly pattern: RegExp;
  readonly pathNames: readonly string[];
  readonly params: ValidateFunction;
  readonly body: ValidateFunction | undefined;
}

/** goa's error names for the JSON-schema keywords (goa/v3 http errors). */
const GOA_NAMES: Record<string, string> = {
  required: 'missing_field',
  enum: 'invalid_enum_value',
  type: 'invalid_field_type',
  format: 'invalid_format',
  minLength: 'invalid_length',
  maxLength: 'invalid_length',
  minimum: 'invalid_range',
  maximum: 'invalid_range',
};

function describe(error: ErrorObject, where: string): { name: string; message: string } {
  const field =
    error.keyword === 'required'
      ? `${error.instancePath}/${String((error.params as { missingProperty: string }).missingProperty)}`
      : error.instancePath;
  const name = GOA_NAMES[error.keyword] ?? 'invalid_field';
  const path = field.replace(/^\//, '').replaceAll('/', '.');
  const message =
    error.keyword === 'required'
      ? `"${path}" is missing from ${where}`
      : `${where} "${path}" ${error.message ?? 'is invalid'}${error.keyword === 'enum' ? `: ${JSON.stringify((error.params as { allowedValues: unknown }).allowedValues)}` : ''}`;
  return { name, message };
}

function newAjv(coerceTypes: boolean): Ajv {
  // strict: OpenAPI-only words (description, default) are fine; unknown formats are not.
  const ajv = new Ajv({
    allErrors: false,
    coerceTypes,
    useDefaults: false,
    strict: false,
    validateFormats: true,
  });
  addFormats(ajv);
  return ajv;
}

/** Compile the spec once; the returned function checks one request. */
export function contractChecker(
  spec: ContractSpec = loadContractSpec(),
): (req: ReceivedRequest) => ContractVerdict {
  const bodies = newAjv(false);
  bodies.addSchema({ $id: 'harness', components: spec.components });
  const params = newAjv(true);
  const compiled: CompiledOperation[] = Object.entries(spec.operations).map(([key, op]) => {
    const pathNames = [...op.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] ?? '');
    const pattern = new RegExp(`^${op.path.replace(/\{[^}]+\}/g, '([^/]+)')}$`);
    const properties: Record<string, unknown> = {};
    const required: string[] = [];
    for (const p of op.parameters) {
      const id = `${p.in}:${p.name.toLowerCase()}`;
      properties[id] = p.schema;
      if (p.required === true || p.in === 'path') required.push(id);
    }
    const rewrite = (schema: unknown): unknown =>
      JSON.parse(
        JSON.stringify(schema).replaceAll('"#/components/schemas/', '"harness#/components/schemas/'),
      );
    return {
      key,
      method: op.method,
      pattern,
      pathNames,
      params: params.compile({ type: 'object', properties, required }),
      body: op.requestBody ? bodies.compile(rewrite(op.requestBody.schema) as object) : undefined,
    };
  });

  return (req) => {
    const path = req.path;
    const op = compiled.find((c) => c.method === req.method && c.pattern.test(path));
    if (op === undefined) return { ok: true, operation: undefined };
    const values: Record<string, unknown> = {};
    const match = op.pattern.exec(path) ?? [];
    op.pathNames.forEach((name, i) => {
      values[`path:${name.toLowerCase()}`] = decodeURIComponent(match[i + 1] ?? '');
    });
    for (const [name, value] of req.query) values[`query:${name.toLowerCase()}`] = value;
    for (const [name, value] of Object.entries(req.headers)) {
      if (typeof value === 'string') values[`header:${name.toLowerCase()}`] = value;
    }
    if (!op.params(values)) {
      const error = op.params.errors?.[0];
      if (error) {
        const described = describe(error, 'request');
        return {
          ok: false,
          operation: op.key,
          name: described.name,
          message: described.message.replace(/"(path|query|header):/, '$1 parameter "'),
        };
      }
    }
    if (op.body === undefined) return { ok: true, operation: op.key };
    let json: unknown;
    try {
      json = JSON.parse(req.body.toString('utf8'));
    } catch {
      return { ok: false, operation: op.key, name: 'bad_request', message: 'request body is not valid JSON' };
    }
    if (!op.body(json)) {
      const error = op.body.errors?.[0];
      const described = error ? describe(error, 'body') : { name: 'invalid_field', message: 'invalid body' };
      return { ok: false, operation: op.key, ...described };
    }
    return { ok: true, operation: op.key, json };
  };
}

let shared: ((req: ReceivedRequest) => ContractVerdict) | undefined;

/** One compiled checker per test process (compiling the spec takes a while on a busy machine). */
export function sharedContractChecker(): (req: ReceivedRequest) => ContractVerdict {
  shared ??= contractChecker();
  return shared;
}
