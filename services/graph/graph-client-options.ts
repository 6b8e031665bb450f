import type { RetryInfo } from './retry-info';
import type { SharedWriteQuota } from './shared-write-quota';

/**
 * How a `GraphLicenseClient` reaches Graph and how hard it tries. Times are milliseconds.
 * Defaults: timeoutMs 10 000 per HTTP attempt, maxAttempts 5 (including the first),
 * maxRetryTimeMs 60 000 across all retries of one request (or one batch item),
 * maxConcurrency 16 requests on the wire, of which at most maxWriteBatches 4 are `$batch`es of
 * license changes. Reads need the wider bound: twenty people chatting at once each wait on one or
 * two reads, and four on the wire made them queue behind each other (turn bench, 50 ms latency).
 */
export interface GraphClientOptions {
  /** `https://graph.microsoft.com` or the simulator's `http://127.0.0.1:PORT`; `/v1.0` is appended by the client. */
  baseUrl: string;
  /** Bearer token source; absent for the simulator (no Authorization header is sent). */
  getToken?: () => Promise<string>;
  timeoutMs?: number;
  maxAttempts?: number;
  maxRetryTimeMs?: number;
  maxConcurrency?: number;
  /** License-change `$batch` requests in flight (the executor's parallelism). */
  maxWriteBatches?: number;
  /**
   * GETs started together go out as one `$batch` (see ReadCoalescer). Default off, so a client
   * sends exactly the requests it is asked for; the bot turns it on for its planning reads.
   */
  coalesceReads?: boolean;
  /** Injectable wait, for tests. Defaults to a real timer. */
  sleep?: (ms: number) => Promise<void>;
  /** Injectable clock (epoch ms), for tests that also inject `sleep`. Defaults to `Date.now`. */
  now?: () => number;
  /** Called before each retry (single requests and batch items), for logs and metrics. */
  onRetry?: (info: RetryInfo) => void;
  /** The tenant's write quota shared with other processes (see SharedWriteQuota); absent = this client paces alone. */
  writeQuota?: SharedWriteQuota;
}

export const GRAPH_API_VERSION = 'v1.0';

/** Options with every default filled in. */
export type ResolvedGraphClientOptions = Required<Omit<GraphClientOptions, 'getToken' | 'onRetry' | 'writeQuota'>> &
  Pick<GraphClientOptions, 'getToken' | 'onRetry' | 'writeQuota'>;

export function resolveGraphClientOptions(opts: GraphClientOptions): ResolvedGraphClientOptions {
  return {
    ...opts,
    baseUrl: opts.baseUrl.replace(/\/+$/, ''),
    timeoutMs: opts.timeoutMs ?? 10_000,
    maxAttempts: opts.maxAttempts ?? 5,
    maxRetryTimeMs: opts.maxRetryTimeMs ?? 60_000,
    maxConcurrency: opts.maxConcurrency ?? 16,
    maxWriteBatches: opts.maxWriteBatches ?? 4,
    coalesceReads: opts.coalesceReads ?? false,
    sleep: opts.sleep ?? realSleep,
    now: opts.now ?? Date.now,
  };
}

function realSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
