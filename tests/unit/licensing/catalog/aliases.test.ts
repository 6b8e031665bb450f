import { PRODUCT_ALIASES } from '../../../../services/licensing/catalog/aliases';
import { productKey } from '../../../../services/licensing/catalog/normalise-product-text';
import { findCatalogProductByPartNumber } from '../../../../services/licensing/catalog/product-catalog';

describe('product aliases', () => {
  it('point only at part numbers in the catalog, except those marked newer than it', () => {
    const missing = PRODUCT_ALIASES.flatMap((a) =>
      a.partNumbers.filter((p) => !a.newerThanCatalog?.includes(p) && !findCatalogProductByPartNumber(p)),
    );
    expect(missing).toEqual([]);
  });

  it('mark as newer only part numbers the catalog really lacks (drop the mark after a CSV refresh)', () => {
    const marked = PRODUCT_ALIASES.flatMap((a) => a.newerThanCatalog ?? []);
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.filter((p) => findCatalogProductByPartNumber(p))).toEqual([]);
    expect(
      PRODUCT_ALIASES.flatMap((a) => (a.newerThanCatalog ?? []).filter((p) => !a.partNumbers.includes(p))),
    ).toEqual([]);
  });

  it('never give one normalised name two meanings', () => {
    const seen = new Map<string, number>();
    const clashes: string[] = [];
    PRODUCT_ALIASES.forEach((a, i) => {
      for (const name of a.names) {
        const key = productKey(name);
        expect(key).not.toBe('');
        const before = seen.get(key);
        if (before !== undefined && before !== i) clashes.push(name);
        seen.set(key, i);
      }
    });
    expect(clashes).toEqual([]);
  });

  it('cover the names admins type', () => {
    const targets = (name: string) =>
      PRODUCT_ALIASES.find((a) => a.names.some((n) => productKey(n) === productKey(name)))?.partNumbers;
    expect(targets('E3')).toEqual(expect.arrayContaining(['ENTERPRISEPACK', 'SPE_E3']));
    expect(targets('e5-licenserna')).toEqual(expect.arrayContaining(['ENTERPRISEPREMIUM', 'SPE_E5']));
    expect(targets('O365 E3')).not.toContain('SPE_E3');
    expect(targets('M365 E3')).not.toContain('ENTERPRISEPACK');
    expect(targets('Office 365 F3')).toEqual(['DESKLESSPACK', 'Office_365_F3_EEA_(no_Teams)']);
    expect(targets('Microsoft 365 F3')).toContain('SPE_F1');
    expect(targets('Visio-licens')).toEqual(expect.arrayContaining(['VISIOCLIENT', 'VISIO_PLAN1_DEPT']));
    expect(targets('Exchange Online (Plan 2)')).toEqual(['EXCHANGEENTERPRISE']);
    expect(targets('Copilot')).toContain('Microsoft_365_Copilot');
    expect(targets('Microsoft 365-appar för företag')).toEqual(['O365_BUSINESS']);
    expect(targets('Business Premium')).toContain('SPB');
    expect(targets('Power BI Premium Per User')).toContain('PBI_PREMIUM_PER_USER');
    expect(targets('Teams Premium')).toContain('Microsoft_Teams_Premium');
  });
});
