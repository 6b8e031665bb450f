/**
 * The short and colloquial product names admins type (en + sv), mapped to Graph `skuPartNumber`s.
 * Names are compared after `productKey` normalisation, so "E3-licensen", "e3:an" and "E3 license"
 * all hit the "E3" entry, "Plan 1" equals "P1", and "M365"/"O365" equal "Microsoft 365"/"Office 365".
 *
 * One alias may map to several part numbers ("E3" is both Office 365 E3 and Microsoft 365 E3, and
 * the EEA "no Teams" editions sold in Sweden): matching keeps only the tenant's own SKUs among them.
 * Every part number must exist in `product-catalog.json` (a unit test checks), except those listed in
 * `newerThanCatalog`, which Microsoft sells but the bundled CSV does not list yet.
 */
export interface ProductAlias {
  /** What admins type; en and sv. */
  names: readonly string[];
  /** Graph `skuPartNumber`s this alias may mean, most common first. */
  partNumbers: readonly string[];
  /** Part numbers in `partNumbers` that are newer than the bundled catalog (exempt from the catalog check). */
  newerThanCatalog?: readonly string[];
}

const O365_E1 = ['STANDARDPACK', 'Office_365_w/o_Teams_Bundle_E1'];
const O365_E3 = ['ENTERPRISEPACK', 'Office_365_E3_(no_Teams)', 'O365_w/o_Teams_Bundle_E3'];
const M365_E3 = ['SPE_E3', 'Microsoft_365_E3_(no_Teams)', 'O365_w/o Teams Bundle_M3'];
const O365_E5 = ['ENTERPRISEPREMIUM', 'Office_365_w/o_Teams_Bundle_E5'];
const M365_E5 = ['SPE_E5', 'Microsoft_365_E5_(no_Teams)', 'O365_w/o_Teams_Bundle_M5'];
const M365_F1 = ['M365_F1', 'M365_F1_COMM', 'Microsoft_365_F1_EEA_(no_Teams)'];
const O365_F3 = ['DESKLESSPACK', 'Office_365_F3_EEA_(no_Teams)'];
const M365_F3 = ['SPE_F1', 'Microsoft_365_F3_EEA_(no_Teams)'];
const O365_A1 = ['STANDARDWOFFPACK_FACULTY', 'STANDARDWOFFPACK_STUDENT'];
const M365_A1 = ['M365EDU_A1'];
const O365_A3 = ['ENTERPRISEPACKPLUS_FACULTY', 'ENTERPRISEPACKPLUS_STUDENT'];
const M365_A3 = ['M365EDU_A3_FACULTY', 'M365EDU_A3_STUDENT'];
const O365_A5 = ['ENTERPRISEPREMIUM_FACULTY', 'ENTERPRISEPREMIUM_STUDENT'];
const M365_A5 = ['M365EDU_A5_FACULTY', 'M365EDU_A5_STUDENT'];
const VISIO_P1 = ['VISIOONLINE_PLAN1', 'VISIO_PLAN1_DEPT'];
const VISIO_P2 = ['VISIOCLIENT', 'VISIO_PLAN2_DEPT'];
const PROJECT_P1 = ['PROJECT_P1', 'PROJECT_PLAN1_DEPT'];
const PROJECT_P3 = ['PROJECTPROFESSIONAL', 'PROJECT_PLAN3_DEPT'];
const PROJECT_P5 = ['PROJECTPREMIUM'];
const PBI_PRO = ['POWER_BI_PRO', 'POWER_BI_PRO_DEPT'];
const PBI_PPU = ['PBI_PREMIUM_PER_USER', 'PBI_PREMIUM_PER_USER_ADDON', 'PBI_PREMIUM_PER_USER_DEPT'];
const EXO_P1 = ['EXCHANGESTANDARD'];
const EXO_P2 = ['EXCHANGEENTERPRISE'];
const BUSINESS_BASIC = ['O365_BUSINESS_ESSENTIALS', 'Microsoft_365_Business_Basic_EEA_(no_Teams)'];
const BUSINESS_STANDARD = ['O365_BUSINESS_PREMIUM', 'Office_365_w/o_Teams_Bundle_Business_Standard'];
const BUSINESS_PREMIUM = ['SPB', 'Office_365_w/o_Teams_Bundle_Business_Premium'];
const APPS_BUSINESS = ['O365_BUSINESS'];
const APPS_ENTERPRISE = ['OFFICESUBSCRIPTION'];

// Listed on Microsoft's live licensing page after the bundled CSV was taken.
const NEWER = ['Microsoft_365_E5_(no_Teams)', 'Microsoft_Teams_Enterprise_New'];

function alias(names: string[], partNumbers: string[]): ProductAlias {
  const newer = partNumbers.filter((p) => NEWER.includes(p));
  return newer.length > 0 ? { names, partNumbers, newerThanCatalog: newer } : { names, partNumbers };
}

/** The alias table. Read-only; see `ProductAlias`. */
export const PRODUCT_ALIASES: readonly ProductAlias[] = [
  // Enterprise suites: a bare "E3" means either family.
  alias(['E1'], [...O365_E1]),
  alias(['Office 365 E1', 'O365 E1'], O365_E1),
  alias(['E3'], [...O365_E3, ...M365_E3]),
  alias(['Office 365 E3', 'O365 E3', 'Office E3'], O365_E3),
  alias(['Microsoft 365 E3', 'M365 E3'], M365_E3),
  alias(['E5'], [...O365_E5, ...M365_E5]),
  alias(['Office 365 E5', 'O365 E5', 'Office E5'], O365_E5),
  alias(['Microsoft 365 E5', 'M365 E5'], M365_E5),
  // Frontline: Microsoft 365 F3's part number is SPE_F1; Office 365 F3 is DESKLESSPACK.
  alias(['F1', 'Microsoft 365 F1', 'M365 F1'], M365_F1),
  alias(['F3'], [...O365_F3, ...M365_F3]),
  alias(['Office 365 F3', 'O365 F3'], O365_F3),
  alias(['Microsoft 365 F3', 'M365 F3'], M365_F3),
  // Education.
  alias(['A1'], [...M365_A1, ...O365_A1]),
  alias(['Office 365 A1', 'O365 A1'], O365_A1),
  alias(['Microsoft 365 A1', 'M365 A1'], M365_A1),
  alias(['A3'], [...M365_A3, ...O365_A3]),
  alias(['Office 365 A3', 'O365 A3'], O365_A3),
  alias(['Microsoft 365 A3', 'M365 A3'], M365_A3),
  alias(['A5'], [...M365_A5, ...O365_A5]),
  alias(['Office 365 A5', 'O365 A5'], O365_A5),
  alias(['Microsoft 365 A5', 'M365 A5'], M365_A5),
  // Business plans. "Office 365 Business Premium" is the old name of Business Standard.
  alias(
    ['Business Basic', 'Microsoft 365 Business Basic', 'Office 365 Business Essentials', 'Business Essentials'],
    BUSINESS_BASIC,
  ),
  alias(['Business Standard', 'Microsoft 365 Business Standard', 'Office 365 Business Premium'], BUSINESS_STANDARD),
  alias(['Business Premium', 'Microsoft 365 Business Premium', 'M365 BP'], BUSINESS_PREMIUM),
  // Apps only. Swedish admin center: "Microsoft 365-appar för företag" / "… för stora företag".
  alias(
    [
      'Apps for business',
      'Microsoft 365 Apps for business',
      'Office 365 Business',
      'Apps för företag',
      'Appar för företag',
      'Microsoft 365 Appar för företag',
    ],
    APPS_BUSINESS,
  ),
  alias(
    [
      'Apps for enterprise',
      'Microsoft 365 Apps for enterprise',
      'Office 365 ProPlus',
      'ProPlus',
      'Apps för enterprise',
      'Appar för stora företag',
      'Microsoft 365 Appar för stora företag',
    ],
    APPS_ENTERPRISE,
  ),
  alias(
    ['Microsoft 365 Apps', 'Office apps', 'Office-appar', 'Office-paketet'],
    [...APPS_BUSINESS, ...APPS_ENTERPRISE],
  ),
  // Visio and Project.
  alias(['Visio', 'Visio Online'], [...VISIO_P2, ...VISIO_P1]),
  alias(['Visio Plan 1', 'Visio Online Plan 1'], VISIO_P1),
  alias(['Visio Plan 2', 'Visio Professional', 'Visio Pro'], VISIO_P2),
  alias(
    ['Project', 'Project Online'],
    [...PROJECT_P3, ...PROJECT_P5, ...PROJECT_P1, 'PROJECTONLINE_PLAN_1', 'PROJECTESSENTIALS'],
  ),
  alias(['Project Plan 1'], PROJECT_P1),
  alias(['Project Plan 3', 'Project Professional'], PROJECT_P3),
  alias(['Project Plan 5', 'Project Online Premium'], PROJECT_P5),
  // Power BI. "Power BI" alone means the per-user paid licenses, not the free one every tenant has.
  alias(['Power BI', 'PBI'], [...PBI_PRO, ...PBI_PPU]),
  alias(['Power BI Pro', 'PBI Pro'], PBI_PRO),
  alias(['Power BI Premium Per User', 'Power BI Premium', 'Power BI PPU', 'PBI PPU', 'PPU'], PBI_PPU),
  alias(['Power BI Free', 'Fabric Free'], ['POWER_BI_STANDARD']),
  // Teams.
  alias(['Teams Premium', 'Microsoft Teams Premium'], ['Microsoft_Teams_Premium', 'Teams_Premium_(for_Departments)']),
  alias(['Teams Essentials', 'Microsoft Teams Essentials'], ['Teams_Ess', 'TEAMS_ESSENTIALS_AAD']),
  alias(
    ['Teams', 'Microsoft Teams', 'Teams Enterprise'],
    ['Microsoft_Teams_Enterprise_New', 'Microsoft_Teams_EEA_New'],
  ),
  // Copilot.
  alias(
    ['Copilot', 'Microsoft 365 Copilot', 'Copilot for Microsoft 365', 'Microsoft Copilot', 'M365 Copilot'],
    ['Microsoft_365_Copilot', 'M365_Copilot', 'Microsoft_365_Copilot_EDU'],
  ),
  // Exchange Online.
  alias(
    ['Exchange', 'Exchange Online', 'EXO'],
    [...EXO_P1, ...EXO_P2, 'EXCHANGEDESKLESS', 'EXCHANGEESSENTIALS', 'EXCHANGE_S_ESSENTIALS'],
  ),
  alias(['Exchange Online Plan 1', 'Exchange Plan 1', 'EXO P1', 'EXO Plan 1'], EXO_P1),
  alias(['Exchange Online Plan 2', 'Exchange Plan 2', 'EXO P2', 'EXO Plan 2'], EXO_P2),
  alias(['Exchange Kiosk', 'Exchange Online Kiosk'], ['EXCHANGEDESKLESS']),
  // Enterprise Mobility + Security: admins say "EMS E3/E5"; "EMS" alone is either.
  alias(['EMS'], ['EMS', 'EMSPREMIUM']),
  alias(['EMS E3'], ['EMS']),
  alias(['EMS E5'], ['EMSPREMIUM']),
];
