// Public surface of the product catalog: names, aliases, matching and seat counts.
export { PRODUCT_ALIASES, type ProductAlias } from './aliases';
export { matchProduct, productDisplayName, type NamedSku, type ProductMatch } from './match-products';
export {
  catalogProductFor,
  catalogProducts,
  findCatalogProduct,
  findCatalogProductByPartNumber,
  type CatalogProduct,
  type CatalogServicePlan,
} from './product-catalog';
export { productKey, productTokens } from './normalise-product-text';
export { seatsOf, type Seats } from './seats-of';
