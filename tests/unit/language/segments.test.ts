import { splitGenitive, stripGenitive } from '../../../bot/language/genitive';
import { cleanProductText, looksLikeProduct, meansAllProducts } from '../../../bot/language/product-segment';
import { splitList } from '../../../bot/language/split-list';

describe('splitList', () => {
  test.each([
    ['Anna, Bo, and Carl', ['Anna', 'Bo', 'Carl']],
    ['Anna & Bo plus Carl samt Dana', ['Anna', 'Bo', 'Carl', 'Dana']],
    ['Anna och Bo; Carl\nDana', ['Anna', 'Bo', 'Carl', 'Dana']],
    ['Microsoft 365 E3', ['Microsoft 365 E3']],
    ['Andersson, and', ['Andersson']],
    ['Sandra och Olle', ['Sandra', 'Olle']],
  ])('%j', (segment, items) => {
    expect(splitList(segment)).toEqual(items);
  });
});

describe('genitive', () => {
  test.each([
    ["Anna's", 'Anna'],
    ['Annas', 'Anna'],
    ['Anna Lindbergs', 'Anna Lindberg'],
    ["James'", 'James'],
    ['Lars', 'Lars'],
    ['anna@contoso.se:s', 'anna@contoso.se'],
    ["Liam O'Brien's", "Liam O'Brien"],
  ])('stripGenitive(%j) is %j', (owner, name) => {
    expect(stripGenitive(owner)).toBe(name);
  });

  test('splits at the owner, skipping owners followed by "och"', () => {
    expect(splitGenitive('Annas och Bos E3-licens')).toEqual({ owner: 'Annas och Bos', owned: 'E3-licens' });
    expect(splitGenitive('Jonas Svenssons Visio')).toEqual({ owner: 'Jonas Svenssons', owned: 'Visio' });
    expect(splitGenitive('Teams Rooms Pro')).toBeUndefined();
  });
});

describe('product phrases', () => {
  test.each([
    ['the E3 license', 'E3'],
    ['licensen E3', 'E3'],
    ['Visio-licensen', 'Visio'],
    ['tilldelningen av Power BI Pro', 'Power BI Pro'],
    ['"Project Plan 3"', 'Project Plan 3'],
    ['E5 (no Teams)', 'E5 (no Teams)'],
    ['licenses', ''],
  ])('cleanProductText(%j) is %j', (phrase, product) => {
    expect(cleanProductText(phrase)).toBe(product);
  });

  test.each([
    ['all licenses', true],
    ['samtliga licenser', true],
    ['licenserna', true],
    ['all of their licences', true],
    ['everything', true],
    ['the license', false],
    ['all E3 licenses', false],
    ['E3', false],
  ])('meansAllProducts(%j) is %s', (phrase, all) => {
    expect(meansAllProducts(phrase)).toBe(all);
  });

  test('looksLikeProduct is a weak hint, not a catalog', () => {
    expect(looksLikeProduct('E3')).toBe(true);
    expect(looksLikeProduct('SPE_E3')).toBe(true);
    expect(looksLikeProduct('the Visio license')).toBe(true);
    expect(looksLikeProduct('Anna Lindberg')).toBe(false);
    expect(looksLikeProduct('Bo')).toBe(false);
  });
});
