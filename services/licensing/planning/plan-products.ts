import type { SubscribedSku, User } from '@microsoft/microsoft-graph-types';
import { matchProduct } from '../catalog/match-products';
import { classifyAssignment, heldSkuIds } from '../classify-assignment';
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
): { skus: SubscribedSku[]; clarifications: Clarification[] } {
  if (products === 'all') return { skus: skusHeldBy(users, tenantSkus), clarifications: [] };
  const clarifications: Clarification[] = [];
  const out: SubscribedSku[] = [];
  for (const ref of products) {
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
  return { skus: out.filter((s, i) => out.findIndex((o) => o.skuId === s.skuId) === i), clarifications };
}

/** "Remove all licenses from Bo": every tenant SKU the users hold. */
function skusHeldBy(users: User[], tenantSkus: SubscribedSku[]): SubscribedSku[] {
  const ids = new Set(users.flatMap((u) => heldSkuIds(u).map((id) => id.toLowerCase())));
  return tenantSkus.filter((s) => ids.has((s.skuId ?? '').toLowerCase()));
}
