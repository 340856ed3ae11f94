/**
 * A stand-in for the part of GitHub's REST API the Action uses: list (paginated with `Link`
 * headers, as GitHub does), create and update issue comments. Listens on 127.0.0.1 only, keeps
 * comments in memory and records every request, so tests can check what the Action asked for and
 * with which credentials.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StoredComment {
  id: number;
  body: string;
  issueNumber: number;
  user: { login: string };
}

export interface RecordedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: string;
}

export interface GitHubApiServerOptions {
  /** The token the Action must present (`Authorization: token …` or `Bearer …`). */
  readonly token: string;
  /** Largest page the server returns whatever `per_page` asks (GitHub's is 100); small to force paging. */
  readonly maxPerPage?: number;
  /** Answer every write with this status instead (403 for a fork's read-only token, say). */
  readonly failWritesWith?: number;
}

export interface GitHubApiServer {
  readonly url: string;
  readonly requests: RecordedRequest[];
  /** Every comment, in creation order. */
  readonly comments: StoredComment[];
  /** Adds a comment as if someone else had posted it. */
  seed(issueNumber: number, body: string, login?: string): StoredComment;
  close(): Promise<void>;
}

const BOT = { login: 'github-actions[bot]' };

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export async function startGitHubApiServer(options: GitHubApiServerOptions): Promise<GitHubApiServer> {
  const requests: RecordedRequest[] = [];
  const comments: StoredComment[] = [];
  let nextId = 1000;
  let base = '';

  const view = (c: StoredComment): Record<string, unknown> => ({
    id: c.id,
    body: c.body,
    user: c.user,
    html_url: `https://github.example/pull/${c.issueNumber}#issuecomment-${c.id}`,
  });

  function list(res: ServerResponse, url: URL, issueNumber: number): void {
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), options.maxPerPage ?? 100);
    const page = Math.max(1, Number(url.searchParams.get('page') ?? 1));
    const all = comments.filter((c) => c.issueNumber === issueNumber);
    const last = Math.max(1, Math.ceil(all.length / perPage));
    const link = (p: number, rel: string): string => {
      const next = new URL(url.pathname, base);
      next.searchParams.set('per_page', String(perPage));
      next.searchParams.set('page', String(p));
      return `<${next.toString()}>; rel="${rel}"`;
    };
    const links = [];
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'));
    const headers: Record<string, string> = links.length > 0 ? { link: links.join(', ') } : {};
    send(res, 200, all.slice((page - 1) * perPage, page * perPage).map(view), headers);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    const url = new URL(req.url ?? '/', base);
    requests.push({ method: req.method ?? '', url: url.pathname + url.search, headers: req.headers, body });

    const auth = req.headers.authorization ?? '';
    if (auth !== `token ${options.token}` && auth !== `Bearer ${options.token}`) {
      send(res, 401, { message: 'Bad credentials' });
      return;
    }
    const onIssue = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(url.pathname);
    const onComment = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(url.pathname);
    const write = req.method === 'POST' || req.method === 'PATCH';
    if (write && options.failWritesWith !== undefined) {
      send(res, options.failWritesWith, { message: 'Resource not accessible by integration' });
      return;
    }
    if (onIssue && req.method === 'GET') return list(res, url, Number(onIssue[1]));
    if (onIssue && req.method === 'POST') {
      const comment = {
        id: nextId++,
        body: (JSON.parse(body) as { body: string }).body,
        issueNumber: Number(onIssue[1]),
        user: BOT,
      };
      comments.push(comment);
      return send(res, 201, view(comment));
    }
    const existing = onComment ? comments.find((c) => c.id === Number(onComment[1])) : undefined;
    if (existing && req.method === 'PATCH') {
      existing.body = (JSON.parse(body) as { body: string }).body;
      return send(res, 200, view(existing));
    }
    send(res, 404, { message: 'Not Found' });
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => send(res, 500, { message: String(error) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: base,
    requests,
    comments,
    seed(issueNumber, body, login = 'someone') {
      const comment = { id: nextId++, body, issueNumber, user: { login } };
      comments.push(comment);
      return comment;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
