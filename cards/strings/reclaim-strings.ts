/**
 * Texts of the reclaim dialog ("which licenses can we free?"), en + sv, kept beside the main
 * table (strings.ts) with the same contract: one typed table per locale, parameters escaped by
 * the renderer before they come in.
 */
import type { Locale, ReclaimReasonView, ReclaimView } from '../views';

export interface ReclaimStrings {
  title: string;
  /** who was looked at: the whole tenant, or the requester's direct reports */
  scope: { [K in ReclaimView['scope']]: string };
  /** one heading per reason, with the number of licenses under it */
  reasonHeading: { [K in ReclaimReasonView]: (p: { count: number; days: number }) => string };
  /** what a checkbox says besides "Name — Product" */
  inactiveSince: (p: { days: number; date: string }) => string;
  /** overlap: the consequences engine found no service plan lost */
  losesNothing: (p: { via: string[] }) => string;
  /** inactivity could not be checked, and why */
  signInUnavailable: { [K in Exclude<ReclaimView['signIn'], 'available'>]: string };
  notOfferedHeading: string;
  /** "(inactive)" after a not-offered line: the reason it matched */
  matchedBecause: { [K in ReclaimReasonView]: string };
  savingsHeading: string;
  saving: (p: { product: string; seats: number; money?: string }) => string;
  total: (p: { seats: number; money: string[] }) => string;
  /** money per month, already formatted: "1 247,50 kr per month" */
  perMonth: (p: { money: string }) => string;
  pricesHint: string;
  /** more candidates than one dialog offers */
  more: (p: { count: number }) => string;
  none: (p: { days: number }) => string;
  confirm: string;
  confirmTitle: string;
  confirmText: (p: { count: number }) => string;
  /** notification fallback text */
  summary: (p: { count: number }) => string;
}

const list = (items: string[]): string => items.join(', ');
const plural = (n: number, one: string, many: string): string => (n === 1 ? one : many);

const en: ReclaimStrings = {
  title: 'Licenses you can free',
  scope: {
    tenant: 'Everyone in the organisation was checked. Clear anything you want to keep, then select Unassign.',
    'direct-reports':
      'Your direct reports were checked. Clear anything they still need; an administrator approves the rest.',
  },
  reasonHeading: {
    'disabled-account': ({ count }) => `Disabled accounts still holding licenses (${count})`,
    inactive: ({ count, days }) => `No sign-in for ${days} days (${count})`,
    overlap: ({ count }) => `Covered by another license (${count})`,
  },
  inactiveSince: ({ days, date }) => `no sign-in for ${days} days (last ${date})`,
  losesNothing: ({ via }) => `loses nothing: everything stays through ${list(via)}`,
  signInUnavailable: {
    'missing-permission':
      "Inactive users are not listed: reading sign-in activity needs the Graph permission AuditLog.Read.All, which this app doesn't have. The other reasons are checked.",
    'missing-premium':
      "Inactive users are not listed: sign-in activity needs Microsoft Entra ID P1 or P2, which this tenant doesn't have. The other reasons are checked.",
  },
  notOfferedHeading: 'Found, but not offered here',
  matchedBecause: { 'disabled-account': 'account disabled', inactive: 'inactive', overlap: 'covered' },
  savingsHeading: 'Freed if you unassign all of them',
  saving: ({ product, seats, money }) =>
    `${product}: ${seats} ${plural(seats, 'license', 'licenses')}${money ? `, ${money}` : ''}`,
  total: ({ seats, money }) =>
    `In all: ${seats} ${plural(seats, 'license', 'licenses')}${money.length > 0 ? `, ${list(money)}` : ''}`,
  perMonth: ({ money }) => `${money} per month`,
  pricesHint: 'Prices are not configured (LICENSE_PRICES_FILE), so seats are shown without money.',
  more: ({ count }) => `…and ${count} more found: unassign these first, then ask again for the rest.`,
  none: ({ days }) =>
    `Nothing to free: no disabled account holds a license directly, nobody has gone ${days} days without signing in, and no license is fully covered by another.`,
  confirm: 'Unassign',
  confirmTitle: 'Unassign these licenses?',
  confirmText: ({ count }) => `${count} ${plural(count, 'license', 'licenses')} will be unassigned.`,
  summary: ({ count }) => `${count} ${plural(count, 'license', 'licenses')} can be freed`,
};

const sv: ReclaimStrings = {
  title: 'Licenser som kan frigöras',
  scope: {
    tenant:
      'Alla i organisationen har kontrollerats. Avmarkera det du vill behålla och välj sedan Ta bort tilldelning.',
    'direct-reports':
      'Dina direktrapporterande har kontrollerats. Avmarkera det de fortfarande behöver; en administratör godkänner resten.',
  },
  reasonHeading: {
    'disabled-account': ({ count }) => `Inaktiverade konton som har kvar licenser (${count})`,
    inactive: ({ count, days }) => `Ingen inloggning på ${days} dagar (${count})`,
    overlap: ({ count }) => `Täcks av en annan licens (${count})`,
  },
  inactiveSince: ({ days, date }) => `ingen inloggning på ${days} dagar (senast ${date})`,
  losesNothing: ({ via }) => `förlorar ingenting: allt finns kvar via ${list(via)}`,
  signInUnavailable: {
    'missing-permission':
      'Inaktiva användare visas inte: inloggningsaktivitet kräver Graph-behörigheten AuditLog.Read.All, som appen inte har. De andra skälen är kontrollerade.',
    'missing-premium':
      'Inaktiva användare visas inte: inloggningsaktivitet kräver Microsoft Entra ID P1 eller P2, som klientorganisationen inte har. De andra skälen är kontrollerade.',
  },
  notOfferedHeading: 'Hittade, men erbjuds inte här',
  matchedBecause: { 'disabled-account': 'kontot inaktiverat', inactive: 'inaktiv', overlap: 'täckt' },
  savingsHeading: 'Frigörs om du tar bort alla',
  saving: ({ product, seats, money }) =>
    `${product}: ${seats} ${plural(seats, 'licens', 'licenser')}${money ? `, ${money}` : ''}`,
  total: ({ seats, money }) =>
    `Totalt: ${seats} ${plural(seats, 'licens', 'licenser')}${money.length > 0 ? `, ${list(money)}` : ''}`,
  perMonth: ({ money }) => `${money} per månad`,
  pricesHint: 'Priser är inte konfigurerade (LICENSE_PRICES_FILE), så licenser visas utan belopp.',
  more: ({ count }) => `…och ${count} till: ta bort tilldelningen av de här först och fråga sedan igen.`,
  none: ({ days }) =>
    `Inget att frigöra: inget inaktiverat konto har en direkt tilldelad licens, ingen har varit utan inloggning i ${days} dagar och ingen licens täcks helt av en annan.`,
  confirm: 'Ta bort tilldelning',
  confirmTitle: 'Ta bort tilldelningen av de här licenserna?',
  confirmText: ({ count }) => `${count} ${plural(count, 'licens', 'licenser')} tas bort.`,
  summary: ({ count }) => `${count} ${plural(count, 'licens', 'licenser')} kan frigöras`,
};

export function reclaimStringsFor(locale: Locale): ReclaimStrings {
  return locale === 'sv' ? sv : en;
}
