/**
 * The sticky comment: one comment (note) per request and key, found again and edited in place on
 * every run. Ours is a comment that carries our marker for this key AND was written by the token's
 * own identity: anyone can paste the marker, nobody else can post as us, so a look-alike by
 * another user is never edited (it is reported, so the log says why a second comment appeared).
 *
 * The marker records the commit the comment was made for: a run for an older commit (a slow job
 * finishing after a newer push) never overwrites the comment of the request's newer head.
 */
import { ForgeError } from './forge-http.js';
import type { CommentThread, ForgeComment, WrittenComment } from './forge-types.js';

/** Only `[A-Za-z0-9._/-]`, no `--` (which would end the HTML comment), at most 200 characters. */
export function safeKey(raw: string): string {
  const safe = raw
    .replace(/[^A-Za-z0-9._/-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .slice(0, 200);
  return safe === '' ? 'default' : safe;
}

/** `<!-- iacm-reporter:<key> commit=<sha> -->`: the key and commit are never secrets. */
export function stickyMarker(key: string, commit?: string): string {
  const sha =
    commit !== undefined && /^[0-9a-f]{7,64}$/i.test(commit) ? ` commit=${commit.toLowerCase()}` : '';
  return `<!-- iacm-reporter:${safeKey(key)}${sha} -->`;
}

const MARKER = /^<!-- iacm-reporter:([A-Za-z0-9._/-]+)(?: commit=([0-9a-f]{7,64}))? -->/;

/** The key and commit of a body that opens with a marker (a quote of ours does not). */
export function parseMarker(body: string): { key: string; commit?: string } | undefined {
  const match = MARKER.exec(body);
  if (!match?.[1]) return undefined;
  return match[2] === undefined ? { key: match[1] } : { key: match[1], commit: match[2] };
}

export interface StickyRequest {
  readonly key: string;
  /** The commit the report is for (the request's head as the CI saw it). */
  readonly commit?: string | undefined;
  /** The body under the marker, already within the forge's limit less the marker line. */
  readonly body: string;
  /** False: refresh ours when there is one, post none (`comment: on-change` with nothing to see). */
  readonly post: boolean;
  readonly log: (line: string) => void;
}

export type StickyResult =
  | ({ readonly action: 'created' | 'updated' } & WrittenComment)
  | { readonly action: 'skipped'; readonly reason: string };

interface Found {
  readonly ours?: ForgeComment & { readonly commit?: string | undefined };
  readonly lookalikes: readonly ForgeComment[];
}

async function findOurs(thread: CommentThread, key: string, login: string): Promise<Found> {
  const lookalikes: ForgeComment[] = [];
  for await (const page of thread.pages()) {
    for (const comment of page) {
      if (comment.system) continue;
      const marker = parseMarker(comment.body);
      if (marker?.key !== key) continue;
      if (comment.author !== login) {
        lookalikes.push(comment);
        continue;
      }
      return { ours: { ...comment, commit: marker.commit }, lookalikes };
    }
  }
  return { lookalikes };
}

/** Creates or updates our comment; throws what the forge answered when a call fails. */
export async function upsertSticky(thread: CommentThread, request: StickyRequest): Promise<StickyResult> {
  const key = safeKey(request.key);
  const identity = await thread.identity();
  const { ours, lookalikes } = await findOurs(thread, key, identity.login);
  for (const other of lookalikes) {
    request.log(
      `comment: left comment ${other.id} alone: it carries this step's marker but was written by ${JSON.stringify(other.author)}, not by this token's ${JSON.stringify(identity.login)}`,
    );
  }
  if (ours === undefined && !request.post)
    return { action: 'skipped', reason: 'nothing to see (comment: on-change)' };
  const commit = request.commit?.toLowerCase();
  if (ours?.commit !== undefined && commit !== undefined && ours.commit !== commit) {
    const head = (await thread.headSha())?.toLowerCase();
    if (head !== undefined && head !== commit) {
      return {
        action: 'skipped',
        reason: `the comment is for commit ${ours.commit.slice(0, 12)}; this run's commit ${commit.slice(0, 12)} is no longer the head (${head.slice(0, 12)})`,
      };
    }
  }
  const body = `${stickyMarker(key, commit)}\n${request.body}`;
  if (body.length > thread.maxBodyChars) {
    throw new ForgeError(
      `the comment has ${body.length} characters, more than ${thread.forge}'s ${thread.maxBodyChars}`,
      'FORGE_LIMIT',
    );
  }
  if (ours !== undefined) return { action: 'updated', ...(await thread.update(ours.id, body)) };
  return { action: 'created', ...(await thread.create(body)) };
}
