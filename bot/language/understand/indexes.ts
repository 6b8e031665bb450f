import type { PersonCandidate } from '../../../services/directory/directory-index';
import type { ProductSpan } from '../../../services/licensing/catalog/product-index';

/**
 * What understanding needs from the directory: synchronous, in-memory lookups
 * (`DirectoryIndex` implements it). Understanding never waits for I/O.
 */
export interface PeopleLookup {
  lookup(text: string, options?: { fuzzy?: boolean }): PersonCandidate[];
  isNameWord(word: string): boolean;
}

/** What understanding needs from the tenant's products (`ProductIndex` implements it). */
export interface ProductLookup {
  findSpans(words: readonly string[]): ProductSpan[];
  isProductWord(word: string): boolean;
}

/** The two indexes a message is understood against. */
export interface UnderstandingIndexes {
  people: PeopleLookup;
  products: ProductLookup;
}

/** The indexes as the running bot holds them: unusable until loaded once (`TenantVocabulary`). */
export interface Vocabulary extends UnderstandingIndexes {
  readonly ready: boolean;
}
