import { productTokens } from './normalise-product-text';

/*
 * How one chat word becomes product tokens, with the Swedish and English inflections admins use:
 * "E5:an", "E3-licensen", "visiolicensen", "Visio-abonnemanget", "Visios", "E3an". productTokens
 * already folds case and diacritics, drops `:an` clitics and license words, and splits hyphens;
 * this adds compounds with license words and endings, but only where the shorter form is a
 * product token of the tenant (so a name or an ordinary word is never cut down to one).
 */

/** Words that say "a license of" and never tell two products apart. */
const LICENSE_LIKE: ReadonlySet<string> = new Set([
  'abonnemang',
  'abonnemanget',
  'abonnemangen',
  'subscription',
  'subscriptions',
  'seat',
  'seats',
  'plats',
  'platsen',
  'licensplats',
  'licensplatsen',
  'licensen',
  'licenserna',
  'licensens',
  'licensernas',
]);

const COMPOUND_TAILS = [
  'licensernas',
  'licenserna',
  'licensens',
  'licensen',
  'licenser',
  'licens',
  'abonnemanget',
  'abonnemangen',
  'abonnemang',
  'license',
  'licenses',
  'licence',
  'licences',
] as const;

/** Swedish definite and genitive endings, longest first ("e5orna", "visions" is not a word). */
const ENDINGS = ['arna', 'orna', 'erna', 'an', 'en', 'et', 'n', 's'] as const;

/**
 * The product tokens of one word, given the tokens the tenant's products use. A word with no
 * product meaning comes back as its plain tokens (e.g. a name), so callers can still see it.
 */
export function productWordTokens(word: string, vocabulary: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const token of productTokens(word)) {
    if (LICENSE_LIKE.has(token)) continue;
    out.push(reduceToVocabulary(token, vocabulary));
  }
  return out;
}

function reduceToVocabulary(token: string, vocabulary: ReadonlySet<string>): string {
  if (vocabulary.has(token)) return token;
  for (const tail of COMPOUND_TAILS) {
    if (token.length > tail.length + 1 && token.endsWith(tail)) {
      const base = token.slice(0, -tail.length);
      if (vocabulary.has(base)) return base;
      const unlinked = base.endsWith('s') ? base.slice(0, -1) : base; // "visioslicens" is rare, "projektslicens" not
      if (vocabulary.has(unlinked)) return unlinked;
    }
  }
  for (const ending of ENDINGS) {
    if (token.length > ending.length + 1 && token.endsWith(ending)) {
      const base = token.slice(0, -ending.length);
      if (vocabulary.has(base)) return base;
    }
  }
  return token;
}

/** True for words that only say "license" ("licensen", "abonnemang", "seat"): product filler. */
export function isLicenseLikeWord(word: string): boolean {
  return /\p{L}/u.test(word) && productTokens(word).every((t) => LICENSE_LIKE.has(t));
}
