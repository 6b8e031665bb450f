import type { SubscribedSku, User } from '@microsoft/microsoft-graph-types';
import { licenseAssignments, lostServices } from '../consequences';

/**
 * Direct licenses of `user` that another license of theirs makes redundant: removing the SKU
 * loses not one service plan (by servicePlanId, with disabled plans taken into account), which
 * the consequences engine's `lostServices` proves. Returns the redundant SKU with the SKUs that
 * keep its plans. When two licenses cover each other exactly, only one is offered: the one with
 * fewer service plans (ties: the later skuPartNumber), so the user is never left without either.
 *
 * Deliberately strict: Microsoft 365 E5 carries E5-tier plans (FORMS_PLAN_E5, STREAM_O365_E5 …)
 * with other ids than Office 365 E3's, so "E3 under E5" is not proven here and not offered.
 */
export function redundantLicenses(
  user: Pick<User, 'assignedLicenses' | 'licenseAssignmentStates'>,
  tenantSkus: SubscribedSku[],
): { skuId: string; coveredBy: string[] }[] {
  const assignments = licenseAssignments(user).filter((a) => a.active);
  const held = [...new Set(assignments.map((a) => a.skuId))];
  const directOnly = held.filter((skuId) => {
    const paths = assignments.filter((a) => a.skuId === skuId);
    return paths.every((a) => a.viaGroup === null);
  });
  const covered = new Map<string, string[]>();
  for (const skuId of directOnly) {
    if (held.length < 2) break;
    const lost = lostServices(user, [skuId], tenantSkus);
    const plansOf = skuPlanCount(skuId, tenantSkus);
    if (lost.lostPlans.length > 0 || plansOf === 0) continue;
    covered.set(
      skuId,
      unique(lost.keptVia.flatMap((k) => k.viaSkuIds)).filter((id) => id !== skuId),
    );
  }
  const out: { skuId: string; coveredBy: string[] }[] = [];
  for (const [skuId, coveredBy] of covered) {
    const mutual = coveredBy.find((other) => covered.has(other));
    if (mutual && !offeredOfPair(skuId, mutual, tenantSkus)) continue;
    out.push({ skuId, coveredBy: coveredBy.length > 0 ? coveredBy : otherHeld(held, skuId) });
  }
  return out;
}

/** Of two licenses that cover each other, whether `a` is the one to offer. */
function offeredOfPair(a: string, b: string, tenantSkus: SubscribedSku[]): boolean {
  const diff = skuPlanCount(a, tenantSkus) - skuPlanCount(b, tenantSkus);
  if (diff !== 0) return diff < 0;
  return partNumber(a, tenantSkus) > partNumber(b, tenantSkus);
}

function skuPlanCount(skuId: string, tenantSkus: SubscribedSku[]): number {
  return tenantSkus.find((s) => s.skuId?.toLowerCase() === skuId)?.servicePlans?.length ?? 0;
}

function partNumber(skuId: string, tenantSkus: SubscribedSku[]): string {
  return tenantSkus.find((s) => s.skuId?.toLowerCase() === skuId)?.skuPartNumber ?? skuId;
}

function otherHeld(held: string[], skuId: string): string[] {
  return held.filter((id) => id !== skuId);
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
