/**
 * Svenska strängar. Ordval som i administrationscentret för Microsoft 365 ("Ta bort tilldelning
 * av licenser", "Licenser och appar", "Hantera produktlicenser") så att administratörer känner
 * igen dialogerna.
 */
import type { Strings } from './strings';

const list = (items: string[]): string => items.join(', ');
// Skipped outcomes carry no group names, so an empty list still reads naturally.
const groupWord = (groups: string[]): string =>
  groups.length === 0 ? 'en grupp' : `${groups.length === 1 ? 'gruppen' : 'grupperna'} ${list(groups)}`;
// "användare" is the same in singular and plural.
const users = (n: number): string => `${n} användare`;

export const sv: Strings = {
  locale: 'sv',
  intlLocale: 'sv-SE',
  common: {
    cancel: 'Avbryt',
    continue: 'Fortsätt',
    choose: 'Välj',
    done: 'Klar',
    andMore: ({ count }) => `…och ${count} till`,
    unknownUser: ({ id }) => `Okänd användare (${id})`,
    person: ({ name, address, department }) => `${name} (${address})${department ? ` — ${department}` : ''}`,
    accountDisabled: 'kontot är inaktiverat',
    seats: ({ used, total, free }) => `${used} av ${total} används, ${free} lediga`,
    shortened: 'En del detaljer har utelämnats så att meddelandet får plats.',
    at: ({ date, time }) => `${time} UTC den ${date}`,
  },
  dialog: {
    licensesPageTitle: 'Ta bort tilldelning av licenser',
    userLicensesTitle: 'Licenser och appar',
    manageTitle: 'Hantera produktlicenser',
    unassign: 'Ta bort tilldelning',
    saveChanges: 'Spara ändringar',
    unassignAll: 'Ta bort tilldelning av alla',
    sendForApproval: 'Skicka för godkännande',
    productLabel: 'Produkt',
    seatsLabel: 'Licenser',
    userLabel: 'Användare',
    usersHeading: ({ count }) => `Användare (${count})`,
    notRemovedHeading: 'Tas inte bort',
    licensesHeading: 'Licenser',
    userLicensesHint:
      'Avmarkera rutorna för de licenser som du vill ta bort tilldelningen av och välj sedan Spara ändringar.',
    manageHint: ({ products }) => `Tar bort tilldelningen av ${list(products)} för de valda användarna.`,
    licenseNotRemovable: ({ groups }) => `tilldelad via ${groupWord(groups)}: ändra gruppen för att ta bort den`,
    batch: ({ index, count }) => `Omgång ${index} av ${count}`,
    consequencesHeading: 'Vad händer med användarnas data',
    seatsHeading: 'Licenser som frigörs',
    nextStepHeading: 'Nästa steg',
    warningsHeading: 'Kontrollera innan du fortsätter',
    approvalIntro: 'Du kan begära borttagningen, men en administratör måste godkänna den.',
    reasonLabel: 'Motivering till den som godkänner',
    reasonPlaceholder: 't.ex. slutade den 31 mars',
    confirmTitle: 'Ta bort tilldelning?',
    confirmText: ({ products, count }) => `Tilldelningen av ${list(products)} tas bort för ${users(count)}.`,
    summary: ({ products, count }) => `Ta bort tilldelningen av ${list(products)} för ${users(count)}?`,
  },
  consequence: {
    'exchange-mailbox-deleted-after-30-days': () =>
      'Exchange Online: postlådans data sparas i 30 dagar och tas sedan bort och kan inte återställas (innehåll med kvarhållningsetiketter bevaras för eDiscovery).',
    'exchange-not-searchable-ediscovery': () =>
      'Postlådan kan inte längre sökas igenom med eDiscovery-verktyg som Innehållssökning eller eDiscovery (Premium).',
    'exchange-inactive-mailbox-possible': () =>
      'Med en Enterprise-prenumeration (till exempel Office 365 E3) kan en inaktiv postlåda bevara postlådedata för ett borttaget användarkonto, men ett bevarande (hold) måste finnas innan användaren tas bort.',
    'onedrive-kept-then-archived-after-93-days': () =>
      'OneDrive: filerna tas inte bort om inte användaren tas bort. Men sedan 27 januari 2025 arkiveras en OneDrive som varit utan licens i mer än 93 dagar automatiskt och blir oåtkomlig, och det kostar att återaktivera den (Microsoft 365 Archive: 0,60 USD/GB en gång, plus 0,05 USD/GB per månad för olicensierade konton efter 90 dagar).',
    'office-apps-unlicensed': () => 'Installerade Office-appar visar fel om olicensierad produkt och aktivering.',
    'service-kept-via-other-license': ({ service, via }) =>
      `Inget ändras för ${service}: tjänsten finns kvar via ${list(via)}.`,
    'license-stays-via-group': ({ groups }) => `Licensen finns kvar via ${groupWord(groups)}: ingen licens frigörs.`,
    'no-data-impact': () => 'Ingen användardata påverkas.',
  },
  serviceKind: {
    exchange: 'Exchange',
    'sharepoint-onedrive': 'SharePoint och OneDrive',
    'office-apps': 'Office-apparna',
    teams: 'Teams',
    other: 'den här tjänsten',
  },
  seatChange: ({ product, total, usedBefore, usedAfter, freed }) =>
    freed > 0
      ? `${product}: frigör ${freed} av ${total} licenser: ${usedBefore} → ${usedAfter} används.`
      : `${product}: ingen licens frigörs (${usedBefore} av ${total} används).`,
  nextStep: {
    stillBilled:
      'Frigjorda licenser faktureras tills du minskar antalet licenser i prenumerationen (Fakturering > Dina produkter).',
    removeUnused:
      'Om du inte ska tilldela de oanvända licenserna till andra användare kan du ta bort dem från prenumerationen så att du inte betalar för fler licenser än du behöver.',
    cancellationWindow:
      'Vissa prenumerationer kan bara avbrytas under en begränsad tid efter köp eller förnyelse. Har den tiden passerat inaktiverar du återkommande fakturering så att prenumerationen avslutas i slutet av perioden.',
  },
  skipReason: {
    remove: () => 'inte ändrad',
    'remove-stays-via-group': ({ groups }) => `licensen finns kvar via ${groupWord(groups)}`,
    'not-assigned': () => 'har inte den här licensen',
    'group-inherited': ({ groups }) =>
      `ärvd från ${groupWord(groups)}: ta bort användaren från gruppen eller ändra gruppens licenser`,
    'self-service-purchase': ({ buyer }) =>
      `köpt av ${buyer || 'en annan användare'} via självbetjäningsköp: ta över prenumerationen först`,
    'already-removed': () => 'redan borttagen',
    deselected: () => 'avmarkerad',
  },
  failure: {
    'graph/not-found': 'användaren eller licensen finns inte längre',
    'graph/forbidden': 'License Desk saknar behörighet i Microsoft Graph att ändra licenser',
    'graph/unauthorized': 'License Desk kunde inte logga in mot Microsoft Graph',
    'graph/throttled': 'Microsoft Graph begränsar antalet anrop: försök igen om några minuter',
    'graph/unavailable': 'Microsoft Graph är inte tillgängligt: försök igen senare',
    'graph/timeout': 'Microsoft Graph svarade inte i tid: kontrollera användaren innan du försöker igen',
    'graph/bad-request': 'Microsoft Graph avvisade begäran',
    'graph/group-inherited': 'licensen kommer från en grupp och kan inte tas bort direkt',
    'graph/license-not-assigned': 'användaren har inte längre den här licensen',
    'graph/unknown-sku': 'produkten finns inte bland organisationens prenumerationer',
    'graph/no-free-seats': 'det finns inga lediga licenser att tilldela tillbaka',
    'graph/network': 'det gick inte att nå Microsoft Graph',
    'graph/unexpected': 'oväntat fel från Microsoft Graph',
    unknown: ({ code }) => `oväntat fel (${code})`,
    supportId: ({ requestId }) => `request-id för Microsoft-supporten: ${requestId}`,
  },
  warning: {
    selfRemoval: 'Du tar bort din egen licens: du kan förlora åtkomsten till appar du behöver, även den här.',
    accountDisabled: ({ name }) => `${name}: kontot är inaktiverat (inloggning blockerad).`,
  },
  parseHelp: {
    empty: 'Vad vill du göra? t.ex. `ta bort E3 från Anna`',
    'unknown-intent':
      'Det förstod jag inte. Prova t.ex. `ta bort E3 från Anna`, `vilka licenser har Anna` eller `vem har E3`.',
    'missing-product': 'Vilken produkt? t.ex. `ta bort E3 från Anna`',
    'missing-people': 'Från vem? t.ex. `ta bort E3 från Anna och Bo`',
    'missing-person': 'Vems licenser? t.ex. `vilka licenser har Anna`',
    'too-long': 'Meddelandet är för långt. Skriv en begäran i taget, t.ex. `ta bort E3 från Anna, Bo och Cecilia`',
  },
  clarify: {
    ambiguousPerson: ({ text }) => `Flera personer matchar ”${text}”. Vem menar du?`,
    personNotFound: ({ text }) => `Ingen matchar ”${text}”.`,
    ambiguousProduct: ({ text }) => `Flera produkter matchar ”${text}”. Vilken menar du?`,
    productNotFound: ({ text }) => `Ingen produkt i era prenumerationer matchar ”${text}”.`,
    didYouMean: 'Menade du:',
    noPersonSuggestions: 'Kontrollera stavningen eller använd e-postadressen, t.ex. `ta bort E3 från anna@contoso.se`',
    askAgain: 'Fråga igen med ett av de här namnen.',
    noProductSuggestions:
      'Använd produktens namn, t.ex. `ta bort Office 365 E3 från Anna`; `lediga licenser` visar era produkter.',
    product: ({ name, used, total, free }) => `${name} — ${used} av ${total} används, ${free} lediga`,
  },
  refused: {
    title: 'Inte tillåtet',
    'not-allowed': () =>
      'Bara licensadministratörer, användaradministratörer och globala administratörer kan ta bort licenser.',
    'not-direct-report': ({ people }) =>
      `Som chef kan du bara begära borttagning för personer som rapporterar direkt till dig. Rapporterar inte till dig: ${list(people)}.`,
    'unknown-requester': ({ people }) =>
      people.length > 0
        ? `Ingen Microsoft 365-användare i den här klientorganisationen har e-postadressen ${list(people)} från din profil, så jag kan inte kontrollera din roll.`
        : 'Jag hittade inte ditt konto i katalogen och kan därför inte kontrollera din roll.',
    askAdmins: ({ admins }) => `Fråga: ${list(admins)}`,
    noAdmins: 'Fråga din IT-administratör.',
  },
  progress: {
    removing: ({ done, total }) => `Tar bort… ${done} av ${total}`,
    restoring: ({ done, total }) => `Återställer… ${done} av ${total}`,
  },
  result: {
    title: {
      completed: 'Tilldelningen har tagits bort',
      'partially-completed': 'Vissa licenser togs inte bort',
      failed: 'Inga licenser togs bort',
      restored: 'Licenserna har återställts',
      'partially-restored': 'Vissa licenser kunde inte återställas',
    },
    outcomesHeading: 'Användare',
    undoHeading: 'Ångrat',
    removed: ({ products }) => `tilldelningen av ${list(products)} har tagits bort`,
    restored: ({ products }) => `${list(products)} har återställts`,
    skipped: ({ reason }) => `hoppades över: ${reason}`,
    failed: ({ reason }) => `misslyckades: ${reason}`,
    pending: 'väntar',
    undo: 'Ångra',
    undoUntil: ({ when }) => `Kan ångras till kl. ${when}.`,
    nextBatch: ({ index, count }) => `Nästa omgång (${index} av ${count})`,
    approvedBy: ({ name }) => `Godkänd av ${name}.`,
  },
  notice: {
    title: 'License Desk',
    cancelled: () => 'Avbrutet. Inga licenser ändrades.',
    expired: () => 'Begäran har gått ut. Börja om om du fortfarande vill ta bort tilldelningen av licenserna.',
    'already-handled': ({ by, at }) =>
      by ? `Redan hanterad av ${by}${at ? ` kl. ${at}` : ''}.` : 'Begäran har redan hanterats.',
    'not-your-request': () => 'Bara den som startade begäran kan göra det.',
    'unknown-request': () => 'Jag hittar inte den här begäran. Den kan ha tagits bort.',
    'unknown-action': () => 'Jag känner inte till den här åtgärden. Ingenting ändrades.',
    'nothing-selected': () => 'Inga användare var valda, så ingen tilldelning togs bort.',
    'nothing-to-remove': () => 'Det finns inget att ta bort tilldelning av.',
    'undo-expired': () => 'Det är för sent att ångra borttagningen.',
    'internal-error': () => 'Något gick fel. Försök igen och kontakta din administratör om felet kvarstår.',
    'graph-unavailable': () => 'Microsoft Graph är inte tillgängligt just nu. Försök igen om några minuter.',
    'sent-for-approval': ({ approvers, unreachable }) =>
      `Skickad för godkännande${approvers && approvers.length > 0 ? ` till ${list(approvers)}` : ''}.${
        unreachable && unreachable.length > 0 ? ` Kunde inte nå: ${list(unreachable)}.` : ''
      }`,
    rejected: ({ by, at, comment }) =>
      `Avvisad${by ? ` av ${by}` : ''}${at ? ` kl. ${at}` : ''}.${comment ? ` Kommentar: ${comment}` : ''}`,
    'self-approval': () => 'Du kan inte godkänna din egen begäran.',
    'not-an-approver': () =>
      'Bara licensadministratörer, användaradministratörer och globala administratörer kan godkänna borttagningar.',
  },
  userLicenses: {
    title: ({ name }) => `Licenser för ${name}`,
    direct: 'direkt tilldelad',
    viaGroups: ({ groups }) => `via ${groupWord(groups)}`,
    directAndGroups: ({ groups }) => `direkt tilldelad och via ${groupWord(groups)}`,
    none: ({ name }) => `${name} har inga licenser.`,
  },
  whoHas: {
    title: ({ product }) => `Vem har ${product}`,
    none: 'Ingen har den här licensen.',
  },
  freeSeats: {
    title: 'Lediga licenser',
    line: ({ product, used, total, free }) => `${product}: ${free} lediga (${used} av ${total} används)`,
    none: 'Inga prenumerationer hittades.',
  },
  help: {
    title: 'License Desk',
    welcome: 'Hej! Jag hjälper dig att ta bort tilldelning av Microsoft 365-licenser på ett säkert sätt.',
    intro: 'Skriv vad du vill göra med vanliga ord. Jag visar vad som händer med data och frågar innan något ändras.',
    examplesHeading: 'Prova',
    examples: [
      '`ta bort E3 från Anna`',
      '`ta bort Power BI Pro från Anna, Bo och Cecilia`',
      '`vilka licenser har Anna`',
      '`vem har E3`',
      '`lediga licenser`',
      '`vilka licenser kan vi frigöra?`',
      '`ta bort Visio från Bo på fredag`',
    ],
    managerNote:
      'Som chef kan du begära borttagning för personer som rapporterar direkt till dig; en administratör godkänner.',
    safety: 'Varje borttagning kan ångras i 30 dagar (så länge Exchange behåller postlådan).',
  },
  approval: {
    title: 'Godkänn borttagning av licenser',
    requestedBy: ({ name }) => `Begärd av ${name}`,
    reasonLabel: 'Motivering',
    noReason: 'Ingen motivering angiven.',
    commentLabel: 'Kommentar (valfritt)',
    commentPlaceholder: 'Visas för den som begärde',
    approve: 'Godkänn',
    reject: 'Avvisa',
    approvedBy: ({ name, at }) => `Godkänd av ${name} kl. ${at}`,
    rejectedBy: ({ name, at }) => `Avvisad av ${name} kl. ${at}`,
    expired: 'Begäran gick ut utan beslut.',
    cancelled: 'Den som begärde avbröt begäran.',
    comment: ({ comment }) => `Kommentar: ${comment}`,
    summary: ({ name, products, count }) =>
      `${name} vill ta bort tilldelningen av ${list(products)} för ${users(count)}.`,
  },
};
