import type { CompanySubscription, SubscribedSku, User } from '@microsoft/microsoft-graph-types';
import type { LicenseGraph } from '../../graph/license-graph';
import { matchProduct } from '../catalog/match-products';
import { classifyAssignment, heldSkuIds } from '../classify-assignment';
import type { Clarification } from '../planning/clarification';
import { selfServicePurchaseOf, subscriptionsOrNone } from '../planning/plan-entry-rules';
import { toPlanProduct, toPlanUser } from '../planning/plan-mappers';
import type { PlanProduct, PlanUser, RemovalPlan } from '../removal-plan';
import { type Admin, loadRequester } from '../requester-authority';
import { redundantLicenses } from './covering-licenses';
import { reclaimPlan } from './reclaim-plan';
import { daysBetween, findInactiveUsers, inactiveSince, type InactiveUsers } from './inactive-users';
import { type LicensePrices, monthlyCost, NO_PRICES, priceOf } from './license-prices';
import {
  RECLAIM_REASONS,
  type ReclaimAsk,
  type ReclaimCandidate,
  type ReclaimFindings,
  type ReclaimNotOffered,
  type ReclaimReason,
  type ReclaimSaving,
} from './reclaim-findings';

/**
 * Candidates one dialog offers; more are counted and offered at the next ask. The worst case (every
 * candidate with a different consequence list) measured 50 KB at 25, 76 KB at 40 and 93 KB at 50
 * (cardBytes, tests/unit/cards/reclaim-dialog.test.ts), against the 80 KB a Teams card may have.
 */
export const MAX_RECLAIM_CANDIDATES = 25;

export type ReclaimOutcome =
  | {
      kind: 'findings';
      findings: ReclaimFindings;
      /** The removal of every candidate; undefined when there are none. */
      plan: RemovalPlan | undefined;
      requester: PlanUser;
    }
  | { kind: 'clarify'; clarifications: Clarification[]; requester: PlanUser }
  | { kind: 'refused'; code: 'not-allowed'; admins: Admin[]; requester: PlanUser }
  | { kind: 'unknown-requester' };

export interface ReclaimSettings {
  now: Date;
  /** RECLAIM_INACTIVE_DAYS: used when the ask names no number of days. */
  inactiveDays: number;
  prices?: LicensePrices;
}

/**
 * Finds licenses that can be freed, as a value; changes nothing. An admin looks at the whole
 * tenant, a manager at their direct reports only (their removal then goes for approval).
 * Each user × product gets at most one reason, the strongest first: a disabled account, then
 * inactivity, then an overlap. Only direct assignments are offered; group-given and self-service
 * ones that match a reason are reported with what to do instead.
 */
export async function findReclaimCandidates(
  graph: LicenseGraph,
  requesterId: string,
  ask: ReclaimAsk,
  settings: ReclaimSettings,
): Promise<ReclaimOutcome> {
  const who = await loadRequester(graph, requesterId);
  if (!who) return { kind: 'unknown-requester' };
  const requester = toPlanUser(who.user);
  const { authority } = who;
  if (authority.kind === 'none') return { kind: 'refused', code: 'not-allowed', admins: who.admins, requester };

  const tenantSkus = await graph.listSubscribedSkus();
  const wanted = resolveProducts(ask, tenantSkus);
  if (wanted.kind === 'clarify') return { kind: 'clarify', clarifications: wanted.clarifications, requester };

  const reasons = ask.reasons && ask.reasons.length > 0 ? ask.reasons : RECLAIM_REASONS;
  const inactiveDays = ask.inactiveDays ?? settings.inactiveDays;
  const people =
    authority.kind === 'admin' ? await graph.listUsers() : await graph.getUsersByIds(authority.directReportIds);
  // The requester's own licenses are never offered: removing them is a separate, explicit ask.
  const users = people.filter((u) => u.id && u.id !== requesterId && heldSkuIds(u).length > 0);
  const inactive: InactiveUsers = reasons.includes('inactive')
    ? await findInactiveUsers(graph, inactiveSince(settings.now, inactiveDays))
    : { status: 'available', lastActivity: new Map() };
  const subscriptions = await subscriptionsOrNone(graph);

  const candidates: ReclaimCandidate[] = [];
  const notOffered: ReclaimNotOffered[] = [];
  for (const user of users) {
    const matched = matchedLicenses(user, reasons, inactive, tenantSkus, settings.now);
    for (const m of matched) {
      if (wanted.skuIds && !wanted.skuIds.has(m.skuId)) continue;
      const blocked = notOfferedBecause(user, m, subscriptions);
      if (blocked) notOffered.push(blocked);
      else candidates.push(m);
    }
  }

  // One dialog shows (and one confirmation removes) at most MAX_RECLAIM_CANDIDATES: every line must
  // be reviewable, and a Teams card must stay under its 80 KB. The rest wait for the next ask.
  // The strongest reasons first (a leaver before an overlap); within one, directory order.
  candidates.sort((a, b) => RECLAIM_REASONS.indexOf(a.reason) - RECLAIM_REASONS.indexOf(b.reason));
  const more = Math.max(0, candidates.length - MAX_RECLAIM_CANDIDATES);
  candidates.splice(MAX_RECLAIM_CANDIDATES);
  const groups = await groupNames(graph, notOffered);
  const buyers = new Map(people.map((u) => [u.id ?? '', u.displayName ?? u.id ?? '']));
  const named = notOffered.map((n) => ({
    ...n,
    ...(n.groups ? { groups: n.groups.map((g) => ({ id: g.id, displayName: groups.get(g.id) ?? g.id })) } : {}),
    ...(n.buyer ? { buyer: { id: n.buyer.id, displayName: buyers.get(n.buyer.id) ?? n.buyer.id } } : {}),
  }));

  const involvedUsers = new Set([...candidates, ...named].map((c) => c.userId));
  const involvedSkus = new Set([
    ...named.map((n) => n.skuId),
    ...candidates.flatMap((c) => [c.skuId, ...(c.coveredBy ?? [])]),
  ]);
  const findings: ReclaimFindings = {
    scope: authority.kind === 'admin' ? 'tenant' : 'direct-reports',
    inactiveDays,
    signIn: inactive.status === 'available' ? { status: 'available' } : { status: 'unavailable', code: inactive.code },
    users: users.filter((u) => involvedUsers.has(u.id ?? '')).map(toPlanUser),
    products: tenantSkus.filter((s) => involvedSkus.has((s.skuId ?? '').toLowerCase())).map(lowerCaseProduct),
    candidates,
    notOffered: named,
    savings: savingsOf(candidates, tenantSkus, settings.prices ?? NO_PRICES),
    pricesConfigured: (settings.prices ?? NO_PRICES).size > 0,
    more,
  };
  const mode = authority.kind === 'admin' ? 'direct' : 'needs-approval';
  const plan = candidates.length > 0 ? reclaimPlan(findings, mode, users, tenantSkus) : undefined;
  return { kind: 'findings', findings, plan, requester };
}

/** Candidates name SKUs in lower case (as the consequences engine does); products follow, so ids compare. */
function lowerCaseProduct(sku: SubscribedSku): PlanProduct {
  const product = toPlanProduct(sku);
  return { ...product, skuId: product.skuId.toLowerCase() };
}

type Wanted = { kind: 'ok'; skuIds: Set<string> | undefined } | { kind: 'clarify'; clarifications: Clarification[] };

/** "reclaim Visio": only that product. An unknown or ambiguous name is asked back, never guessed. */
function resolveProducts(ask: ReclaimAsk, tenantSkus: SubscribedSku[]): Wanted {
  if (!ask.products || ask.products.length === 0) return { kind: 'ok', skuIds: undefined };
  const skuIds = new Set<string>();
  const clarifications: Clarification[] = [];
  for (const ref of ask.products) {
    const m = matchProduct(ref.text, tenantSkus);
    if (m.kind === 'match') skuIds.add((m.sku.skuId ?? '').toLowerCase());
    else if (m.kind === 'ambiguous')
      clarifications.push({
        code: 'ambiguous-product',
        text: ref.text,
        candidates: m.candidates.map((c) => toPlanProduct(c.sku)),
      });
    else
      clarifications.push({
        code: 'product-not-found',
        text: ref.text,
        suggestions: m.suggestions.map((c) => toPlanProduct(c.sku)),
      });
  }
  return clarifications.length > 0 ? { kind: 'clarify', clarifications } : { kind: 'ok', skuIds };
}

/** The licenses of one user that match a reason (direct or not yet checked), strongest reason first. */
function matchedLicenses(
  user: User,
  reasons: readonly ReclaimReason[],
  inactive: InactiveUsers,
  tenantSkus: SubscribedSku[],
  now: Date,
): ReclaimCandidate[] {
  const userId = user.id ?? '';
  const held = heldSkuIds(user).map((id) => id.toLowerCase());
  if (user.accountEnabled === false) {
    return reasons.includes('disabled-account')
      ? held.map((skuId) => ({ reason: 'disabled-account', userId, skuId }))
      : [];
  }
  const lastActivity = inactive.status === 'available' ? inactive.lastActivity.get(userId) : undefined;
  if (lastActivity && reasons.includes('inactive')) {
    return held.map((skuId) => ({
      reason: 'inactive',
      userId,
      skuId,
      lastActivity,
      daysInactive: daysBetween(lastActivity, now),
    }));
  }
  if (!reasons.includes('overlap')) return [];
  return redundantLicenses(user, tenantSkus).map((r) => ({
    reason: 'overlap',
    userId,
    skuId: r.skuId,
    coveredBy: r.coveredBy,
  }));
}

/** Why a matched license is reported instead of offered, if it is. */
function notOfferedBecause(
  user: User,
  c: ReclaimCandidate,
  subscriptions: CompanySubscription[],
): ReclaimNotOffered | undefined {
  const info = classifyAssignment(user, c.skuId);
  // direct-and-group: removing the direct one frees no seat, so the group is what to change.
  if (info.assignment === 'group-only' || info.assignment === 'direct-and-group') {
    return {
      because: c.reason,
      kind: 'group-inherited',
      userId: c.userId,
      skuId: c.skuId,
      groups: info.groupIds.map((id) => ({ id, displayName: id })),
    };
  }
  const purchase = selfServicePurchaseOf(c.userId, c.skuId, subscriptions);
  if (purchase) {
    const buyer = purchase.ownerId ?? '';
    return {
      because: c.reason,
      kind: 'self-service-purchase',
      userId: c.userId,
      skuId: c.skuId,
      buyer: { id: buyer, displayName: buyer },
    };
  }
  return undefined;
}

async function groupNames(graph: LicenseGraph, items: ReclaimNotOffered[]): Promise<Map<string, string>> {
  const ids = [...new Set(items.flatMap((n) => (n.groups ?? []).map((g) => g.id)))];
  const names = await Promise.all(
    ids.map((id) =>
      graph.getGroup(id).then(
        (g) => g.displayName ?? id,
        // A name is only for display: an unreadable group is shown by id.
        () => id,
      ),
    ),
  );
  return new Map(ids.map((id, i) => [id, names[i] ?? id]));
}

/** One seat per candidate (each is a direct-only license), priced when the file has the product. */
function savingsOf(
  candidates: ReclaimCandidate[],
  tenantSkus: SubscribedSku[],
  prices: LicensePrices,
): ReclaimSaving[] {
  const seats = new Map<string, number>();
  for (const c of candidates) seats.set(c.skuId, (seats.get(c.skuId) ?? 0) + 1);
  return [...seats].map(([skuId, count]) => {
    const part = tenantSkus.find((s) => s.skuId?.toLowerCase() === skuId)?.skuPartNumber ?? '';
    const price = priceOf(prices, part);
    return price ? { skuId, seats: count, price, monthly: monthlyCost(count, price) } : { skuId, seats: count };
  });
}
