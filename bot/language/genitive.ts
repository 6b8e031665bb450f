/*
 * Possessive forms: "remove Anna's E3", "ta bort Annas E3-licens", "anna@contoso.se:s licenser".
 * English marks the owner with an apostrophe; Swedish adds a bare "s", which is ambiguous with
 * names that already end in s ("Lars", "Jonas"): those are their own genitive and are kept whole.
 * The list is short and pragmatic, not complete: an unknown s-final name loses its s, and the
 * directory search downstream then works from the shorter prefix.
 */

/** Given names that end in "s" in their base form (sv + en), lower case. */
const S_FINAL_NAMES: ReadonlySet<string> = new Set(
  (
    'anders andreas lars nils klas claes jonas mats hans tobias elias lukas lucas linus markus marcus ' +
    'magnus niklas nicklas niclas mattias matthias matias tomas thomas johannes jens agnes ines iris ' +
    'doris charles james chris louis douglas nicholas nikolaus julius rasmus marius klaus carlos ' +
    'jesus moses amos titus silas atlas boris dennis francis lewis ross russ miles wes les gus'
  ).split(' '),
);

/** Words that end in s but never own anything here (product words, pronouns, verbs). */
const NEVER_OWNERS: ReadonlySet<string> = new Set(
  (
    'is was has his hers its this thus plus as us yes does goes teams apps rooms essentials dynamics ' +
    'windows services analytics sales operations communications devices solutions access express ' +
    'business licenses licences licenser users seats plans basics kiosks forms lists insights contacts ' +
    'hans hennes deras dess alls thanks tack pls plz always ads workloads credits minutes calls ' +
    'platser användares vilkas'
  ).split(' '),
);

const CONJUNCTION = /^(?:and|och|samt|plus|&|\+)$/iu;

type OwnerStrength = 'strong' | 'weak' | 'name';

function ownerStrength(word: string): OwnerStrength | undefined {
  if (/(?:'s|s'|:s)$/iu.test(word) && word.length > 2) return 'strong';
  if (/\uE001s$/u.test(word)) return 'strong';
  if (word.includes('@') || !/^\p{L}[\p{L}'-]*s$/iu.test(word) || word.length < 3) return undefined;
  const lower = word.toLocaleLowerCase('sv');
  if (NEVER_OWNERS.has(lower)) return undefined;
  return S_FINAL_NAMES.has(lower) ? 'name' : 'weak';
}

/** The owner part and the owned part of a possessive phrase. */
export interface GenitiveSplit {
  /** Everything up to and including the possessive word, suffix still attached. */
  owner: string;
  /** What follows the possessive word (the products). */
  owned: string;
}

/**
 * Finds the possessive word that separates owners from products. Prefers the last apostrophe form
 * ("Anna's and Bo's E3"), then the first bare-s form, then a name that is its own genitive.
 * A candidate followed by "and"/"och" is part of an owner list, not its end.
 */
export function splitGenitive(text: string): GenitiveSplit | undefined {
  const words = [...text.matchAll(/\S+/gu)];
  let strong: number | undefined;
  let weak: number | undefined;
  let name: number | undefined;
  for (let i = 0; i < words.length - 1; i += 1) {
    const word = words[i]?.[0] ?? '';
    const next = words[i + 1]?.[0] ?? '';
    if (word.endsWith(',') || CONJUNCTION.test(next)) continue;
    const strength = ownerStrength(word);
    if (strength === 'strong') strong = i;
    else if (strength === 'weak' && weak === undefined) weak = i;
    else if (strength === 'name') name = i;
  }
  const chosen = strong ?? weak ?? name;
  if (chosen === undefined) return undefined;
  const ownerWord = words[chosen];
  const nextWord = words[chosen + 1];
  if (ownerWord === undefined || nextWord === undefined) return undefined;
  return {
    owner: text.slice(0, ownerWord.index + ownerWord[0].length).trim(),
    owned: text.slice(nextWord.index).trim(),
  };
}

/** True when the phrase ends in a possessive form ("Anna's", "Annas", "Lars", "a@b.se:s"). */
export function endsWithGenitive(text: string): boolean {
  const last = /\S+$/u.exec(text.trim())?.[0];
  return last !== undefined && ownerStrength(last) !== undefined;
}

/** True when the phrase ends in an unambiguous possessive (apostrophe or `:s`, or a mention + s). */
export function endsWithStrongGenitive(text: string): boolean {
  const last = /\S+$/u.exec(text.trim())?.[0];
  return last !== undefined && ownerStrength(last) === 'strong';
}

/** Removes the possessive suffix from the last word of one owner ("Anna Lindbergs" → "Anna Lindberg"). */
export function stripGenitive(item: string): string {
  const trimmed = item.trim();
  if (/(?:'s|:s)$/iu.test(trimmed)) return trimmed.slice(0, -2);
  if (/s'$/iu.test(trimmed)) return trimmed.slice(0, -1);
  if (/\uE001s$/u.test(trimmed)) return trimmed.slice(0, -1);
  const last = /\S+$/u.exec(trimmed)?.[0] ?? '';
  return ownerStrength(last) === 'weak' ? trimmed.slice(0, -1) : trimmed;
}
