import { BatchRequestContent, type BatchRequestBody, type BatchRequestStep } from '@microsoft/microsoft-graph-client';
import type { User } from '@microsoft/microsoft-graph-types';
import { parseBatchResponse } from './batch-response';
import { backoffDelayMs } from './backoff';
import type { GraphError } from './graph-error';
import type { GraphTransport } from './graph-transport';
import { isLicenseChangeApplied } from './license-change-applied';
import type { LicenseChange, LicenseChangeResult } from './license-graph';
import { graphErrorFromResponse } from './map-graph-error';
import { toGraphError } from './middleware/graph-failure';
import { SendProbe } from './middleware/send-probe';
import { parseRetryAfterMs } from './retry-after';
import type { RetryInfo } from './retry-info';
import { planRetry, type RetryLimits } from './retry-policy';
import type { SharedWriteQuota } from './shared-write-quota';
import type { ThrottleGate } from './throttle-gate';

/** Graph accepts at most 20 requests per `$batch`. */
export const MAX_BATCH_SIZE = 20;

/** What the batch runner needs from its client. */
export interface LicenseBatchDeps {
  transport: GraphTransport;
  gate: ThrottleGate;
  limits: RetryLimits;
  /** Base URL without version (see `buildBatchContent` for why). */
  baseUrl: string;
  maxConcurrency: number;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  onRetry?: (info: RetryInfo) => void;
  /** Re-reads users (with licenseAssignmentStates) to settle ambiguous writes. */
  readUsers: (ids: string[]) => Promise<User[]>;
  /** The tenant's write quota shared with other processes; absent = this process paces alone. */
  quota?: SharedWriteQuota;
}

/** One change on its way through batches. */
interface Item {
  index: number;
  change: LicenseChange;
  /** Attempts sent so far. */
  attempts: number;
  firstSentAt: number | undefined;
  /** Not to be sent before this time (Retry-After of its last throttled answer). */
  notBefore: number;
}

/**
 * Runs license changes as `$batch` requests of ≤ 20 `POST /users/{id}/assignLicense`, with up to
 * `maxConcurrency` batches in flight. Sub-responses are matched by id (Graph returns them in any
 * order). A 429/503 sub-response means that item was not applied, so it is re-queued alone — at the
 * front, since it has waited longest — to go out in a later batch after its Retry-After, within the
 * same attempt and time bounds as a single request. The SDK's batch classes have no notion of
 * retrying part of a batch, hence this runner. Every item ends with exactly one result, reported
 * through `onItem` as it settles; the promise never rejects for a single item.
 */
export async function runLicenseBatches(
  changes: readonly LicenseChange[],
  deps: LicenseBatchDeps,
  onItem?: (result: LicenseChangeResult) => void,
): Promise<LicenseChangeResult[]> {
  const results: (LicenseChangeResult | undefined)[] = changes.map(() => undefined);
  const settle = (item: Item, result: LicenseChangeResult): void => {
    if (results[item.index]) return;
    results[item.index] = result;
    try {
      onItem?.(result);
    } catch {
      // A failing progress callback must not change an item's outcome or stop the run.
    }
  };
  const pending: Item[] = changes.map((change, index) => ({
    index,
    change,
    attempts: 0,
    firstSentAt: undefined,
    notBefore: 0,
  }));
  const inFlight = new Set<Promise<void>>();
  // Batches leave in the order they were formed: a batch of fresh items may not overtake a batch of
  // retried items still waiting out their Retry-After, or fresh items would use up each new quota
  // window first and starve the retried ones into graph/throttled.
  let lastDepartureMs = 0;
  while (pending.length > 0 || inFlight.size > 0) {
    while (pending.length > 0 && inFlight.size < deps.maxConcurrency) {
      const items = pending.splice(0, MAX_BATCH_SIZE);
      lastDepartureMs = Math.max(lastDepartureMs, ...items.map((item) => item.notBefore));
      const run: Promise<void> = runOneBatch(items, lastDepartureMs, deps, settle)
        .then((retry) => {
          pending.unshift(...retry);
        })
        .finally(() => inFlight.delete(run));
      inFlight.add(run);
    }
    if (inFlight.size > 0) await Promise.race(inFlight);
  }
  return results.map((result, index) => result ?? failed(changes[index], toGraphError(undefined)));
}

/**
 * A failure after which we cannot tell whether Graph applied the write: no answer (timeout,
 * connection reset) or a server error other than a refusal (500, 502, 504). 429 and 503 are
 * refusals (not applied); 4xx are definite answers.
 */
function isAmbiguous(status: number): boolean {
  return status === 0 || status === 500 || status === 502 || status === 504;
}

/** Sends one batch; settles finished items and returns those to retry. Never rejects. */
async function runOneBatch(
  items: Item[],
  departureMs: number,
  deps: LicenseBatchDeps,
  settle: (item: Item, result: LicenseChangeResult) => void,
): Promise<Item[]> {
  let sending = items;
  let deferred: Item[] = [];
  try {
    const waitMs = departureMs - deps.now();
    if (waitMs > 0) await deps.sleep(waitMs);
    // The shared quota may grant fewer writes than the batch holds: the rest go in a later batch.
    if (deps.quota) {
      const granted = Math.max(1, Math.min(items.length, await deps.quota.acquire(items.length)));
      sending = items.slice(0, granted);
      deferred = items.slice(granted);
    }
    const content = await buildBatchContent(sending, deps.baseUrl);
    const sentAt = deps.now();
    for (const item of sending) {
      item.attempts += 1;
      item.firstSentAt ??= sentAt;
    }
    let answer: unknown;
    const probe = new SendProbe();
    try {
      answer = await deps.transport.post<unknown>('/$batch', content, 'generic', probe);
    } catch (e) {
      // The whole batch failed after the transport's own retries. A timeout or a 5xx may hide
      // applied changes: Graph is asked what happened before anything is called failed.
      const error = toGraphError(e);
      if (isAmbiguous(error.status))
        return [
          ...(await settleAmbiguous(
            sending.map((item) => ({ item, error })),
            deps,
            settle,
          )),
          ...deferred,
        ];
      for (const item of sending) settle(item, failed(item.change, error));
      return deferred;
    }
    const responses = parseBatchResponse(answer);
    const retry: Item[] = [];
    const ambiguous: { item: Item; error: GraphError }[] = [];
    let closedUntilMs = 0;
    for (const item of sending) {
      const response = responses.getResponseById(String(item.index));
      if (!response) {
        ambiguous.push({ item, error: toGraphError(undefined) });
      } else if (response.ok) {
        settle(item, { userId: item.change.userId, ok: true, user: (await response.json()) as User });
      } else if (isAmbiguous(response.status)) {
        ambiguous.push({ item, error: await graphErrorFromResponse(response, 'assignLicense') });
      } else if (scheduleRetry(item, response, probe.sentAtMs, deps)) {
        if (response.status === 429) closedUntilMs = Math.max(closedUntilMs, item.notBefore);
        retry.push(item);
      } else {
        settle(item, failed(item.change, await graphErrorFromResponse(response, 'assignLicense')));
      }
    }
    if (ambiguous.length > 0) retry.push(...(await settleAmbiguous(ambiguous, deps, settle)));
    // Other processes writing for this tenant wait out the same Retry-After.
    if (closedUntilMs > 0) await deps.quota?.closeUntil(closedUntilMs);
    return [...retry, ...deferred];
  } catch (e) {
    const error = toGraphError(e);
    for (const item of sending) settle(item, failed(item.change, error));
    return deferred;
  }
}

/**
 * Settles writes whose answer was lost by reading the users back: a change Graph shows as applied
 * succeeded (with the user as read); one not applied is sent again after a backoff, within the
 * item's time budget; past the budget, or when the read itself fails, the item ends with the
 * error it had (still ambiguous: the caller re-reads before deciding anything from it).
 */
async function settleAmbiguous(
  entries: readonly { item: Item; error: GraphError }[],
  deps: LicenseBatchDeps,
  settle: (item: Item, result: LicenseChangeResult) => void,
): Promise<Item[]> {
  let users: User[] | undefined;
  try {
    users = await deps.readUsers(entries.map((e) => e.item.change.userId));
  } catch {
    users = undefined;
  }
  const retry: Item[] = [];
  const now = deps.now();
  for (const { item, error } of entries) {
    const key = item.change.userId.toLowerCase();
    const user = users?.find((u) => u.id?.toLowerCase() === key || u.userPrincipalName?.toLowerCase() === key);
    if (user && isLicenseChangeApplied(user, item.change)) {
      settle(item, { userId: item.change.userId, ok: true, user });
      continue;
    }
    const delayMs = backoffDelayMs(item.attempts, deps.limits.backoff, deps.limits.random);
    const elapsedMs = now - (item.firstSentAt ?? now);
    if (!user || item.attempts >= deps.limits.maxAttempts || elapsedMs + delayMs > deps.limits.maxRetryTimeMs) {
      settle(item, failed(item.change, error));
      continue;
    }
    deps.onRetry?.({ status: error.status, retryAfterMs: delayMs, attempt: item.attempts });
    item.notBefore = now + delayMs;
    retry.push(item);
  }
  return retry;
}

/** Decides whether a failed sub-response is retried, and if so when. A 429 also closes the shared gate. */
function scheduleRetry(item: Item, response: Response, sentAtMs: number | undefined, deps: LicenseBatchDeps): boolean {
  const now = deps.now();
  const retryAfterMs = parseRetryAfterMs(response.headers.get('Retry-After'), now);
  if (response.status === 429 && retryAfterMs !== undefined) deps.gate.closeFor(retryAfterMs, sentAtMs);
  const decision = planRetry(
    {
      status: response.status,
      idempotent: false,
      attempt: item.attempts,
      elapsedMs: now - (item.firstSentAt ?? now),
      ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
    },
    deps.limits,
  );
  if (!decision.retry) return false;
  deps.onRetry?.({ status: response.status, retryAfterMs: decision.delayMs, attempt: item.attempts });
  item.notBefore = now + decision.delayMs;
  return true;
}

/**
 * Builds the `$batch` body with the SDK's BatchRequestContent (≤ 20 steps, unique ids, content-type
 * checks). Sub-request URLs are given as `{baseUrl}/users/…` WITHOUT the version segment: SDK 3.0.7
 * strips only scheme and host, so `…/v1.0/users/…` would become `/v1.0/users/…` and Graph answers
 * "Resource not found for the segment 'v1.0'" (msgraph-sdk-javascript#1178, #1451). A unit test pins
 * this so an SDK upgrade that fixes the stripping is noticed.
 */
export async function buildBatchContent(
  items: readonly Item[] | readonly { index: number; change: LicenseChange }[],
  baseUrl: string,
): Promise<BatchRequestBody> {
  const steps: BatchRequestStep[] = items.map(({ index, change }) => ({
    id: String(index),
    request: new Request(`${baseUrl}/users/${encodeURIComponent(change.userId)}/assignLicense`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ addLicenses: change.addLicenses, removeLicenses: change.removeLicenses }),
    }),
  }));
  return new BatchRequestContent(steps).getContent();
}

function failed(change: LicenseChange | undefined, error: GraphError): LicenseChangeResult {
  return { userId: change?.userId ?? '', ok: false, error };
}
