import type { SubscribedSku, User } from '@microsoft/microsoft-graph-types';
import { matchProduct } from '../catalog/match-products';
import { classifyAssignment, heldSkuIds } from '../classify-assignment';
import { classifyServicePlan } from '../consequences/classify-service-plan';
import { serviceFamilyNamed } from '../consequences/service-family-names';
import type { RemovalAsk } from '../removal-ask';
import type { Clarification } from './clarification';
import { toPlanProduct } from './plan-mappers';

/**
 * Which products are meant: the tenant SKUs asked for (each once), and a question for every
 * product that is not settled. `peopleSettled`: while a person is still unresolved, "which E3?"
 * would be asked too early (and often needlessly), so that question waits for the next pass.
 */
export function planProducts(
  products: RemovalAsk['products'],
  users: User[],
  tenantSkus: SubscribedSku[],
  peopleSettled: boolean,
): { skus: SubscribedSku[]; clarifications: Clarification[]; guesses: ProductGuess[] } {
  if (products === 'all') return { skus: skusHeldBy(users, tenantSkus), clarifications: [], guesses: [] };
  const clarifications: Clarification[] = [];
  const guesses: ProductGuess[] = [];
  const out: SubscribedSku[] = [];
  const holdersOf = (skus: SubscribedSku[]): Record<string, string[]> =>
    Object.fromEntries(skus.map((sku) => [sku.skuId ?? '', users.filter((u) => holds(u, sku)).map(nameOf)]));
  for (const ref of products) {
    const m = matchProduct(ref.text, tenantSkus);
    if (m.kind === 'match') {
      // "Teams" matched Teams Premium by its words, but the named users get Teams from a suite
      // they hold: the suite's service is the likelier meaning, so ask (saying who holds what).
      const suites = m.guessed ? suitesProviding(ref.text, m.sku, users, tenantSkus) : [];
      if (suites.length > 0) {
        if (peopleSettled) {
          const candidates = [m.sku, ...suites];
          clarifications.push({
            code: 'ambiguous-product',
            text: ref.text,
            candidates: candidates.map(toPlanProduct),
            holders: holdersOf(candidates),
          });
        }
        continue;
      }
      out.push(m.sku);
      if (m.guessed) guesses.push({ text: ref.text, skuId: m.sku.skuId ?? '', displayName: m.displayName });
    } else if (m.kind === 'ambiguous') {
      // "E3" with both Office 365 E3 and Microsoft 365 E3: settled when the named users who hold
      // any of them all hold the same single one (the others simply have none, and the card says
      // so). When nobody holds any, every candidate is planned, so the card says they have none
      // rather than asking which one they do not have. Otherwise ask, saying who holds which.
      const candidates = m.candidates.map((c) => c.sku);
      const held = users.map((u) => candidates.filter((c) => holds(u, c))).filter((h) => h.length > 0);
      const first = held[0]?.[0];
      if (users.length > 0 && held.length === 0) out.push(...candidates);
      else if (first !== undefined && held.every((h) => h.length === 1 && h[0]?.skuId === first.skuId)) out.push(first);
      else if (peopleSettled)
        clarifications.push({
          code: 'ambiguous-product',
          text: ref.text,
          candidates: candidates.map(toPlanProduct),
          holders: holdersOf(candidates),
        });
    } else {
      clarifications.push({
        code: 'product-not-found',
        text: ref.text,
        suggestions: m.suggestions.map((c) => toPlanProduct(c.sku)),
      });
    }
  }
  return { skus: out.filter((s, i) => out.findIndex((o) => o.skuId === s.skuId) === i), clarifications, guesses };
}

/** A product named loosely and matched by its words: the card states it ("Teams" → Teams Premium). */
export interface ProductGuess {
  text: string;
  skuId: string;
  displayName: string;
}

function holds(user: User, sku: SubscribedSku): boolean {
  return classifyAssignment(user, sku.skuId ?? '').assignment !== 'not-assigned';
}

function nameOf(user: User): string {
  return user.displayName ?? user.userPrincipalName ?? user.id ?? '';
}

/**
 * The other tenant SKUs the named users hold that carry the service the text names ("Teams" →
 * the suites with the Teams plan), when the guessed SKU does not carry it itself.
 */
function suitesProviding(
  text: string,
  guessed: SubscribedSku,
  users: User[],
  tenantSkus: SubscribedSku[],
): SubscribedSku[] {
  const family = serviceFamilyNamed(text);
  if (!family) return [];
  const carries = (sku: SubscribedSku) =>
    (sku.servicePlans ?? []).some((p) => classifyServicePlan(p.servicePlanName ?? '') === family);
  if (carries(guessed)) return [];
  return tenantSkus.filter((sku) => sku.skuId !== guessed.skuId && carries(sku) && users.some((u) => holds(u, sku)));
}

/** "Remove all licenses from Bo": every tenant SKU the users hold. */
function skusHeldBy(users: User[], tenantSkus: SubscribedSku[]): SubscribedSku[] {
  const ids = new Set(users.flatMap((u) => heldSkuIds(u).map((id) => id.toLowerCase())));
  return tenantSkus.filter((s) => ids.has((s.skuId ?? '').toLowerCase()));
}
