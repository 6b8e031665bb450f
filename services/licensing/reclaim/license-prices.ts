import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { z } from 'zod';

/**
 * What one seat of a product costs per user per month. Microsoft's price depends on the agreement
 * (CSP, EA, MCA, web direct), the region and discounts, so License Desk never guesses one: it
 * comes from the optional `LICENSE_PRICES_FILE`, keyed by `skuPartNumber`.
 */
export interface SeatPrice {
  /** Per user per month, in `currency`. */
  amount: number;
  /** ISO 4217 code, upper case (SEK, EUR, USD …). */
  currency: string;
}

/** skuPartNumber (case-insensitive) → price. An empty map means "seats only". */
export type LicensePrices = ReadonlyMap<string, SeatPrice>;

export const NO_PRICES: LicensePrices = new Map();

const priceSchema = z.strictObject({
  amount: z
    .number({ error: 'expected a number (per user per month)' })
    .nonnegative({ error: 'must not be negative' })
    .max(100_000, { error: 'is not believable per user per month' }),
  currency: z
    .string({ error: 'expected an ISO 4217 currency code' })
    .regex(/^[A-Za-z]{3}$/, { error: 'expected an ISO 4217 currency code such as SEK or EUR' }),
});

const pricesFileSchema = z.record(z.string().regex(/^[A-Za-z0-9_.+-]{2,80}$/), priceSchema, {
  error: 'expected an object: { "<skuPartNumber>": { "amount": <per user per month>, "currency": "SEK" } }',
});

/** A prices file that cannot be used: names the file and the first bad key, for people. */
export class LicensePricesError extends Error {
  override readonly name = 'LicensePricesError';
  constructor(source: string, problem: string) {
    super(`license prices file ${source}: ${problem}`);
  }
}

/**
 * Validates parsed JSON of the form `{ "ENTERPRISEPACK": { "amount": 249, "currency": "SEK" }, … }`.
 * Throws `LicensePricesError` on the first problem.
 */
export function parseLicensePrices(json: unknown, source: string): LicensePrices {
  const parsed = pricesFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ` : '';
    // A product name where the part number belongs ("Office 365 E3") is the likely mistake.
    const message =
      issue?.code === 'invalid_key'
        ? 'expected a skuPartNumber such as ENTERPRISEPACK (product names are not keys)'
        : (issue?.message ?? 'invalid');
    throw new LicensePricesError(source, `${where}${message}`);
  }
  const prices = new Map<string, SeatPrice>();
  for (const [part, price] of Object.entries(parsed.data)) {
    const key = part.toUpperCase();
    if (prices.has(key)) throw new LicensePricesError(source, `${part}: listed twice`);
    prices.set(key, { amount: price.amount, currency: price.currency.toUpperCase() });
  }
  return prices;
}

/** Reads and validates a prices file. Throws `LicensePricesError` for unreadable or invalid files. */
export function loadLicensePrices(path: string): LicensePrices {
  const source = basename(path);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new LicensePricesError(source, `cannot read ${path} (${(e as NodeJS.ErrnoException).code ?? 'unreadable'})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new LicensePricesError(source, `not valid JSON (${(e as Error).message})`);
  }
  return parseLicensePrices(json, source);
}

/** The price of a product, if configured. */
export function priceOf(prices: LicensePrices, skuPartNumber: string): SeatPrice | undefined {
  return prices.get(skuPartNumber.toUpperCase());
}

/** seats × price per month, rounded to cents (what the card shows and totals). */
export function monthlyCost(seats: number, price: SeatPrice): number {
  return Math.round(seats * price.amount * 100) / 100;
}
