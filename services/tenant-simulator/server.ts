import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DeltaSessions } from './delta-sessions';
import type { FaultOptions } from './fault-options';
import { FaultState } from './fault-state';
import { graphError } from './graph-error';
import { parseQueryString } from './odata/query-string';
import { createDispatcher, finishResponse } from './router';
import { ROUTES } from './routes';
import type { Dispatch, MutableStats, SimRequest, SimResponse } from './sim-types';
import type { TenantFile } from './tenant-file';
import { createTenantState, type TenantState } from './tenant-state';
import { defaultResourceUnits, SlidingWindow, Throttler } from './throttle';

export type { FaultOptions } from './fault-options';
export { INSUFFICIENT_PRIVILEGES } from './fault-options';
export type { TenantState } from './tenant-state';

/**
 * Graph's identity-and-access limits per app+tenant. Windows slide; a refused request costs nothing.
 * Scale them down for benchmarks, e.g. `{ writeQuota: { writes: 100, windowMs: 1000 } }`.
 */
export interface ThrottlingOptions {
  /** Default 3,000 writes per 150,000 ms. assignLicense is 1 write. */
  writeQuota?: { writes: number; windowMs: number };
  /** Default 3,500 / 5,000 / 8,000 units per 10,000 ms for tenants under 50 / 50–500 / over 500 users. */
  resourceUnits?: { units: number; windowMs: number };
}

/** How to start a simulator. Everything but `tenant` has a default. */
export interface SimulatorOptions {
  tenant: TenantFile;
  /** Default 0 (any free port). */
  port?: number;
  /** Default '127.0.0.1'. */
  host?: string;
  /** Default on with Graph's limits; `false` turns throttling off. */
  throttling?: ThrottlingOptions | false;
  faults?: FaultOptions;
  /** Epoch milliseconds; drives throttling windows and dates. Default `Date.now`. */
  now?: () => number;
  /** In [0, 1); drives `$batch` shuffling and random latency. Default `Math.random`. */
  random?: () => number;
}

/** Counters since start. */
export interface SimulatorStats {
  /** HTTP requests received (a `$batch` counts once). */
  requests: number;
  /** 429 answers, including `$batch` items and forced throttling. */
  throttled: number;
  /** assignLicense operations that got past throttling and faults (successful or not). */
  assignLicenseCalls: number;
  /** Write units charged (assignLicense operations admitted). */
  writes: number;
  /** `$batch` requests accepted. */
  batches: number;
  /** assignLicense operations per user object id (as counted in `assignLicenseCalls`). */
  assignLicenseByUser: Record<string, number>;
}

/** A running simulator. Graph paths are under `${url}/v1.0`. */
export interface RunningSimulator {
  /** `http://127.0.0.1:PORT` */
  url: string;
  /** Live in-memory state (a deep copy of the tenant file, mutated by writes), for tests to inspect. */
  state: TenantState;
  /** Replaces the fault options and restarts their counters. */
  setFaults(faults: FaultOptions): void;
  stats(): SimulatorStats;
  /** Stops listening and closes all sockets (keep-alive too) and pending latency timers. */
  close(): Promise<void>;
}

/** Counters as JSON (`SimulatorStats`); outside `/v1.0`, never metered or faulted. */
export const STATS_PATH = '/_simulator/stats';

const JSON_TYPE = 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';
const MAX_BODY_BYTES = 4 * 1024 * 1024;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () =>
      size > MAX_BODY_BYTES ? reject(new Error('body too large')) : resolve(Buffer.concat(chunks).toString('utf8')),
    );
    req.on('error', reject);
  });
}

function headersOf(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers))
    if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

/** Turns an HTTP request into a Graph operation, or answers the errors Graph gives before routing. */
async function toSimRequest(req: IncomingMessage): Promise<SimRequest | SimResponse> {
  const raw = req.url ?? '/';
  const q = raw.indexOf('?');
  const rawPath = q === -1 ? raw : raw.slice(0, q);
  const query = parseQueryString(q === -1 ? '' : raw.slice(q + 1));
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return graphError(400, 'BadRequest', 'Invalid request URL.');
  }
  if (!query) return graphError(400, 'BadRequest', 'Invalid query string.');
  const version = /^\/([^/]+)(\/.*)?$/.exec(path);
  if (!version || version[1] !== 'v1.0') return graphError(400, 'BadRequest', `Invalid version: ${version?.[1] ?? ''}`);
  const method = (req.method ?? 'GET').toUpperCase();
  let text: string;
  try {
    text = await readBody(req);
  } catch {
    return graphError(413, 'RequestEntityTooLarge', 'The request body is too large.');
  }
  let body: unknown;
  if (text.trim().length > 0 && method !== 'GET') {
    try {
      body = JSON.parse(text);
    } catch {
      return graphError(
        400,
        'BadRequest',
        'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.',
      );
    }
  }
  return { method, path: version[2] ?? '/', query, headers: headersOf(req), body };
}

/**
 * Starts a Graph v1.0 look-alike for `opts.tenant` (same paths, same JSON, same error bodies,
 * 429 with Retry-After). Resolves once listening.
 */
export async function startTenantSimulator(opts: SimulatorOptions): Promise<RunningSimulator> {
  const now = opts.now ?? Date.now;
  const random = opts.random ?? Math.random;
  const state = createTenantState(opts.tenant);
  const faults = new FaultState(opts.faults);
  const stats: MutableStats = {
    requests: 0,
    throttled: 0,
    assignLicenseCalls: 0,
    writes: 0,
    batches: 0,
    assignLicenseByUser: {},
  };
  const snapshot = (): SimulatorStats => ({ ...stats, assignLicenseByUser: { ...stats.assignLicenseByUser } });
  const throttling = opts.throttling === false ? undefined : (opts.throttling ?? {});
  const throttler = throttling
    ? new Throttler(
        new SlidingWindow(
          throttling.resourceUnits?.units ?? defaultResourceUnits(state.users.length),
          throttling.resourceUnits?.windowMs ?? 10_000,
        ),
        new SlidingWindow(throttling.writeQuota?.writes ?? 3000, throttling.writeQuota?.windowMs ?? 150_000),
      )
    : undefined;
  const timers = new Set<NodeJS.Timeout>();
  // The dispatcher needs the URL, known only once listening; requests before that get a 503.
  const routing: { dispatch?: Dispatch } = {};

  /** The answer as it goes on the wire, serialised now: a body may point into the live state. */
  const serialise = (answer: SimResponse): { status: number; headers: Record<string, string>; text?: string } => {
    const headers: Record<string, string> = { ...(answer.headers ?? {}) };
    if (answer.body === undefined) return { status: answer.status, headers };
    headers['Content-Type'] = JSON_TYPE;
    return { status: answer.status, headers, text: JSON.stringify(answer.body) };
  };
  const write = (res: ServerResponse, wire: ReturnType<typeof serialise>): void => {
    res.writeHead(wire.status, wire.headers);
    res.end(wire.text);
  };
  const send = (res: ServerResponse, answer: SimResponse): void => write(res, serialise(answer));

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    // The simulator's own endpoint (not Graph): counters for shells and other processes' tests.
    if (req.method === 'GET' && (req.url ?? '').split('?')[0] === STATS_PATH) {
      return send(res, { status: 200, body: snapshot() });
    }
    stats.requests++;
    const parsed = await toSimRequest(req);
    let answer: SimResponse;
    if (!('path' in parsed) || !routing.dispatch) {
      const early = 'path' in parsed ? graphError(503, 'serviceNotAvailable', 'The simulator is starting.') : parsed;
      answer = finishResponse(early, req.headers['client-request-id']?.toString(), randomUUID(), now());
    } else {
      try {
        answer = routing.dispatch(parsed);
      } catch {
        answer = graphError(500, 'generalException', 'An internal error occurred in the tenant simulator.');
      }
    }
    const delay = faults.latencyMs(random, req.method === 'POST');
    // Serialised before the delay: a write answered meanwhile must not show in this answer.
    const wire = serialise(answer);
    if (delay <= 0) return write(res, wire);
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (!res.destroyed) write(res, wire);
    }, delay);
    timers.add(timer);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent)
        send(res, graphError(500, 'generalException', 'An internal error occurred in the tenant simulator.'));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}`;
  routing.dispatch = createDispatcher({
    routes: ROUTES,
    state,
    baseUrl: url,
    now,
    random,
    faults,
    throttler,
    stats,
    delta: new DeltaSessions(),
  });

  return {
    url,
    state,
    setFaults: (f) => faults.set(f),
    stats: snapshot,
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const t of timers) clearTimeout(t);
        timers.clear();
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
