import { buildRequest } from './build-request';
import type { IntentOutcome, IntentPattern, MentionTable } from './intent-pattern';
import { FREE_SEATS_EN, HELP_EN, LIST_USER_LICENSES_EN, REMOVE_EN, WHO_HAS_EN } from './intent-patterns-en';
import { FREE_SEATS_SV, HELP_SV, LIST_USER_LICENSES_SV, REMOVE_SV, WHO_HAS_SV } from './intent-patterns-sv';
import type { Locale } from './parsed-request';

/*
 * Intents are tried in a fixed order (help, remove, list, who-has, free-seats): the removal verbs
 * are the most specific openings and the free-seats shapes the loosest ("E3 left?"). Within an
 * intent, the patterns of the message's locale go first, but both languages are always tried, so
 * a Swedish sentence in an 'en' channel still parses.
 */
const BY_INTENT: ReadonlyArray<Readonly<Record<Locale, readonly IntentPattern[]>>> = [
  { en: HELP_EN, sv: HELP_SV },
  { en: REMOVE_EN, sv: REMOVE_SV },
  { en: LIST_USER_LICENSES_EN, sv: LIST_USER_LICENSES_SV },
  { en: WHO_HAS_EN, sv: WHO_HAS_SV },
  { en: FREE_SEATS_EN, sv: FREE_SEATS_SV },
];

/** Finds the first pattern that matches and builds its outcome; undefined when none does. */
export function matchIntent(text: string, preferred: Locale, mentions: MentionTable): IntentOutcome | undefined {
  const other: Locale = preferred === 'en' ? 'sv' : 'en';
  for (const tables of BY_INTENT) {
    for (const pattern of [...tables[preferred], ...tables[other]]) {
      const match = pattern.pattern.exec(text);
      if (match === null) continue;
      const outcome = buildRequest(pattern.intent, match.groups ?? {}, mentions);
      if (outcome !== undefined) return outcome;
    }
  }
  return undefined;
}
