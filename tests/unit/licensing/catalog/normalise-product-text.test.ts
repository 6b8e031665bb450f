import { productKey, productTokens } from '../../../../services/licensing/catalog/normalise-product-text';

describe('productKey', () => {
  it.each([
    ['Visio-licensen', 'visio'],
    ['E3-licens', 'e3'],
    ['E3:an', 'e3'],
    ['E5:orna', 'e5'],
    ['Office 365 E3 licenses', 'office 365 e3'],
    ['O365 E3', 'office 365 e3'],
    ['M365 E3 licence', 'microsoft 365 e3'],
    ['MS Teams', 'microsoft teams'],
    ['Exchange Online (Plan 2)', 'exchange online p2'],
    ['Exchange Online P2', 'exchange online p2'],
    ['Visio Plan2', 'visio p2'],
    ['Exchange Online abonnemang 1', 'exchange online p1'],
    ['Microsoft 365 Business Prémium', 'microsoft 365 business premium'],
    ['Microsoft 365-appar för företag', 'microsoft 365 appar for foretag'],
    ['O365_w/o\u00a0Teams Bundle_M3', 'office 365 w o teams bundle m3'],
    ['  POWER_BI_PRO  ', 'power bi pro'],
    ['Microsoft 365 E3 - Unattended License', 'microsoft 365 e3 unattended'],
  ])('%s → %s', (text, key) => {
    expect(productKey(text)).toBe(key);
  });

  it('keeps "plan" when no number follows, and drops only license words', () => {
    expect(productTokens('Planner Plan')).toEqual(['planner', 'plan']);
    expect(productTokens('licens licenser')).toEqual([]);
  });
});
