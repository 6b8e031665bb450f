import { renderTokens } from './mention-tokens';
import type { Mention, ProductRef } from './parsed-request';
import { dedupeBy, splitList } from './split-list';
import { ALL_PHRASE_FILLER, ALL_WORDS, LICENSE_ANY, PLURAL_LICENSE_WORDS } from './vocabulary';

/*
 * The product segment: "the E3 license", "licensen E3", "E3-licensen", "Visio och Power BI Pro",
 * "all licenses", "samtliga licenser". Articles, possessive pronouns and license words around a
 * product are dropped; the product text itself keeps the user's spelling for the catalog to match.
 */

const LEADING_ARTICLE = new RegExp(
  String.raw`^(?:the|a|an|any|my|his|her|their|our|its|this|that|these|those|den|det|en|ett|de|sin|sitt|sina|hans|hennes|deras|dess)\s+`,
  'iu',
);
const LEADING_ALL = /^(?:all|every|alla|samtliga|varje)\s+(?:(?:of\s+)?the\s+|av\s+)?/iu;
const LEADING_LICENSE = new RegExp(
  String.raw`^(?:${LICENSE_ANY}|seats?|platser|plats|tilldelning(?:en|ar|arna)?|assignments?|subscriptions?|abonnemang(?:et)?)(?:\s+(?:of|for|on|to|av|för|på|till|med))?(?:\s*:\s*|\s+)`,
  'iu',
);
const TRAILING_LICENSE = new RegExp(
  String.raw`(?:^|[\s-]+)(?:${LICENSE_ANY}|seats?|platser(?:na)?|plats(?:en)?|subscriptions?|abonnemang(?:et)?|assignments?|tilldelning(?:en)?)$`,
  'iu',
);
const TRAILING_PARTICLE = /\s+(?:away|back|off|bort|tillbaka)$/iu;
const EDGE_PUNCTUATION = /^[\s.,!?;:'"]+|[\s.,!?;:"]+$/gu;

function stripWrappingQuotes(text: string): string {
  const match = /^(['"])(.*)\1$/su.exec(text);
  return match?.[2] ?? text;
}

/** Cleans one product phrase down to the product name; returns '' when nothing is left. */
export function cleanProductText(text: string, mentions: readonly Mention[] = []): string {
  let current = renderTokens(text, mentions).trim();
  for (let pass = 0; pass < 8; pass += 1) {
    const before = current;
    current = stripWrappingQuotes(current)
      .replace(EDGE_PUNCTUATION, '')
      .replace(LEADING_ARTICLE, '')
      .replace(LEADING_ALL, '')
      .replace(LEADING_LICENSE, '')
      .replace(TRAILING_LICENSE, '')
      .replace(TRAILING_PARTICLE, '')
      .trim();
    if (current === before) break;
  }
  return current;
}

/**
 * True when the phrase means "all licenses": only all-words, license words and fillers, with at
 * least one all-word or a plural license word ("licenses", "licenserna").
 */
export function meansAllProducts(segment: string): boolean {
  const words = segment.toLocaleLowerCase('sv').match(/[\p{L}]+/gu) ?? [];
  if (words.length === 0) return false;
  let sawAll = false;
  for (const word of words) {
    if (ALL_WORDS.has(word) || PLURAL_LICENSE_WORDS.has(word)) sawAll = true;
    else if (!ALL_PHRASE_FILLER.has(word)) return false;
  }
  return sawAll && !/\d/u.test(segment);
}

/** Parses a product list segment into de-duplicated products, or 'all'; [] when none is named. */
export function parseProducts(segment: string, mentions: readonly Mention[] = []): ProductRef[] | 'all' {
  if (meansAllProducts(segment)) return 'all';
  const items = splitList(segment)
    .map((item) => cleanProductText(item, mentions))
    .filter((text) => /[\p{L}\p{N}]/u.test(text));
  return dedupeBy(items, (text) => text).map((text) => ({ text }));
}

/** Parses a single-product segment (who-has, free-seats); the list is not split. */
export function parseSingleProduct(segment: string, mentions: readonly Mention[] = []): ProductRef | undefined {
  const text = cleanProductText(segment, mentions);
  return /[\p{L}\p{N}]/u.test(text) ? { text } : undefined;
}

const PRODUCT_WORD = new RegExp(
  String.raw`\d|_|(?:^|\s)(?:visio|office|microsoft|m365|o365|power|project|teams|exchange|dynamics|copilot|defender|intune|entra|windows|sharepoint|onedrive|planner|azure|enterprise|premium|standard|basic|apps|kiosk|frontline|${LICENSE_ANY})(?=$|[\s-])`,
  'iu',
);
// Case-sensitive on purpose: "SPE", "EMS", "PBI" are acronyms, "Bo" is a name.
const ACRONYM = /(?:^|\s)[A-Z]{2,}(?=$|[\s-])/u;

/**
 * A weak signal that a phrase names a product rather than a person (a digit, an underscore, an
 * acronym or a well-known Microsoft product word). Only used to decide an ambiguous word order
 * such as "remove Anna from E3"; it is not a catalog.
 */
export function looksLikeProduct(text: string): boolean {
  return PRODUCT_WORD.test(text) || ACRONYM.test(text);
}
