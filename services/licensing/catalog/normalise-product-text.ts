/**
 * Normalisation of product names as admins type them (en + sv), applied the same way to the
 * text, to catalog display names, part numbers and aliases, so equal keys mean "same words".
 *
 * - case and diacritics fold ("Bás" → "bas"); every non-alphanumeric is a word break, so
 *   hyphens, underscores, brackets and non-breaking spaces all split words ("E3-licens", "Visio_Plan2");
 * - Swedish clitic endings after a colon go ("E3:an", "E5:orna" → "e3", "e5");
 * - license words go anywhere (license/licence/licens/licensen/licenser/licenserna …): they never tell
 *   two products apart ("Microsoft 365 E3 - Unattended License" stays distinct as "… unattended");
 * - "plan 2", "plan2", "abonnemang 2" (sv) and "p2" all become "p2";
 * - "m365"/"o365"/"ms" expand to "microsoft 365"/"office 365"/"microsoft".
 */

const LICENSE_WORDS: ReadonlySet<string> = new Set([
  'license',
  'licenses',
  'licence',
  'licences',
  'licens',
  'licensen',
  'licenser',
  'licenserna',
  'licensens',
  'sku',
]);

const EXPANSIONS: Readonly<Record<string, readonly string[]>> = {
  m365: ['microsoft', '365'],
  o365: ['office', '365'],
  ms: ['microsoft'],
};

const PLAN_WORDS: ReadonlySet<string> = new Set(['plan', 'abonnemang']);

/** The words of `text` after normalisation (see module comment). Empty for license words only. */
export function productTokens(text: string): string[] {
  const folded = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/([\p{L}\p{N}]):\p{L}{1,5}(?![\p{L}\p{N}])/gu, '$1')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  const words = folded === '' ? [] : folded.split(' ');
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    const glued = /^(?:plan|abonnemang)(\d+)$/.exec(word);
    const next = words[i + 1];
    if (glued) {
      out.push(`p${glued[1]}`);
    } else if (PLAN_WORDS.has(word) && next !== undefined && /^\d+$/.test(next)) {
      out.push(`p${next}`);
      i++;
    } else if (LICENSE_WORDS.has(word)) {
      continue;
    } else {
      out.push(...(EXPANSIONS[word] ?? [word]));
    }
  }
  return out;
}

/** One comparable string: the normalised words joined by single spaces. */
export function productKey(text: string): string {
  return productTokens(text).join(' ');
}
