/**
 * Examples for the help card taken from the tenant itself, so that copying one works wherever the
 * bot runs (a fixed "remove E3 from Anna" fails in a tenant with no Anna, or with two). Pure.
 */
import type { SubscribedSku, User } from '@microsoft/microsoft-graph-types';
import { productDisplayName } from './catalog/product-catalog';
import { classifyAssignment } from './classify-assignment';

export interface HelpExamples {
  person: string;
  people: [string, string, string];
  product: string;
}

/**
 * The most used product, and three enabled people holding it directly (the first of them is the
 * one-person example); people without it fill up when fewer hold it. Names are full display
 * names, which the parser resolves unambiguously more often than first names. Undefined when the
 * tenant has no product in use or fewer than three enabled users with names.
 */
export function helpExamples(users: readonly User[], skus: readonly SubscribedSku[]): HelpExamples | undefined {
  const product = mostUsedProduct(skus);
  if (!product?.skuId) return undefined;
  const named = users.filter((u) => u.accountEnabled !== false && (u.displayName ?? '').trim() !== '');
  const holds = (u: User) => classifyAssignment(u, product.skuId ?? '').assignment === 'direct';
  const ordered = [...named.filter(holds), ...named.filter((u) => !holds(u))].map((u) => u.displayName ?? '');
  const [a, b, c] = ordered;
  if (a === undefined || b === undefined || c === undefined) return undefined;
  return { person: a, people: [a, b, c], product: productDisplayName(product) };
}

/** The product with the most seats in use (the examples' product), if any is in use. */
export function mostUsedProduct(skus: readonly SubscribedSku[]): SubscribedSku | undefined {
  return [...skus]
    .filter((s) => (s.consumedUnits ?? 0) > 0 && s.skuId)
    .sort((a, b) => (b.consumedUnits ?? 0) - (a.consumedUnits ?? 0))[0];
}
