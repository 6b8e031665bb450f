import type { AffectedUserView, Locale } from '../../cards/views';
import type { StoredRequest } from '../../services/licensing/request-repository';
import { isRemovable } from '../../services/licensing/removal-plan';
import type { CoreDeps } from './core-deps';

/**
 * NOTIFY_USERS: tells each affected user, in their `preferredLanguage`, what they lose (before a
 * scheduled removal, or after a removal), what happens to their data and whom to ask, through the
 * channels' notifier (their Teams chat with the app, or a Slack DM). Resolves the names of those
 * it could not reach, for the requester's result card. Off (no `notifyUsers`): tells nobody.
 */
export async function notifyAffected(
  deps: CoreDeps,
  doc: StoredRequest,
  phase: AffectedUserView['phase'],
): Promise<string[]> {
  if (!deps.notifyUsers || !doc.plan) return [];
  const plan = doc.plan;
  const losing =
    phase === 'after'
      ? Object.entries(doc.outcomes ?? {}).flatMap(([userId, o]) =>
          o.status === 'removed' ? [{ userId, skuIds: o.skuIds }] : [],
        )
      : plan.users.flatMap((u) => {
          const skuIds = plan.entries.filter((e) => e.userId === u.id && isRemovable(e)).map((e) => e.skuId);
          return skuIds.length > 0 ? [{ userId: u.id, skuIds }] : [];
        });
  if (losing.length === 0) return [];
  const people = await deps.graph.getUsersByIds(losing.map((l) => l.userId));
  const contacts = [doc.requesterName, ...(doc.approval?.decidedByName ? [doc.approval.decidedByName] : [])];
  const unreachable: string[] = [];
  for (const { userId, skuIds } of losing) {
    const person = people.find((p) => p.id === userId);
    const view: AffectedUserView = {
      kind: 'affected-user',
      locale: localeOf(person?.preferredLanguage),
      phase,
      ...(phase === 'before' && doc.schedule
        ? { scheduledFor: { at: doc.schedule.at, timeZone: doc.schedule.timeZone } }
        : {}),
      products: skuIds.map((id) => plan.products.find((p) => p.skuId === id)?.displayName ?? id),
      consequences: plan.consequences.find((c) => c.userId === userId)?.items.map((i) => ({ ...i })) ?? [],
      contacts: [...new Set(contacts)],
    };
    const sent = await deps.notifier.sendToUser(userId, view).catch(() => undefined);
    if (!sent) unreachable.push(plan.users.find((u) => u.id === userId)?.displayName ?? person?.displayName ?? userId);
  }
  deps.logger.info(
    { requestId: doc.id, phase, told: losing.length - unreachable.length, unreachable: unreachable.length },
    'affected users told',
  );
  return unreachable;
}

/** sv-SE, sv-FI … → Swedish; anything else (or none) → English. */
function localeOf(preferredLanguage: string | null | undefined): Locale {
  return preferredLanguage?.toLowerCase().startsWith('sv') ? 'sv' : 'en';
}
