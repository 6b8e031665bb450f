import { fold } from './text-match';

/** Letters people commonly type without their diacritics in Nordic and European names. */
const DIACRITIC_FORMS: Readonly<Record<string, readonly string[]>> = {
  a: ['å', 'ä', 'á', 'à'],
  o: ['ö', 'ø', 'ó'],
  e: ['é', 'è', 'ë'],
  u: ['ü', 'ú'],
  i: ['í', 'ï'],
  c: ['ç'],
  n: ['ñ'],
  y: ['ý'],
};

/** Per word: enough to find close names, few enough that a search stays one bounded query. */
const PREFIX_LENGTH = 3;
const MAX_VARIANTS_PER_WORD = 12;
const MAX_WORDS = 3;

/**
 * Spellings of a folded prefix with the diacritics it may have lost ("asa" → "asa", "åsa", "äsa",
 * …), the typed spelling first, at most MAX_VARIANTS_PER_WORD. Graph's `$search` and `startswith`
 * compare letters as they are, so "Asa" finds "Åsa" only when "åsa" is asked for.
 */
export function diacriticVariants(prefix: string): string[] {
  let variants = [''];
  for (const ch of prefix) {
    const forms = [ch, ...(DIACRITIC_FORMS[ch] ?? [])];
    const next: string[] = [];
    for (const v of variants) for (const f of forms) next.push(v + f);
    variants = next.slice(0, MAX_VARIANTS_PER_WORD * 4);
  }
  // Breadth first would prefer changing the first letter only; sort by how many letters changed.
  const changed = (v: string) => [...v].filter((c, i) => c !== prefix[i]).length;
  return variants.sort((a, b) => changed(a) - changed(b)).slice(0, MAX_VARIANTS_PER_WORD);
}

/**
 * A Graph `$search` for users whose display name has a word starting like one of the typed words
 * (their first three letters, with diacritic variants): the candidates for a name that no
 * `startswith` query settled, to resolve it ("Asa" → "Åsa Wilson") or to suggest close names
 * ("Anan Lindberg" → "Anna Lindberg"). Undefined when nothing searchable was typed. Quotes and
 * backslashes are dropped: they cannot be part of a `$search` term.
 */
export function nameSearch(text: string): string | undefined {
  const words = fold(text)
    .replace(/["\\]/g, ' ')
    .split(/[^\p{L}\p{N}']+/u)
    .filter((w) => w.replace(/'/g, '').length >= 2)
    .slice(0, MAX_WORDS);
  const prefixes = [...new Set(words.map((w) => w.slice(0, PREFIX_LENGTH)))];
  const clauses = [...new Set(prefixes.flatMap(diacriticVariants))].map((v) => `"displayName:${v}"`);
  return clauses.length > 0 ? clauses.join(' OR ') : undefined;
}

/** A `$search` for addresses like `local@…`: users whose mail or UPN has the local part's words. */
export function addressSearch(address: string): string | undefined {
  const local = (address.split('@')[0] ?? '').replace(/["\\]/g, '').trim();
  if (local.replace(/[^\p{L}\p{N}]/gu, '').length < 2) return undefined;
  return `"mail:${local}" OR "userPrincipalName:${local}"`;
}
