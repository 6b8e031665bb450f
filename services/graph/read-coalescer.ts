import { parseBatchResponse } from './batch-response';
import { MAX_BATCH_SIZE } from './license-batch';

/** One GET waiting for the next flush. */
interface Queued {
  path: string;
  headers: Record<string, string> | undefined;
  resolve: (response: Response) => void;
  reject: (error: unknown) => void;
}

/** Statuses a batch item may get that mean "not done, try again": sent alone, with the full retry policy. */
const RETRY_ALONE = new Set([429, 503, 504]);

export interface ReadCoalescerDeps {
  /** Sends one GET on its own (timeouts, retries, pacing); resolves with the raw response, ok or not. */
  direct: (path: string, headers: Record<string, string> | undefined) => Promise<Response>;
  /** POSTs a `$batch` body and resolves with its JSON answer (retried as one request). */
  postBatch: (content: unknown) => Promise<unknown>;
}

/**
 * Sends the GETs that callers start in the same turn of the event loop as one `$batch` (20 per
 * batch), e.g. a plan's requester, role members, direct reports and named users: one HTTP request
 * and one round trip instead of several. A single GET goes out as it is. Each caller still gets its
 * own response; a throttled or unavailable item (or a failed batch) is sent again on its own, with
 * the client's full retry policy, so batching never loses a request. Not for writes.
 */
/**
 * The `$batch` body for GETs, written here rather than with the SDK's BatchRequestContent: GETs
 * have no body to encode, and the SDK strips each URL's host with `split(/.*?\/\/.*?\//)`, which
 * backtracks over the whole of a long query (2 % of a turn's CPU in the profile). URLs are relative
 * to the version segment, as Graph takes them.
 */
export function batchOfGets(items: readonly { path: string; headers?: Record<string, string> | undefined }[]): {
  requests: { id: string; method: 'GET'; url: string; headers?: Record<string, string> }[];
} {
  return {
    requests: items.map((item, index) => ({
      id: String(index),
      method: 'GET' as const,
      url: item.path,
      ...(item.headers && Object.keys(item.headers).length > 0 ? { headers: item.headers } : {}),
    })),
  };
}

export class ReadCoalescer {
  private queue: Queued[] = [];
  private scheduled = false;

  constructor(private readonly deps: ReadCoalescerDeps) {}

  get(path: string, headers?: Record<string, string>): Promise<Response> {
    return new Promise((resolve, reject) => {
      this.queue.push({ path, headers, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        // After the current turn's microtasks: everything started "together" has been queued.
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    const queued = this.queue;
    this.queue = [];
    this.scheduled = false;
    if (queued.length === 1 && queued[0]) {
      this.alone(queued[0]);
      return;
    }
    for (let i = 0; i < queued.length; i += MAX_BATCH_SIZE) void this.batch(queued.slice(i, i + MAX_BATCH_SIZE));
  }

  private alone(item: Queued): void {
    this.deps.direct(item.path, item.headers).then(item.resolve, item.reject);
  }

  private async batch(items: Queued[]): Promise<void> {
    let responses;
    try {
      responses = parseBatchResponse(await this.deps.postBatch(batchOfGets(items)));
    } catch {
      for (const item of items) this.alone(item);
      return;
    }
    items.forEach((item, index) => {
      const response = responses.getResponseById(String(index));
      if (!response || RETRY_ALONE.has(response.status)) this.alone(item);
      else item.resolve(response);
    });
  }
}
