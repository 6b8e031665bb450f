import type { SubscribedSku } from '@microsoft/microsoft-graph-types';
import { matchProduct, type ProductMatch } from '../../../../services/licensing/catalog/match-products';
import { ENTERPRISEPACK_ID, aSku, anUnknownSku } from './fake-tenant';

const e3 = aSku('ENTERPRISEPACK');
const m365e3 = aSku('SPE_E3');
const visio = aSku('VISIOCLIENT');
const pbiPro = aSku('POWER_BI_PRO');
const exoP1 = aSku('EXCHANGESTANDARD');
const businessPremium = aSku('SPB');
const appsBusiness = aSku('O365_BUSINESS');
const copilot = aSku('Microsoft_365_Copilot');
const pbiFree = aSku('POWER_BI_STANDARD');
// Sold after the bundled CSV was taken: only the tenant knows it.
const e5NoTeams = anUnknownSku('Microsoft_365_E5_(no_Teams)', '18a4bd3f-0b5b-4887-b04f-61dd0ee15f5e');

const tenant: SubscribedSku[] = [
  e3,
  m365e3,
  visio,
  pbiPro,
  exoP1,
  businessPremium,
  appsBusiness,
  copilot,
  pbiFree,
  e5NoTeams,
];

/** The part number(s) a match resolved to, for short assertions. */
function parts(result: ProductMatch): string[] {
  switch (result.kind) {
    case 'match':
      return [result.sku.skuPartNumber ?? ''];
    case 'ambiguous':
      return result.candidates.map((c) => c.sku.skuPartNumber ?? '');
    case 'not-found':
      return [];
  }
}

describe('matchProduct', () => {
  it('finds a SKU by skuId, part number or catalog name, case-insensitively', () => {
    expect(matchProduct(ENTERPRISEPACK_ID.toUpperCase(), tenant)).toEqual({
      kind: 'match',
      sku: e3,
      displayName: 'Office 365 E3',
    });
    expect(parts(matchProduct('enterprisepack', tenant))).toEqual(['ENTERPRISEPACK']);
    expect(parts(matchProduct('office 365 e3', tenant))).toEqual(['ENTERPRISEPACK']);
    expect(parts(matchProduct('Microsoft 365 E3', tenant))).toEqual(['SPE_E3']);
  });

  it('lists both E3 families for a bare "E3", sorted by name', () => {
    const result = matchProduct('E3', tenant);
    expect(result).toEqual({
      kind: 'ambiguous',
      candidates: [
        { sku: m365e3, displayName: 'Microsoft 365 E3' },
        { sku: e3, displayName: 'Office 365 E3' },
      ],
    });
  });

  it('resolves an alias to the one tenant SKU among its targets', () => {
    const onlyM365 = [m365e3, visio];
    expect(parts(matchProduct('E3', onlyM365))).toEqual(['SPE_E3']);
    expect(parts(matchProduct('E3-licensen', onlyM365))).toEqual(['SPE_E3']);
    expect(parts(matchProduct('e3:an', onlyM365))).toEqual(['SPE_E3']);
    expect(parts(matchProduct('O365 E3', tenant))).toEqual(['ENTERPRISEPACK']);
    expect(parts(matchProduct('M365 E3', tenant))).toEqual(['SPE_E3']);
    expect(parts(matchProduct('Exchange P1', tenant))).toEqual(['EXCHANGESTANDARD']);
    expect(parts(matchProduct('Exchange Online Plan 1', tenant))).toEqual(['EXCHANGESTANDARD']);
    expect(parts(matchProduct('Business Premium', tenant))).toEqual(['SPB']);
    expect(parts(matchProduct('Microsoft 365-appar för företag', tenant))).toEqual(['O365_BUSINESS']);
    expect(parts(matchProduct('Copilot-licensen', tenant))).toEqual(['Microsoft_365_Copilot']);
  });

  it('normalises hyphens, license words, diacritics and "plan N"', () => {
    for (const text of ['Visio', 'visio-licensen', 'Visio-licens', 'Visio Plan 2', 'visio p2', 'VÍSIO licenser']) {
      expect(parts(matchProduct(text, tenant))).toEqual(['VISIOCLIENT']);
    }
    expect(parts(matchProduct('Microsoft 365 Business Prémium-licens', tenant))).toEqual(['SPB']);
  });

  it('falls back to every word being in a name ("power bi" → the only paid Power BI SKU)', () => {
    expect(parts(matchProduct('power bi', tenant))).toEqual(['POWER_BI_PRO']);
    expect(parts(matchProduct('Power BI-licenser', tenant))).toEqual(['POWER_BI_PRO']);
    // "Visio" with two Visio SKUs in the tenant is a question, not a guess.
    const twoVisio = [visio, aSku('VISIO_PLAN1_DEPT')];
    expect(parts(matchProduct('Visio', twoVisio))).toEqual(['VISIO_PLAN1_DEPT', 'VISIOCLIENT']);
    // No alias targets it, yet every word is in its name.
    expect(parts(matchProduct('power bi', [e3, aSku('POWER_BI_PRO_CE')]))).toEqual(['POWER_BI_PRO_CE']);
    expect(parts(matchProduct('Fabric', tenant))).toEqual(['POWER_BI_STANDARD']);
    // Both Visio Plan 1 SKUs share one catalog name.
    expect(matchProduct('Visio Plan 1', [aSku('VISIO_PLAN1_DEPT'), aSku('VISIOONLINE_PLAN1')]).kind).toBe('ambiguous');
  });

  it('matches a tenant SKU the catalog does not know by its part number, and names it so', () => {
    expect(matchProduct('Microsoft_365_E5_(no_Teams)', tenant)).toEqual({
      kind: 'match',
      sku: e5NoTeams,
      displayName: 'Microsoft_365_E5_(no_Teams)',
    });
    expect(parts(matchProduct('microsoft_365_e5_(NO_TEAMS)', tenant))).toEqual(['Microsoft_365_E5_(no_Teams)']);
    // The alias table already knows it as an E5.
    expect(parts(matchProduct('E5', tenant))).toEqual(['Microsoft_365_E5_(no_Teams)']);
  });

  it('never matches a product the tenant lacks, and suggests close tenant SKUs', () => {
    const result = matchProduct('Powr BI Pro', tenant);
    expect(result.kind).toBe('not-found');
    if (result.kind !== 'not-found') return;
    expect(result.text).toBe('Powr BI Pro');
    expect(result.suggestions[0]?.sku).toBe(pbiPro);
    expect(result.suggestions.length).toBeLessThanOrEqual(3);

    const typo = matchProduct('Vsio', tenant);
    expect(typo.kind === 'not-found' && typo.suggestions[0]?.sku).toBe(visio);

    // Office 365 E5 is not in this tenant: no silent swap to Microsoft 365 E3 or E5.
    const e5 = matchProduct('Office 365 E5', [e3, m365e3, visio]);
    expect(e5.kind).toBe('not-found');
    expect(e5.kind === 'not-found' && e5.suggestions.map((s) => s.sku)).toEqual(expect.arrayContaining([e3]));
  });

  it('gives no suggestions for unrelated or empty text', () => {
    expect(matchProduct('Dynamics 365 Field Service', tenant)).toEqual({
      kind: 'not-found',
      text: 'Dynamics 365 Field Service',
      suggestions: [],
    });
    expect(matchProduct('   ', tenant)).toEqual({ kind: 'not-found', text: '', suggestions: [] });
    expect(matchProduct('licens', tenant)).toEqual({ kind: 'not-found', text: 'licens', suggestions: [] });
    expect(matchProduct(ENTERPRISEPACK_ID, [visio])).toEqual({
      kind: 'not-found',
      text: ENTERPRISEPACK_ID,
      suggestions: [],
    });
  });
});
