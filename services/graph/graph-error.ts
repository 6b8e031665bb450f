/**
 * The one error type the Graph client throws. Codes are stable strings that callers
 * switch on; Graph's own message is kept for support but never shown or logged raw,
 * because Graph repeats request paths (which can hold a UPN) in its messages.
 */
export type GraphErrorCode =
  | 'graph/not-found'
  | 'graph/forbidden'
  | 'graph/unauthorized'
  | 'graph/throttled'
  | 'graph/unavailable'
  | 'graph/timeout'
  | 'graph/bad-request'
  | 'graph/group-inherited'
  | 'graph/license-not-assigned'
  | 'graph/unknown-sku'
  | 'graph/no-free-seats'
  | 'graph/network'
  | 'graph/unexpected';

export class GraphError extends Error {
  override readonly name = 'GraphError';
  constructor(
    readonly code: GraphErrorCode,
    /** HTTP status, or 0 when no response arrived (timeout, network). */
    readonly status: number,
    /** Graph's `error.code` (e.g. `Request_ResourceNotFound`), when there was a body. */
    readonly graphCode: string | undefined,
    /** Graph's `innerError.request-id`, for Microsoft support. */
    readonly requestId: string | undefined,
    /** Graph's message. May contain personal data: do not log it. */
    readonly graphMessage: string | undefined,
  ) {
    super(
      `${code} (HTTP ${status}${graphCode ? `, ${graphCode}` : ''}${requestId ? `, request-id ${requestId}` : ''})`,
    );
  }
}

export function isGraphError(e: unknown): e is GraphError {
  return e instanceof GraphError;
}
