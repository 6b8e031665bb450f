import { isGraphError } from '../../graph/graph-error';
import type { LicenseGraph, UserSignInActivity } from '../../graph/license-graph';

/** Why sign-in activity could not be read: the app lacks AuditLog.Read.All, or the tenant Entra ID P1. */
export type SignInUnavailable = 'missing-permission' | 'missing-premium';

export type InactiveUsers =
  | {
      status: 'available';
      /** Users with no sign-in of any kind after the cutoff → their latest sign-in (ISO, UTC). */
      lastActivity: ReadonlyMap<string, string>;
    }
  | { status: 'unavailable'; code: SignInUnavailable };

const DAY_MS = 86_400_000;

/** The cut-off for "no sign-in for `days` days" at `now`. */
export function inactiveSince(now: Date, days: number): Date {
  return new Date(now.getTime() - days * DAY_MS);
}

/**
 * Users inactive since `cutoff`. Graph filters on the interactive sign-in only, so the other two
 * times are checked here: a user whose phone's mail app signs in every day is not inactive
 * (Microsoft Learn, "Manage inactive user accounts": use both). Users who never signed in are not
 * returned by Graph's filter and so never count as inactive: they may be new starters.
 * A 403 (no permission, no P1) is an answer, not a fault: the other reasons still work.
 */
export async function findInactiveUsers(graph: LicenseGraph, cutoff: Date): Promise<InactiveUsers> {
  let activity: UserSignInActivity[];
  try {
    activity = await graph.listUsersSignedInBefore(cutoff);
  } catch (e) {
    if (isGraphError(e) && e.code === 'graph/forbidden') {
      const premium = e.graphCode === 'Authentication_RequestFromNonPremiumTenantOrB2CTenant';
      return { status: 'unavailable', code: premium ? 'missing-premium' : 'missing-permission' };
    }
    throw e;
  }
  const lastActivity = new Map<string, string>();
  for (const a of activity) {
    const latest = latestOf([a.lastSignInDateTime, a.lastNonInteractiveSignInDateTime, a.lastSuccessfulSignInDateTime]);
    if (latest && Date.parse(latest) <= cutoff.getTime()) lastActivity.set(a.userId, latest);
  }
  return { status: 'available', lastActivity };
}

function latestOf(times: (string | null)[]): string | undefined {
  let best: string | undefined;
  for (const t of times) if (t && (best === undefined || Date.parse(t) > Date.parse(best))) best = t;
  return best;
}

/** Whole days between `from` and `now` (floor). */
export function daysBetween(from: string, now: Date): number {
  return Math.floor((now.getTime() - Date.parse(from)) / DAY_MS);
}
