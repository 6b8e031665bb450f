import { GraphError } from './graph-error';

/**
 * Turns an `@odata.nextLink` into a path the SDK can request (relative to `{baseUrl}/v1.0`).
 * Why not the SDK's PageIterator: GraphRequest only recognises absolute `https://` URLs, so an http
 * nextLink from the simulator would be appended to the base URL as a path; and PageIterator parses
 * responses itself, bypassing our error mapping. A nextLink pointing anywhere but our own base URL
 * is refused (`graph/unexpected`): following it would send our bearer token to another host.
 */
export function relativeNextLink(nextLink: string, apiRoot: string): string {
  const root = apiRoot.replace(/\/+$/, '');
  if (nextLink.startsWith(`${root}/`)) return nextLink.slice(root.length);
  if (nextLink.startsWith('/')) return nextLink;
  throw new GraphError('graph/unexpected', 0, 'ForeignNextLink', undefined, undefined);
}
