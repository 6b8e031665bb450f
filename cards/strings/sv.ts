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
// "1 ledig", "2 lediga": the adjective agrees in number.
const free = (n: number): string => `${n} ${n === 1 ? 'ledig' : 'lediga'}`;

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
    seats: ({ used, total, free: f }) => `${used} av ${total} används, ${free(f)}`,
    shortened: 'En del detaljer har utelämnats så att meddelandet får plats.',
    at: ({ date, time, zone }) => `${time} (${zone}) den ${date}`,
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
    noSeatFreed: ({ groups }) => `tilldelad även via ${groupWord(groups)}: ingen licens frigörs`,
    showDetails: 'Visa detaljer',
    sources: 'Detaljer',
    losesHeading: 'Vad de förlorar',
    lostHeading: 'Vad de förlorade',
    loses: ({ who, items }) => `${who}: ${items.length > 0 ? `förlorar ${list(items)}` : 'förlorar inget'}.`,
    keptThrough: ({ via, services }) => `Finns kvar via ${list(via)}: ${list(services)}.`,
    lost: ({ who, items }) => `${who}: ${items.length > 0 ? `förlorade ${list(items)}` : 'förlorade inget'}.`,
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
    guess: ({ text, product }) =>
      `”${text}” → ${product}: var det den du menade? Om inte, avbryt och skriv produktens namn.`,
    replanned: ({ added, dropped }) =>
      `Planen ändrades${added.length > 0 ? `: ${list(added)} ${added.length === 1 ? 'tillagd' : 'tillagda'}` : ''}${
        dropped.length > 0 ? `${added.length > 0 ? ',' : ':'} ${list(dropped)} tas inte längre bort` : ''
      }. Kontrollera vad de förlorar och välj Spara ändringar igen.`,
    confirmTitle: 'Ta bort tilldelning?',
    confirmText: ({ products, count }) => `Tilldelningen av ${list(products)} tas bort för ${users(count)}.`,
    summary: ({ products, count }) => `Ta bort tilldelningen av ${list(products)} för ${users(count)}?`,
  },
  consequence: {
    'leaver-convert-to-shared-mailbox': () =>
      'Har slutat: konvertera först postlådan till en delad postlåda (ingen licens krävs under 50 GB) eller vidarebefordra e-posten, så att den fortsatt nås.',
    'leaver-move-onedrive': () =>
      'Har slutat: ge chefen åtkomst till OneDrive (eller flytta filerna) innan kontot tas bort.',
    'exchange-mailbox-deleted-after-30-days': () =>
      'Exchange Online: postlådan sparas i 30 dagar och tas sedan bort för gott (innehåll under kvarhållning eller bevarande sparas).',
    'exchange-not-searchable-ediscovery': () => 'Innehållssökning och eDiscovery kan inte längre söka i postlådan.',
    'exchange-inactive-mailbox-possible': () =>
      'Vill du behålla postlådan när kontot tas bort: lägg den under bevarande för juridiska ärenden (Litigation Hold) först, då blir den en inaktiv postlåda.',
    'onedrive-kept-then-archived-after-93-days': () =>
      'OneDrive: filerna finns kvar, men efter 93 dagar utan licens arkiveras OneDrive och går inte att läsa förrän den licensieras igen eller återaktiveras (kostar, via Microsoft 365 Archive).',
    'office-apps-unlicensed': () =>
      'Microsoft 365-appar: installerade Word, Excel, Outlook … visar fel om olicensierad produkt och fungerar med begränsade funktioner.',
    'teams-unlicensed': () => 'Teams: användaren kan inte längre använda chatt, samtal och möten i Teams.',
    'teams-phone-number-released': () =>
      'Teams Phone: användarens telefonnummer tas bort från användaren, så samtal till och från telefonnummer slutar fungera.',
    'audio-conferencing-dial-in-lost': () =>
      'Ljudkonferenser: möten som användaren ordnar har inte längre nummer att ringa in till.',
    'teams-premium-features-lost': () =>
      'Teams Premium: avancerade mötesfunktioner (intelligent sammanfattning, webbseminarier, virtuella besök, mötesskydd) upphör.',
    'power-bi-cannot-publish-or-share': () =>
      'Power BI Pro: användaren kan inte längre publicera, dela eller arbeta i delade arbetsytor; bara innehåll i Premium-kapacitet går att se.',
    'copilot-lost': () =>
      'Microsoft 365 Copilot: ingen Copilot i apparna eller över arbetsdata längre (Copilot Chat finns kvar).',
    'visio-apps-unlicensed': () => 'Visio: Visio-skrivbordsappen och Visio på webben slutar fungera för användaren.',
    'project-apps-unlicensed': () =>
      'Project: Project-skrivbordsappen och Project Online slutar fungera för användaren.',
    'intune-devices-leave-management': () =>
      'Intune: användarens enheter kan inte längre registreras eller få principer; villkorsstyrd åtkomst som kräver kompatibel enhet kan blockera dem.',
    'entra-id-p1-conditional-access': () =>
      'Microsoft Entra ID P1: användaren är inte längre licensierad för villkorsstyrd åtkomst och övriga P1-funktioner.',
    'entra-id-p2-privileged-identity': () =>
      'Microsoft Entra ID P2: Privileged Identity Management och riskbaserad villkorsstyrd åtkomst omfattar inte längre användaren.',
    'defender-protection-stops': () =>
      'Microsoft Defender: skyddet som licensieras per användare (e-post, enheter, identitet) upphör för användaren.',
    'purview-features-stop': () =>
      'Microsoft Purview: efterlevnadsfunktioner per användare (informationsskydd, DLP, eDiscovery och granskning Premium, insiderrisk) omfattar inte längre användaren.',
    'service-kept-via-other-license': ({ service, via }) =>
      `Inget ändras för ${service}: tjänsten finns kvar via ${list(via)}.`,
    'license-stays-via-group': ({ groups }) => `Tilldelad även via ${groupWord(groups)}: ingen licens frigörs.`,
    'no-data-impact': () => 'Förlorar inget: ingen användardata eller tjänst påverkas.',
  },
  consequenceShort: {
    'leaver-convert-to-shared-mailbox': () => 'har slutat: konvertera först postlådan till en delad postlåda',
    'leaver-move-onedrive': () => 'ge chefen åtkomst till OneDrive',
    'exchange-mailbox-deleted-after-30-days': () => 'postlådan (tas bort efter 30 dagar)',
    'exchange-not-searchable-ediscovery': () => '',
    'exchange-inactive-mailbox-possible': () => '',
    'onedrive-kept-then-archived-after-93-days': () => 'OneDrive (arkiveras efter 93 dagar)',
    'office-apps-unlicensed': () => 'Office-apparna',
    'teams-unlicensed': () => 'Teams',
    'teams-phone-number-released': () => 'sitt Teams Phone-nummer',
    'audio-conferencing-dial-in-lost': () => 'ljudkonferenser',
    'teams-premium-features-lost': () => 'Teams Premium',
    'power-bi-cannot-publish-or-share': () => 'Power BI Pro (publicera, dela)',
    'copilot-lost': () => 'Microsoft 365 Copilot',
    'visio-apps-unlicensed': () => 'Visio',
    'project-apps-unlicensed': () => 'Project',
    'intune-devices-leave-management': () => 'Intune-hantering av enheter',
    'entra-id-p1-conditional-access': () => 'Entra ID P1 (villkorsstyrd åtkomst)',
    'entra-id-p2-privileged-identity': () => 'Entra ID P2 (PIM)',
    'defender-protection-stops': () => 'Defender-skyddet',
    'purview-features-stop': () => 'Purview-efterlevnad',
    'service-kept-via-other-license': ({ service }) => service,
    'license-stays-via-group': ({ groups }) => `tilldelad även via ${groupWord(groups)}, ingen licens frigörs`,
    'no-data-impact': () => '',
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
      ? `${product}: frigör ${freed} av ${total} licenser (${usedBefore} → ${usedAfter} används).`
      : `${product}: ingen licens frigörs (${usedBefore} av ${total} används).`,
  seatChangeDone: ({ product, total, usedBefore, usedAfter, freed }) =>
    freed > 0
      ? `${product}: frigjorde ${freed} av ${total} licenser (${usedBefore} → ${usedAfter} används).`
      : `${product}: ingen licens frigjordes (${usedAfter} av ${total} används).`,
  nextStep:
    'Frigjorda licenser faktureras tills du minskar antalet i prenumerationen (Fakturering > Dina produkter); vissa prenumerationer kan bara minskas strax efter köp eller förnyelse.',
  skipReason: {
    remove: () => 'inte ändrad',
    'remove-stays-via-group': ({ groups }) => `tilldelad även via ${groupWord(groups)}: ingen licens frigörs`,
    'not-assigned': () => 'har inte den här licensen',
    'group-inherited': ({ groups }) =>
      `tilldelad via ${groupWord(groups)}: ta bort användaren från gruppen eller ändra gruppens licenser`,
    'self-service-purchase': ({ buyer }) =>
      `köpt av ${buyer || 'en annan användare'} via självbetjäningsköp: ta över prenumerationen först`,
    'outside-admin-unit': ({ units }) =>
      `finns inte i ${units && units.length > 0 ? `din administrativa enhet ${list(units)}` : 'dina administrativa enheter'}: din administratörsroll gäller bara enhetens medlemmar`,
    'already-removed': () => 'redan borttagen',
    deselected: () => 'avmarkerad på kortet, så inget ändrades',
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
    removesNow: ({ date }) =>
      `Du skrev ”${date}”: bekräftar du tas licenserna bort nu. Schemaläggning finns inte än, så bekräfta samma dag.`,
    moreRequests: ({ count }) =>
      count === 1
        ? 'Ditt meddelande bad om ytterligare en borttagning som inte finns på det här kortet: skicka den som ett eget meddelande.'
        : `Ditt meddelande bad om ${count} borttagningar till som inte finns på det här kortet: skicka var och en som ett eget meddelande.`,
  },
  parseHelp: {
    empty: 'Vad vill du göra? t.ex. `ta bort E3 från Anna`',
    'unknown-intent':
      'Det förstod jag inte. Prova t.ex. `ta bort E3 från Anna`, `vilka licenser har Anna` eller `vem har E3`.',
    'missing-product': 'Vilken produkt? t.ex. `ta bort E3 från Anna`',
    'missing-people': 'Från vem? t.ex. `ta bort E3 från Anna och Bo`',
    'missing-person': 'Vems licenser? t.ex. `vilka licenser har Anna`',
    'too-long': 'Meddelandet är för långt. Skriv en begäran i taget, t.ex. `ta bort E3 från Anna, Bo och Cecilia`',
    'unresolved-pronoun':
      'Vem eller vad menar du? Skriv ut personen och produkten, t.ex. `ta bort Visio från Anna Lindberg`',
    'product-only-in-context':
      'Vilken licens ska jag ta bort? Produkten du nämnde är den de har nu, t.ex. `ta bort Office 365 E3 från Nils`',
    negated:
      'Ditt meddelande säger att inget ska tas bort, så jag gjorde ingenting. För att ta bort, t.ex. `ta bort Visio från Anna`',
  },
  clarify: {
    ambiguousPerson: ({ text }) => `Flera personer matchar ”${text}”. Vem menar du?`,
    personNotFound: ({ text }) => `Ingen matchar ”${text}”.`,
    ambiguousProduct: ({ text }) => `Flera produkter matchar ”${text}”. Vilken menar du?`,
    productNotFound: ({ text }) => `Ingen produkt i era prenumerationer matchar ”${text}”.`,
    didYouMean: 'Menade du:',
    noPersonSuggestions: ({ domain }) =>
      `Kontrollera stavningen eller använd e-postadressen, t.ex. \`ta bort E3 från anna@${domain}\``,
    heldBy: ({ names }) => `${list(names)} har den`,
    heldByNone: 'ingen av dem har den',
    continueWithout: ({ text }) => `Fortsätt utan ”${text}”`,
    resolvedSoFar: ({ names }) => `Redan hittade: ${list(names)}.`,
    askAgain: 'Fråga igen med ett av de här namnen.',
    noProductSuggestions:
      'Använd produktens namn, t.ex. `ta bort Office 365 E3 från Anna`; `lediga licenser` visar era produkter.',
    product: ({ name, used, total, free: f }) => `${name} — ${used} av ${total} används, ${free(f)}`,
  },
  refused: {
    title: 'Inte tillåtet',
    'not-allowed': () =>
      'Bara licensadministratörer, användaradministratörer och globala administratörer kan ta bort licenser.',
    'not-direct-report': ({ people }) =>
      `Som chef kan du bara begära borttagning för personer som rapporterar direkt till dig. Rapporterar inte till dig: ${list(people)}.`,
    'outside-admin-unit': ({ people }) =>
      `Din administratörsroll gäller bara medlemmarna i dina administrativa enheter. Inte (längre) med i dem: ${list(people)}.`,
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
    // Participles agree in number: "1 borttagen", "2 borttagna".
    countTitle: ({ done, skipped, failed, pending, undo }) =>
      list(
        [
          done > 0 || (skipped === 0 && failed === 0 && pending === 0)
            ? `${done} ${undo ? (done === 1 ? 'återställd' : 'återställda') : done === 1 ? 'borttagen' : 'borttagna'}`
            : '',
          skipped > 0 ? `${skipped} ${skipped === 1 ? 'överhoppad' : 'överhoppade'}` : '',
          failed > 0 ? `${failed} ${failed === 1 ? 'misslyckad' : 'misslyckade'}` : '',
          pending > 0 ? `${pending} väntar` : '',
        ].filter((t) => t !== ''),
      ),
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
    busy: () => 'License Desk har mycket att göra just nu, så jag tog inte emot det. Skicka det igen om en minut.',
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
    line: ({ product, used, total, free: f }) => `${product}: ${free(f)} (${used} av ${total} används)`,
    none: 'Inga prenumerationer hittades.',
  },
  help: {
    title: 'License Desk',
    welcome: 'Hej! Jag hjälper dig att ta bort tilldelning av Microsoft 365-licenser på ett säkert sätt.',
    intro: 'Skriv vad du vill göra med vanliga ord. Jag visar vad som händer med data och frågar innan något ändras.',
    examplesHeading: 'Prova',
    examples: ({ person, people, product }) => [
      `\`ta bort ${product} från ${person}\``,
      `\`ta bort ${product} från ${people[0]}, ${people[1]} och ${people[2]}\``,
      `\`vilka licenser har ${person}\``,
      `\`vem har ${product}\``,
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
