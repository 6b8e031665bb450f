/**
 * What the planner is asked, independent of how it was asked (chat text, a card choice, the CLI).
 * The language layer's parse result has the same shape, so channels pass it straight through.
 */

/** Someone named in a request: typed text, or a mention the channel already resolved. */
export type PersonRef = { kind: 'text'; text: string } | { kind: 'identity'; userId: string; displayName: string };

/** A product as typed ("E3", "Power BI Pro", "SPE_E3", or a skuId after a clarification). */
export interface ProductRef {
  text: string;
}

export interface RemovalAsk {
  products: ProductRef[] | 'all';
  people: PersonRef[];
}
