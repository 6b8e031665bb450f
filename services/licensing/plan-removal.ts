/**
 * The planner's orchestrator: who asks → who is meant (planning/plan-people) → which products
 * (planning/plan-products) → per user × product rule (planning/plan-entry-rules) → consequences
 * → batches of at most 20 users.
 */
import type { SubscribedSku, User } from '@microsoft/microsoft-graph-types';
import type { LicenseGraph } from '../graph/license-graph';
import { classifyAssignment, heldSkuIds } from './classify-assignment';
import { consequencesFor, seatChanges } from './consequences';
import type { Clarification } from './planning/clarification';
import { planEntries, subscriptionsOrNone } from './planning/plan-entry-rules';
import { toPlanProduct, toPlanUser } from './planning/plan-mappers';
import { planPeople } from './planning/plan-people';
import type { PeopleResolver } from './resolve-people-indexed';
import { planProducts } from './planning/plan-products';
import type { PlanConsequence, PlanEntry, PlanUser, PlanWarning, RemovalPlan } from './removal-plan';
import { isRemovable, MAX_USERS_PER_OPERATION } from './removal-plan';
import type { RemovalAsk } from './removal-ask';
import { type Admin, loadRequester, settled } from './requester-authority';

export type PlanOutcome =
  | { kind: 'plans'; plans: RemovalPlan[]; requester: PlanUser }
  | { kind: 'clarify'; clarifications: Clarification[]; requester: PlanUser }
  | {
      kind: 'refused';
      code: 'not-allowed' | 'not-direct-report';
      people: string[];
      admins: Admin[];
      requester: PlanUser;
    }
  | { kind: 'unknown-requester' };

/** Plans a removal by the admin center's rules, as a value. Reads the directory; changes nothing. */
/** How the planner may be helped: names resolved from the directory index instead of Graph searches. */
export interface PlanOptions {
  resolvePeople?: PeopleResolver;
  /** The requester from the directory index, when it knows them (see `loadRequester`). */
  knownRequester?: (id: string) => User | undefined;
}

export async function planRemoval(
  graph: LicenseGraph,
  requesterId: string,
  ask: RemovalAsk,
  options: PlanOptions = {},
): Promise<PlanOutcome> {
  // Everything that depends only on the request is read at once (round trips 1–2: requester,
  // roles, reports, people, SKUs, subscriptions); only group and buyer names, known once users
  // and SKUs are, come after (round 2–3). See README, Performance.
  const peopleRead = settled(planPeople(graph, ask.people, options.resolvePeople));
  const skusRead = settled(graph.listSubscribedSkus());
  const subscriptionsRead = settled(subscriptionsOrNone(graph));
  const who = await loadRequester(graph, requesterId, options.knownRequester);
  if (!who) return { kind: 'unknown-requester' };
  const requester = toPlanUser(who.user);
  const { authority, admins } = who;
  if (authority.kind === 'none') return { kind: 'refused', code: 'not-allowed', people: [], admins, requester };

  const people = await peopleRead();
  const users = people.users;

  if (authority.kind === 'manager') {
    const outsiders = users.filter((u) => !authority.directReportIds.includes(u.id ?? ''));
    if (outsiders.length > 0) {
      return {
        kind: 'refused',
        code: 'not-direct-report',
        people: outsiders.map((u) => u.displayName ?? ''),
        admins,
        requester,
      };
    }
  }

  const tenantSkus = await skusRead();
  // Which "E3" is meant depends on who holds what: asked only once every person is settled.
  const products = planProducts(ask.products, users, tenantSkus, people.clarifications.length === 0);
  const clarifications = [
    ...(await withPersonContext(graph, people.clarifications, users)),
    ...products.clarifications,
  ];
  if (clarifications.length > 0) return { kind: 'clarify', clarifications, requester };
  const skus = products.skus;
  // One user: "Licenses and apps" shows every license they hold, so the rules run for those too
  // (a self-service purchase must not look removable even when it was not asked for).
  const only = users.length === 1 ? users[0] : undefined;
  const held = only
    ? tenantSkus.filter((t) => heldSkuIds(only).some((id) => id.toLowerCase() === t.skuId?.toLowerCase()))
    : [];
  const ruled = await planEntries(
    graph,
    users,
    [...skus, ...held.filter((h) => !skus.some((s) => s.skuId === h.skuId))],
    await subscriptionsRead(),
    authority.kind === 'admin' ? authority.scope : undefined,
  );
  const asked = new Set(skus.map((s) => s.skuId));
  const entries = ruled.filter((e) => asked.has(e.skuId));

  const base = {
    mode: authority.kind === 'admin' ? ('direct' as const) : ('needs-approval' as const),
    scope: ask.products === 'all' ? ('all' as const) : ('products' as const),
  };
  const chunks = chunk(users, MAX_USERS_PER_OPERATION);
  const plans = chunks.map((chunkUsers, index): RemovalPlan => {
    const ids = new Set(chunkUsers.map((u) => u.id));
    const chunkEntries = entries.filter((e) => ids.has(e.userId));
    const removals = chunkEntries.filter(isRemovable);
    return {
      ...base,
      products: skus.map(toPlanProduct),
      users: chunkUsers.map(toPlanUser),
      entries: chunkEntries,
      // Consequences only for users who lose something: a skipped user's data is not affected.
      consequences: chunkUsers
        .filter((u) => removals.some((e) => e.userId === u.id))
        .map((u) => ({
          userId: u.id ?? '',
          items: consequencesFor(
            u,
            removals.filter((e) => e.userId === u.id).map((e) => e.skuId),
            tenantSkus,
          ).map((c) => withGroupNames(c, chunkEntries)),
        })),
      seatChanges: seatChanges(
        removals.map((e) => ({ user: chunkUsers.find((u) => u.id === e.userId) ?? {}, skuId: e.skuId })),
        tenantSkus,
      ),
      warnings: warningsFor(chunkUsers, requesterId),
      ...(only ? { userLicenses: licensesHeld(only, tenantSkus, ruled) } : {}),
      ...(products.guesses.length > 0 ? { guesses: products.guesses } : {}),
      batch: { index: index + 1, count: chunks.length },
    };
  });
  return { kind: 'plans', plans, requester };
}

/** Consequences name groups by id; the plan's entries already know their names, which is what people read. */
function withGroupNames(c: PlanConsequence, entries: PlanEntry[]): PlanConsequence {
  const ids = c.params?.groupIds;
  if (!Array.isArray(ids)) return c;
  const names = ids.map((id) => entries.flatMap((e) => e.groups).find((g) => g.id === id)?.displayName ?? id);
  return { ...c, params: { ...c.params, groups: names } };
}

function licensesHeld(
  user: User,
  tenantSkus: SubscribedSku[],
  entries: PlanEntry[],
): NonNullable<RemovalPlan['userLicenses']> {
  return heldSkuIds(user).flatMap((skuId) => {
    const sku = tenantSkus.find((s) => s.skuId?.toLowerCase() === skuId.toLowerCase());
    if (!sku) return [];
    const purchase = entries.find((e) => e.skuId === sku.skuId && e.reason === 'self-service-purchase');
    return [
      {
        product: toPlanProduct(sku),
        assignment: classifyAssignment(user, skuId).assignment,
        ...(purchase?.buyer ? { selfServiceBuyer: purchase.buyer.displayName } : {}),
      },
    ];
  });
}

/**
 * Person questions say who is already found and the tenant's default domain (for the address
 * hint), so a question about one name never loses the others. The domain is a nicety: a failed
 * read leaves it out.
 */
async function withPersonContext(
  graph: LicenseGraph,
  clarifications: Clarification[],
  users: User[],
): Promise<Clarification[]> {
  if (clarifications.length === 0) return clarifications;
  const resolved = users.map((u) => u.displayName ?? u.userPrincipalName ?? '');
  const domain = await graph.getOrganization().then(
    (org) => org.verifiedDomains?.find((d) => d.isDefault)?.name ?? undefined,
    () => undefined,
  );
  return clarifications.map((c) =>
    c.code === 'ambiguous-person' || c.code === 'person-not-found'
      ? { ...c, context: { resolved, ...(domain ? { domain } : {}) } }
      : c,
  );
}

function warningsFor(users: User[], requesterId: string): PlanWarning[] {
  const warnings: PlanWarning[] = [];
  if (users.some((u) => u.id === requesterId)) warnings.push({ code: 'self-removal' });
  for (const u of users)
    if (u.accountEnabled === false) warnings.push({ code: 'account-disabled', userId: u.id ?? '' });
  return warnings;
}

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out.length > 0 ? out : [[]];
}
