import { randomUUID } from 'node:crypto';
import type { DeltaSessions } from './delta-sessions';
import type { FaultState } from './fault-state';
import { badRequest, graphError, isGraphErrorBody } from './graph-error';
import { matchRoute } from './route-match';
import type { Dispatch, HandlerContext, MutableStats, Route, SimRequest, SimResponse } from './sim-types';
import { retryAfterSeconds, type Throttler } from './throttle';
import type { TenantState } from './tenant-state';

/** What the dispatcher needs; all of it owned by the running simulator. */
export interface RouterDeps {
  routes: readonly Route[];
  state: TenantState;
  baseUrl: string;
  now: () => number;
  random: () => number;
  faults: FaultState;
  /** Undefined when throttling is off. */
  throttler: Throttler | undefined;
  stats: MutableStats;
  delta: DeltaSessions;
}

/** A fixed application id for `x-ms-throttle-scope` (the simulator has no real app registration). */
const APP_ID = '00000000-0000-0000-0000-00000000a11c';

/** Graph's cost modifiers: `$select` −1, `$top` under 20 −1, never below 1. */
function resourceUnits(base: number, req: SimRequest): number {
  let cost = base;
  if (req.query.has('$select')) cost--;
  const top = Number(req.query.get('$top'));
  if (req.query.has('$top') && top < 20) cost--;
  return Math.max(1, cost);
}

/** Adds the ids Graph puts on every response (`request-id`, echoed `client-request-id`), and `innerError` to error bodies. */
export function finishResponse(
  res: SimResponse,
  clientRequestId: string | undefined,
  requestId: string,
  now: number,
  extra: Record<string, string> = {},
): SimResponse {
  const headers: Record<string, string> = { ...(res.headers ?? {}), ...extra, 'request-id': requestId };
  if (clientRequestId) headers['client-request-id'] = clientRequestId;
  let body = res.body;
  if (isGraphErrorBody(body)) {
    const innerError = {
      date: new Date(now).toISOString().slice(0, 19),
      'request-id': requestId,
      ...(clientRequestId ? { 'client-request-id': clientRequestId } : {}),
    };
    body = { error: { ...body.error, innerError } };
  }
  return { status: res.status, headers, body };
}

/**
 * Builds the dispatcher: route lookup, then (for metered routes) faults, then throttling, then
 * the handler. Each `$batch` item comes through here too, so it is throttled on its own.
 */
export function createDispatcher(deps: RouterDeps): Dispatch {
  const dispatch: Dispatch = (req) => {
    const now = deps.now();
    const requestId = randomUUID();
    const match = matchRoute(deps.routes, req.method, req.path);
    if (match.kind === 'method-not-allowed') {
      return finishResponse(
        graphError(405, 'Request_BadRequest', 'Specified HTTP method is not allowed for the request target.'),
        req.headers['client-request-id'],
        requestId,
        now,
        {},
      );
    }
    if (match.kind === 'not-found')
      return finishResponse(
        badRequest(`Resource not found for the segment '${match.segment}'.`),
        req.headers['client-request-id'],
        requestId,
        now,
        {},
      );
    const { route, params } = match;
    const extra: Record<string, string> = {};
    if (route.cost) {
      const intercepted = deps.faults.intercept(now);
      if (intercepted) {
        if (intercepted.status === 429) deps.stats.throttled++;
        return finishResponse(intercepted, req.headers['client-request-id'], requestId, now, {});
      }
      const units = resourceUnits(route.cost.resourceUnits, req);
      if (deps.throttler) {
        const verdict = deps.throttler.take(now, units, route.cost.writes);
        if (!verdict.ok) {
          deps.stats.throttled++;
          const scope = `Tenant_Application/${verdict.reason === 'WriteLimitExceeded' ? 'Write' : 'ReadWrite'}/${APP_ID}/${deps.state.organization.id}`;
          const seconds = retryAfterSeconds(verdict.retryAfterMs);
          const throttled = graphError(
            429,
            'TooManyRequests',
            `Too many requests. Please retry after ${seconds} seconds.`,
            {
              'Retry-After': String(seconds),
              'x-ms-throttle-information': verdict.reason,
              'x-ms-throttle-scope': scope,
            },
          );
          return finishResponse(throttled, req.headers['client-request-id'], requestId, now, {});
        }
      }
      deps.stats.writes += route.cost.writes;
      extra['x-ms-resource-unit'] = String(units);
    }
    const ctx: HandlerContext = {
      state: deps.state,
      baseUrl: deps.baseUrl,
      now: deps.now,
      random: deps.random,
      userFailure: (keys) => deps.faults.userFailure(keys),
      stats: deps.stats,
      delta: deps.delta,
      dispatch,
    };
    return finishResponse(route.handler(req, params, ctx), req.headers['client-request-id'], requestId, now, extra);
  };
  return dispatch;
}
