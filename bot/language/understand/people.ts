import type { PersonCandidate } from '../../../services/directory/directory-index';
import type { Mention } from '../parsed-request';
import type { PeopleLookup } from './indexes';
import { PEOPLE_PREPOSITIONS, STOP_WORDS } from './vocabulary';
import type { Word } from './words';

/** A person named in a clause: what was typed, where, and who the directory says it may be. */
export interface PersonSpan {
  startWord: number;
  endWord: number;
  /** As typed, without a possessive ending ("Annas" → "Anna"). */
  text: string;
  candidates: PersonCandidate[];
  /** A channel mention: the identity is known, no lookup needed. */
  mention?: Mention;
  /** Nothing in the directory matched exactly (only typo suggestions, or nothing). */
  unknown: boolean;
}

const MENTION = /^\uE000(\d+)\uE001(?::?s|'s)?$/u;
const EXACT_KINDS = new Set(['address', 'full-name', 'surname-given', 'address-local', 'given', 'surname']);
const MAX_NAME_WORDS = 4;

/** "Annas", "Anna's", "Bo:s", "Jonas'" → the name; undefined when the word has no possessive ending. */
function withoutGenitive(text: string): string | undefined {
  if (text.endsWith("'s") || text.endsWith(':s')) return text.slice(0, -2);
  if (text.endsWith("'")) return text.slice(0, -1);
  if (text.length > 2 && text.endsWith('s')) return text.slice(0, -1);
  return undefined;
}

function exact(candidates: PersonCandidate[]): PersonCandidate[] {
  return candidates.filter((c) => EXACT_KINDS.has(c.kind));
}

function isMail(text: string): boolean {
  const at = text.indexOf('@');
  return at > 0 && text.indexOf('.', at) > at + 1;
}

/** Looks a phrase up as typed, then without a possessive ending on its last word. */
function lookupPhrase(people: PeopleLookup, text: string): { text: string; candidates: PersonCandidate[] } | undefined {
  const direct = exact(people.lookup(text, { fuzzy: false }));
  if (direct.length > 0) return { text, candidates: direct };
  const base = withoutGenitive(text);
  if (base === undefined) return undefined;
  const stripped = exact(people.lookup(base, { fuzzy: false }));
  return stripped.length > 0 ? { text: base, candidates: stripped } : undefined;
}

/** A single word may be a name unless it is a function or cue word written in lower case. */
function mayBeName(word: Word): boolean {
  if (STOP_WORDS.has(word.key)) {
    const first = word.text[0] ?? '';
    // "Per", "Bo", "Will" written with a capital are names; "per", "bo", "will" are words.
    return first !== first.toLowerCase() && !STOP_WORDS.has(word.text) && word.text.length > 1 && word.key.length > 2;
  }
  return /\p{L}/u.test(word.text);
}

/**
 * Person spans in a clause: channel mentions, mail addresses, "Surname, Given", full names,
 * then single given names or surnames; longest first, never overlapping `taken` words. In
 * clauses that ask for something, an unknown word right after "from/från/för/…" is kept as an
 * unknown person (the planner offers close names) rather than dropped.
 */
export function findPeople(
  words: readonly Word[],
  taken: ReadonlySet<number>,
  people: PeopleLookup,
  mentions: readonly Mention[],
  options: { keepUnknownAfterPreposition: boolean },
): PersonSpan[] {
  const out: PersonSpan[] = [];
  for (let i = 0; i < words.length; i++) {
    if (taken.has(i)) continue;
    const word = words[i];
    if (!word) continue;
    const mention = MENTION.exec(word.text);
    if (mention?.[1] !== undefined) {
      const m = mentions[Number(mention[1])];
      if (m)
        out.push({ startWord: i, endWord: i + 1, text: m.displayName, candidates: [], mention: m, unknown: false });
      continue;
    }
    if (isMail(word.text)) {
      const address = word.text.endsWith(':s') ? word.text.slice(0, -2) : word.text;
      const candidates = people.lookup(address, { fuzzy: false });
      out.push({ startWord: i, endWord: i + 1, text: address, candidates, unknown: candidates.length === 0 });
      continue;
    }
    const span = longestName(words, i, taken, people);
    if (span) {
      out.push(span);
      i = span.endWord - 1;
      continue;
    }
    if (options.keepUnknownAfterPreposition && PEOPLE_PREPOSITIONS.has(words[i - 1]?.key ?? '') && mayBeName(word)) {
      const unknown = unknownName(words, i, taken, people);
      out.push(unknown);
      i = unknown.endWord - 1;
    }
  }
  return out;
}

function longestName(
  words: readonly Word[],
  i: number,
  taken: ReadonlySet<number>,
  people: PeopleLookup,
): PersonSpan | undefined {
  const first = words[i];
  const second = words[i + 1];
  // "Ek, Bo": the comma belongs to the name only if the pair is someone's surname and given name.
  if (first && second && first.after.startsWith(',') && !taken.has(i + 1)) {
    const found = lookupPhrase(people, `${first.text}, ${second.text}`);
    if (found?.candidates.some((c) => c.kind === 'surname-given'))
      return { startWord: i, endWord: i + 2, text: found.text, candidates: found.candidates, unknown: false };
  }
  // Every name the index knows starts with one of its name words: anything else is no name.
  if (!first || !(people.isNameWord(first.text) || people.isNameWord(withoutGenitive(first.text) ?? '')))
    return undefined;
  for (let n = Math.min(MAX_NAME_WORDS, words.length - i); n >= 1; n--) {
    const slice = words.slice(i, i + n);
    if (slice.some((_, k) => taken.has(i + k))) continue;
    // A name never runs across a comma or other punctuation, except its own last word's.
    if (slice.slice(0, -1).some((w) => w.after !== '')) continue;
    if (n === 1 && !mayBeName(slice[0] as Word)) continue;
    if (n > 1 && slice.some((w) => STOP_WORDS.has(w.key) && !people.isNameWord(w.text))) continue;
    const found = lookupPhrase(people, slice.map((w) => w.text).join(' '));
    if (!found) continue;
    if (n > 1 && !found.candidates.some((c) => c.kind === 'full-name' || c.kind === 'surname-given')) continue;
    return { startWord: i, endWord: i + n, text: found.text, candidates: found.candidates, unknown: false };
  }
  return undefined;
}

/** An unknown name: this word and a following capitalised one ("Kim Svensson"), with typo suggestions. */
function unknownName(words: readonly Word[], i: number, taken: ReadonlySet<number>, people: PeopleLookup): PersonSpan {
  let end = i + 1;
  const next = words[end];
  const current = words[i];
  if (current && current.after === '' && next && !taken.has(end) && mayBeName(next) && !STOP_WORDS.has(next.key)) end++;
  const raw = words
    .slice(i, end)
    .map((w) => w.text)
    .join(' ');
  const text = withoutGenitive(raw) !== undefined && end - i === 1 && raw.endsWith("'s") ? raw.slice(0, -2) : raw;
  return { startWord: i, endWord: end, text, candidates: people.lookup(text), unknown: true };
}
