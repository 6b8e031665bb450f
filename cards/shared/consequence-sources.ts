/**
 * Where each consequence is documented by Microsoft: the link shown next to it (in the details of
 * a card, as a link in Slack, after the sentence in the CLI). The same table, with the wording it
 * supports, is docs/consequences.md. A code without a source (what stays, "loses nothing") has
 * none because it states a fact of the tenant, not of a Microsoft service.
 */
import type { ConsequenceCode } from '../views';

export interface ConsequenceSource {
  /** Short title of the page, used as link text. */
  title: string;
  url: string;
}

const UNASSIGN: ConsequenceSource = {
  title: 'Unassign licenses',
  url: 'https://docs.microsoft.com/microsoft-365/admin/manage/remove-licenses-from-users',
};
const FORMER_EMPLOYEE: ConsequenceSource = {
  title: 'Remove a former employee',
  url: 'https://learn.microsoft.com/microsoft-365/admin/add-users/remove-former-employee',
};
const FORMER_EMPLOYEE_MAILBOX: ConsequenceSource = {
  title: "Save a former employee's mailbox",
  url: 'https://github.com/MicrosoftDocs/microsoft-365-docs/blob/public/microsoft-365/admin/add-users/remove-former-employee-step-2.md',
};
const UNLICENSED_ONEDRIVE: ConsequenceSource = {
  title: 'Unlicensed OneDrive accounts',
  url: 'https://github.com/MicrosoftDocs/OfficeDocs-SharePoint/blob/public/SharePoint/SharePointOnline/unlicensed-onedrive-accounts.md',
};
const LICENSING_CSV: ConsequenceSource = {
  title: 'Service plans in the license',
  url: 'https://learn.microsoft.com/en-us/entra/identity/users/licensing-service-plan-reference',
};

export const CONSEQUENCE_SOURCES: Readonly<Record<ConsequenceCode, ConsequenceSource | undefined>> = {
  'leaver-convert-to-shared-mailbox': FORMER_EMPLOYEE,
  'leaver-move-onedrive': FORMER_EMPLOYEE,
  'exchange-mailbox-deleted-after-30-days': UNASSIGN,
  'exchange-not-searchable-ediscovery': UNASSIGN,
  'exchange-inactive-mailbox-possible': FORMER_EMPLOYEE_MAILBOX,
  'onedrive-kept-then-archived-after-93-days': UNLICENSED_ONEDRIVE,
  'office-apps-unlicensed': UNASSIGN,
  'teams-unlicensed': LICENSING_CSV,
  'teams-phone-number-released': {
    title: 'How licensing affects phone numbers',
    url: 'https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/public/Teams/phone-numbers-licensing-changes.md',
  },
  'audio-conferencing-dial-in-lost': {
    title: 'Audio Conferencing dial-in numbers',
    url: 'https://github.com/MicrosoftDocs/office-docs-powershell/blob/main/teams/teams-ps/teams/Register-CsOnlineDialInConferencingServiceNumber.md',
  },
  'teams-premium-features-lost': LICENSING_CSV,
  'power-bi-cannot-publish-or-share': {
    title: 'Power BI features for free users',
    url: 'https://github.com/MicrosoftDocs/powerbi-docs/blob/main/powerbi-docs/consumer/end-user-features.md',
  },
  'copilot-lost': {
    title: 'Which Copilot is right for me',
    url: 'https://github.com/MicrosoftDocs/microsoft-365-docs/blob/public/copilot/which-copilot-for-your-organization.md',
  },
  'visio-apps-unlicensed': UNASSIGN,
  'project-apps-unlicensed': UNASSIGN,
  'intune-devices-leave-management': {
    title: 'Assign Intune licenses',
    url: 'https://github.com/MicrosoftDocs/memdocs/blob/main/memdocs/intune/fundamentals/licenses-assign.md',
  },
  'entra-id-p1-conditional-access': {
    title: 'Microsoft Entra licensing',
    url: 'https://github.com/MicrosoftDocs/entra-docs/blob/main/docs/fundamentals/licensing.md',
  },
  'entra-id-p2-privileged-identity': {
    title: 'PIM license alert (P2 required)',
    url: 'https://learn.microsoft.com/en-us/entra/id-governance/privileged-identity-management/pim-how-to-configure-security-alerts',
  },
  'defender-protection-stops': {
    title: 'Why Defender for Office 365',
    url: 'https://github.com/MicrosoftDocs/defender-docs/blob/public/defender-office-365/mdo-about.md',
  },
  'purview-features-stop': LICENSING_CSV,
  'service-kept-via-other-license': undefined,
  'license-stays-via-group': undefined,
  'no-data-impact': undefined,
};
