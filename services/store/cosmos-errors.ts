import { StoreError, type StoreErrorCode } from './document-store';

/** The HTTP status of a Cosmos `ErrorResponse`, or undefined for network errors and timeouts. */
export function statusOf(error: unknown): number | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'number') {
    return error.code;
  }
  return undefined;
}

/** A StoreError that keeps the SDK error as `cause`, for logs; messages carry ids, never bodies. */
export function storeError(code: StoreErrorCode, message: string, cause: unknown): StoreError {
  return Object.assign(new StoreError(code, message), { cause });
}

/**
 * The fallback mapping once an operation has handled the statuses it expects (404, 409, 412).
 * - Already a StoreError (our deadline): unchanged.
 * - 400 and 413 mean the request itself is wrong (our bug, or a document over 2 MB); retrying
 *   cannot help, so the SDK error is rethrown as the fault it is.
 * - Everything else (no status: refused, reset, DNS, timeout, abort; 401/403: bad key or role;
 *   408, 429 after the bounded retries, 5xx; an unexpected 404 for a missing container):
 *   the store cannot serve now, `store/unavailable`.
 */
export function asStoreError(error: unknown, what: string): Error {
  if (error instanceof StoreError) return error;
  const status = statusOf(error);
  if ((status === 400 || status === 413) && error instanceof Error) return error;
  const detail = status === undefined ? describeNetworkError(error) : `HTTP ${status}`;
  return storeError('store/unavailable', `${what} failed: ${detail}`, error);
}

function describeNetworkError(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string')
    return error.code;
  return error instanceof Error ? error.name : 'unknown error';
}
