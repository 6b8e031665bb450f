/**
 * Texts of scheduled removals, en + sv, beside the main table (strings.ts) with its contract:
 * one typed table per locale, parameters escaped by the renderer before they come in.
 */
import type { Locale, ScheduledView } from '../views';

export interface ScheduleStrings {
  /** on a confirmation that will be scheduled */
  runsAt: (p: { when: string }) => string;
  scheduleButton: string;
  title: { [K in ScheduledView['intro']]: (p: { person: string; count: number }) => string };
  /** one item: "Office 365 E3 from Bo Ek — fredag 4 december 17:00 (Europe/Stockholm)" */
  item: (p: { products: string[]; people: string[]; when: string }) => string;
  requestedBy: (p: { name: string }) => string;
  cancelButton: string;
  /** how it runs: re-planned, then the result card */
  howItRuns: string;
  none: string;
}

const list = (items: string[]): string => items.join(', ');

const en: ScheduleStrings = {
  runsAt: ({ when }) => `Scheduled: runs ${when}. Nothing changes before then.`,
  scheduleButton: 'Schedule',
  title: {
    'just-scheduled': () => 'Removal scheduled',
    list: ({ count }) => `Scheduled removals (${count})`,
    cancelled: () => 'Scheduled removal cancelled',
    'none-found': ({ person }) => (person ? `No scheduled removal for ${person}` : 'No scheduled removals'),
    'which-one': ({ person }) => `Several scheduled removals for ${person}: cancel the one you mean`,
    'date-in-past': ({ person }) =>
      `"${person}" has already passed. Give a date ahead to schedule the removal, or ask again without a date to remove now.`,
    'date-too-far': ({ person }) =>
      `"${person}" is more than a year ahead. Schedule removals at most 366 days ahead: licenses and people change.`,
  },
  item: ({ products, people, when }) => `${list(products)} from ${list(people)} — ${when}`,
  requestedBy: ({ name }) => `requested by ${name}`,
  cancelButton: 'Cancel removal',
  howItRuns:
    'At that time it is planned again against the tenant (people and licenses may have changed), then run; you get the result here.',
  none: 'Nothing is scheduled.',
};

const sv: ScheduleStrings = {
  runsAt: ({ when }) => `Schemalagd: körs ${when}. Inget ändras före dess.`,
  scheduleButton: 'Schemalägg',
  title: {
    'just-scheduled': () => 'Borttagningen är schemalagd',
    list: ({ count }) => `Schemalagda borttagningar (${count})`,
    cancelled: () => 'Den schemalagda borttagningen är avbruten',
    'none-found': ({ person }) =>
      person ? `Ingen schemalagd borttagning för ${person}` : 'Inga schemalagda borttagningar',
    'which-one': ({ person }) => `Flera schemalagda borttagningar för ${person}: avbryt den du menar`,
    'date-in-past': ({ person }) =>
      `"${person}" har redan passerat. Ange ett datum framåt för att schemalägga borttagningen, eller fråga igen utan datum för att ta bort nu.`,
    'date-too-far': ({ person }) =>
      `"${person}" ligger mer än ett år fram. Schemalägg borttagningar högst 366 dagar fram: licenser och personer ändras.`,
  },
  item: ({ products, people, when }) => `${list(products)} från ${list(people)} — ${when}`,
  requestedBy: ({ name }) => `begärd av ${name}`,
  cancelButton: 'Avbryt borttagningen',
  howItRuns:
    'Då planeras den om mot klientorganisationen (personer och licenser kan ha ändrats) och körs; du får resultatet här.',
  none: 'Inget är schemalagt.',
};

export function scheduleStringsFor(locale: Locale): ScheduleStrings {
  return locale === 'sv' ? sv : en;
}
