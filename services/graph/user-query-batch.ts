import type { User } from '@microsoft/microsoft-graph-types';
import { parseBatchResponse } from './batch-response';
import type { GraphTransport } from './graph-transport';
import { MAX_BATCH_SIZE } from './license-batch';
import { batchOfGets } from './read-coalescer';

/** A page of a Graph collection, as one sub-response carries it. */
interface Page {
  value?: User[];
  '@odata.nextLink'?: string;
}

/** One `/users?…` query: a relative path with its (encoded) query, and headers it needs. */
export interface UserQuery {
  path: string;
  /** e.g. `ConsistencyLevel: eventual` for `$search`. */
  headers?: Record<string, string>;
}

/**
 * Runs many `/users?…` queries as `$batch` requests of up to 20, all batches at once, so re-reading
 * 1,000 users before a removal is 4 round trips instead of 67, and resolving 20 names is one.
 * Answers each query's users, in the order of `queries`. A sub-request that is not a complete 200
 * page (throttled, failed, or paged) is run again on its own through `fallback`, which has the
 * client's full retry policy: the batch is only a fast path.
 */
export async function queryUsersBatched(
  queries: readonly UserQuery[],
  transport: GraphTransport,
  fallback: (query: UserQuery) => Promise<User[]>,
): Promise<User[][]> {
  const groups: UserQuery[][] = [];
  for (let i = 0; i < queries.length; i += MAX_BATCH_SIZE) groups.push(queries.slice(i, i + MAX_BATCH_SIZE));
  const results = await Promise.all(groups.map((group) => runGroup(group, transport, fallback)));
  return results.flat();
}

async function runGroup(
  group: UserQuery[],
  transport: GraphTransport,
  fallback: (query: UserQuery) => Promise<User[]>,
): Promise<User[][]> {
  if (group.length === 1 && group[0] !== undefined) return [await fallback(group[0])];
  let responses;
  try {
    responses = parseBatchResponse(await transport.post<unknown>('/$batch', batchOfGets(group), 'generic'));
  } catch {
    return Promise.all(group.map(fallback));
  }
  return Promise.all(
    group.map(async (query, index) => {
      const response = responses.getResponseById(String(index));
      if (!response?.ok) return fallback(query);
      const page = (await response.json()) as Page;
      return page['@odata.nextLink'] ? fallback(query) : (page.value ?? []);
    }),
  );
}
