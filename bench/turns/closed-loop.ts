// A closed-loop HTTP load generator: `connections` keep-alive connections, each sending its next
// request as soon as the previous answer is in, for `durationMs`. Hand-written (a few lines on
// node:http) rather than autocannon so the request body can change per request (Bot Framework
// activity ids, Slack signatures with the current timestamp) without a plugin layer.
import { Agent, request } from 'node:http';

export interface LoadRequest {
  path: string;
  headers: Record<string, string>;
  body: string;
}

export interface LoadResult {
  completed: number;
  /** Answers that were not 2xx (counted, and left out of the latencies). */
  failed: number;
  elapsedMs: number;
  turnsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Every 2xx answer's time, sorted ascending. */
  latencies: number[];
}

/** Several runs as one: turns over the summed time, percentiles over all latencies. */
export function mergeResults(results: readonly LoadResult[]): LoadResult {
  const latencies = results.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const elapsedMs = results.reduce((sum, r) => sum + r.elapsedMs, 0);
  return {
    completed: latencies.length,
    failed: results.reduce((sum, r) => sum + r.failed, 0),
    elapsedMs,
    turnsPerSecond: latencies.length / (elapsedMs / 1000),
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    latencies,
  };
}

function send(agent: Agent, base: URL, r: LoadRequest): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        host: base.hostname,
        port: base.port,
        method: 'POST',
        path: r.path,
        headers: { ...r.headers, 'content-length': Buffer.byteLength(r.body) },
        timeout: 30_000,
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('request timed out after 30 s')));
    req.on('error', reject);
    req.end(r.body);
  });
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

/** Runs the load; `next(i)` builds the i-th request (any connection). Never rejects on an HTTP error. */
export async function runClosedLoop(
  url: string,
  connections: number,
  durationMs: number,
  next: (index: number) => LoadRequest,
): Promise<LoadResult> {
  const base = new URL(url);
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const latencies: number[] = [];
  let failed = 0;
  let index = 0;
  const start = performance.now();
  const deadline = start + durationMs;
  const loop = async () => {
    while (performance.now() < deadline) {
      const r = next(index++);
      const t0 = performance.now();
      const status = await send(agent, base, r).catch(() => 0);
      if (status >= 200 && status < 300) latencies.push(performance.now() - t0);
      else failed++;
    }
  };
  await Promise.all(Array.from({ length: connections }, loop));
  const elapsedMs = performance.now() - start;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    completed: latencies.length,
    failed,
    elapsedMs,
    turnsPerSecond: latencies.length / (elapsedMs / 1000),
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    latencies,
  };
}
