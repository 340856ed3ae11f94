/**
 * A merge's event body, built a unit at a time (issue 23: merge memory flat in the number and size
 * of partials). The body is byte for byte what `requestBody(scrubSecrets(cleanEvent(buildEvent(...))))`
 * gives (request-body.ts), but the `stacks` and `terragrunt_details` arrays are never held as
 * objects or as one string: each unit's two items are checked against their part of the one zod
 * schema, cleaned (well-formed strings), scrubbed of the key, serialised and appended to a private
 * spool (body-spool.ts), and the body is read back in pieces as head, the two arrays, tail.
 *
 * Why the pieces join to the same text: JSON.stringify writes an array of objects as its items'
 * texts between `[`, `,` and `]`; the cleaning and the key's scrub work value by value; and the
 * runner-command guard (`##[`, hidden characters) only matches inside strings, which never span
 * two items. The key spelt across JSON syntax is looked for over the whole body as it streams.
 */
import type { EventBody, StreamedBody } from '../api/event-body.js';
import { scrubSecrets } from '../api/redact.js';
import type { ConnectionConfig } from '../config/schema.js';
import type { CiContext } from '../model/ci-context.js';
import { wellFormedJson } from '../plain-text.js';
import { buildEvent } from '../reporter/build-event.js';
import {
  sendEventRequestSchema,
  stackSchema,
  terragruntDetailSchema,
  type SendEventRequest,
} from '../reporter/event-schema.js';
import type { ReportModel } from '../reporter/report-model.js';
import { unitCount } from '../reporter/unit-tally.js';
import type { UnitReport } from '../model/unit-report.js';
import { unitToStack, unitToTerragruntDetail } from '../reporter/terragrunt-event.js';
import { jsonWithoutRunnerCommands } from '../runner-commands.js';
import { bodySecrets, cleanBody, cleanBodyPieces } from './body-secrets.js';
import type { BodySpool } from './body-spool.js';
import { requestBody } from './request-body.js';
import { confirmTarget, type ConfirmTarget } from './confirm-activity.js';

/** Where the two arrays go in the head's text (schema order puts them side by side). */
const LISTS = '"stacks":[],"terragrunt_details":[]';

export interface StreamedEvent {
  /** The event without its `stacks` and `terragrunt_details` (what the summaries and facts read). */
  readonly event: SendEventRequest;
  readonly body: EventBody;
  /** The event as the confirmation after a send compares it: with its `terragrunt_details`. */
  /** What the confirmation after a send compares (confirm-activity.ts). */
  readonly confirmable: () => ConfirmTarget;
}

type Config = { readonly connection: Pick<ConnectionConfig, 'apiKey'> };

/**
 * The event of `model` and its body, the units' items in two files of `spool`. `units`: every
 * unit in path_id order, when the model keeps only a bounded selection (a merge's: unit-tally.ts).
 */
export async function streamedEvent(
  model: ReportModel,
  context: CiContext,
  config: Config,
  spool: BodySpool,
  units: () => Iterable<UnitReport> = () => model.units,
): Promise<StreamedEvent> {
  const secrets = bodySecrets(config);
  const clean = <T>(value: T): T => scrubSecrets(wellFormedJson(value), secrets);
  if (unitCount(model) === 0) {
    // No units, nothing large: the event and its body as a report builds them.
    const event = clean(buildEvent(model, context));
    return { event, body: cleanBody(requestBody(event), config), confirmable: () => confirmTarget(event) };
  }
  // The head: every field but the two arrays, validated by the whole schema, the arrays empty.
  const built = buildEvent({ ...model, units: [] }, context);
  const placed = sendEventRequestSchema.parse({
    ...built,
    metadata: { ...built.metadata, stacks: [], terragrunt_details: [] },
  });
  const headText = requestBody(clean(placed));
  const at = headText.indexOf(LISTS);
  if (at === -1 || headText.lastIndexOf(LISTS) !== at) {
    throw new Error(
      'the merged event could not be laid out (the stacks and units arrays were not found once)',
    );
  }
  const [stacks, details] = [spool.list(), spool.list()];
  for (const unit of units()) {
    const stack = stackSchema.parse(unitToStack(unit));
    // zod leaves a `__proto__` key out of a record (build-event.ts): the outputs as built.
    if (unit.outputs !== undefined) stack.stack_outputs = { ...unit.outputs };
    stacks.append(itemText(clean(stack)));
    details.append(itemText(clean(terragruntDetailSchema.parse(unitToTerragruntDetail(unit)))));
  }
  stacks.flush();
  details.flush();
  const head = headText.slice(0, at) + '"stacks":[';
  const middle = '],"terragrunt_details":[';
  const tail = ']' + headText.slice(at + LISTS.length);
  const body: StreamedBody = {
    length: head.length + stacks.length + middle.length + details.length + tail.length,
    bytes: Buffer.byteLength(head + middle + tail) + stacks.bytes + details.bytes,
    // eslint-disable-next-line @typescript-eslint/require-await -- an async iterable, read from files synchronously
    async *pieces() {
      yield head;
      yield* stacks.pieces();
      yield middle;
      yield* details.pieces();
      yield tail;
    },
  };
  // The key spelt across JSON syntax survives the field-by-field scrub: refused, as a report's.
  await cleanBodyPieces(body.pieces(), config);
  const event = clean(built);
  return {
    event,
    body,
    // Each unit's counts as its detail in the body has them, read again a unit at a time.
    confirmable: () => ({
      metadata: event.metadata ?? {},
      units: function* () {
        for (const unit of units()) yield clean(unitToTerragruntDetail(unit));
      },
    }),
  };
}

/** One array item's text, as JSON.stringify writes it inside the whole body (request-body.ts). */
function itemText(item: unknown): string {
  return jsonWithoutRunnerCommands(JSON.stringify(wellFormedJson(item)));
}
