import type { WorkLeases } from '../store/store-leases';

export type { LeasedRun, WorkLeases } from '../store/store-leases';

/** For a single process without shared state (tests, scripts): every lease is won. */
export const soleInstance: WorkLeases = {
  withLease: async (_name, _ttlMs, work) => ({ ran: true, value: await work() }),
};

/** How long a run's lease lasts unless renewed (renewed every third of it while the run is alive). */
export const RUN_LEASE_MS = 60_000;

/** A scheduled request's lease: renewed while its sweep works on it; a dead holder's expires within this. */
export const SCHEDULE_LEASE_MS = 60_000;

export const leaseNames = {
  run: (requestId: string): string => `run.${requestId}`,
  /** A due scheduled request, from its claim until its run has started (the run then has its own). */
  schedule: (requestId: string): string => `schedule.${requestId}`,
  expirySweep: 'expiry-sweep',
} as const;
