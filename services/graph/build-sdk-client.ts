import { Client, HTTPMessageHandler, TelemetryHandler } from '@microsoft/microsoft-graph-client';
import { GRAPH_API_VERSION, type ResolvedGraphClientOptions } from './graph-client-options';
import { AuthMiddleware } from './middleware/auth-middleware';
import { PacingMiddleware } from './middleware/pacing-middleware';
import { RetryMiddleware } from './middleware/retry-middleware';
import { TimeoutMiddleware } from './middleware/timeout-middleware';
import type { Semaphore } from './semaphore';
import type { ThrottleGate } from './throttle-gate';

/**
 * The SDK client with License Desk's middleware chain, outermost first:
 * Telemetry (SDK: client-request-id, SdkVersion on Graph hosts) → Retry (per request, bounded)
 * → Auth (token per attempt) → Pacing (concurrency + shared throttle gate) → Timeout (per attempt)
 * → HTTPMessageHandler (SDK: fetch).
 */
export function buildSdkClient(opts: ResolvedGraphClientOptions, semaphore: Semaphore, gate: ThrottleGate): Client {
  const retry = new RetryMiddleware({
    maxAttempts: opts.maxAttempts,
    maxRetryTimeMs: opts.maxRetryTimeMs,
    now: opts.now,
    sleep: opts.sleep,
    ...(opts.onRetry ? { onRetry: opts.onRetry } : {}),
  });
  return Client.initWithMiddleware({
    baseUrl: opts.baseUrl,
    defaultVersion: GRAPH_API_VERSION,
    middleware: [
      new TelemetryHandler(),
      retry,
      new AuthMiddleware(opts.getToken),
      new PacingMiddleware(semaphore, gate, opts.now),
      new TimeoutMiddleware(opts.timeoutMs),
      new HTTPMessageHandler(),
    ],
  });
}
