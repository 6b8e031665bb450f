import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { GraphError } from '../graph-error';
import { nextOf } from './auth-middleware';
import { GraphFailure } from './graph-failure';

/**
 * Bounds one HTTP attempt (connect, headers and body) with an AbortController.
 * Why our own: the SDK has no timeout at all. The body is read inside the bound and the response
 * rebuilt from the buffered bytes, so a server that stalls mid-body also times out, and retrying
 * never leaves a half-read socket behind. Graph JSON responses are small, so buffering is cheap.
 * Throws `graph/timeout` or `graph/network` (status 0) wrapped in GraphFailure.
 */
export class TimeoutMiddleware implements Middleware {
  private next: Middleware | undefined;

  constructor(private readonly timeoutMs: number) {}

  async execute(context: Context): Promise<void> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.timeoutMs);
    context.options = { ...context.options, signal: controller.signal };
    try {
      await nextOf(this.next).execute(context);
      const response = context.response;
      if (response) context.response = await buffered(response);
    } catch (e) {
      if (e instanceof GraphFailure) throw e;
      const code = controller.signal.aborted ? 'graph/timeout' : 'graph/network';
      throw new GraphFailure(new GraphError(code, 0, undefined, undefined, undefined));
    } finally {
      clearTimeout(timer);
    }
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}

/** Statuses whose Response may not carry a body (the Response constructor throws otherwise). */
const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

async function buffered(response: Response): Promise<Response> {
  const body = await response.arrayBuffer();
  return new Response(NULL_BODY_STATUSES.has(response.status) ? null : body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}
