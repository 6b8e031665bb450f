/** Texts of the message to an affected user (NOTIFY_USERS), en + sv; the strings.ts contract. */
import type { Locale } from '../views';

export interface AffectedStrings {
  titleBefore: (p: { when: string }) => string;
  titleAfter: string;
  loses: (p: { products: string[] }) => string;
  lost: (p: { products: string[] }) => string;
  dataHeading: string;
  ask: (p: { contacts: string[] }) => string;
  /** on the requester's result card */
  unreachable: (p: { names: string[] }) => string;
}

const list = (items: string[]): string => items.join(', ');

const en: AffectedStrings = {
  titleBefore: ({ when }) => `Your licenses change on ${when}`,
  titleAfter: 'Licenses were removed from your account',
  loses: ({ products }) => `You will lose: ${list(products)}.`,
  lost: ({ products }) => `Removed: ${list(products)}.`,
  dataHeading: 'What happens to your data',
  ask: ({ contacts }) => `Questions? Ask ${list(contacts)}.`,
  unreachable: ({ names }) =>
    `Not told (no chat with License Desk in Teams or Slack): ${list(names)}. Tell them yourself.`,
};

const sv: AffectedStrings = {
  titleBefore: ({ when }) => `Dina licenser ändras ${when}`,
  titleAfter: 'Licenser har tagits bort från ditt konto',
  loses: ({ products }) => `Du förlorar: ${list(products)}.`,
  lost: ({ products }) => `Borttaget: ${list(products)}.`,
  dataHeading: 'Vad som händer med dina data',
  ask: ({ contacts }) => `Frågor? Kontakta ${list(contacts)}.`,
  unreachable: ({ names }) =>
    `Inte meddelade (ingen chatt med License Desk i Teams eller Slack): ${list(names)}. Meddela dem själv.`,
};

export function affectedStringsFor(locale: Locale): AffectedStrings {
  return locale === 'sv' ? sv : en;
}
