import restify from 'restify';
import type { Logger } from './logger';
import { newCorrelationId } from './logger';

/** restify's own `req.log` is a bunyan logger; ours rides alongside under another name. */
export type RequestWithLog = restify.Request & { correlationLog?: Logger };

/** The request's logger with its correlation id, or `fallback` for requests that bypassed `pre`. */
export function requestLog(req: restify.Request, fallback: Logger): Logger {
  return (req as RequestWithLog).correlationLog ?? fallback;
}

/** A dependency's health for `GET /healthz`: name, ok and a short detail (no secrets). */
export interface HealthCheck {
  name: string;
  check(): Promise<{ ok: boolean; detail: string }>;
}

/** Run a health check with a bound: a dependency that hangs is reported as down, not waited on. */
async function boundedCheck(c: HealthCheck, timeoutMs: number): Promise<{ name: string; ok: boolean; detail: string }> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<{ ok: boolean; detail: string }>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, detail: `no answer within ${timeoutMs} ms` }), timeoutMs);
  });
  try {
    const r = await Promise.race([
      c.check().catch((e: unknown) => ({ ok: false, detail: e instanceof Error ? e.name : 'failed' })),
      timeout,
    ]);
    return { name: c.name, ...r };
  } finally {
    clearTimeout(timer);
  }
}

/** `POST` paths whose handlers read a body, per server (the channels register theirs when they mount). */
const bodyPaths = new WeakMap<restify.Server, Set<string>>();

/** Declares that `POST path` reads a request body; every other request with one is refused. */
export function acceptBodyOn(server: restify.Server, path: string): void {
  bodyPaths.get(server)?.add(path);
}

function hasBody(req: restify.Request): boolean {
  return req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? '0') > 0;
}

/**
 * The HTTP server: restify with a correlation id per request and `GET /healthz`.
 * Channels mount their own routes on it (`/api/messages`, `/slack/events`).
 */
export function createServer(logger: Logger, checks: HealthCheck[]): restify.Server {
  const server = restify.createServer({ name: 'license-desk', handleUncaughtExceptions: false });
  const accepting = new Set<string>();
  bodyPaths.set(server, accepting);
  server.pre((req, res, next) => {
    const id = newCorrelationId();
    res.setHeader('x-correlation-id', id);
    (req as RequestWithLog).correlationLog = logger.child({ correlationId: id });
    // Only the channel routes read a body. A chunked body that nobody read left restify's 404/405
    // unanswered, so refuse bodies here, discard what arrives (never buffered) and close.
    if (hasBody(req) && !(req.method === 'POST' && accepting.has(req.getPath()))) {
      req.resume();
      res.setHeader('connection', 'close');
      res.send(413, { error: 'this route accepts no request body' });
      return next(false);
    }
    return next();
  });
  server.on('after', (req: restify.Request, res: restify.Response) => {
    (req as RequestWithLog).correlationLog?.debug(
      { method: req.method, path: req.getPath(), status: res.statusCode },
      'request',
    );
  });
  server.get('/healthz', async (_req: restify.Request, res: restify.Response) => {
    const results = await Promise.all(checks.map((c) => boundedCheck(c, 3000)));
    const ok = results.every((r) => r.ok);
    res.json(ok ? 200 : 503, { status: ok ? 'ok' : 'degraded', dependencies: results });
  });
  return server;
}

export function listen(server: restify.Server, port: number, host: string): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.removeListener('error', reject);
      const address = server.address();
      resolve(`http://${host}:${address.port}`);
    });
  });
}

export function closeServer(server: restify.Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    // Keep-alive sockets would hold close() open: end them.
    (server.server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
  });
}
