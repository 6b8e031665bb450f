import type { StoredRequest } from '../../../services/licensing/request-repository';
import type { CoreDeps } from '../core-deps';
import { refreshTrackedMessages } from '../present-approval';

/**
 * Expiry is application logic (the embedded Cosmos has no TTL): a pending approval past its
 * deadline is moved to `expired` when read, and by a periodic sweep. Returns the current document.
 */
export async function expireIfDue(deps: CoreDeps, doc: StoredRequest): Promise<StoredRequest> {
  if (!deps.removals.isDueToExpire(doc)) return doc;
  const moved = await deps.removals.expire(doc);
  if (moved.kind === 'not-found') return doc;
  if (moved.kind === 'lost') return moved.request;
  const expired = moved.request;
  await refreshTrackedMessages(deps, expired);
  await deps.notifier
    .sendToUser(expired.requesterId, { kind: 'notice', locale: expired.locale, code: 'expired' })
    .catch(() => undefined);
  return expired;
}

/** The sweep: every pending approval of the tenant, expired when due. Returns how many expired. */
export async function expireDueApprovals(deps: CoreDeps): Promise<number> {
  let count = 0;
  for (const doc of await deps.removals.pendingApprovals()) {
    if ((await expireIfDue(deps, doc)).state === 'expired') count += 1;
  }
  return count;
}
