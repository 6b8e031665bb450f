import { isLicenseLikeWord } from '../../../services/licensing/catalog/product-words';
import type { Mention } from '../parsed-request';
import { findCues, type Cue } from './cues';
import { findDates, type DateMention } from './dates';
import type { UnderstandingIndexes } from './indexes';
import { findPeople, type PersonSpan } from './people';
import {
  ALL_WORDS,
  LIST_WORDS,
  PERSON_PRONOUNS,
  PLURAL_LICENSE_WORDS,
  PLURAL_PERSON_PRONOUNS,
  PRODUCT_PRONOUNS,
  SELF_WORDS,
  STOP_WORDS,
} from './vocabulary';
import type { UnderstoodProduct } from './understanding';
import type { Word } from './words';

export type ClauseRole =
  'remove' | 'negated-remove' | 'who-has' | 'list-user-licenses' | 'free-seats' | 'help' | 'context';

export interface ProductMention {
  startWord: number;
  endWord: number;
  text: string;
  skuIds: string[];
  /** The product index's key for the phrase; absent when widened over an unknown word. */
  key?: string;
}

/** A product mention as understanding reports it. */
export function understoodProduct(p: ProductMention): UnderstoodProduct {
  return { text: p.text, skuIds: p.skuIds, ...(p.key ? { key: p.key } : {}) };
}

/** One entity in a clause, in word order: what segments and pronouns are made of. */
export type ClauseEntity =
  | { kind: 'product'; at: number; product: ProductMention }
  | { kind: 'all'; at: number }
  | { kind: 'product-pronoun'; at: number }
  | { kind: 'person'; at: number; person: PersonSpan }
  | { kind: 'person-pronoun'; at: number; plural: boolean }
  | { kind: 'self'; at: number };

/** Everything found in one clause. */
export interface ClauseAnalysis {
  index: number;
  words: Word[];
  role: ClauseRole;
  cues: Cue[];
  entities: ClauseEntity[];
  dates: DateMention[];
  /** Words of a removal or question that are nothing known: an unknown product name, perhaps. */
  leftover: string;
}

function roleOf(cues: readonly Cue[]): ClauseRole {
  const removal = cues.filter((c) => c.intent === 'remove');
  if (removal.some((c) => c.negated)) return 'negated-remove';
  if (removal.length > 0) return 'remove';
  const question = cues.find((c) => c.intent !== 'help');
  if (question) return question.intent;
  return cues.some((c) => c.intent === 'help') ? 'help' : 'context';
}

/** An acronym or a code ("EMS", "P2", "A1") that is neither a known word nor a name. */
function looksLikeUnknownProductWord(word: Word | undefined, indexes: UnderstandingIndexes): boolean {
  if (!word || STOP_WORDS.has(word.key) || indexes.people.isNameWord(word.text)) return false;
  let capitals = 0;
  for (const c of word.text) {
    if (c >= '0' && c <= '9') return true;
    if (c !== c.toLowerCase()) capitals++;
  }
  return capitals >= 2;
}

/**
 * Product spans, widened over an unknown acronym next to them: "EMS E5" in a tenant that has
 * Microsoft 365 E5 but where "EMS" means nothing is not "E5". Such a mention keeps its whole text
 * and no SKU, so the planner says it is not found (with suggestions) instead of removing E5.
 */
function productMentions(words: readonly Word[], indexes: UnderstandingIndexes, taken: Set<number>): ProductMention[] {
  return indexes.products.findSpans(words.map((w, i) => (taken.has(i) ? '' : w.text))).map((s) => {
    let { startWord, endWord } = s;
    let unknown = false;
    const before = words[startWord - 1];
    if (!taken.has(startWord - 1) && before?.after === '' && looksLikeUnknownProductWord(before, indexes)) {
      startWord--;
      unknown = true;
    }
    const after = words[endWord];
    if (!taken.has(endWord) && words[endWord - 1]?.after === '' && looksLikeUnknownProductWord(after, indexes)) {
      endWord++;
      unknown = true;
    }
    const text = words
      .slice(startWord, endWord)
      .map((w) => w.text)
      .join(' ');
    return unknown
      ? { startWord, endWord, text, skuIds: [] }
      : { startWord, endWord, text, skuIds: s.skuIds, key: s.key };
  });
}

function markTaken(taken: Set<number>, start: number, end: number): void {
  for (let i = start; i < end; i++) taken.add(i);
}

/** A pronoun standing as the object of a removal verb ("ta det från", "remove it", "take it away"). */
function isProductPronoun(
  words: readonly Word[],
  i: number,
  cues: readonly Cue[],
  indexes: UnderstandingIndexes,
): boolean {
  const word = words[i];
  if (!word || !PRODUCT_PRONOUNS.has(word.key)) return false;
  const next = words[i + 1];
  // "den gamla E3", "det Visio-abonnemanget": an article, not a pronoun.
  if (
    next &&
    word.after === '' &&
    (indexes.products.isProductWord(next.text) || next.key === 'gamla' || next.key === 'nya')
  )
    return false;
  return cues.some((c) => c.intent === 'remove' && i >= c.start && i <= c.end);
}

/** Finds cues, dates, products, people and pronouns in one clause. */
export function analyseClause(
  index: number,
  words: Word[],
  indexes: UnderstandingIndexes,
  mentions: readonly Mention[],
): ClauseAnalysis {
  const cues = findCues(words);
  const role = roleOf(cues);
  const taken = new Set<number>();
  const dates = findDates(words);
  for (const d of dates) markTaken(taken, d.startWord, d.endWord);
  const entities: ClauseEntity[] = [];
  const products = productMentions(words, indexes, taken);
  for (const p of products) {
    markTaken(taken, p.startWord, p.endWord);
    entities.push({ kind: 'product', at: p.startWord, product: p });
  }
  for (const cue of cues) markTaken(taken, cue.start, cue.end);
  const asks = role !== 'context' && role !== 'help';
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (!word || taken.has(i)) continue;
    if (isProductPronoun(words, i, cues, indexes)) {
      entities.push({ kind: 'product-pronoun', at: i });
      taken.add(i);
    } else if (PERSON_PRONOUNS.has(word.key) || (PLURAL_PERSON_PRONOUNS.has(word.key) && asks)) {
      entities.push({ kind: 'person-pronoun', at: i, plural: PLURAL_PERSON_PRONOUNS.has(word.key) });
      taken.add(i);
    } else if ((SELF_WORDS.has(word.key) && word.key !== 'i') || word.text === 'I') {
      entities.push({ kind: 'self', at: i });
      taken.add(i);
    }
  }
  for (const person of findPeople(words, taken, indexes.people, mentions, { keepUnknownAfterPreposition: asks })) {
    markTaken(taken, person.startWord, person.endWord);
    entities.push({ kind: 'person', at: person.startWord, person });
  }
  if (products.length === 0) {
    const allAt = words.findIndex((w, i) => !taken.has(i) && (ALL_WORDS.has(w.key) || PLURAL_LICENSE_WORDS.has(w.key)));
    if (allAt >= 0) entities.push({ kind: 'all', at: allAt });
  }
  entities.sort((a, b) => a.at - b.at);
  const leftover = words
    .filter((w, i) => !taken.has(i) && !STOP_WORDS.has(w.key) && !LIST_WORDS.has(w.key) && !isLicenseLikeWord(w.text))
    .map((w) => w.text)
    .join(' ');
  return { index, words, role, cues, entities, dates, leftover };
}
