import type { SubscribedSku } from '@microsoft/microsoft-graph-types';
import catalogFile from './product-catalog.json';

/** One service plan of a catalog product, as Microsoft's licensing table names it. */
export interface CatalogServicePlan {
  /** Graph `servicePlanId` (lower-case GUID). */
  id: string;
  /** Graph `servicePlanName`, e.g. `EXCHANGE_S_ENTERPRISE`. */
  name: string;
  /** English name from the table, e.g. "Exchange Online (Plan 2)"; capitals vary by row. */
  friendlyName: string;
}

/**
 * One product (SKU) of Microsoft's "Product names and service plan identifiers for licensing" table,
 * generated into `product-catalog.json` by `scripts/build-product-catalog.mjs`. Read-only data.
 */
export interface CatalogProduct {
  /** Graph `skuId` (lower-case GUID): the key. */
  skuId: string;
  /** Graph `skuPartNumber` (the table's String_Id), e.g. `ENTERPRISEPACK`. Not unique: MCOPSTN5 has two skuIds. */
  skuPartNumber: string;
  /** English product name, e.g. "Office 365 E3". Product names are English in Swedish admin screens too. */
  displayName: string;
  servicePlans: CatalogServicePlan[];
}

interface CatalogFile {
  source: string;
  products: Record<string, CatalogProduct>;
}

// Typed once here so the rest of the code never sees the JSON's inferred literal type.
const catalog: CatalogFile = catalogFile;

// Built once at load and never changed: lookup tables, not state.
const bySkuId: ReadonlyMap<string, CatalogProduct> = new Map(
  Object.values(catalog.products).map((p) => [p.skuId.toLowerCase(), p]),
);
const byPartNumber: ReadonlyMap<string, CatalogProduct> = new Map(
  Object.values(catalog.products).map((p) => [p.skuPartNumber.toLowerCase(), p]),
);

/** Every product in the table (569 as of the late-2025 CSV), in part-number order. */
export function catalogProducts(): readonly CatalogProduct[] {
  return [...bySkuId.values()];
}

/** The catalog product with this skuId (case-insensitive), or `undefined` for SKUs newer than the table. */
export function findCatalogProduct(skuId: string): CatalogProduct | undefined {
  return bySkuId.get(skuId.trim().toLowerCase());
}

/** A catalog product with this skuPartNumber (case-insensitive); for MCOPSTN5 one of its two. */
export function findCatalogProductByPartNumber(skuPartNumber: string): CatalogProduct | undefined {
  return byPartNumber.get(skuPartNumber.trim().toLowerCase());
}

/** The catalog product for a tenant SKU: by skuId first, then by part number. */
export function catalogProductFor(sku: Pick<SubscribedSku, 'skuId' | 'skuPartNumber'>): CatalogProduct | undefined {
  return (
    (sku.skuId ? findCatalogProduct(sku.skuId) : undefined) ??
    (sku.skuPartNumber ? findCatalogProductByPartNumber(sku.skuPartNumber) : undefined)
  );
}

/**
 * The name to show for a SKU: the catalog's display name, else the SKU's part number (a SKU newer
 * than the table still works and shows as e.g. `Microsoft_365_E5_(no_Teams)`), else its skuId.
 */
export function productDisplayName(sku: Pick<SubscribedSku, 'skuId' | 'skuPartNumber'>): string {
  return catalogProductFor(sku)?.displayName ?? sku.skuPartNumber ?? sku.skuId ?? '';
}
