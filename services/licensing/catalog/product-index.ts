import type { SubscribedSku } from '@microsoft/microsoft-graph-types';
import { PRODUCT_ALIASES } from './aliases';
import { productKey } from './normalise-product-text';
import { productDisplayName } from './product-catalog';
import { productWordTokens } from './product-words';

/** A product named in a run of words: which words, and which of the tenant's SKUs they may mean. */
export interface ProductSpan {
  /** Index of the first word (inclusive) and past the last word (exclusive). */
  startWord: number;
  endWord: number;
  /** The tenant SKU ids this phrase may mean: one, or several for "E3" (ask, or settle by who holds it). */
  skuIds: string[];
  /** The phrase's normalised key, e.g. "visio" or "power bi pro". */
  key: string;
}

/** Longest phrase in words that the index tries ("Microsoft 365 Apps for enterprise" is 6). */
const MAX_PHRASE_TOKENS = 8;

/**
 * The tenant's products by every name admins use: display name, part number and the alias table,
 * restricted to the SKUs the tenant has (so "E3" in a tenant with only Microsoft 365 E3 is that
 * one). Built once per SKU list; lookups are pure and synchronous.
 */
export class ProductIndex {
  private readonly phrases = new Map<string, Set<string>>();
  /** Every proper prefix of a phrase ("power", "power bi"), so a scan stops as soon as nothing can follow. */
  private readonly prefixes = new Set<string>();
  private readonly vocabulary = new Set<string>();
  private readonly names = new Map<string, string>();

  constructor(tenantSkus: readonly SubscribedSku[]) {
    const byPart = new Map<string, string>();
    for (const sku of tenantSkus) {
      if (!sku.skuId) continue;
      const id = sku.skuId.toLowerCase();
      const displayName = productDisplayName({ skuId: sku.skuId, skuPartNumber: sku.skuPartNumber ?? '' });
      this.names.set(id, displayName);
      this.add(displayName, id);
      if (sku.skuPartNumber) {
        this.add(sku.skuPartNumber, id);
        byPart.set(sku.skuPartNumber.toLowerCase(), id);
      }
    }
    for (const alias of PRODUCT_ALIASES) {
      const ids = alias.partNumbers.flatMap((p) => byPart.get(p.toLowerCase()) ?? []);
      for (const name of alias.names) for (const id of ids) this.add(name, id);
    }
  }

  /** The tenant SKU ids known to the index. */
  skuIds(): string[] {
    return [...this.names.keys()];
  }

  /** The name to show for a tenant SKU id. */
  displayName(skuId: string): string | undefined {
    return this.names.get(skuId.toLowerCase());
  }

  /** True when a word, inflected or not, belongs to some product name of the tenant. */
  isProductWord(word: string): boolean {
    const tokens = productWordTokens(word, this.vocabulary);
    return tokens.length > 0 && tokens.every((t) => this.vocabulary.has(t));
  }

  /** The SKU ids a whole text means ("Visio-licensen", "PBI Pro"); empty when it names none. */
  match(text: string): string[] {
    const words = text.split(/\s+/u).filter((w) => w.length > 0);
    const spans = this.findSpans(words);
    return spans.length === 1 && spans[0]?.startWord === 0 && spans[0].endWord === words.length ? spans[0].skuIds : [];
  }

  /**
   * Every product phrase in a run of words, longest match first, left to right, never
   * overlapping. Words are as typed (punctuation at their edges is ignored).
   */
  findSpans(words: readonly string[]): ProductSpan[] {
    const tokens: { token: string; word: number }[] = [];
    words.forEach((word, index) => {
      for (const token of productWordTokens(word, this.vocabulary)) tokens.push({ token, word: index });
    });
    const spans: ProductSpan[] = [];
    let i = 0;
    while (i < tokens.length) {
      // Grow the phrase a token at a time while it is still the start of some name; keep the longest hit.
      let found: { length: number; ids: Set<string>; key: string } | undefined;
      let key = '';
      for (let length = 1; length <= MAX_PHRASE_TOKENS && i + length <= tokens.length; length++) {
        key = length === 1 ? (tokens[i]?.token ?? '') : `${key} ${tokens[i + length - 1]?.token ?? ''}`;
        const ids = this.phrases.get(key);
        if (ids) found = { length, ids, key };
        if (!this.prefixes.has(key)) break;
      }
      const first = tokens[i];
      const last = tokens[i + (found?.length ?? 1) - 1];
      if (found && first && last) {
        spans.push({ startWord: first.word, endWord: last.word + 1, skuIds: [...found.ids].sort(), key: found.key });
        i += found.length;
      } else {
        i += 1;
      }
    }
    return spans;
  }

  private add(name: string, skuId: string): void {
    const key = productKey(name);
    if (key === '') return;
    let ids = this.phrases.get(key);
    if (!ids) {
      ids = new Set();
      this.phrases.set(key, ids);
    }
    ids.add(skuId);
    const tokens = key.split(' ');
    for (const token of tokens) this.vocabulary.add(token);
    for (let n = 1; n < tokens.length; n++) this.prefixes.add(tokens.slice(0, n).join(' '));
  }
}
