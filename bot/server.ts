import restify from 'restify';
import type { Logger } from './logger';
import { newCorrelationId } from './logger';

/** What restify passes to `restifyError` listeners: a restify-errors error, or whatever a handler threw. */
type RestifyError = Error & { statusCode?: number; body?: { message?: string }; toJSON?: () => unknown };

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

/**
 * Headers on every answer: nothing here is a page to render, frame, sniff, cache or refer from.
 * (HSTS only counts over HTTPS, which the platform in front terminates.)
 */
const SECURITY_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
  'strict-transport-security': 'max-age=31536000',
  'cross-origin-resource-policy': 'same-origin',
};

/** Whether a peer address is this machine (IPv4 127/8, IPv6 ::1, or IPv4-mapped 127/8). */
export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  return v4.startsWith('127.') || address === '::1';
}

type HealthResult = { name: string; ok: boolean; detail: string };

/**
 * `/healthz`'s body: ok/degraded overall and per dependency. The details (where Graph and the
 * store are, why a check failed) only for a caller on this machine: an operator or the container's
 * HEALTHCHECK, never whoever can reach the port.
 */
export function healthBody(results: HealthResult[], detailed: boolean) {
  const ok = results.every((r) => r.ok);
  return {
    status: ok ? 'ok' : 'degraded',
    dependencies: results.map((r) => ({
      name: r.name,
      status: r.ok ? 'ok' : 'degraded',
      ok: r.ok,
      ...(detailed ? { detail: r.detail } : {}),
    })),
  };
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
  // No name: restify would send it as a `Server` header, and answers say nothing about the software.
  const server = restify.createServer({ name: '', handleUncaughtExceptions: false });
  const accepting = new Set<string>();
  bodyPaths.set(server, accepting);
  server.pre((req, res, next) => {
    const id = newCorrelationId();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
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
  // restify's own errors (404, 405, 413 from the body reader, a handler's rejection) are answered
  // with a fixed shape: a 5xx says nothing of the cause (it goes to the log instead).
  server.on('restifyError', (req: restify.Request, _res: restify.Response, err: RestifyError, callback: () => void) => {
    const status = typeof err.statusCode === 'number' ? err.statusCode : 500;
    if (status >= 500) requestLog(req, logger).error({ err }, 'request failed');
    const body = status >= 500 ? { error: 'internal error' } : { error: err.body?.message ?? err.message };
    err.toJSON = () => body;
    err.toString = () => body.error;
    callback();
  });
  server.get('/healthz', async (req: restify.Request, res: restify.Response) => {
    const results = await Promise.all(checks.map((c) => boundedCheck(c, 3000)));
    const body = healthBody(results, isLoopback(req.socket.remoteAddress));
    res.json(body.status === 'ok' ? 200 : 503, body);
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
