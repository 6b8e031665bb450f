/**
 * English strings. Wording follows the Microsoft 365 admin center ("Unassign licenses",
 * "Licenses and apps", "Manage product licenses") so admins recognise the dialogs.
 */
import type { Strings } from './strings';

const list = (items: string[]): string => items.join(', ');
const plural = (n: number, one: string, many: string): string => (n === 1 ? one : many);
// Skipped outcomes carry no group names, so an empty list still reads naturally.
const groupWord = (groups: string[]): string =>
  groups.length === 0 ? 'a group' : `${plural(groups.length, 'the group', 'the groups')} ${list(groups)}`;

export const en: Strings = {
  locale: 'en',
  intlLocale: 'en-GB',
  common: {
    cancel: 'Cancel',
    continue: 'Continue',
    choose: 'Choose',
    done: 'Done',
    andMore: ({ count }) => `…and ${count} more`,
    unknownUser: ({ id }) => `Unknown user (${id})`,
    person: ({ name, address, department }) => `${name} (${address})${department ? ` — ${department}` : ''}`,
    accountDisabled: 'account disabled',
    seats: ({ used, total, free }) => `${used} of ${total} in use, ${free} free`,
    shortened: 'Some details are left out to fit the message.',
    at: ({ date, time, zone }) => `${time} (${zone}), ${date}`,
  },
  dialog: {
    licensesPageTitle: 'Unassign licenses',
    userLicensesTitle: 'Licenses and apps',
    manageTitle: 'Manage product licenses',
    unassign: 'Unassign',
    saveChanges: 'Save changes',
    unassignAll: 'Unassign all',
    sendForApproval: 'Send for approval',
    productLabel: 'Product',
    seatsLabel: 'Licenses',
    userLabel: 'User',
    usersHeading: ({ count }) => `Users (${count})`,
    notRemovedHeading: 'Not removed',
    licensesHeading: 'Licenses',
    userLicensesHint: 'Clear the licenses you want to unassign, then select Save changes.',
    noSeatFreed: ({ groups }) => `also assigned through ${groupWord(groups)}: no seat is freed`,
    showDetails: 'Show details',
    sources: 'Details',
    losesHeading: 'What they lose',
    lostHeading: 'What they lost',
    loses: ({ who, items }) => `${who}: ${items.length > 0 ? `lose ${list(items)}` : 'lose nothing'}.`,
    keptThrough: ({ via, services }) => `Kept through ${list(via)}: ${list(services)}.`,
    lost: ({ who, items }) => `${who}: ${items.length > 0 ? `lost ${list(items)}` : 'lost nothing'}.`,
    manageHint: ({ products }) => `Unassigns ${list(products)} from the selected users.`,
    licenseNotRemovable: ({ groups }) => `assigned through ${groupWord(groups)}: change the group to remove it`,
    batch: ({ index, count }) => `Batch ${index} of ${count}`,
    consequencesHeading: 'What happens to their data',
    seatsHeading: 'Licenses freed',
    nextStepHeading: 'Next step',
    warningsHeading: 'Check before you continue',
    approvalIntro: 'You can request this removal, but an administrator must approve it.',
    reasonLabel: 'Reason for the approver',
    reasonPlaceholder: 'e.g. left the company on 31 March',
    guess: ({ text, product }) =>
      `“${text}” → ${product}: is that what you meant? If not, cancel and name the product.`,
    replanned: ({ added, dropped }) =>
      `The plan changed${added.length > 0 ? `: ${list(added)} added` : ''}${
        dropped.length > 0 ? `${added.length > 0 ? ',' : ':'} ${list(dropped)} no longer removed` : ''
      }. Check what they lose, then select Save changes again.`,
    confirmTitle: 'Unassign?',
    confirmText: ({ products, count }) =>
      `${list(products)} will be unassigned from ${count} ${plural(count, 'user', 'users')}.`,
    summary: ({ products, count }) => `Unassign ${list(products)} from ${count} ${plural(count, 'user', 'users')}?`,
  },
  consequence: {
    'leaver-convert-to-shared-mailbox': () =>
      'Leaver: first convert the mailbox to a shared mailbox (no license needed under 50 GB) or forward the mail, so it stays reachable.',
    'leaver-move-onedrive': () =>
      'Leaver: give the manager access to the OneDrive (or move the files) before the account is deleted.',
    'exchange-mailbox-deleted-after-30-days': () =>
      'Exchange Online: the mailbox is kept for 30 days, then deleted for good (content under retention or hold is kept).',
    'exchange-not-searchable-ediscovery': () => 'Content search and eDiscovery can no longer search the mailbox.',
    'exchange-inactive-mailbox-possible': () =>
      'To keep the mailbox after the account is deleted, put it on Litigation Hold first: it then becomes an inactive mailbox.',
    'onedrive-kept-then-archived-after-93-days': () =>
      'OneDrive: the files stay, but after 93 days without a license the OneDrive is archived and unreadable until it is licensed again or reactivated (billed through Microsoft 365 Archive).',
    'office-apps-unlicensed': () =>
      'Microsoft 365 Apps: installed Word, Excel, Outlook … show unlicensed-product errors and work with reduced functionality.',
    'teams-unlicensed': () => 'Teams: the user can no longer use Teams chat, calls and meetings.',
    'teams-phone-number-released': () =>
      "Teams Phone: the user's phone number is unassigned, so calls to and from phone numbers stop.",
    'audio-conferencing-dial-in-lost': () =>
      'Audio Conferencing: meetings the user organises no longer offer dial-in phone numbers.',
    'teams-premium-features-lost': () =>
      'Teams Premium: advanced meeting features (intelligent recap, webinars, virtual appointments, meeting protection) stop.',
    'power-bi-cannot-publish-or-share': () =>
      'Power BI Pro: the user can no longer publish, share or work in shared workspaces; only content in Premium capacity stays viewable.',
    'copilot-lost': () =>
      'Microsoft 365 Copilot: no Copilot in the apps or over work data any more (Copilot Chat stays).',
    'visio-apps-unlicensed': () => 'Visio: the Visio desktop app and Visio for the web stop working for the user.',
    'project-apps-unlicensed': () => 'Project: the Project desktop app and Project Online stop working for the user.',
    'intune-devices-leave-management': () =>
      "Intune: the user's devices can no longer enrol or get policy; Conditional Access that requires a compliant device may block them.",
    'entra-id-p1-conditional-access': () =>
      'Microsoft Entra ID P1: the user is no longer licensed for Conditional Access and the other P1 features.',
    'entra-id-p2-privileged-identity': () =>
      'Microsoft Entra ID P2: Privileged Identity Management and risk-based Conditional Access no longer cover the user.',
    'defender-protection-stops': () =>
      'Microsoft Defender: the protection licensed per user (email, devices, identity) stops for the user.',
    'purview-features-stop': () =>
      'Microsoft Purview: per-user compliance features (information protection, DLP, eDiscovery and Audit Premium, insider risk) stop covering the user.',
    'service-kept-via-other-license': ({ service, via }) =>
      `Nothing changes for ${service}: it stays through ${list(via)}.`,
    'license-stays-via-group': ({ groups }) => `Also assigned through ${groupWord(groups)}: no seat is freed.`,
    'no-data-impact': () => 'Loses nothing: no user data or service is affected.',
  },
  consequenceShort: {
    'leaver-convert-to-shared-mailbox': () => 'leaver: convert the mailbox to a shared mailbox first',
    'leaver-move-onedrive': () => 'give the manager the OneDrive',
    'exchange-mailbox-deleted-after-30-days': () => 'mailbox (deleted after 30 days)',
    'exchange-not-searchable-ediscovery': () => '',
    'exchange-inactive-mailbox-possible': () => '',
    'onedrive-kept-then-archived-after-93-days': () => 'OneDrive (archived after 93 days)',
    'office-apps-unlicensed': () => 'Office apps',
    'teams-unlicensed': () => 'Teams',
    'teams-phone-number-released': () => 'their Teams Phone number',
    'audio-conferencing-dial-in-lost': () => 'Audio Conferencing',
    'teams-premium-features-lost': () => 'Teams Premium',
    'power-bi-cannot-publish-or-share': () => 'Power BI Pro (publishing, sharing)',
    'copilot-lost': () => 'Microsoft 365 Copilot',
    'visio-apps-unlicensed': () => 'Visio',
    'project-apps-unlicensed': () => 'Project',
    'intune-devices-leave-management': () => 'Intune device management',
    'entra-id-p1-conditional-access': () => 'Entra ID P1 (Conditional Access)',
    'entra-id-p2-privileged-identity': () => 'Entra ID P2 (PIM)',
    'defender-protection-stops': () => 'Defender protection',
    'purview-features-stop': () => 'Purview compliance',
    'service-kept-via-other-license': ({ service }) => service,
    'license-stays-via-group': ({ groups }) => `also assigned through ${groupWord(groups)}, no seat freed`,
    'no-data-impact': () => '',
  },
  serviceKind: {
    exchange: 'Exchange',
    'sharepoint-onedrive': 'SharePoint and OneDrive',
    'office-apps': 'the Office apps',
    teams: 'Teams',
    other: 'this service',
  },
  seatChange: ({ product, total, usedBefore, usedAfter, freed }) =>
    freed > 0
      ? `${product}: frees ${freed} of ${total} ${plural(total, 'seat', 'seats')} (${usedBefore} → ${usedAfter} in use).`
      : `${product}: no seat is freed (${usedBefore} of ${total} in use).`,
  seatChangeDone: ({ product, total, usedBefore, usedAfter, freed }) =>
    freed > 0
      ? `${product}: freed ${freed} of ${total} ${plural(total, 'seat', 'seats')} (${usedBefore} → ${usedAfter} in use).`
      : `${product}: no seat was freed (${usedAfter} of ${total} in use).`,
  nextStep:
    "Freed licenses are still billed until you reduce the subscription's quantity (Billing > Your products); some subscriptions can only be reduced soon after purchase or renewal.",
  skipReason: {
    remove: () => 'not changed',
    'remove-stays-via-group': ({ groups }) => `also assigned through ${groupWord(groups)}: no seat is freed`,
    'not-assigned': () => "doesn't have this license",
    'group-inherited': ({ groups }) =>
      `assigned through ${groupWord(groups)}: remove the user from the group or change the group's licenses`,
    'self-service-purchase': ({ buyer }) =>
      `bought by ${buyer || 'another user'} through self-service purchase: take over the subscription first`,
    'outside-admin-unit': ({ units }) =>
      `not in ${units && units.length > 0 ? `your administrative unit ${list(units)}` : 'your administrative units'}: your admin role covers only the unit's members`,
    'already-removed': () => 'already removed',
    deselected: () => 'unchecked on the card, so nothing changed',
  },
  failure: {
    'graph/not-found': 'the user or the license no longer exists',
    'graph/forbidden': 'License Desk lacks permission in Microsoft Graph to change licenses',
    'graph/unauthorized': 'License Desk could not sign in to Microsoft Graph',
    'graph/throttled': 'Microsoft Graph is throttling requests: try again in a few minutes',
    'graph/unavailable': 'Microsoft Graph is unavailable: try again later',
    'graph/timeout': 'Microsoft Graph did not answer in time: check the user before trying again',
    'graph/bad-request': 'Microsoft Graph rejected the request',
    'graph/group-inherited': 'the license comes from a group and cannot be removed directly',
    'graph/license-not-assigned': 'the user no longer has this license',
    'graph/unknown-sku': "the product is not among the organisation's subscriptions",
    'graph/no-free-seats': 'there are no free licenses to assign it back',
    'graph/network': 'Microsoft Graph could not be reached',
    'graph/unexpected': 'unexpected error from Microsoft Graph',
    unknown: ({ code }) => `unexpected error (${code})`,
    supportId: ({ requestId }) => `request-id for Microsoft support: ${requestId}`,
  },
  warning: {
    selfRemoval: 'You are removing your own license: you may lose access to apps you need, including this one.',
    accountDisabled: ({ name }) => `${name}: the account is disabled (sign-in blocked).`,
    removesNow: ({ date }) =>
      `You wrote “${date}”: confirming removes the licenses now. Scheduling is not supported yet, so confirm on the day.`,
    moreRequests: ({ count }) =>
      count === 1
        ? 'Your message asked for one more removal that is not on this card: send it as a message of its own.'
        : `Your message asked for ${count} more removals that are not on this card: send each as a message of its own.`,
  },
  parseHelp: {
    empty: 'What would you like to do? e.g. `remove E3 from Anna`',
    'unknown-intent':
      "I didn't understand that. Try e.g. `remove E3 from Anna`, `which licenses does Anna have` or `who has E3`.",
    'missing-product': 'Which product? e.g. `remove E3 from Anna`',
    'missing-people': 'From whom? e.g. `remove E3 from Anna and Bo`',
    'missing-person': 'Whose licenses? e.g. `which licenses does Anna have`',
    'too-long': 'That message is too long. Keep it to one request, e.g. `remove E3 from Anna, Bo and Cecilia`',
    'unresolved-pronoun':
      'Who or what do you mean? Name the person and the product, e.g. `remove Visio from Anna Lindberg`',
    'product-only-in-context':
      'Which license should I remove? The product you named is what they have now, e.g. `remove Office 365 E3 from Nils`',
    negated: 'Your message says not to remove anything, so I did nothing. To remove, e.g. `remove Visio from Anna`',
  },
  clarify: {
    ambiguousPerson: ({ text }) => `Several people match “${text}”. Which one do you mean?`,
    personNotFound: ({ text }) => `No one matches “${text}”.`,
    ambiguousProduct: ({ text }) => `Several products match “${text}”. Which one do you mean?`,
    productNotFound: ({ text }) => `No product in your subscriptions matches “${text}”.`,
    didYouMean: 'Did you mean:',
    noPersonSuggestions: ({ domain }) =>
      `Check the spelling or use the email address, e.g. \`remove E3 from anna@${domain}\``,
    heldBy: ({ names }) => `held by ${list(names)}`,
    heldByNone: 'none of them holds it',
    continueWithout: ({ text }) => `Continue without “${text}”`,
    resolvedSoFar: ({ names }) => `Already found: ${list(names)}.`,
    askAgain: 'Ask again with one of these names.',
    noProductSuggestions:
      'Use the product name, e.g. `remove Office 365 E3 from Anna`; `free licenses` lists your products.',
    product: ({ name, used, total, free }) => `${name} — ${used} of ${total} in use, ${free} free`,
  },
  refused: {
    title: 'Not allowed',
    'not-allowed': () => 'Only License, User or Global Administrators can remove licenses.',
    'not-direct-report': ({ people }) =>
      `Managers can only request removals for their direct reports. Not your direct ${plural(people.length, 'report', 'reports')}: ${list(people)}.`,
    'outside-admin-unit': ({ people }) =>
      `Your admin role covers only the members of your administrative units. Not in them (any more): ${list(people)}.`,
    'unknown-requester': ({ people }) =>
      people.length > 0
        ? `No Microsoft 365 user in this tenant has the email ${list(people)} from your profile, so I cannot check your role.`
        : 'I could not find your account in the directory, so I cannot check your role.',
    askAdmins: ({ admins }) => `Ask: ${list(admins)}`,
    noAdmins: 'Ask your IT administrator.',
  },
  progress: {
    removing: ({ done, total }) => `Removing… ${done} of ${total}`,
    restoring: ({ done, total }) => `Restoring… ${done} of ${total}`,
  },
  result: {
    title: {
      completed: 'Licenses unassigned',
      'partially-completed': 'Some licenses were not unassigned',
      failed: 'No licenses were unassigned',
      restored: 'Licenses restored',
      'partially-restored': 'Some licenses could not be restored',
    },
    countTitle: ({ done, skipped, failed, pending, undo }) =>
      list(
        [
          done > 0 || (skipped === 0 && failed === 0 && pending === 0)
            ? `${done} ${undo ? 'restored' : 'removed'}`
            : '',
          skipped > 0 ? `${skipped} skipped` : '',
          failed > 0 ? `${failed} failed` : '',
          pending > 0 ? `${pending} waiting` : '',
        ].filter((t) => t !== ''),
      ),
    outcomesHeading: 'Users',
    undoHeading: 'Undo',
    removed: ({ products }) => `unassigned ${list(products)}`,
    restored: ({ products }) => `restored ${list(products)}`,
    skipped: ({ reason }) => `skipped: ${reason}`,
    failed: ({ reason }) => `failed: ${reason}`,
    pending: 'waiting',
    undo: 'Undo',
    undoUntil: ({ when }) => `Undo is possible until ${when}.`,
    nextBatch: ({ index, count }) => `Next batch (${index} of ${count})`,
    approvedBy: ({ name }) => `Approved by ${name}.`,
  },
  notice: {
    title: 'License Desk',
    cancelled: () => 'Cancelled. No licenses were changed.',
    expired: () => 'This request has expired. Start again if you still want to unassign the licenses.',
    'already-handled': ({ by, at }) =>
      by ? `Already handled by ${by}${at ? ` at ${at}` : ''}.` : 'This request has already been handled.',
    'not-your-request': () => 'Only the person who started this request can do that.',
    'unknown-request': () => 'I cannot find this request. It may have been removed.',
    'unknown-action': () => 'I do not know this action. Nothing was changed.',
    'nothing-selected': () => 'No users were selected, so nothing was unassigned.',
    'nothing-to-remove': () => 'There is nothing to unassign.',
    'undo-expired': () => 'It is too late to undo this removal.',
    busy: () => 'License Desk is busy right now, so I did not take that on. Send it again in a minute.',
    'internal-error': () => 'Something went wrong. Try again, and contact your administrator if it keeps happening.',
    'graph-unavailable': () => 'Microsoft Graph is not available right now. Try again in a few minutes.',
    'sent-for-approval': ({ approvers, unreachable }) =>
      `Sent for approval${approvers && approvers.length > 0 ? ` to ${list(approvers)}` : ''}.${
        unreachable && unreachable.length > 0 ? ` Could not reach: ${list(unreachable)}.` : ''
      }`,
    rejected: ({ by, at, comment }) =>
      `Rejected${by ? ` by ${by}` : ''}${at ? ` at ${at}` : ''}.${comment ? ` Comment: ${comment}` : ''}`,
    'self-approval': () => 'You cannot approve your own request.',
    'not-an-approver': () => 'Only License, User or Global Administrators can approve removals.',
  },
  userLicenses: {
    title: ({ name }) => `Licenses for ${name}`,
    direct: 'assigned directly',
    viaGroups: ({ groups }) => `through ${groupWord(groups)}`,
    directAndGroups: ({ groups }) => `assigned directly and through ${groupWord(groups)}`,
    none: ({ name }) => `${name} has no licenses.`,
  },
  whoHas: {
    title: ({ product }) => `Who has ${product}`,
    none: 'No one has this license.',
  },
  freeSeats: {
    title: 'Available licenses',
    line: ({ product, used, total, free }) => `${product}: ${free} free (${used} of ${total} in use)`,
    none: 'No subscriptions found.',
  },
  help: {
    title: 'License Desk',
    welcome: 'Hi! I help you unassign Microsoft 365 licenses safely.',
    intro: 'Tell me what to do in plain words. I show what happens to the data and ask before changing anything.',
    examplesHeading: 'Try',
    examples: ({ person, people, product }) => [
      `\`remove ${product} from ${person}\``,
      `\`remove ${product} from ${people[0]}, ${people[1]} and ${people[2]}\``,
      `\`which licenses does ${person} have\``,
      `\`who has ${product}\``,
      '`free licenses`',
      '`find unused licenses`',
      '`remove Visio from Bo on Friday`',
    ],
    managerNote: 'As a manager you can request removals for your direct reports; an administrator approves them.',
    safety: 'Every removal can be undone for 30 days (while Exchange still keeps the mailbox).',
  },
  approval: {
    title: 'Approve license removal',
    requestedBy: ({ name }) => `Requested by ${name}`,
    reasonLabel: 'Reason',
    noReason: 'No reason given.',
    commentLabel: 'Comment (optional)',
    commentPlaceholder: 'Shown to the requester',
    approve: 'Approve',
    reject: 'Reject',
    approvedBy: ({ name, at }) => `Approved by ${name} at ${at}`,
    rejectedBy: ({ name, at }) => `Rejected by ${name} at ${at}`,
    expired: 'The request expired without a decision.',
    cancelled: 'The requester cancelled the request.',
    comment: ({ comment }) => `Comment: ${comment}`,
    summary: ({ name, products, count }) =>
      `${name} asks to unassign ${list(products)} from ${count} ${plural(count, 'user', 'users')}.`,
  },
};
