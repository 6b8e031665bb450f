import { z } from 'zod';
import { badRequest } from '../graph-error';
import { parseQueryString } from '../odata/query-string';
import type { Handler, SimRequest, SimResponse } from '../sim-types';

/** Graph's JSON batching limit. */
export const MAX_BATCH_REQUESTS = 20;

const batchSchema = z.object({
  requests: z.array(
    z.object({
      id: z.string().min(1),
      method: z.string().min(1),
      url: z.string().min(1),
      headers: z.record(z.string(), z.string()).optional(),
      body: z.unknown().optional(),
      dependsOn: z.array(z.string()).optional(),
    }),
  ),
});

type BatchItem = z.infer<typeof batchSchema>['requests'][number];

/**
 * A batch item as a request: relative URL (`/users/x` or `users/x`; a leading `/v1.0`, which the
 * Graph SDK leaves on URLs of non-Graph hosts, is dropped), lower-cased header names.
 */
function toRequest(item: BatchItem): SimRequest | undefined {
  const url = (item.url.startsWith('/') ? item.url : `/${item.url}`).replace(/^\/v1\.0(?=\/|\?|$)/i, '');
  const q = url.indexOf('?');
  const query = parseQueryString(q === -1 ? '' : url.slice(q + 1));
  if (!query) return undefined;
  let path: string;
  try {
    path = decodeURIComponent(q === -1 ? url : url.slice(0, q));
  } catch {
    return undefined;
  }
  const headers = Object.fromEntries(Object.entries(item.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  return { method: item.method.toUpperCase(), path, query, headers, body: item.body };
}

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

function subResponse(
  id: string,
  r: SimResponse,
  snapshot: boolean,
): { id: string; status: number; headers: Record<string, string>; body?: unknown } {
  const headers = { 'Content-Type': 'application/json', ...(r.headers ?? {}) };
  if (r.body === undefined) return { id, status: r.status, headers };
  // Snapshot when a later item of the batch may write to the state this body points into; a batch
  // of reads changes nothing before the answer is serialised, so it needs no copy.
  return { id, status: r.status, headers, body: snapshot ? structuredClone(r.body) : r.body };
}

/**
 * `POST /$batch`: up to 20 requests, each run through the same routes (and throttled on its own),
 * answered 200 with `{ responses }` in shuffled order (match them by `id`). `dependsOn` is ignored.
 */
export const batch: Handler = (req, _params, ctx) => {
  const parsed = batchSchema.safeParse(req.body);
  if (!parsed.success) return badRequest('Invalid batch payload format.');
  const items = parsed.data.requests;
  if (items.length === 0) return badRequest('Invalid batch payload format: requests must not be empty.');
  if (items.length > MAX_BATCH_REQUESTS) {
    return badRequest(
      `The number of requests in the batch (${items.length}) exceeds the limit of ${MAX_BATCH_REQUESTS}.`,
    );
  }
  const ids = new Set(items.map((i) => i.id));
  if (ids.size !== items.length) return badRequest('Invalid batch payload format: request ids must be unique.');
  ctx.stats.batches++;

  const writes = items.some((item) => item.method.toUpperCase() !== 'GET');
  const responses = items.map((item) => {
    const sub = toRequest(item);
    if (!sub) return subResponse(item.id, badRequest(`Invalid request URL '${item.url}'.`), writes);
    if (/^\/?\$batch$/i.test(sub.path))
      return subResponse(item.id, badRequest('Nested batch requests are not supported.'), writes);
    return subResponse(item.id, ctx.dispatch(sub), writes);
  });
  return { status: 200, body: { responses: shuffle(responses, () => ctx.random()) } };
};
