import type { DeltaSessions } from './delta-sessions';
import type { TenantState } from './tenant-state';

/** One Graph operation as the router sees it: a top-level HTTP request or one `$batch` item. */
export interface SimRequest {
  method: string;
  /** Decoded path below the version, without the query: `/users/abc/assignLicense`. */
  path: string;
  /** Decoded query options by name (`$filter`, `$top` …); the last value wins. */
  query: ReadonlyMap<string, string>;
  /** Header names in lower case. */
  headers: Readonly<Record<string, string>>;
  /** Parsed JSON body; undefined when there was none. */
  body: unknown;
}

/** What a handler answers. Error bodies get `innerError` (date, request-id) filled in by the router. */
export interface SimResponse {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/** Runs one operation through the routes table (throttling and faults included). Never throws. */
export type Dispatch = (req: SimRequest) => SimResponse;

/** Counters behind `RunningSimulator.stats()`; see `SimulatorStats` for their meaning. */
export interface MutableStats {
  requests: number;
  throttled: number;
  assignLicenseCalls: number;
  writes: number;
  batches: number;
  assignLicenseByUser: Record<string, number>;
}

/** What every handler may use. Handlers are synchronous and touch nothing but `state` and `stats`. */
export interface HandlerContext {
  state: TenantState;
  /** `http://127.0.0.1:PORT`, for `@odata.context` and `@odata.nextLink`. */
  baseUrl: string;
  now(): number;
  random(): number;
  /** The forced assignLicense failure (`FaultOptions.failUsers`) for a user known by any of `keys`. */
  userFailure(keys: readonly string[]): SimResponse | undefined;
  stats: MutableStats;
  /** Delta tokens and paging rounds of `/users/delta` (bounded). */
  delta: DeltaSessions;
  /** The route dispatcher, for `$batch` (passed in so handlers never import the routes table). */
  dispatch: Dispatch;
}

export type Handler = (req: SimRequest, params: Readonly<Record<string, string>>, ctx: HandlerContext) => SimResponse;

/** Throttling cost of a route, per Graph's identity-and-access table; `undefined` = not metered. */
export interface RouteCost {
  resourceUnits: number;
  writes: number;
}

/** One row of the routes table. `pattern` segments in braces (`{id}`) match any one segment. */
export interface Route {
  method: 'GET' | 'POST';
  pattern: string;
  handler: Handler;
  cost: RouteCost | undefined;
}
