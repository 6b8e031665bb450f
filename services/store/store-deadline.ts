import { StoreError } from './document-store';

/**
 * Runs one store call under a deadline. The SDK bounds each HTTP attempt, but its retry
 * policies sleep between attempts (up to 120 × 1 s for endpoint discovery), so the whole call
 * needs a bound of its own: on expiry the signal aborts the in-flight request and the caller
 * gets `store/unavailable` at once, rather than after the SDK's next sleep.
 */
export async function withDeadline<R>(
  timeoutMs: number,
  what: string,
  run: (signal: AbortSignal) => Promise<R>,
): Promise<R> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new StoreError('store/unavailable', `${what} took longer than ${timeoutMs} ms`));
    }, timeoutMs);
  });
  try {
    // race() handles the loser's rejection too, so a late AbortError is never unhandled.
    return await Promise.race([run(controller.signal), expired]);
  } finally {
    clearTimeout(timer);
  }
}
