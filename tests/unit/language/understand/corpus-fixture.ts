import { join } from 'node:path';
import { understand } from '../../../../bot/language/understand/understand';
import type { UnderstandingIndexes } from '../../../../bot/language/understand/indexes';
import { ProductIndex } from '../../../../services/licensing/catalog/product-index';
import { loadUnderstandingCorpus, type CorpusEntry } from '../../../../bench/understanding-corpus';
import { indexOf, tenantFixture } from '../../directory/directory-fixtures';

export const ROOT = join(__dirname, '../../../..');

/** The two tenants of the corpus, indexed as the running bot would index them. */
export function corpusTenants(): Record<
  CorpusEntry['tenant'],
  { indexes: UnderstandingIndexes; partNumber: (id: string) => string }
> {
  const build = (name: 'demo' | 'fabrikam') => {
    const tenant = tenantFixture(name);
    const parts = new Map(tenant.subscribedSkus.map((s) => [s.skuId.toLowerCase(), s.skuPartNumber]));
    return {
      indexes: { people: indexOf(tenant), products: new ProductIndex(tenant.subscribedSkus) },
      partNumber: (id: string) => parts.get(id.toLowerCase()) ?? id,
    };
  };
  return { demo: build('demo'), fabrikam: build('fabrikam') };
}

export const corpus = loadUnderstandingCorpus(ROOT);
export { understand };
