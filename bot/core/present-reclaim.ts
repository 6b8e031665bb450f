/** Reclaim findings as the dialog the cards render. */
import type { Locale, ReclaimReasonView, ReclaimView } from '../../cards/views';
import type { ReclaimFindings, ReclaimReason } from '../../services/licensing/reclaim/reclaim-findings';
import { RECLAIM_REASONS } from '../../services/licensing/reclaim/reclaim-findings';
import type { RemovalPlan } from '../../services/licensing/removal-plan';
import { personView } from './present-plan';

/** As for entry reasons (present-plan.ts): fails to compile the moment cards/ and services/ disagree. */
export const RECLAIM_REASONS_AGREE: [ReclaimReason] extends [ReclaimReasonView]
  ? [ReclaimReasonView] extends [ReclaimReason]
    ? true
    : never
  : never = true;

export function reclaimView(
  requestId: string,
  locale: Locale,
  findings: ReclaimFindings,
  plan: RemovalPlan | undefined,
): ReclaimView {
  const product = (skuId: string) => findings.products.find((p) => p.skuId === skuId)?.displayName ?? skuId;
  return {
    kind: 'reclaim',
    locale,
    requestId: plan ? requestId : '',
    mode: plan?.mode ?? (findings.scope === 'tenant' ? 'direct' : 'needs-approval'),
    scope: findings.scope,
    inactiveDays: findings.inactiveDays,
    signIn: findings.signIn.status === 'available' ? 'available' : findings.signIn.code,
    users: findings.users.map(personView),
    groups: RECLAIM_REASONS.flatMap((reason) => {
      const candidates = findings.candidates.filter((c) => c.reason === reason);
      if (candidates.length === 0) return [];
      return [
        {
          reason,
          candidates: candidates.map((c) => ({
            userId: c.userId,
            skuId: c.skuId,
            product: product(c.skuId),
            ...(c.lastActivity ? { lastActivity: c.lastActivity } : {}),
            ...(c.daysInactive !== undefined ? { daysInactive: c.daysInactive } : {}),
            ...(c.coveredBy ? { coveredBy: c.coveredBy.map(product) } : {}),
          })),
        },
      ];
    }),
    notOffered: findings.notOffered.map((n) => ({
      kind: n.kind,
      because: n.because,
      userId: n.userId,
      product: product(n.skuId),
      ...(n.groups ? { groups: n.groups.map((g) => g.displayName) } : {}),
      ...(n.buyer ? { buyer: n.buyer.displayName } : {}),
    })),
    savings: findings.savings.map((s) => ({
      product: product(s.skuId),
      seats: s.seats,
      ...(s.price && s.monthly !== undefined ? { monthly: { amount: s.monthly, currency: s.price.currency } } : {}),
    })),
    pricesConfigured: findings.pricesConfigured,
    more: findings.more,
    consequences: plan?.consequences ?? [],
  };
}
