import type { RemovalRequest, RequestState } from './removal-request';
import { isConflict, type RequestRepository, type StoredRequest } from './request-repository';

/** How an ETag-guarded move ended: made, lost to someone who wrote first, or the request is gone. */
export type MoveResult =
  | { kind: 'moved'; request: StoredRequest }
  /** Someone else wrote first (a second click, another approver, an expiry): `request` is what they left. */
  | { kind: 'lost'; request: StoredRequest }
  | { kind: 'not-found' };

/**
 * The one "lost the race → re-read → already handled" block: moves `doc` to `to`, and when the
 * ETag write loses, answers the request as the winner left it instead of throwing. Other faults
 * (store unavailable, an illegal move) still throw.
 */
export async function transitionOrLatest(
  repo: RequestRepository,
  doc: StoredRequest,
  to: RequestState,
  actorId: string,
  patch: Partial<RemovalRequest> = {},
): Promise<MoveResult> {
  return writeOrLatest(repo, doc, () => repo.transition(doc, to, actorId, patch));
}

/** The same for a write that keeps the state (a re-plan of the same request). */
export function updateOrLatest(
  repo: RequestRepository,
  doc: StoredRequest,
  patch: Partial<RemovalRequest>,
): Promise<MoveResult> {
  return writeOrLatest(repo, doc, () => repo.update(doc, patch));
}

async function writeOrLatest(
  repo: RequestRepository,
  doc: StoredRequest,
  write: () => Promise<StoredRequest>,
): Promise<MoveResult> {
  try {
    return { kind: 'moved', request: await write() };
  } catch (e) {
    if (!isConflict(e)) throw e;
    const latest = await repo.get(doc.tenantId, doc.id);
    return latest ? { kind: 'lost', request: latest } : { kind: 'not-found' };
  }
}
