import { BatchResponseContent, type BatchResponseBody } from '@microsoft/microsoft-graph-client';

/** One sub-response as Graph sends it inside a `$batch` answer. */
interface RawSubResponse {
  id?: unknown;
  status?: unknown;
  headers?: Record<string, unknown>;
  body?: unknown;
}

/**
 * Wraps a `$batch` answer in the SDK's BatchResponseContent (sub-responses as fetch Responses, by id).
 * Normalised first, because BatchResponseContent only JSON-encodes a body when the sub-response
 * header is spelled exactly `Content-Type`: with `content-type` (or none) an object body would become
 * the text "[object Object]". Header values are made strings for the Headers constructor.
 */
export function parseBatchResponse(json: unknown): BatchResponseContent {
  const responses = isBatchBody(json) ? json.responses.map(normaliseSubResponse) : [];
  const body: BatchResponseBody = { responses };
  return new BatchResponseContent(body);
}

function normaliseSubResponse(raw: RawSubResponse): RawSubResponse {
  const headers: Record<string, string> = {};
  let contentType: string | undefined;
  for (const [key, value] of Object.entries(raw.headers ?? {})) {
    if (key.toLowerCase() === 'content-type') contentType = String(value);
    else headers[key] = String(value);
  }
  const objectBody = typeof raw.body === 'object' && raw.body !== null;
  if (objectBody)
    headers['Content-Type'] = contentType?.startsWith('application/json') ? contentType : 'application/json';
  else if (contentType !== undefined) headers['Content-Type'] = contentType;
  return { ...raw, id: String(raw.id), headers, body: objectBody || typeof raw.body === 'string' ? raw.body : null };
}

function isBatchBody(json: unknown): json is { responses: RawSubResponse[] } {
  return typeof json === 'object' && json !== null && 'responses' in json && Array.isArray(json.responses);
}
