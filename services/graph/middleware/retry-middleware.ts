import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { parseRetryAfterMs } from '../retry-after';
import { planRetry, type RetryLimits } from '../retry-policy';
import type { RetryInfo } from '../retry-info';
import { nextOf } from './auth-middleware';
import { GraphFailure } from './graph-failure';
import { requestMethod } from './request-headers';

/** Dependencies of the retry loop; all injectable so tests never wait for real. */
export interface RetryMiddlewareOptions extends RetryLimits {
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  onRetry?: (info: RetryInfo) => void;
}

/**
 * Retries 429/503 (any method) and 504/timeouts/network errors (GET only), honouring Retry-After.
 * Why not the SDK's RetryHandler: it sleeps with a real setTimeout (not injectable), counts delay in
 * whole seconds, has no total time budget, never retries timeouts or network errors, and retries a
 * POST on 504 although a 504 may hide an applied assignLicense. The decision itself is `planRetry`.
 * The final response (e.g. a 429 after the last attempt) is left in `context.response` for the
 * client to map; a final timeout/network failure is rethrown.
 */
export class RetryMiddleware implements Middleware {
  private next: Middleware | undefined;

  constructor(private readonly options: RetryMiddlewareOptions) {}

  async execute(context: Context): Promise<void> {
    const { now, sleep, onRetry } = this.options;
    const idempotent = requestMethod(context) === 'GET';
    const startedAt = now();
    for (let attempt = 1; ; attempt += 1) {
      delete context.response;
      let failure: GraphFailure | undefined;
      try {
        await nextOf(this.next).execute(context);
      } catch (e) {
        if (!(e instanceof GraphFailure)) throw e;
        failure = e;
      }
      const response = context.response as Response | undefined;
      const status = response?.status ?? 0;
      const failureKind = failure ? transientKind(failure) : undefined;
      // Any other failure (a token that could not be had, say) is not transient: no retry.
      if (failure && !failureKind) throw failure;
      const retryAfterMs = parseRetryAfterMs(response?.headers.get('Retry-After'), now());
      const decision = planRetry(
        {
          status,
          idempotent,
          attempt,
          elapsedMs: now() - startedAt,
          ...(failureKind ? { failure: failureKind } : {}),
          ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
        },
        this.options,
      );
      if (!decision.retry) {
        if (failure) throw failure;
        return;
      }
      onRetry?.({ status, retryAfterMs: decision.delayMs, attempt });
      await sleep(decision.delayMs);
    }
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}

/** Which transient kind a failure is (a timeout or a network error), or undefined for anything else. */
function transientKind(failure: GraphFailure): 'timeout' | 'network' | undefined {
  const code = failure.graphError.code;
  if (code === 'graph/timeout') return 'timeout';
  if (code === 'graph/network') return 'network';
  return undefined;
}
