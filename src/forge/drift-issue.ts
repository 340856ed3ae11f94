/**
 * Drift as a lifecycle: one open issue per drifted workspace (or unit), found again on every check,
 * edited in place, commented on only when the drifted set changes, closed when a complete check
 * finds no drift. Never more than one open issue per key:
 * - ours is an open issue with our label whose body opens with this key's marker AND that the
 *   token's own identity wrote; a look-alike (anyone can paste a marker) is left alone and logged;
 * - the marker holds a fingerprint of the key (a hash: no workspace name or id in clear) and the
 *   state of the last check: when it ran and, per drifted address (hashed), the day it was first
 *   seen drifted, so "since when" survives between runs without any store of ours;
 * - an incomplete check (failed units, missing legs) that finds no drift never closes an issue:
 *   what it did not see may still be drifted.
 */
import type { ForgeIssue, IssueTracker } from './issue-tracker.js';
import { thousands } from '../thousands.js';

/** node:crypto loads when first used: loading it costs every run's start-up ~10 ms. */
const crypto = () => process.getBuiltinModule('node:crypto');

/** Addresses whose first-seen day the marker keeps, at most (about 20 characters each). */
export const MAX_TRACKED = 1_000;
const DAY_MS = 86_400_000;

export interface DriftIssueRequest {
  /** What identifies the workspace (or unit): account/org/project/workspace ids, + unit path. */
  readonly key: string;
  /** "Drift: <workspace>". */
  readonly title: string;
  readonly label: string;
  /** The drifted addresses this check saw (unit-prefixed where relevant), at most what it lists. */
  readonly drifted: readonly string[];
  /** The exact number of drifted resources (may exceed `drifted`). */
  readonly driftedTotal: number;
  /** False when the check did not see everything: then no drift found never closes an issue. */
  readonly complete: boolean;
  readonly runLink?: string | undefined;
  readonly now: Date;
  /** The body under the marker, given the day each drifted address was first seen (YYYY-MM-DD). */
  readonly render: (since: ReadonlyMap<string, string>, maxChars: number) => string;
  readonly log: (line: string) => void;
}

export type DriftIssueResult =
  | { readonly action: 'opened' | 'updated' | 'closed'; readonly number: number; readonly url: string }
  | { readonly action: 'left-open'; readonly number: number; readonly url: string; readonly reason: string }
  | { readonly action: 'none'; readonly reason: string };

interface DriftState {
  /** When the previous check ran (ISO). */
  readonly checked?: string;
  /** Address hash -> day number (days since 1970-01-01) it was first seen drifted. */
  readonly since: ReadonlyMap<string, number>;
}

export function fingerprint(key: string): string {
  return crypto().createHash('sha256').update(`iacm-reporter drift\0${key}`).digest('hex').slice(0, 16);
}

function addressHash(address: string): string {
  return crypto().createHash('sha256').update(address).digest('hex').slice(0, 10);
}

const dayOf = (date: Date): number => Math.floor(date.getTime() / DAY_MS);
const isoDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** `<!-- iacm-reporter:drift:<fp> {json} -->`: hex, digits and JSON punctuation only (no `--`). */
export function driftMarker(fp: string, state: DriftState): string {
  const since: Record<string, number> = {};
  let kept = 0;
  for (const [hash, day] of state.since) {
    if (kept++ >= MAX_TRACKED) break;
    since[hash] = day;
  }
  return `<!-- iacm-reporter:drift:${fp} ${JSON.stringify({ v: 1, checked: state.checked, since })} -->`;
}

const MARKER = /^<!-- iacm-reporter:drift:([0-9a-f]{16}) (\{[^>]*\}) -->/;

/** The fingerprint and state of a body that opens with a drift marker; undefined otherwise. */
export function parseDriftMarker(body: string): { fp: string; state: DriftState } | undefined {
  const match = MARKER.exec(body);
  if (!match?.[1] || !match[2]) return undefined;
  let parsed: { checked?: unknown; since?: unknown };
  try {
    parsed = JSON.parse(match[2]) as typeof parsed;
  } catch {
    return { fp: match[1], state: { since: new Map() } };
  }
  const since = new Map<string, number>();
  if (parsed.since !== null && typeof parsed.since === 'object') {
    for (const [hash, day] of Object.entries(parsed.since as Record<string, unknown>)) {
      if (/^[0-9a-f]{10}$/.test(hash) && Number.isSafeInteger(day)) since.set(hash, day as number);
    }
  }
  const checked = typeof parsed.checked === 'string' && !Number.isNaN(Date.parse(parsed.checked));
  return { fp: match[1], state: checked ? { checked: parsed.checked as string, since } : { since } };
}

async function findOurs(
  tracker: IssueTracker,
  request: DriftIssueRequest,
  fp: string,
): Promise<{ issue: ForgeIssue; state: DriftState } | undefined> {
  const me = (await tracker.identity()).login;
  let found: { issue: ForgeIssue; state: DriftState } | undefined;
  for await (const page of tracker.openIssues(request.label)) {
    for (const issue of page) {
      const marker = parseDriftMarker(issue.body);
      if (marker?.fp !== fp) continue;
      if (issue.author !== me) {
        request.log(
          `drift issue: left #${issue.number} alone: it carries this workspace's marker but was opened by ${JSON.stringify(issue.author)}, not by this token's ${JSON.stringify(me)}`,
        );
      } else if (found === undefined) found = { issue, state: marker.state };
      else
        request.log(
          `drift issue: #${issue.number} is a second open issue of ours for this key; #${found.issue.number} is kept up to date`,
        );
    }
  }
  return found;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${thousands(n)} ${n === 1 ? one : many}`;
}

/** "2 more drifted, 1 cleared since 2026-12-01": what changed between two checks. */
export function changeNote(previous: DriftState, drifted: ReadonlyMap<string, string>): string | undefined {
  let added = 0;
  for (const hash of drifted.keys()) if (!previous.since.has(hash)) added++;
  let cleared = 0;
  for (const hash of previous.since.keys()) if (!drifted.has(hash)) cleared++;
  if (added === 0 && cleared === 0) return undefined;
  const parts = [
    added > 0 ? `${plural(added, 'more resource')} drifted` : '',
    cleared > 0 ? `${thousands(cleared)} cleared` : '',
  ];
  const when = previous.checked ? ` since the check of ${previous.checked.slice(0, 10)}` : '';
  return `${parts.filter(Boolean).join(', ')}${when}.`;
}

/** Opens, updates or closes this key's drift issue; throws what the forge answered on failure. */
export async function syncDriftIssue(
  tracker: IssueTracker,
  request: DriftIssueRequest,
): Promise<DriftIssueResult> {
  const fp = fingerprint(request.key);
  const ours = await findOurs(tracker, request, fp);
  const link = request.runLink ? ` in ${request.runLink}` : '';
  if (request.driftedTotal === 0) {
    if (ours === undefined) return { action: 'none', reason: 'no drift, and no open drift issue' };
    const { number, url } = ours.issue;
    if (!request.complete) {
      return {
        action: 'left-open',
        number,
        url,
        reason:
          'this check did not see everything (failed units or missing legs), so it cannot say the drift cleared',
      };
    }
    await tracker.comment(
      number,
      `Drift cleared${link}: a complete check on ${request.now.toISOString().slice(0, 10)} found no drift.`,
    );
    await tracker.close(number);
    return { action: 'closed', number, url };
  }
  const today = dayOf(request.now);
  const since = new Map<string, number>();
  const byAddress = new Map<string, string>();
  const byHash = new Map<string, string>();
  for (const address of request.drifted.slice(0, MAX_TRACKED)) {
    const hash = addressHash(address);
    const day = ours?.state.since.get(hash) ?? today;
    since.set(hash, day);
    byAddress.set(address, isoDay(day));
    byHash.set(hash, address);
  }
  const marker = driftMarker(fp, { checked: request.now.toISOString(), since });
  const room = tracker.maxBodyChars - marker.length - 1;
  const body = `${marker}\n${request.render(byAddress, room)}`;
  if (body.length > tracker.maxBodyChars) {
    throw new Error(
      `the drift issue has ${body.length} characters, more than ${tracker.forge}'s ${tracker.maxBodyChars}`,
    );
  }
  if (ours === undefined) {
    const created = await tracker.create(request.title, body, request.label);
    return { action: 'opened', number: created.number, url: created.url };
  }
  const { number, url } = ours.issue;
  await tracker.editBody(number, body);
  // Only what this check could compare: addresses past MAX_TRACKED were never in the marker.
  const note = request.drifted.length <= MAX_TRACKED ? changeNote(ours.state, byHash) : undefined;
  if (note !== undefined)
    await tracker.comment(number, `${note}${request.runLink ? ` Checked${link}.` : ''}`);
  return { action: 'updated', number, url };
}
