import type { SubscribedSku, User } from '@microsoft/microsoft-graph-types';
import type { LicenseGraph } from '../graph/license-graph';
import { matchProduct } from './catalog/match-products';
import { classifyAssignment, heldSkuIds } from './classify-assignment';
import type { Clarification } from './planning/clarification';
import { toPlanProduct, toPlanUser } from './planning/plan-mappers';
import type { PlanProduct, PlanUser } from './removal-plan';
import type { PersonRef, ProductRef } from './removal-ask';
import { resolvePeople } from './resolve-people';

/** Read-only answers. They change nothing, so they need no confirmation. */

export type QueryOutcome<T> = { kind: 'answer'; answer: T } | { kind: 'clarify'; clarifications: Clarification[] };

export interface UserLicenses {
  user: PlanUser;
  licenses: { product: PlanProduct; direct: boolean; groupIds: string[] }[];
}

export async function userLicenses(graph: LicenseGraph, person: PersonRef): Promise<QueryOutcome<UserLicenses>> {
  const [r] = await resolvePeople(graph, [person]);
  if (!r) return { kind: 'clarify', clarifications: [] };
  if (r.kind === 'ambiguous')
    return {
      kind: 'clarify',
      clarifications: [{ code: 'ambiguous-person', text: r.text, candidates: r.candidates.map(toPlanUser) }],
    };
  if (r.kind === 'not-found')
    return {
      kind: 'clarify',
      clarifications: [{ code: 'person-not-found', text: r.text, suggestions: r.suggestions.map(toPlanUser) }],
    };
  const skus = await graph.listSubscribedSkus();
  return { kind: 'answer', answer: licensesOf(r.user, skus) };
}

export function licensesOf(user: User, skus: SubscribedSku[]): UserLicenses {
  const licenses = heldSkuIds(user).map((skuId) => {
    const info = classifyAssignment(user, skuId);
    const sku = skus.find((s) => s.skuId?.toLowerCase() === skuId.toLowerCase()) ?? { skuId, skuPartNumber: skuId };
    return {
      product: toPlanProduct(sku),
      direct: info.assignment === 'direct' || info.assignment === 'direct-and-group',
      groupIds: info.groupIds,
    };
  });
  return { user: toPlanUser(user), licenses };
}

function productClarification(text: string, m: ReturnType<typeof matchProduct>): Clarification[] {
  if (m.kind === 'ambiguous')
    return [{ code: 'ambiguous-product', text, candidates: m.candidates.map((c) => toPlanProduct(c.sku)) }];
  if (m.kind === 'not-found')
    return [{ code: 'product-not-found', text, suggestions: m.suggestions.map((c) => toPlanProduct(c.sku)) }];
  return [];
}

export interface WhoHas {
  product: PlanProduct;
  users: PlanUser[];
}

/** Everyone holding the product, directly or through a group. An ambiguous name is asked back. */
export async function whoHas(graph: LicenseGraph, product: ProductRef): Promise<QueryOutcome<WhoHas>> {
  const skus = await graph.listSubscribedSkus();
  const m = matchProduct(product.text, skus);
  if (m.kind !== 'match') return { kind: 'clarify', clarifications: productClarification(product.text, m) };
  const skuId = m.sku.skuId ?? '';
  // The holders only, filtered by Graph: the directory around them is never read.
  const users = (await graph.findUsersWithSku(skuId)).filter(
    (u) => classifyAssignment(u, skuId).assignment !== 'not-assigned',
  );
  users.sort((a, b) => (a.displayName ?? '').localeCompare(b.displayName ?? ''));
  return { kind: 'answer', answer: { product: toPlanProduct(m.sku), users: users.map(toPlanUser) } };
}

/** Seats of the product; an ambiguous name ("E3") answers for every candidate, since that is what was asked. */
export async function freeSeats(
  graph: LicenseGraph,
  product: ProductRef | undefined,
): Promise<QueryOutcome<PlanProduct[]>> {
  const skus = await graph.listSubscribedSkus();
  // No product named: every product the tenant has, as the admin center's Licenses page lists them.
  if (!product)
    return { kind: 'answer', answer: skus.filter((s) => s.capabilityStatus !== 'Deleted').map(toPlanProduct) };
  const m = matchProduct(product.text, skus);
  if (m.kind === 'match') return { kind: 'answer', answer: [toPlanProduct(m.sku)] };
  if (m.kind === 'ambiguous') return { kind: 'answer', answer: m.candidates.map((c) => toPlanProduct(c.sku)) };
  return { kind: 'clarify', clarifications: productClarification(product.text, m) };
}
