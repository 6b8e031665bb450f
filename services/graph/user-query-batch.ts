import { BatchRequestContent, type BatchRequestStep } from '@microsoft/microsoft-graph-client';
import type { User } from '@microsoft/microsoft-graph-types';
import { parseBatchResponse } from './batch-response';
import type { GraphTransport } from './graph-transport';
import { MAX_BATCH_SIZE } from './license-batch';

/** A page of a Graph collection, as one sub-response carries it. */
interface Page {
  value?: User[];
  '@odata.nextLink'?: string;
}

/**
 * Runs many `/users?…` queries (each a relative path with its query) as `$batch` requests of up to
 * 20, so re-reading 1,000 users before a removal is 4 round trips instead of 67. A sub-request
 * that is not a complete 200 page (throttled, failed, or paged) is run again on its own through
 * `fallback`, which has the client's full retry policy: the batch is only a fast path.
 */
export async function queryUsersBatched(
  paths: readonly string[],
  transport: GraphTransport,
  baseUrl: string,
  fallback: (path: string) => Promise<User[]>,
): Promise<User[]> {
  const groups: string[][] = [];
  for (let i = 0; i < paths.length; i += MAX_BATCH_SIZE) groups.push(paths.slice(i, i + MAX_BATCH_SIZE));
  const results = await Promise.all(groups.map((group) => runGroup(group, transport, baseUrl, fallback)));
  return results.flat();
}

async function runGroup(
  group: string[],
  transport: GraphTransport,
  baseUrl: string,
  fallback: (path: string) => Promise<User[]>,
): Promise<User[]> {
  if (group.length === 1 && group[0] !== undefined) return fallback(group[0]);
  // Sub-request URLs without the version segment: see buildBatchContent in license-batch.ts.
  const steps: BatchRequestStep[] = group.map((path, index) => ({
    id: String(index),
    request: new Request(`${baseUrl}${path}`, { method: 'GET' }),
  }));
  let responses;
  try {
    responses = parseBatchResponse(
      await transport.post<unknown>('/$batch', await new BatchRequestContent(steps).getContent(), 'generic'),
    );
  } catch {
    return (await Promise.all(group.map(fallback))).flat();
  }
  const pages = await Promise.all(
    group.map(async (path, index) => {
      const response = responses.getResponseById(String(index));
      if (!response?.ok) return fallback(path);
      const page = (await response.json()) as Page;
      return page['@odata.nextLink'] ? fallback(path) : (page.value ?? []);
    }),
  );
  return pages.flat();
}
