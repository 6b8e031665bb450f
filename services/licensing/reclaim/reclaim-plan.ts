import type { SubscribedSku, User } from '@microsoft/microsoft-graph-types';
import type { LicenseGraph } from '../../graph/license-graph';
import { classifyAssignment } from '../classify-assignment';
import { consequencesFor, seatChanges } from '../consequences';
import { toPlanUser } from '../planning/plan-mappers';
import type { EntryReason, PlanEntry, PlanProduct, PlanUser, RemovalPlan } from '../removal-plan';
import { isRemovable } from '../removal-plan';
import { loadRequester } from '../requester-authority';
import { monthlyCost } from './license-prices';
import type { ReclaimFindings } from './reclaim-findings';

/**
 * The removal a reclaim confirms: every candidate as a direct removal, run by the same executor
 * as any other request (per-user assignLicense, $batch of 20, progress, undo). Unlike a typed
 * request it is not users × products: each user loses exactly their own candidates.
 */
export function reclaimPlan(
  findings: ReclaimFindings,
  mode: RemovalPlan['mode'],
  users: User[],
  tenantSkus: SubscribedSku[],
): RemovalPlan {
  const entries: PlanEntry[] = findings.candidates.map((c) => ({
    userId: c.userId,
    skuId: c.skuId,
    assignment: 'direct',
    reason: 'remove',
    groups: [],
  }));
  return planOf(mode, findings.users, findings.products, entries, users, tenantSkus);
}

function planOf(
  mode: RemovalPlan['mode'],
  planUsers: PlanUser[],
  products: PlanProduct[],
  entries: PlanEntry[],
  users: User[],
  tenantSkus: SubscribedSku[],
): RemovalPlan {
  const removals = entries.filter(isRemovable);
  const userIds = new Set(entries.map((e) => e.userId));
  const skuIds = new Set(entries.map((e) => e.skuId));
  const byId = new Map(users.map((u) => [u.id ?? '', u]));
  const losing = [...new Set(removals.map((e) => e.userId))];
  return {
    mode,
    scope: 'products',
    products: products.filter((p) => skuIds.has(p.skuId)),
    users: planUsers.filter((u) => userIds.has(u.id)),
    entries,
    // Consequences only for users who lose something, as the planner does.
    consequences: losing.map((userId) => ({
      userId,
      items: consequencesFor(
        byId.get(userId) ?? {},
        removals.filter((e) => e.userId === userId).map((e) => e.skuId),
        tenantSkus,
      ),
    })),
    seatChanges: seatChanges(
      removals.map((e) => ({ user: byId.get(e.userId) ?? { id: e.userId }, skuId: e.skuId })),
      tenantSkus,
    ),
    warnings: [],
    batch: { index: 1, count: 1 },
  };
}

export type ReclaimReplan =
  { kind: 'plan'; plan: RemovalPlan } | { kind: 'refused'; people: string[] } | { kind: 'unknown-requester' };

/**
 * A stored reclaim planned again against the tenant as it is now (before an approved or scheduled
 * run): the requester must still be allowed (a manager: still manage every user), and each
 * candidate keeps its removal only while still held directly. A license that meanwhile came to a
 * group or went away becomes a skip with its reason, shown on the result card.
 */
export async function replanReclaim(
  graph: LicenseGraph,
  requesterId: string,
  plan: RemovalPlan,
): Promise<ReclaimReplan> {
  const who = await loadRequester(graph, requesterId);
  if (!who) return { kind: 'unknown-requester' };
  const { authority } = who;
  if (authority.kind === 'none') return { kind: 'refused', people: [] };
  if (authority.kind === 'manager') {
    const outsiders = plan.users.filter((u) => !authority.directReportIds.includes(u.id));
    if (outsiders.length > 0) return { kind: 'refused', people: outsiders.map((u) => u.displayName) };
  }
  const [users, tenantSkus] = await Promise.all([
    graph.getUsersByIds(plan.users.map((u) => u.id)),
    graph.listSubscribedSkus(),
  ]);
  const entries = plan.entries.filter(isRemovable).map((e): PlanEntry => {
    const user = users.find((u) => u.id === e.userId);
    const info = user ? classifyAssignment(user, e.skuId) : undefined;
    const reason: EntryReason =
      info?.assignment === 'direct'
        ? 'remove'
        : info?.assignment === 'direct-and-group'
          ? 'remove-stays-via-group'
          : info?.assignment === 'group-only'
            ? 'group-inherited'
            : 'not-assigned';
    return { ...e, assignment: info?.assignment ?? 'not-assigned', reason };
  });
  const planUsers = plan.users.map((u) => {
    const now = users.find((g) => g.id === u.id);
    return now ? toPlanUser(now) : u;
  });
  return { kind: 'plan', plan: planOf(plan.mode, planUsers, plan.products, entries, users, tenantSkus) };
}

/** One candidate the requester kept checked. skuId in lower case, as candidates have it. */
export interface KeptCandidate {
  userId: string;
  skuId: string;
}

/**
 * The plan and findings cut down to the candidates kept checked on the card. Only candidates of
 * the stored findings survive, whatever the payload named: the store says what may go. Seats
 * freed are recounted (each candidate is a direct-only license: one seat each).
 */
export function keepCandidates(
  plan: RemovalPlan,
  findings: ReclaimFindings,
  kept: readonly KeptCandidate[],
): { plan: RemovalPlan; findings: ReclaimFindings } {
  const keys = new Set(kept.map((k) => `${k.userId}:${k.skuId.toLowerCase()}`));
  const isKept = (e: { userId: string; skuId: string }) => keys.has(`${e.userId}:${e.skuId.toLowerCase()}`);
  const entries = plan.entries.filter(isKept);
  const userIds = new Set(entries.map((e) => e.userId));
  const skuIds = new Set(entries.map((e) => e.skuId));
  const seats = (skuId: string) => entries.filter((e) => e.skuId === skuId).length;
  const candidates = findings.candidates.filter(isKept);
  return {
    plan: {
      ...plan,
      entries,
      users: plan.users.filter((u) => userIds.has(u.id)),
      products: plan.products.filter((p) => skuIds.has(p.skuId)),
      consequences: plan.consequences.filter((c) => userIds.has(c.userId)),
      seatChanges: plan.seatChanges
        .filter((c) => skuIds.has(c.skuId))
        .map((c) => ({ ...c, freed: seats(c.skuId), usedAfter: Math.max(0, c.usedBefore - seats(c.skuId)) })),
    },
    findings: {
      ...findings,
      candidates,
      savings: findings.savings.flatMap((s) => {
        const n = candidates.filter((c) => c.skuId === s.skuId).length;
        if (n === 0) return [];
        return [{ ...s, seats: n, ...(s.price ? { monthly: monthlyCost(n, s.price) } : {}) }];
      }),
    },
  };
}
