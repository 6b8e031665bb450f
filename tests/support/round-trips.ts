import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One HTTP request that passed the proxy: when it left and when its answer was back, in ms. */
export interface RecordedRequest {
  method: string;
  path: string;
  startMs: number;
  endMs: number;
}

/**
 * The longest chain of requests each of which started only after the one before had answered:
 * the number of Graph round trips a caller waited for, one after another. Requests in flight
 * together (parallel, or one `$batch`) are one round trip. Measured from the clock, so give the
 * simulator a latency (tens of ms) that makes overlap unmistakable.
 */
export function sequentialDepth(requests: readonly RecordedRequest[]): number {
  const sorted = [...requests].sort((a, b) => a.endMs - b.endMs);
  const depth = new Map<RecordedRequest, number>();
  for (const r of sorted) {
    let before = 0;
    for (const q of sorted) if (q.endMs <= r.startMs) before = Math.max(before, depth.get(q) ?? 0);
    depth.set(r, before + 1);
  }
  return Math.max(0, ...depth.values());
}

/**
 * A pass-through HTTP proxy in front of the tenant simulator that records every request, so a
 * test can count what one operation sent to Graph and how much of it was sequential.
 */
export class RoundTripRecorder {
  readonly requests: RecordedRequest[] = [];
  url = '';
  private server: Server | undefined;

  constructor(private readonly target: string) {}

  async start(): Promise<void> {
    const target = new URL(this.target);
    this.server = createServer((req, res) => {
      const startMs = performance.now();
      const upstream = request(
        { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
          answer.on('end', () =>
            this.requests.push({ method: req.method ?? '', path: req.url ?? '', startMs, endMs: performance.now() }),
          );
        },
      );
      upstream.on('error', () => {
        res.writeHead(502);
        res.end();
      });
      req.pipe(upstream);
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server?.address() as AddressInfo).port}`;
  }

  clear(): void {
    this.requests.length = 0;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
