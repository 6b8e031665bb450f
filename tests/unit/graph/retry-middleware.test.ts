import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { GraphError } from '../../../services/graph/graph-error';
import { GraphFailure } from '../../../services/graph/middleware/graph-failure';
import { RetryMiddleware } from '../../../services/graph/middleware/retry-middleware';
import type { RetryInfo } from '../../../services/graph/retry-info';
import { fakeClock } from './fake-clock';

/** A next-middleware that answers from a script, one entry per attempt, and counts attempts. */
function scripted(script: (Response | GraphFailure)[]): Middleware & { calls: number } {
  const next = {
    calls: 0,
    execute(context: Context): Promise<void> {
      const step = script[Math.min(next.calls, script.length - 1)];
      next.calls += 1;
      if (step instanceof GraphFailure) return Promise.reject(step);
      if (step) context.response = step;
      else delete context.response;
      return Promise.resolve();
    },
  };
  return next;
}

const status = (code: number, headers: Record<string, string> = {}): Response =>
  new Response(code === 204 ? null : '{}', { status: code, headers });
const timeout = (): GraphFailure =>
  new GraphFailure(new GraphError('graph/timeout', 0, undefined, undefined, undefined));

function setup(script: (Response | GraphFailure)[], limits = { maxAttempts: 4, maxRetryTimeMs: 60_000 }) {
  const clock = fakeClock();
  const retries: RetryInfo[] = [];
  const middleware = new RetryMiddleware({
    ...limits,
    now: clock.now,
    sleep: clock.sleep,
    onRetry: (info) => retries.push(info),
    random: () => 0,
  });
  const next = scripted(script);
  middleware.setNext(next);
  return { middleware, next, clock, retries };
}

const get = (): Context => ({ request: 'http://sim/v1.0/users', options: { method: 'GET' } });
const post = (): Context => ({
  request: 'http://sim/v1.0/users/u/assignLicense',
  options: { method: 'POST', body: '{}' },
});

describe('RetryMiddleware', () => {
  it('honours Retry-After on 429 and returns the eventual success', async () => {
    const { middleware, next, clock, retries } = setup([status(429, { 'Retry-After': '3' }), status(200)]);
    const context = get();
    await middleware.execute(context);
    expect(context.response?.status).toBe(200);
    expect(next.calls).toBe(2);
    expect(clock.sleeps).toEqual([3000]);
    expect(retries).toEqual([{ status: 429, retryAfterMs: 3000, attempt: 1 }]);
  });

  it('retries 429 past maxAttempts until the time budget is spent, then leaves the last 429 for the caller', async () => {
    const { middleware, next, clock } = setup([status(429, { 'Retry-After': '1' })], {
      maxAttempts: 4,
      maxRetryTimeMs: 10_000,
    });
    const context = post();
    await middleware.execute(context);
    expect(context.response?.status).toBe(429);
    // Ten waits of 1 s fit in 10 s; the eleventh would end past it.
    expect(next.calls).toBe(11);
    expect(clock.sleeps).toEqual(Array.from({ length: 10 }, () => 1000));
  });

  it('stops early when the next wait would exceed the total budget', async () => {
    const { middleware, next } = setup([status(429, { 'Retry-After': '20' })], {
      maxAttempts: 10,
      maxRetryTimeMs: 50_000,
    });
    await middleware.execute(get());
    expect(next.calls).toBe(3); // waits 20 s twice; a third wait would end at 60 s > 50 s
  });

  it('retries 503 with exponential backoff when there is no Retry-After', async () => {
    const { middleware, clock } = setup([status(503), status(503), status(503), status(200)]);
    await middleware.execute(post());
    expect(clock.sleeps).toEqual([250, 500, 1000]);
  });

  it('retries a timed-out GET but surfaces a timed-out POST at once', async () => {
    const read = setup([timeout(), status(200)]);
    const context = get();
    await read.middleware.execute(context);
    expect(context.response?.status).toBe(200);
    expect(read.retries[0]).toMatchObject({ status: 0, attempt: 1 });

    const write = setup([timeout(), status(200)]);
    await expect(write.middleware.execute(post())).rejects.toMatchObject({ graphError: { code: 'graph/timeout' } });
    expect(write.next.calls).toBe(1);
  });

  it('does not retry a 504 POST (ambiguous) but does retry a 504 GET', async () => {
    const write = setup([status(504), status(200)]);
    const context = post();
    await write.middleware.execute(context);
    expect(context.response?.status).toBe(504);
    expect(write.next.calls).toBe(1);

    const read = setup([status(504), status(200)]);
    await read.middleware.execute(get());
    expect(read.next.calls).toBe(2);
  });

  it('passes other errors through untouched', async () => {
    const { middleware, next } = setup([status(404)]);
    const context = get();
    await middleware.execute(context);
    expect(context.response?.status).toBe(404);
    expect(next.calls).toBe(1);
  });
});

describe('RetryMiddleware with a non-transient failure', () => {
  it('rethrows at once (e.g. no token), even for a GET', async () => {
    const unauthorized = new GraphFailure(new GraphError('graph/unauthorized', 0, undefined, undefined, undefined));
    const { middleware, next } = setup([unauthorized, status(200)]);
    await expect(middleware.execute(get())).rejects.toBe(unauthorized);
    expect(next.calls).toBe(1);
  });
});
