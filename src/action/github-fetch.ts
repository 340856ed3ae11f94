/**
 * The `fetch` the Action's GitHub client (Octokit) uses: every call bounded in time and size, a
 * few retries, and a budget for all of them. Without it a GitHub API that accepts the connection
 * and never answers held the step past four minutes; the comment is a courtesy, the report is
 * already sent, so the step must finish.
 *
 * - one deadline per try (GITHUB_TRY_TIMEOUT_MS) covering connect, headers and the whole body;
 * - bodies read up to GITHUB_MAX_RESPONSE_BYTES (a page of 100 comments of 65,536 characters
 *   each fits); a longer one is an error;
 * - up to GITHUB_MAX_ATTEMPTS tries on a timeout, a network error, 429 or 5xx, with a short
 *   backoff. A POST (a new comment) is tried again only when the connection was refused, so a
 *   comment is never created twice;
 * - no new try starts after GITHUB_BUDGET_MS from the first call of the client.
 */
import { errorChain } from '../api/network-errors.js';

export const GITHUB_TRY_TIMEOUT_MS = 15_000;
export const GITHUB_MAX_ATTEMPTS = 3;
export const GITHUB_BUDGET_MS = 60_000;
export const GITHUB_MAX_RESPONSE_BYTES = 16 * 1024 * 1024;

export interface GitHubFetchOptions {
  readonly tryTimeoutMs?: number;
  readonly maxAttempts?: number;
  readonly budgetMs?: number;
  readonly maxResponseBytes?: number;
  readonly baseDelayMs?: number;
}

const RETRYABLE_STATUS = new Set([429, 500, 502, 503, 504]);

class GitHubCallError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
  }
}

async function readCapped(response: Response, limit: number): Promise<Uint8Array> {
  if (response.body === null) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  // Node's web streams are async iterable; leaving the loop early cancels the stream.
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.length;
    if (size > limit) throw new GitHubCallError(`the answer is larger than ${limit} bytes`, false);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

export function boundedFetch(options: GitHubFetchOptions = {}): typeof fetch {
  const tryTimeoutMs = options.tryTimeoutMs ?? GITHUB_TRY_TIMEOUT_MS;
  const maxAttempts = options.maxAttempts ?? GITHUB_MAX_ATTEMPTS;
  const budgetMs = options.budgetMs ?? GITHUB_BUDGET_MS;
  const maxBytes = options.maxResponseBytes ?? GITHUB_MAX_RESPONSE_BYTES;
  const baseDelayMs = options.baseDelayMs ?? 1_000;
  let started: number | undefined;

  async function once(input: Parameters<typeof fetch>[0], init: RequestInit | undefined): Promise<Response> {
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller.abort();
        reject(new GitHubCallError(`no answer within ${tryTimeoutMs / 1000} s`, true));
      }, tryTimeoutMs);
    });
    const exchange = (async () => {
      const response = await fetch(input, { ...init, signal: controller.signal });
      const bytes = await readCapped(response, maxBytes);
      return new Response(response.status === 204 || response.status === 304 ? null : bytes, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
    })();
    exchange.catch(() => undefined);
    try {
      return await Promise.race([exchange, deadline]);
    } finally {
      clearTimeout(timer);
    }
  }

  return async (input, init) => {
    started ??= Date.now();
    const method = (init?.method ?? 'GET').toUpperCase();
    for (let attempt = 1; ; attempt++) {
      const last = attempt >= maxAttempts || Date.now() - started >= budgetMs;
      try {
        const response = await once(input, init);
        if (!RETRYABLE_STATUS.has(response.status) || method === 'POST' || last) return response;
      } catch (error) {
        // The outermost coded error of the cause chain (classifyNetworkError takes the innermost).
        const refused = errorChain(error).find((link) => link.code !== undefined)?.code === 'ECONNREFUSED';
        const retryable = error instanceof GitHubCallError ? error.retryable : true;
        if (last || !retryable || (method === 'POST' && !refused)) {
          throw error instanceof GitHubCallError
            ? new Error(`GitHub API ${method}: ${error.message}`, { cause: error })
            : error;
        }
      }
      const delay = Math.min(
        baseDelayMs * 2 ** (attempt - 1),
        Math.max(0, budgetMs - (Date.now() - started)),
      );
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  };
}
