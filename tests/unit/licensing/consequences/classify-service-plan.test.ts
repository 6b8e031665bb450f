import { classifyServicePlan } from '../../../../services/licensing/consequences/classify-service-plan';
import { findCatalogProductByPartNumber } from '../../../../services/licensing/catalog/product-catalog';

describe('classifyServicePlan', () => {
  it.each([
    ['EXCHANGE_S_STANDARD', 'exchange'],
    ['EXCHANGE_S_ENTERPRISE', 'exchange'],
    ['exchange_s_deskless', 'exchange'],
    ['EXCHANGE_S_ESSENTIALS', 'exchange'],
    ['EXCHANGE_S_ENTERPRISE_GOV', 'exchange'],
    ['EXCHANGE_S_FOUNDATION', 'other'],
    ['EXCHANGE_S_ARCHIVE_ADDON', 'other'],
    ['EXCHANGE_ANALYTICS', 'other'],
    ['SHAREPOINTSTANDARD', 'sharepoint-onedrive'],
    ['SHAREPOINTENTERPRISE', 'sharepoint-onedrive'],
    ['SHAREPOINTDESKLESS', 'sharepoint-onedrive'],
    ['ONEDRIVE_BASIC', 'sharepoint-onedrive'],
    ['ONEDRIVESTANDARD', 'sharepoint-onedrive'],
    ['SHAREPOINTWAC', 'other'],
    ['SHAREPOINT_PROJECT', 'other'],
    ['OFFICESUBSCRIPTION', 'office-apps'],
    ['OFFICE_BUSINESS', 'office-apps'],
    ['OFFICEMOBILE_SUBSCRIPTION', 'other'],
    ['TEAMS1', 'teams'],
    ['TEAMSPRO_MGMT', 'other'],
    ['VISIO_CLIENT_SUBSCRIPTION', 'other'],
    [' TEAMS1 ', 'teams'],
  ])('%s → %s', (name, kind) => {
    expect(classifyServicePlan(name)).toBe(kind);
  });

  it('finds mailbox, OneDrive, apps and Teams in the E3/E5 suites of the catalog', () => {
    for (const part of ['ENTERPRISEPACK', 'SPE_E3', 'ENTERPRISEPREMIUM', 'SPE_E5']) {
      const kinds = findCatalogProductByPartNumber(part)?.servicePlans.map((p) => classifyServicePlan(p.name)) ?? [];
      expect(new Set(kinds)).toEqual(new Set(['exchange', 'sharepoint-onedrive', 'office-apps', 'teams', 'other']));
    }
    const visio = findCatalogProductByPartNumber('VISIOCLIENT')?.servicePlans.map((p) => classifyServicePlan(p.name));
    expect(visio).not.toContain('exchange');
  });
});
