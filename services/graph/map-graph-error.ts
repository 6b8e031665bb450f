import { GraphError, type GraphErrorCode } from './graph-error';

/** Which call a failed response belongs to: only assignLicense 400s are classified further. */
export type GraphOperation = 'generic' | 'assignLicense';

/** Graph's error body: `{ error: { code, message, innerError: { 'request-id' } } }`. */
interface GraphErrorBody {
  error?: {
    code?: unknown;
    message?: unknown;
    innerError?: Record<string, unknown>;
    innererror?: Record<string, unknown>;
  };
}

/**
 * Fallback classification of an assignLicense 400 by Graph's message. The app classifies from
 * `licenseAssignmentStates` first; this only names the code when it could not. Messages are the
 * ones Graph (and the tenant simulator) return for each rule.
 */
const ASSIGN_LICENSE_MESSAGES: readonly [RegExp, GraphErrorCode][] = [
  [/inherited from a group/i, 'graph/group-inherited'],
  [/does not have a corresponding license/i, 'graph/license-not-assigned'],
  [/does not correspond to a valid company license/i, 'graph/unknown-sku'],
  [/does not have any available licenses/i, 'graph/no-free-seats'],
];

export function classifyAssignLicenseMessage(message: string | undefined): GraphErrorCode {
  if (message) {
    for (const [pattern, code] of ASSIGN_LICENSE_MESSAGES) if (pattern.test(message)) return code;
  }
  return 'graph/bad-request';
}

/** The GraphError code for an HTTP status (after retries are exhausted). */
export function codeForStatus(status: number, operation: GraphOperation, message: string | undefined): GraphErrorCode {
  switch (status) {
    case 400:
      return operation === 'assignLicense' ? classifyAssignLicenseMessage(message) : 'graph/bad-request';
    case 401:
      return 'graph/unauthorized';
    case 403:
      return 'graph/forbidden';
    case 404:
      return 'graph/not-found';
    case 429:
      return 'graph/throttled';
    case 502:
    case 503:
    case 504:
      return 'graph/unavailable';
    default:
      return 'graph/unexpected';
  }
}

/**
 * Builds the GraphError for a non-2xx response: status, Graph's `error.code`, the request id
 * (from `innerError`, else the `request-id` header) and Graph's message kept only in `graphMessage`.
 * Reads the body; a non-JSON body is tolerated (a proxy's HTML 503, say).
 */
export async function graphErrorFromResponse(response: Response, operation: GraphOperation): Promise<GraphError> {
  const body = await readJson(response);
  const error = isErrorBody(body) ? body.error : undefined;
  const inner = error?.innerError ?? error?.innererror;
  const graphCode = typeof error?.code === 'string' ? error.code : undefined;
  const message = typeof error?.message === 'string' ? error.message : undefined;
  const innerRequestId = typeof inner?.['request-id'] === 'string' ? inner['request-id'] : undefined;
  const requestId = innerRequestId ?? response.headers.get('request-id') ?? undefined;
  return new GraphError(
    codeForStatus(response.status, operation, message),
    response.status,
    graphCode,
    requestId,
    message,
  );
}

async function readJson(response: Response): Promise<unknown> {
  try {
    const text = await response.text();
    return text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

function isErrorBody(body: unknown): body is GraphErrorBody {
  return (
    typeof body === 'object' &&
    body !== null &&
    'error' in body &&
    typeof body.error === 'object' &&
    body.error !== null
  );
}
