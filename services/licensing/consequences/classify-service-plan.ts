/**
 * What a service plan means for a user's data when it goes away. Only the plans that hold user
 * data or installed software get a kind; everything else (Forms, Stream, Power Automate, security
 * features, Exchange Foundation …) is 'other'. Names checked against Microsoft's licensing CSV.
 */
export type ServiceKind = 'exchange' | 'sharepoint-onedrive' | 'office-apps' | 'teams' | 'other';

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

/** The kind of a Graph `servicePlanName` (case-insensitive, surrounding spaces ignored). */
export function classifyServicePlan(servicePlanName: string): ServiceKind {
  const name = servicePlanName.trim();
  if (EXCHANGE.test(name)) return 'exchange';
  if (SHAREPOINT_ONEDRIVE.test(name)) return 'sharepoint-onedrive';
  if (OFFICE_APPS.test(name)) return 'office-apps';
  if (TEAMS.test(name)) return 'teams';
  return 'other';
}
