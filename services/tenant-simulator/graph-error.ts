import type { SimResponse } from './sim-types';

/** Graph's error body; `innerError` is filled in by the router, which knows the request id. */
export interface GraphErrorBody {
  error: {
    code: string;
    message: string;
    innerError?: { date: string; 'request-id': string; 'client-request-id'?: string };
  };
}

/** A Graph-shaped error response: `{ error: { code, message, innerError } }`. */
export function graphError(
  status: number,
  code: string,
  message: string,
  headers?: Record<string, string>,
): SimResponse {
  const body: GraphErrorBody = { error: { code, message } };
  return headers ? { status, headers, body } : { status, body };
}

export function isGraphErrorBody(body: unknown): body is GraphErrorBody {
  return (
    typeof body === 'object' && body !== null && 'error' in body && typeof (body as GraphErrorBody).error === 'object'
  );
}

/** Graph's answer for an object that does not exist (users, groups, roles). */
export function resourceNotFound(id: string): SimResponse {
  return graphError(
    404,
    'Request_ResourceNotFound',
    `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`,
  );
}

export function badRequest(message: string, code = 'BadRequest'): SimResponse {
  return graphError(400, code, message);
}
