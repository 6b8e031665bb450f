import { isConflict, type StoredRequest } from '../../../services/licensing/request-repository';
import type { CoreDeps } from '../core-deps';
import { refreshTrackedMessages } from '../present-approval';

/**
 * Expiry is application logic (the embedded Cosmos has no TTL): a pending approval past its
 * deadline is moved to `expired` when read, and by a periodic sweep. Returns the current document.
 */
export async function expireIfDue(deps: CoreDeps, doc: StoredRequest): Promise<StoredRequest> {
  const expiresAt = doc.approval?.expiresAt;
  if (doc.state !== 'awaiting-approval' || !expiresAt || deps.repo.clock.now().getTime() < Date.parse(expiresAt))
    return doc;
  try {
    const expired = await deps.repo.transition(doc, 'expired', 'system');
    await refreshTrackedMessages(deps, expired);
    await deps.notifier
      .sendToUser(expired.requesterId, { kind: 'notice', locale: expired.locale, code: 'expired' })
      .catch(() => undefined);
    return expired;
  } catch (e) {
    if (!isConflict(e)) throw e;
    return (await deps.repo.get(deps.tenantId, doc.id)) ?? doc;
  }
}

/** The sweep: every pending approval of the tenant, expired when due. Returns how many expired. */
export async function expireDueApprovals(deps: CoreDeps): Promise<number> {
  let count = 0;
  for (const doc of await deps.repo.listByState(deps.tenantId, 'awaiting-approval')) {
    if ((await expireIfDue(deps, doc)).state === 'expired') count += 1;
  }
  return count;
}
