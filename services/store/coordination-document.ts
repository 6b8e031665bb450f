import type { StoredDocument } from './document-store';

/**
 * Small documents through which several instances on one Cosmos account coordinate: a lease on
 * work that must run once, and the tenant's shared Graph write quota. Kept in their own container
 * (`coordination`) so they never show up in request or audit queries. Every write is ETag-guarded.
 */
export interface LeaseDocument extends StoredDocument {
  kind: 'lease';
  /** Who holds it: an instance id (random per process). */
  owner: string;
  /** Epoch ms after which anyone may take it over (the holder died or stopped renewing). */
  expiresAtMs: number;
}

/** Grants of Graph writes in the last window, shared by every writer of one tenant. */
export interface WriteQuotaDocument extends StoredDocument {
  kind: 'write-quota';
  /** Writes granted, as [epoch ms, count] pairs, oldest first; pruned to the window. */
  grants: [number, number][];
  /** Epoch ms before which nobody sends a write (a 429's Retry-After, shared). */
  closedUntilMs: number;
}

export type CoordinationDocument = LeaseDocument | WriteQuotaDocument;
