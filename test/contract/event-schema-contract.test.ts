/**
 * Our event zod schema (src/reporter/event-schema.ts) against Harness's published SendEventRequest
 * (test/contract/harness-openapi-iacm.json): every field we can send is one Harness declares, with
 * the same JSON type and the same enum, and every field Harness requires we require too. The
 * walk is over the JSON Schema zod derives from our schema, so a field added to either side shows.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as zMini from '../../src/zod-mini.js';
import { sendEventRequestSchema } from '../../src/reporter/event-schema.js';
import { loadContractSpec } from '../support/iacm-contract.js';

type Schema = {
  type?: string;
  enum?: readonly unknown[];
  properties?: Record<string, Schema>;
  required?: readonly string[];
  items?: Schema;
  additionalProperties?: Schema | boolean;
  $ref?: string;
};

const spec = loadContractSpec();

function resolve(schema: Schema): Schema {
  if (schema.$ref === undefined) return schema;
  const name = schema.$ref.replace('#/components/schemas/', '');
  const target = spec.components.schemas[name] as Schema | undefined;
  if (target === undefined) throw new Error(`spec has no schema ${name}`);
  return target;
}

/** Every difference between ours and theirs, as `path: what`. */
function differences(ours: Schema, theirs: Schema, path: string): string[] {
  const spec = resolve(theirs);
  const found: string[] = [];
  if (ours.type !== spec.type)
    found.push(`${path}: we send ${String(ours.type)}, Harness declares ${String(spec.type)}`);
  if (ours.enum !== undefined || spec.enum !== undefined) {
    const a = [...(ours.enum ?? [])].map(String).sort();
    const b = [...(spec.enum ?? [])].map(String).sort();
    if (a.join('|') !== b.join('|'))
      found.push(`${path}: enum ${a.join(',')} differs from Harness's ${b.join(',')}`);
  }
  for (const [name, schema] of Object.entries(ours.properties ?? {})) {
    const theirsField = spec.properties?.[name];
    if (theirsField === undefined) found.push(`${path}.${name}: not in Harness's schema`);
    else found.push(...differences(schema, theirsField, `${path}.${name}`));
  }
  for (const name of spec.required ?? []) {
    if (!(ours.required ?? []).includes(name)) found.push(`${path}.${name}: Harness requires it, we do not`);
  }
  if (ours.items !== undefined && spec.items !== undefined)
    found.push(...differences(ours.items, spec.items, `${path}[]`));
  if (typeof ours.additionalProperties === 'object' && typeof spec.additionalProperties === 'object') {
    found.push(...differences(ours.additionalProperties, spec.additionalProperties, `${path}{}`));
  }
  return found;
}

describe('the event schema against Harness’s SendEventRequest', () => {
  const ours = z.toJSONSchema(sendEventRequestSchema, { io: 'input' }) as Schema;
  const theirs = spec.components.schemas['SendEventRequest'] as Schema;

  it('sends only fields Harness declares, with its types and enums, and requires what it requires', () => {
    expect(Object.keys(ours.properties ?? {}).length).toBeGreaterThan(3);
    expect(differences(ours, theirs, 'SendEventRequest')).toEqual([]);
  });

  it('notices a field Harness does not declare, a wrong type and a narrower enum (the check can fail)', () => {
    const wrong = zMini.extend(sendEventRequestSchema, {
      event_type: z.enum(['plan', 'stage_complete']),
      made_up: z.string().optional(),
      data: z.record(z.string(), z.number()).optional(),
    });
    const found = differences(z.toJSONSchema(wrong, { io: 'input' }) as Schema, theirs, 'SendEventRequest');
    expect(found).toEqual([
      expect.stringContaining('SendEventRequest.event_type: enum plan,stage_complete differs'),
      'SendEventRequest.data{}: we send number, Harness declares string',
      'SendEventRequest.made_up: not in Harness’s schema'.replace('’', "'"),
    ]);
  });
});
