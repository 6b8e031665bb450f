import { badRequest } from '../graph-error';
import type { HandlerContext, SimRequest, SimResponse } from '../sim-types';
import { formatQueryString } from './query-string';

/** Graph's default page size for directory collections, and the largest `$top` it accepts. */
export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 999;

function encodeSkipToken(offset: number): string {
  return Buffer.from(JSON.stringify({ o: offset })).toString('base64url');
}

function decodeSkipToken(token: string): number | undefined {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    const o = (parsed as { o?: unknown } | null)?.o;
    return typeof o === 'number' && Number.isInteger(o) && o >= 0 ? o : undefined;
  } catch {
    return undefined;
  }
}

/** `@odata.context` for a path below `$metadata#`, e.g. `users` or `users(id,displayName)`. */
export function odataContext(ctx: HandlerContext, fragment: string): string {
  return `${ctx.baseUrl}/v1.0/$metadata#${fragment}`;
}

/**
 * A collection response with Graph's paging: `$top` (1–999, default 100) sets the page size,
 * `@odata.nextLink` is an absolute URL repeating the request's query with a `$skiptoken`,
 * and `$count=true` adds `@odata.count` (the total before paging).
 */
export function collectionResponse(
  req: SimRequest,
  ctx: HandlerContext,
  contextFragment: string,
  items: readonly unknown[],
): SimResponse {
  const topText = req.query.get('$top');
  let top = DEFAULT_PAGE_SIZE;
  if (topText !== undefined) {
    top = Number(topText);
    if (!/^\d+$/.test(topText) || top < 1 || top > MAX_PAGE_SIZE) {
      return badRequest(
        `Invalid page size specified: '${topText}'. Must be between 1 and ${MAX_PAGE_SIZE} inclusive.`,
        'Request_BadRequest',
      );
    }
  }
  const token = req.query.get('$skiptoken');
  const offset = token === undefined ? 0 : decodeSkipToken(token);
  if (offset === undefined) return badRequest('Invalid $skiptoken.', 'Request_BadRequest');

  const body: Record<string, unknown> = { '@odata.context': odataContext(ctx, contextFragment) };
  const count = req.query.get('$count');
  if (count !== undefined && count !== 'true' && count !== 'false')
    return badRequest(`Invalid value '${count}' for $count.`);
  if (count === 'true') body['@odata.count'] = items.length;
  const end = offset + top;
  if (end < items.length) {
    const next = new Map(req.query);
    next.delete('$skiptoken');
    next.set('$skiptoken', encodeSkipToken(end));
    body['@odata.nextLink'] = `${ctx.baseUrl}/v1.0${req.path}?${formatQueryString(next)}`;
  }
  body.value = items.slice(offset, end);
  return { status: 200, body };
}
