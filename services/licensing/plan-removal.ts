import type { CompanySubscription, SubscribedSku, User } from '@microsoft/microsoft-graph-types';
import { isGraphError } from '../graph/graph-error';
import type { LicenseGraph } from '../graph/license-graph';
import { matchProduct, productDisplayName } from './catalog/match-products';
import { seatsOf } from './catalog/seats-of';
import { classifyAssignment, heldSkuIds } from './classify-assignment';
import { consequencesFor, seatChanges } from './consequences';
import type {
  EntryReason,
  PlanConsequence,
  PlanEntry,
  PlanProduct,
  PlanUser,
  PlanWarning,
  RemovalPlan,
} from './removal-plan';
import { isRemovable, MAX_USERS_PER_OPERATION } from './removal-plan';
import type { RemovalAsk } from './removal-ask';
import { type Admin, type Authority, authorityOf, listAdmins } from './requester-authority';
import { resolvePeople } from './resolve-people';

export type Clarification =
  | { code: 'ambiguous-person'; text: string; candidates: PlanUser[] }
  | { code: 'person-not-found'; text: string; suggestions: PlanUser[] }
  | { code: 'ambiguous-product'; text: string; candidates: PlanProduct[] }
  | { code: 'product-not-found'; text: string; suggestions: PlanProduct[] };

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

export function toPlanUser(u: User): PlanUser {
  const user: PlanUser = {
    id: u.id ?? '',
    displayName: u.displayName ?? u.userPrincipalName ?? u.id ?? '',
    userPrincipalName: u.userPrincipalName ?? '',
    accountEnabled: u.accountEnabled !== false,
  };
  if (u.mail) user.mail = u.mail;
  if (u.department) user.department = u.department;
  if (u.jobTitle) user.jobTitle = u.jobTitle;
  return user;
}

export function toPlanProduct(sku: SubscribedSku): PlanProduct {
  return {
    skuId: sku.skuId ?? '',
    skuPartNumber: sku.skuPartNumber ?? '',
    displayName: productDisplayName({ skuId: sku.skuId ?? '', skuPartNumber: sku.skuPartNumber ?? '' }),
    seats: seatsOf(sku),
  };
}

/** Loads the requester and what they may do; `unknown` when the id is not a directory user. */
export async function loadRequester(
  graph: LicenseGraph,
  requesterId: string,
): Promise<{ user: User; admins: Admin[]; authority: Authority } | undefined> {
  let user: User;
  try {
    user = await graph.getUser(requesterId);
  } catch (e) {
    if ((e as { code?: string }).code === 'graph/not-found') return undefined;
    throw e;
  }
  const admins = await listAdmins(graph);
  return { user, admins, authority: await authorityOf(graph, user, admins) };
}

/**
 * Plans a removal by the admin center's rules, as a value. Reads the directory; changes nothing.
 * Order: who asks → who is meant → which products → per user × product rule → consequences → batches.
 */
export async function planRemoval(graph: LicenseGraph, requesterId: string, ask: RemovalAsk): Promise<PlanOutcome> {
  const who = await loadRequester(graph, requesterId);
  if (!who) return { kind: 'unknown-requester' };
  const requester = toPlanUser(who.user);
  const { authority, admins } = who;
  if (authority.kind === 'none') return { kind: 'refused', code: 'not-allowed', people: [], admins, requester };

  const clarifications: Clarification[] = [];
  const resolutions = await resolvePeople(graph, ask.people);
  const users: User[] = [];
  for (const r of resolutions) {
    if (r.kind === 'resolved') {
      if (!users.some((u) => u.id === r.user.id)) users.push(r.user);
    } else if (r.kind === 'ambiguous') {
      clarifications.push({ code: 'ambiguous-person', text: r.text, candidates: r.candidates.map(toPlanUser) });
    } else {
      clarifications.push({ code: 'person-not-found', text: r.text, suggestions: r.suggestions.map(toPlanUser) });
    }
  }

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

  const tenantSkus = await graph.listSubscribedSkus();
  // Which "E3" is meant depends on who holds what: while a person is still unresolved, that
  // question would be asked too early (and often needlessly), so it waits for the next pass.
  const peopleSettled = clarifications.length === 0;
  const skus =
    ask.products === 'all'
      ? skusHeldBy(users, tenantSkus)
      : resolveProducts(ask.products, users, tenantSkus, clarifications, peopleSettled);
  if (clarifications.length > 0) return { kind: 'clarify', clarifications, requester };

  const subscriptions = await subscriptionsOrNone(graph);
  const groupName = nameLookup((id) => graph.getGroup(id));
  const buyerName = nameLookup((id) => graph.getUser(id));
  const entries: PlanEntry[] = [];
  for (const user of users) {
    for (const sku of skus) {
      entries.push(await entryFor(user, sku, subscriptions, groupName, buyerName));
    }
  }

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
      ...(users.length === 1 && users[0] ? { userLicenses: licensesHeld(users[0], tenantSkus) } : {}),
      batch: { index: index + 1, count: chunks.length },
    };
  });
  return { kind: 'plans', plans, requester };
}

function resolveProducts(
  refs: { text: string }[],
  users: User[],
  tenantSkus: SubscribedSku[],
  clarifications: Clarification[],
  peopleSettled: boolean,
): SubscribedSku[] {
  const out: SubscribedSku[] = [];
  for (const ref of refs) {
    const m = matchProduct(ref.text, tenantSkus);
    if (m.kind === 'match') {
      out.push(m.sku);
    } else if (m.kind === 'ambiguous') {
      // "E3" with both Office 365 E3 and Microsoft 365 E3: settled only when every named user
      // holds exactly one of them and it is the same one. Otherwise ask; never guess.
      const held = users.map((u) =>
        m.candidates.filter((c) => classifyAssignment(u, c.sku.skuId ?? '').assignment !== 'not-assigned'),
      );
      const first = held[0]?.[0];
      const settled =
        users.length > 0 &&
        first !== undefined &&
        held.every((h) => h.length === 1 && h[0]?.sku.skuId === first.sku.skuId);
      if (settled) out.push(first.sku);
      else if (peopleSettled)
        clarifications.push({
          code: 'ambiguous-product',
          text: ref.text,
          candidates: m.candidates.map((c) => toPlanProduct(c.sku)),
        });
    } else {
      clarifications.push({
        code: 'product-not-found',
        text: ref.text,
        suggestions: m.suggestions.map((c) => toPlanProduct(c.sku)),
      });
    }
  }
  return out.filter((s, i) => out.findIndex((o) => o.skuId === s.skuId) === i);
}

function skusHeldBy(users: User[], tenantSkus: SubscribedSku[]): SubscribedSku[] {
  const ids = new Set(users.flatMap((u) => heldSkuIds(u).map((id) => id.toLowerCase())));
  return tenantSkus.filter((s) => ids.has((s.skuId ?? '').toLowerCase()));
}

async function entryFor(
  user: User,
  sku: SubscribedSku,
  subscriptions: CompanySubscription[],
  groupName: NameLookup,
  buyerName: NameLookup,
): Promise<PlanEntry> {
  const skuId = sku.skuId ?? '';
  const info = classifyAssignment(user, skuId);
  const base = {
    userId: user.id ?? '',
    skuId,
    assignment: info.assignment,
    groups: await Promise.all(info.groupIds.map(groupName)),
  };
  if (info.assignment === 'not-assigned') return { ...base, reason: 'not-assigned' };
  if (info.assignment === 'group-only') return { ...base, reason: 'group-inherited' };
  const purchase = selfServicePurchaseOf(user.id ?? '', skuId, subscriptions);
  if (purchase) {
    const buyer = await buyerName(purchase.ownerId ?? '');
    return { ...base, reason: 'self-service-purchase', buyer };
  }
  const reason: EntryReason = info.assignment === 'direct-and-group' ? 'remove-stays-via-group' : 'remove';
  return { ...base, reason };
}

/**
 * The self-service purchase a user's license comes from, if any. Graph does not say which
 * subscription a seat belongs to: the buyer's own license comes from their purchase, and when the
 * organisation has no subscription of its own for the SKU, every seat does. Otherwise (the tenant
 * also buys the SKU centrally) another user's license is taken to be the organisation's.
 */
export function selfServicePurchaseOf(
  userId: string,
  skuId: string,
  subscriptions: CompanySubscription[],
): CompanySubscription | undefined {
  const forSku = subscriptions.filter((s) => s.skuId?.toLowerCase() === skuId.toLowerCase());
  const purchases = forSku.filter((s) => s.ownerType === 'User');
  const own = purchases.find((s) => s.ownerId?.toLowerCase() === userId.toLowerCase());
  if (own) return own;
  return forSku.length > 0 && purchases.length === forSku.length ? purchases[0] : undefined;
}

/** Consequences name groups by id; the plan's entries already know their names, which is what people read. */
function withGroupNames(c: PlanConsequence, entries: PlanEntry[]): PlanConsequence {
  const ids = c.params?.groupIds;
  if (!Array.isArray(ids)) return c;
  const names = ids.map((id) => entries.flatMap((e) => e.groups).find((g) => g.id === id)?.displayName ?? id);
  return { ...c, params: { ...c.params, groups: names } };
}

function licensesHeld(user: User, tenantSkus: SubscribedSku[]): NonNullable<RemovalPlan['userLicenses']> {
  return heldSkuIds(user).flatMap((skuId) => {
    const sku = tenantSkus.find((s) => s.skuId?.toLowerCase() === skuId.toLowerCase());
    return sku ? [{ product: toPlanProduct(sku), assignment: classifyAssignment(user, skuId).assignment }] : [];
  });
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

/**
 * The tenant's subscriptions, for the self-service purchase rule. Reading them needs a directory
 * permission some deployments do not grant; without it every other rule still applies, so a 403
 * means "no known self-service purchases" (Graph itself still refuses such an unassignment, and the
 * result shows it), rather than no removals at all.
 */
export async function subscriptionsOrNone(graph: LicenseGraph): Promise<CompanySubscription[]> {
  try {
    return await graph.listSubscriptions();
  } catch (e) {
    if (isGraphError(e) && e.code === 'graph/forbidden') return [];
    throw e;
  }
}

/** Caches an async lookup per key for one planning pass, so each group or buyer is read once. */
function memoize<V>(fn: (key: string) => Promise<V>): (key: string) => Promise<V> {
  const cache = new Map<string, Promise<V>>();
  return (key) => {
    let p = cache.get(key);
    if (!p) {
      p = fn(key);
      cache.set(key, p);
    }
    return p;
  };
}

/** A name for an id; a lookup that fails falls back to the id, since a name is only for display. */
function nameLookup(read: (id: string) => Promise<{ displayName?: string | null }>): NameLookup {
  return memoize(async (id) => ({
    id,
    displayName: await read(id).then(
      (o) => o.displayName ?? id,
      () => id,
    ),
  }));
}

type NameLookup = (id: string) => Promise<{ id: string; displayName: string }>;
