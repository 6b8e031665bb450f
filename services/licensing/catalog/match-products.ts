import type { SubscribedSku } from '@microsoft/microsoft-graph-types';
import { PRODUCT_ALIASES } from './aliases';
import { productKey, productTokens } from './normalise-product-text';
import { productDisplayName } from './product-catalog';
import { stringSimilarity, tokenCoverage } from './text-similarity';

export { productDisplayName } from './product-catalog';

/** A tenant SKU with the name to show for it. */
export interface NamedSku {
  sku: SubscribedSku;
  displayName: string;
}

/**
 * What a product name typed by an admin means in this tenant:
 * - match: exactly one of the tenant's SKUs;
 * - ambiguous: several of the tenant's SKUs fit (e.g. "E3" with both ENTERPRISEPACK and SPE_E3), sorted by name;
 * - not-found: none fits; up to 3 of the tenant's SKUs with close names, best first (may be empty).
 */
export type ProductMatch =
  | {
      kind: 'match';
      sku: SubscribedSku;
      displayName: string;
      /**
       * Found only because every word of the text is in the SKU's name ("Teams" → Microsoft Teams
       * Premium): a guess the card must state, not a name or alias the admin typed.
       */
      guessed?: true;
    }
  | { kind: 'ambiguous'; candidates: NamedSku[] }
  | { kind: 'not-found'; text: string; suggestions: NamedSku[] };

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_SUGGESTIONS = 3;
// Below this a suggestion is noise. "E7" still suggests E3/E5 (0.5); "Dynamics" does not suggest Visio.
const SUGGESTION_THRESHOLD = 0.5;

// Alias key → part numbers (lower-case), built once from the read-only alias table.
const aliasTargets: ReadonlyMap<string, readonly string[]> = new Map(
  PRODUCT_ALIASES.flatMap((a) =>
    a.names.map((name) => [productKey(name), a.partNumbers.map((p) => p.toLowerCase())] as const),
  ),
);

/**
 * Resolves `text` against the tenant's own SKUs only (never the whole catalog), trying in order:
 * 1. a skuId GUID; 2. the exact part number (case-insensitive); 3. the normalised display name or
 * part number ("Office 365 E3-licensen", "enterprisepack"); 4. an alias ("E3", "Visio-licens",
 * "Exchange P1"), keeping the tenant's SKUs among its targets; 5. every word of the text found in a
 * SKU's name ("power bi" → Power BI Pro when that is the only Power BI SKU); 6. not-found with
 * suggestions. The first step that finds any SKU decides. Pure; never throws.
 */
export function matchProduct(text: string, tenantSkus: SubscribedSku[]): ProductMatch {
  const trimmed = text.replace(/[\s\u00a0]+/g, ' ').trim();
  const named = tenantSkus.map((sku) => ({ sku, displayName: productDisplayName(sku) }));
  const notFound = (suggestions: NamedSku[]): ProductMatch => ({ kind: 'not-found', text: trimmed, suggestions });
  if (trimmed === '') return notFound([]);

  if (GUID.test(trimmed)) {
    const id = trimmed.toLowerCase();
    return decide(
      named.filter((n) => n.sku.skuId?.toLowerCase() === id),
      notFound,
    );
  }

  const lower = trimmed.toLowerCase();
  const byPartNumber = named.filter((n) => n.sku.skuPartNumber?.toLowerCase() === lower);
  if (byPartNumber.length > 0) return decide(byPartNumber, notFound);

  const key = productKey(trimmed);
  if (key === '') return notFound([]);
  const byName = named.filter((n) => namesOf(n).some((name) => productKey(name) === key));
  if (byName.length > 0) return decide(byName, notFound);

  const targets = aliasTargets.get(key);
  if (targets) {
    const byAlias = named.filter((n) => targets.includes(n.sku.skuPartNumber?.toLowerCase() ?? ''));
    if (byAlias.length > 0) return decide(byAlias, notFound);
  }

  const words = productTokens(trimmed);
  const byWords = named.filter((n) =>
    namesOf(n).some((name) => {
      const nameWords = new Set(productTokens(name));
      return words.every((w) => nameWords.has(w));
    }),
  );
  if (byWords.length > 0) {
    const decided = decide(byWords, notFound);
    return decided.kind === 'match' ? { ...decided, guessed: true } : decided;
  }

  return notFound(suggest(key, named));
}

function decide(found: NamedSku[], notFound: (suggestions: NamedSku[]) => ProductMatch): ProductMatch {
  const [only, ...rest] = found;
  if (!only) return notFound([]);
  if (rest.length === 0) return { kind: 'match', sku: only.sku, displayName: only.displayName };
  return { kind: 'ambiguous', candidates: [...found].sort(byName) };
}

function byName(a: NamedSku, b: NamedSku): number {
  return (
    a.displayName.localeCompare(b.displayName, 'en') ||
    (a.sku.skuPartNumber ?? '').localeCompare(b.sku.skuPartNumber ?? '', 'en')
  );
}

/** The names a tenant SKU answers to: its display name and part number. */
function namesOf(n: NamedSku): string[] {
  return [n.displayName, n.sku.skuPartNumber ?? ''].filter((s) => s !== '');
}

/** Aliases whose targets include this SKU's part number ("E3" for SPE_E3). */
function aliasNamesOf(n: NamedSku): string[] {
  const part = n.sku.skuPartNumber?.toLowerCase();
  if (!part) return [];
  return PRODUCT_ALIASES.filter((a) => a.partNumbers.some((p) => p.toLowerCase() === part)).flatMap((a) => a.names);
}

/** Up to 3 tenant SKUs whose names or aliases are close to the text (edit distance and word overlap). */
function suggest(key: string, named: NamedSku[]): NamedSku[] {
  const queryWords = key.split(' ');
  const scored = named.map((n) => {
    const score = Math.max(
      ...[...namesOf(n), ...aliasNamesOf(n)].map((name) => {
        const nameKey = productKey(name);
        return Math.max(stringSimilarity(key, nameKey), tokenCoverage(queryWords, nameKey.split(' ')));
      }),
    );
    return { n, score };
  });
  return scored
    .filter((s) => s.score >= SUGGESTION_THRESHOLD)
    .sort((a, b) => b.score - a.score || byName(a.n, b.n))
    .slice(0, MAX_SUGGESTIONS)
    .map((s) => s.n);
}
