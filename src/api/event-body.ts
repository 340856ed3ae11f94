/**
 * An event body: a string (a report's, small), or a body of known size read in pieces (a merge's,
 * which may be hundreds of megabytes: issue 23, merge memory flat). Every writer of a body (the
 * request, the spool, the Action's payload-file, a dry run's stdout) takes either, so a streamed
 * body is never joined into one string on its way out.
 */
import { open } from '../lazy-fs.js';
import type { RawBody } from './http-client.js';

export interface StreamedBody {
  /** Characters (UTF-16 code units), as `string.length` would say: the size Harness rate-limits by. */
  readonly length: number;
  /** UTF-8 bytes: the request's Content-Length. */
  readonly bytes: number;
  /** The body from its start, in pieces; each call reads it afresh (a retry sends it again). */
  pieces(): AsyncIterable<string>;
}

export type EventBody = string | StreamedBody;

/** The body's pieces, in order (a string is one piece). */
export async function* bodyPieces(body: EventBody): AsyncIterable<string> {
  if (typeof body === 'string') yield body;
  else yield* body.pieces();
}

/** The whole body as one string: for small bodies and tests only. */
export async function bodyText(body: EventBody): Promise<string> {
  if (typeof body === 'string') return body;
  const parts: string[] = [];
  for await (const piece of body.pieces()) parts.push(piece);
  return parts.join('');
}

/**
 * Writes `body` to `file` exactly (UTF-8), with `mode` and `flag` as `fs.writeFile` takes them;
 * a streamed body a piece at a time.
 */
export async function writeBodyFile(
  file: string,
  body: EventBody,
  options: { readonly mode: number; readonly flag?: string },
): Promise<void> {
  const handle = await open(file, options.flag ?? 'w', options.mode);
  try {
    for await (const piece of bodyPieces(body)) await handle.write(piece, null, 'utf8');
  } finally {
    await handle.close();
  }
}

/** What the HTTP client sends: a string as it is, a streamed body with its Content-Length. */
export function requestBodyOf(body: EventBody): string | RawBody {
  if (typeof body === 'string') return body;
  return {
    contentType: 'application/json',
    length: body.bytes,
    // node:stream loads when a body is sent: a dry run's start-up loads no stream module at all.
    open: () => process.getBuiltinModule('node:stream').Readable.from(body.pieces(), { objectMode: false }),
  };
}
