import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  LicensePricesError,
  loadLicensePrices,
  parseLicensePrices,
  priceOf,
} from '../../../../services/licensing/reclaim/license-prices';

describe('LICENSE_PRICES_FILE', () => {
  test('skuPartNumber → amount and currency, looked up in any case', () => {
    const prices = parseLicensePrices(
      { ENTERPRISEPACK: { amount: 249, currency: 'sek' }, visioclient: { amount: 14.3, currency: 'EUR' } },
      'prices.json',
    );
    expect(priceOf(prices, 'enterprisepack')).toEqual({ amount: 249, currency: 'SEK' });
    expect(priceOf(prices, 'VISIOCLIENT')).toEqual({ amount: 14.3, currency: 'EUR' });
    expect(priceOf(prices, 'SPE_E5')).toBeUndefined();
  });

  test.each([
    [[], 'prices.json: expected an object'],
    [{ ENTERPRISEPACK: { amount: -1, currency: 'SEK' } }, 'ENTERPRISEPACK.amount: must not be negative'],
    [{ ENTERPRISEPACK: { amount: '249', currency: 'SEK' } }, 'ENTERPRISEPACK.amount: expected a number'],
    [{ ENTERPRISEPACK: { amount: 249, currency: 'kronor' } }, 'ENTERPRISEPACK.currency: expected an ISO 4217'],
    [{ ENTERPRISEPACK: { amount: 249 } }, 'ENTERPRISEPACK.currency: expected an ISO 4217'],
    [{ ENTERPRISEPACK: { amount: 249, currency: 'SEK', per: 'year' } }, 'ENTERPRISEPACK'],
    [{ 'Office 365 E3': { amount: 249, currency: 'SEK' } }, 'expected a skuPartNumber'],
    [
      { ENTERPRISEPACK: { amount: 1, currency: 'SEK' }, enterprisepack: { amount: 2, currency: 'SEK' } },
      'enterprisepack: listed twice',
    ],
  ])('refuses %j with a message naming the problem', (json, message) => {
    expect(() => parseLicensePrices(json, 'prices.json')).toThrow(LicensePricesError);
    expect(() => parseLicensePrices(json, 'prices.json')).toThrow(message);
  });

  test('an unreadable or non-JSON file names the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'prices-'));
    try {
      const bad = join(dir, 'bad.json');
      writeFileSync(bad, '{ ENTERPRISEPACK: 249 }');
      expect(() => loadLicensePrices(bad)).toThrow(/^license prices file bad\.json: not valid JSON/);
      expect(() => loadLicensePrices(join(dir, 'missing.json'))).toThrow(/missing\.json.*ENOENT/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
