import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  catalogProducts,
  findCatalogProduct,
  findCatalogProductByPartNumber,
  productDisplayName,
} from '../../../../services/licensing/catalog/product-catalog';
import { seatsOf } from '../../../../services/licensing/catalog/seats-of';
import { ENTERPRISEPACK_ID } from './fake-tenant';

describe('product catalog (generated from Microsoft licensing CSV)', () => {
  it('keys products on skuId, with part number, name and plans', () => {
    const e3 = findCatalogProduct(ENTERPRISEPACK_ID.toUpperCase());
    expect(e3).toMatchObject({
      skuId: ENTERPRISEPACK_ID,
      skuPartNumber: 'ENTERPRISEPACK',
      displayName: 'Office 365 E3',
    });
    expect(e3?.servicePlans).toContainEqual({
      id: 'efb87545-963c-4e0d-99df-69c6916d9eb0',
      name: 'EXCHANGE_S_ENTERPRISE',
      friendlyName: 'Exchange Online (Plan 2)',
    });
    expect(catalogProducts().length).toBe(569);
  });

  it('keeps both skuIds of MCOPSTN5 and cleans stray and non-breaking spaces', () => {
    expect(catalogProducts().filter((p) => p.skuPartNumber === 'MCOPSTN5')).toHaveLength(2);
    expect(findCatalogProductByPartNumber('O365_w/o Teams Bundle_M3')?.displayName).toBe(
      'Microsoft 365 E3 EEA (no Teams)',
    );
    expect(findCatalogProductByPartNumber('MCOCAP_FACULTY')).toBeDefined();
    const unclean = catalogProducts().flatMap((p) =>
      [p.skuPartNumber, p.displayName, ...p.servicePlans.flatMap((s) => [s.name, s.friendlyName])].filter(
        (text) => text !== text.replace(/[\s\u00a0]+/g, ' ').trim(),
      ),
    );
    expect(unclean).toEqual([]);
    const duplicatePlans = catalogProducts().filter(
      (p) => new Set(p.servicePlans.map((s) => s.id)).size !== p.servicePlans.length,
    );
    expect(duplicatePlans).toEqual([]);
  });

  it('names a SKU by the catalog, else by its part number', () => {
    expect(productDisplayName({ skuId: ENTERPRISEPACK_ID, skuPartNumber: 'ENTERPRISEPACK' })).toBe('Office 365 E3');
    expect(productDisplayName({ skuId: '00000000-0000-0000-0000-000000000001', skuPartNumber: 'NEW_THING' })).toBe(
      'NEW_THING',
    );
    expect(productDisplayName({ skuId: '00000000-0000-0000-0000-000000000001', skuPartNumber: 'SPE_E3' })).toBe(
      'Microsoft 365 E3',
    );
  });
});

describe('seatsOf', () => {
  it('reads enabled and consumed units and never reports negative free seats', () => {
    expect(seatsOf({ prepaidUnits: { enabled: 10, warning: 2 }, consumedUnits: 7 })).toEqual({
      total: 10,
      used: 7,
      free: 3,
    });
    expect(seatsOf({ prepaidUnits: { enabled: 10 }, consumedUnits: 12 })).toEqual({ total: 10, used: 12, free: 0 });
    expect(seatsOf({})).toEqual({ total: 0, used: 0, free: 0 });
  });
});

describe('scripts/build-product-catalog.mjs', () => {
  const script = resolve(__dirname, '../../../../scripts/build-product-catalog.mjs');
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ld-catalog-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('parses BOM, CRLF, quoted fields, stray spaces, duplicate rows and one String_Id with two GUIDs', () => {
    const csv =
      '\ufeffProduct_Display_Name,String_Id,GUID,Service_Plan_Name,Service_Plan_Id,Service_Plans_Included_Friendly_Names\r\n' +
      '"Widget, Pro",WIDGET\u00a0PRO ,AAAAAAAA-0000-0000-0000-000000000001,PLAN_A,bbbbbbbb-0000-0000-0000-000000000001,"Plan ""A"""\r\n' +
      '"Widget, Pro",WIDGET\u00a0PRO ,aaaaaaaa-0000-0000-0000-000000000001,PLAN_A,bbbbbbbb-0000-0000-0000-000000000001,Plan A\r\n' +
      'Calling  Small,CALL,aaaaaaaa-0000-0000-0000-000000000002,PLAN_B ,bbbbbbbb-0000-0000-0000-000000000002,Plan\u00a0B\r\n' +
      'Calling Big,CALL,aaaaaaaa-0000-0000-0000-000000000003,PLAN_B,bbbbbbbb-0000-0000-0000-000000000002,PLAN B\r\n';
    const csvPath = join(dir, 'in.csv');
    const outPath = join(dir, 'out.json');
    writeFileSync(csvPath, csv);
    execFileSync(process.execPath, [script, csvPath, outPath], { stdio: 'pipe' });
    const out = JSON.parse(readFileSync(outPath, 'utf8')) as { products: Record<string, unknown> };
    expect(out.products).toEqual({
      'aaaaaaaa-0000-0000-0000-000000000001': {
        skuId: 'aaaaaaaa-0000-0000-0000-000000000001',
        skuPartNumber: 'WIDGET PRO',
        displayName: 'Widget, Pro',
        servicePlans: [{ id: 'bbbbbbbb-0000-0000-0000-000000000001', name: 'PLAN_A', friendlyName: 'Plan "A"' }],
      },
      'aaaaaaaa-0000-0000-0000-000000000002': {
        skuId: 'aaaaaaaa-0000-0000-0000-000000000002',
        skuPartNumber: 'CALL',
        displayName: 'Calling Small',
        servicePlans: [{ id: 'bbbbbbbb-0000-0000-0000-000000000002', name: 'PLAN_B', friendlyName: 'Plan B' }],
      },
      'aaaaaaaa-0000-0000-0000-000000000003': {
        skuId: 'aaaaaaaa-0000-0000-0000-000000000003',
        skuPartNumber: 'CALL',
        displayName: 'Calling Big',
        servicePlans: [{ id: 'bbbbbbbb-0000-0000-0000-000000000002', name: 'PLAN_B', friendlyName: 'PLAN B' }],
      },
    });
  });
});
