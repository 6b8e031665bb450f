/**
 * The service-plan family a Graph `servicePlanName` belongs to: what a user notices losing.
 * Families are the rows of the consequences table (docs/consequences.md); every plan not listed
 * (Forms, Stream, Planner, Exchange Foundation, Sway, Viva, Power Apps for Office 365 …) is
 * 'other' and causes no line on a card. Names checked against Microsoft's licensing CSV
 * ("Product names and service plan identifiers for licensing", the catalog's source).
 */
export type ServiceKind =
  | 'exchange'
  | 'sharepoint-onedrive'
  | 'office-apps'
  | 'teams'
  | 'teams-phone'
  | 'audio-conferencing'
  | 'teams-premium'
  | 'power-bi'
  | 'defender'
  | 'entra-id-p1'
  | 'entra-id-p2'
  | 'intune'
  | 'purview'
  | 'copilot'
  | 'visio'
  | 'project'
  | 'other';

/** Every family but 'other', in the order cards list them (data first, then apps, then security). */
export const SERVICE_FAMILIES: readonly Exclude<ServiceKind, 'other'>[] = [
  'exchange',
  'sharepoint-onedrive',
  'office-apps',
  'teams',
  'teams-phone',
  'audio-conferencing',
  'teams-premium',
  'power-bi',
  'copilot',
  'visio',
  'project',
  'intune',
  'entra-id-p1',
  'entra-id-p2',
  'defender',
  'purview',
];

// A mailbox: Exchange Online Plan 1/2, Kiosk, Essentials, POP, the Small Business and Midmarket
// editions, and their _GOV variants. Not EXCHANGE_S_FOUNDATION (a platform plan that comes with
// many non-mail SKUs, no mailbox), not the archiving add-ons, analytics or multi-geo.
const EXCHANGE =
  /^EXCHANGE_(?:S_STANDARD|S_ENTERPRISE|S_DESKLESS|S_ESSENTIALS|B_STANDARD|L_STANDARD)(?:_(?:GOV|MIDMARKET))?$/i;

// SharePoint Online sites and the user's OneDrive. Not SHAREPOINTWAC (Office for the web),
// SHAREPOINT_PROJECT (Project Online), SHAREPOINTSTORAGE (tenant storage) or multi-geo.
const SHAREPOINT_ONEDRIVE =
  /^(?:SHAREPOINT(?:STANDARD|ENTERPRISE|DESKLESS|LITE)(?:_(?:EDU|GOV|MIDMARKET))?|SHAREPOINT_S_DEVELOPER|SharePoint Plan 1G|ONEDRIVE(?:STANDARD|ENTERPRISE|_BASIC(?:_P2|_GOV)?|LITE_IW|CLIPCHAMP))$/i;

// Installed Microsoft 365 Apps (Word, Excel, Outlook … on the desktop). Not OFFICE_PROPLUS_DEVICE
// (licensed per device, not per user), not the mobile-only or shared-activation plans.
const OFFICE_APPS =
  /^(?:OFFICESUBSCRIPTION(?:_unattended)?(?:_GOV)?|OFFICE_BUSINESS|OFFICE_PRO_PLUS_SUBSCRIPTION_SMBIZ)$/i;

// Teams itself, not Teams Premium features, Rooms or Phone add-ons.
const TEAMS = /^(?:TEAMS1|TEAMS_GOV|TEAMS_AR_DOD|TEAMS_AR_GCCHIGH|TEAMS_DESKLESS|TEAMS_FREE|MCO_TEAMS_IW|TeamsEss)$/i;

// Teams Phone (formerly Phone System, MCOEV*) and Calling Plans (MCOPSTN*): the user's phone number.
const TEAMS_PHONE = /^(?:MCOEV(?:_[A-Z0-9]+)?|MCOPSTN[A-Z0-9_]*|MCOPSTNC|MCOPSTNEAU)$/i;

// Audio Conferencing: dial-in numbers for the meetings the user organises.
const AUDIO_CONFERENCING = /^MCOMEETADV(?:_GOV)?$/i;

// Teams Premium features (intelligent recap, webinars, virtual appointments, advanced protection).
const TEAMS_PREMIUM = /^(?:TEAMSPRO_[A-Z]+|MCO_VIRTUAL_APPT)$/i;

// Power BI Pro and Premium Per User (BI_AZURE_P2/P3); not BI_AZURE_P0 (the free licence).
const POWER_BI = /^BI_AZURE_P[23]$/i;

// Microsoft Defender plans licensed per user: for Office 365 (ATP_ENTERPRISE, THREAT_INTELLIGENCE),
// for Endpoint (WINDEFATP, MDE_LITE), for Business (MDE_SMB), for Identity (ATA), for Cloud Apps
// (ADALLOM_S_STANDALONE, ADALLOM_S_O365), Microsoft 365 Defender (MTP), SafeDocs. Not the
// Cloud Apps discovery plan (ADALLOM_S_DISCOVERY), which only reports on traffic.
const DEFENDER =
  /^(?:ATP_ENTERPRISE(?:_GOV)?|THREAT_INTELLIGENCE(?:_GOV)?|WINDEFATP|MDE_LITE|MDE_SMB|ATA|ADALLOM_S_STANDALONE|ADALLOM_S_O365|MTP|SAFEDOCS)$/i;

const ENTRA_P1 = /^AAD_PREMIUM$/i;
const ENTRA_P2 = /^AAD_PREMIUM_P2$/i;

// Intune Plan 1 (and the Business Premium / Education editions); not INTUNE_O365 (Basic Mobility
// and Security, built into Office 365, which needs no Intune licence).
const INTUNE = /^(?:INTUNE_A(?:_VL|_D)?|INTUNE_SMBIZ|INTUNE_EDU|INTUNE_P2)$/i;

// Microsoft Purview compliance features licensed per user: information protection (MIP_S_*, RMS_*,
// Azure RMS), DLP, insider risk, communication compliance, information barriers, eDiscovery
// (Premium) (EQUIVIO_ANALYTICS), Audit (Premium), records management, Customer Lockbox and Key.
const PURVIEW =
  /^(?:MIP_S_(?:CLP1|CLP2|Exchange)|RMS_S_(?:ENTERPRISE|PREMIUM|PREMIUM2)(?:_GOV)?|BPOS_S_DlpAddOn|COMMUNICATIONS_DLP|MICROSOFTENDPOINTDLP|INSIDER_RISK(?:_MANAGEMENT)?|MICROSOFT_COMMUNICATION_COMPLIANCE|COMMUNICATIONS_COMPLIANCE|INFORMATION_BARRIERS|EQUIVIO_ANALYTICS|M365_ADVANCED_AUDITING|RECORDS_MANAGEMENT|INFO_GOVERNANCE|DATA_INVESTIGATIONS|LOCKBOX_ENTERPRISE|CUSTOMER_KEY|PAM_ENTERPRISE|PREMIUM_ENCRYPTION|ML_CLASSIFICATION|Content_Explorer|PURVIEW_DISCOVERY)$/i;

// Microsoft 365 Copilot (the add-on), not "Commercial data protection for Microsoft Copilot"
// (Bing_Chat_Enterprise), which every suite carries and which is not the Copilot licence.
const COPILOT = /^M365_COPILOT_[A-Z_]+$/i;

const VISIO = /^(?:VISIO_CLIENT_SUBSCRIPTION|VISIOONLINE)$/i;
const PROJECT = /^(?:PROJECT_CLIENT_SUBSCRIPTION|SHAREPOINT_PROJECT|PROJECT_PROFESSIONAL|PROJECT_ESSENTIALS)$/i;

const RULES: readonly [RegExp, Exclude<ServiceKind, 'other'>][] = [
  [EXCHANGE, 'exchange'],
  [SHAREPOINT_ONEDRIVE, 'sharepoint-onedrive'],
  [OFFICE_APPS, 'office-apps'],
  [TEAMS, 'teams'],
  [TEAMS_PHONE, 'teams-phone'],
  [AUDIO_CONFERENCING, 'audio-conferencing'],
  [TEAMS_PREMIUM, 'teams-premium'],
  [POWER_BI, 'power-bi'],
  [DEFENDER, 'defender'],
  [ENTRA_P1, 'entra-id-p1'],
  [ENTRA_P2, 'entra-id-p2'],
  [INTUNE, 'intune'],
  [PURVIEW, 'purview'],
  [COPILOT, 'copilot'],
  [VISIO, 'visio'],
  [PROJECT, 'project'],
];

/** The family of a Graph `servicePlanName` (case-insensitive, surrounding spaces ignored). */
export function classifyServicePlan(servicePlanName: string): ServiceKind {
  const name = servicePlanName.trim();
  return RULES.find(([pattern]) => pattern.test(name))?.[1] ?? 'other';
}
