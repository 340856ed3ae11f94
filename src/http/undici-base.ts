/**
 * What the IaCM client (src/api/http-client.ts) and the forge client (src/forge/forge-http.ts)
 * share below their own rules: undici loaded on first use, the dispatcher the proxy variables ask
 * for, and a body read up to a cap. Neither client may import the other (the layers), so both
 * import this.
 */
import type * as UndiciModule from 'undici';
import type { Dispatcher } from 'undici';

type Env = Readonly<Record<string, string | undefined>>;
export type Undici = typeof UndiciModule;
let undici: Promise<Undici> | undefined;

/**
 * undici, loaded on first use: it is half of each bundle and its start-up (~40 ms, measured with
 * the CLI on a small plan) would be paid by every run, dry runs and runs that fail before sending
 * included. The bundler splits it into a chunk file beside index.js.
 */
export function loadUndici(): Promise<Undici> {
  // The module's own exports, whichever way the bundler hands a CommonJS package to `import()`:
  // Node and ncc give named exports; esbuild's split chunk (the CLI) gives only `default`.
  undici ??= import('undici').then((module) =>
    'Agent' in module ? module : (module as { default: Undici }).default,
  );
  return undici;
}

function firstSet(env: Env, names: string[]): string | undefined {
  return names.map((name) => env[name]?.trim()).find((value) => value !== undefined && value !== '');
}

/**
 * A plain Agent, or EnvHttpProxyAgent when proxy variables are set (undici's error when one is not
 * a usable URL: its message may quote the URL, credentials and all). Unset values are passed as ''
 * so undici does not fall back to process.env behind our back.
 */
export async function proxyDispatcher(env: Env, connect?: { readonly timeout: number }): Promise<Dispatcher> {
  const { Agent, EnvHttpProxyAgent } = await loadUndici();
  const httpsProxy = firstSet(env, ['https_proxy', 'HTTPS_PROXY']);
  const httpProxy = firstSet(env, ['http_proxy', 'HTTP_PROXY']);
  if (httpsProxy === undefined && httpProxy === undefined) return new Agent(connect ? { connect } : {});
  return new EnvHttpProxyAgent({
    ...(connect ? { connect } : {}),
    httpProxy: httpProxy ?? '',
    httpsProxy: httpsProxy ?? '',
    noProxy: firstSet(env, ['no_proxy', 'NO_PROXY']) ?? '',
  });
}

/**
 * Reads a body up to `limit` bytes. Past it the rest is not read (the stream is destroyed), so a
 * server or proxy that streams without end costs `limit` bytes of memory, not gigabytes.
 */
export async function readCapped(
  body: AsyncIterable<Uint8Array> & { destroy?: (error?: Error) => unknown },
  limit: number,
): Promise<{ text: string; cut: boolean }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    const room = limit - size;
    if (chunk.length > room) {
      if (room > 0) chunks.push(Buffer.from(chunk.subarray(0, room)));
      body.destroy?.();
      return { text: Buffer.concat(chunks).toString('utf8'), cut: true };
    }
    chunks.push(Buffer.from(chunk));
    size += chunk.length;
  }
  return { text: Buffer.concat(chunks).toString('utf8'), cut: false };
}

/** `work`'s result, or 'deadline' once `ms` have passed first (the timer is cleared either way). */
export async function raceDeadline<T>(work: Promise<T>, ms: number): Promise<T | 'deadline'> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<'deadline'>((resolve) => {
    timer = setTimeout(() => resolve('deadline'), ms);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
