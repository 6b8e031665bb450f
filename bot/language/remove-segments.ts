import { splitGenitive } from './genitive';
import type { IntentOutcome, MentionTable } from './intent-pattern';
import type { ParseProblem, PersonRef, ProductRef } from './parsed-request';
import { namesPeople, onlyMentionsOrMail, parsePeople } from './people-segment';
import { looksLikeProduct, parseProducts } from './product-segment';
import { FROM_PREPOSITIONS, OTHER_PREPOSITIONS } from './vocabulary';

/*
 * Splitting what follows a removal verb into the product segment and the people segment:
 * 1. "<products> from|från <people>" — the last "from"/"från" wins; without one, the last
 *    "for/för/off/hos/på". A bare singular "license for X" reads X as the product.
 * 2. "<owners>'s <products>" / "<ägare>s <produkter>" — possessive, no preposition.
 * 3. Otherwise the whole rest is the product (or the people, if it is only mentions/mails).
 * Word order is then checked once: "remove Anna from E3" is swapped when one side clearly names
 * people (mail, mention) or clearly names a product (digit, acronym, product word) and the other
 * does not.
 */

interface Segments {
  products: string;
  people: string;
  genitive: boolean;
}

function lastPreposition(rest: string, words: readonly string[]): { start: number; end: number } | undefined {
  const pattern = new RegExp(`(?:^|\\s)(${words.join('|')})(?=\\s|$)`, 'giu');
  let found: { start: number; end: number } | undefined;
  for (const match of rest.matchAll(pattern)) {
    const word = match[1] ?? '';
    const end = match.index + match[0].length;
    found = { start: end - word.length, end };
  }
  return found;
}

const SINGULAR_LICENSE_ONLY = /^(?:(?:the|a|den|en)\s+)?(?:licen[cs]e|licens|licensen)$/iu;
const SINGULAR_LICENSE_PREPOSITIONS = /^(?:for|för|på)$/iu;
const OWNER_ALL = /^(?:all\s+(?:of\s+)?|alla\s+(?:av\s+)?|samtliga\s+(?:av\s+)?|every\s+one\s+of\s+)/iu;

function splitAtPreposition(rest: string): Segments | undefined {
  const at = lastPreposition(rest, FROM_PREPOSITIONS) ?? lastPreposition(rest, OTHER_PREPOSITIONS);
  if (at === undefined) return undefined;
  const products = rest.slice(0, at.start).trim();
  const people = rest.slice(at.end).trim();
  const preposition = rest.slice(at.start, at.end);
  // "ta bort licensen för E3": the singular license word is the head, E3 is its product.
  if (SINGULAR_LICENSE_ONLY.test(products) && SINGULAR_LICENSE_PREPOSITIONS.test(preposition)) {
    return looksLikeProduct(people) && !namesPeople(people)
      ? { products: people, people: '', genitive: false }
      : { products: '', people, genitive: false };
  }
  return { products, people, genitive: false };
}

function splitRest(rest: string): Segments {
  const byPreposition = splitAtPreposition(rest);
  if (byPreposition !== undefined) return byPreposition;
  const possessive = splitGenitive(rest);
  if (possessive !== undefined) {
    // "all of Bo's licenses" / "alla Bos licenser": the "all" belongs to the products.
    const allPrefix = OWNER_ALL.exec(possessive.owner);
    return allPrefix === null
      ? { products: possessive.owned, people: possessive.owner, genitive: true }
      : { products: `all ${possessive.owned}`, people: possessive.owner.slice(allPrefix[0].length), genitive: true };
  }
  return onlyMentionsOrMail(rest)
    ? { products: '', people: rest, genitive: false }
    : { products: rest, people: '', genitive: false };
}

function shouldSwap(segments: Segments): boolean {
  const { products, people } = segments;
  if (products === '' || people === '' || segments.genitive) return false;
  if (namesPeople(products) && !namesPeople(people)) return true;
  return !namesPeople(people) && !looksLikeProduct(products) && looksLikeProduct(people);
}

/** Reads the text after a removal verb into a remove request or the problems that stop one. */
export function analyseRemoval(rest: string, mentions: MentionTable): IntentOutcome {
  const split = splitRest(rest.trim());
  const segments = shouldSwap(split) ? { products: split.people, people: split.products, genitive: false } : split;
  return removalFromSegments(segments.products, segments.people, mentions, segments.genitive);
}

/** Builds a remove outcome from separated segments. */
export function removalFromSegments(
  productSegment: string,
  peopleSegment: string,
  mentions: MentionTable,
  genitive = false,
): IntentOutcome {
  const products: ProductRef[] | 'all' = parseProducts(productSegment, mentions);
  const people: PersonRef[] = parsePeople(peopleSegment, mentions, { genitive });
  const problems: ParseProblem[] = [];
  if (products !== 'all' && products.length === 0) problems.push({ code: 'missing-product' });
  if (people.length === 0) problems.push({ code: 'missing-people' });
  return problems.length > 0
    ? { ok: false, intent: 'remove', problems }
    : { ok: true, request: { kind: 'remove', products, people } };
}
