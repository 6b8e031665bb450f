import { ProductIndex } from '../../../../services/licensing/catalog/product-index';
import { isLicenseLikeWord } from '../../../../services/licensing/catalog/product-words';
import { loadDemoTenant } from '../../../../services/tenant-simulator/demo-tenant';

const index = new ProductIndex(loadDemoTenant().subscribedSkus);
const VISIO = 'c5928f49-12ba-48f7-ada3-0d743a3601d5';
const O365_E3 = '6fd2c87f-b296-42f0-b197-1e91e994b900';
const M365_E3 = '05e9a617-0261-4cee-bb44-138d3ef5d965';
const M365_E5 = '06ebc4ee-1bb5-47dd-8120-11324bc54e06';
const PBI_PRO = 'f8a1db68-be16-40ed-86d5-cb42ce701560';

describe('ProductIndex (demo tenant)', () => {
  test.each([
    ['Visio', [VISIO]],
    ['visiolicensen', [VISIO]],
    ['Visio-licensen', [VISIO]],
    ['Visio-abonnemanget', [VISIO]],
    ['visios', [VISIO]],
    ['E5:an', [M365_E5]],
    ['E5an', [M365_E5]],
    ['E3-licensen', [O365_E3, M365_E3].sort()],
    ['Office 365 E3', [O365_E3]],
    ['O365 E3', [O365_E3]],
    ['M365 E3', [M365_E3]],
    ['Microsoft 365 E3-licensen', [M365_E3]],
    ['PBI Pro', [PBI_PRO]],
    ['power bi pro', [PBI_PRO]],
    ['POWER_BI_PRO', [PBI_PRO]],
    ['Power BI', [PBI_PRO]],
  ])('%s', (text, ids) => {
    expect(index.match(text)).toEqual(ids);
  });

  test('only the tenant’s SKUs: E1 and Dynamics are not products here, names are not products', () => {
    expect(index.match('E1')).toEqual([]);
    expect(index.match('Dynamics 365 Sales')).toEqual([]);
    expect(index.match('Anna')).toEqual([]);
    expect(index.match('Evas')).toEqual([]);
  });

  test('finds every product phrase in a sentence, longest first', () => {
    const words = 'ta bort Office 365 E3 från Nils, han har fått Microsoft 365 E3-licensen nu'.split(' ');
    const spans = index.findSpans(words);
    expect(spans.map((s) => [words.slice(s.startWord, s.endWord).join(' '), s.skuIds])).toEqual([
      ['Office 365 E3', [O365_E3]],
      ['Microsoft 365 E3-licensen', [M365_E3]],
    ]);
  });

  test('license words alone', () => {
    expect(isLicenseLikeWord('licensen')).toBe(true);
    expect(isLicenseLikeWord('abonnemanget')).toBe(true);
    expect(isLicenseLikeWord('Visio')).toBe(false);
  });
});
