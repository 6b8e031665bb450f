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
    ['SHAREPOINT_PROJECT', 'project'],
    ['OFFICESUBSCRIPTION', 'office-apps'],
    ['OFFICE_BUSINESS', 'office-apps'],
    ['OFFICEMOBILE_SUBSCRIPTION', 'other'],
    ['TEAMS1', 'teams'],
    ['TEAMSPRO_MGMT', 'teams-premium'],
    ['VISIO_CLIENT_SUBSCRIPTION', 'visio'],
    ['MCOEV', 'teams-phone'],
    ['MCOMEETADV', 'audio-conferencing'],
    ['BI_AZURE_P2', 'power-bi'],
    ['BI_AZURE_P0', 'other'],
    ['ATP_ENTERPRISE', 'defender'],
    ['MDE_SMB', 'defender'],
    ['ADALLOM_S_DISCOVERY', 'other'],
    ['AAD_PREMIUM', 'entra-id-p1'],
    ['AAD_PREMIUM_P2', 'entra-id-p2'],
    ['INTUNE_A', 'intune'],
    ['INTUNE_O365', 'other'],
    ['MIP_S_CLP1', 'purview'],
    ['EQUIVIO_ANALYTICS', 'purview'],
    ['M365_COPILOT_APPS', 'copilot'],
    ['Bing_Chat_Enterprise', 'other'],
    ['PROJECT_CLIENT_SUBSCRIPTION', 'project'],
    [' TEAMS1 ', 'teams'],
  ])('%s → %s', (name, kind) => {
    expect(classifyServicePlan(name)).toBe(kind);
  });

  it('finds the families of the E3/E5 suites in the catalog', () => {
    const kindsOf = (part: string) =>
      new Set(findCatalogProductByPartNumber(part)?.servicePlans.map((p) => classifyServicePlan(p.name)) ?? []);
    const core = ['exchange', 'sharepoint-onedrive', 'office-apps', 'teams', 'purview', 'other'];
    expect(kindsOf('ENTERPRISEPACK')).toEqual(new Set(core));
    expect(kindsOf('SPE_E3')).toEqual(new Set([...core, 'defender', 'entra-id-p1', 'intune']));
    expect(kindsOf('ENTERPRISEPREMIUM')).toEqual(
      new Set([...core, 'teams-phone', 'audio-conferencing', 'power-bi', 'defender']),
    );
    expect(kindsOf('SPE_E5')).toEqual(
      new Set([
        ...core,
        'teams-phone',
        'audio-conferencing',
        'power-bi',
        'defender',
        'entra-id-p1',
        'entra-id-p2',
        'intune',
      ]),
    );
    const visio = findCatalogProductByPartNumber('VISIOCLIENT')?.servicePlans.map((p) => classifyServicePlan(p.name));
    expect(visio).not.toContain('exchange');
  });
});
