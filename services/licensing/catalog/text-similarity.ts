/** Levenshtein distance (insert, delete, substitute each cost 1). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitute = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitute));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** 1 for equal strings, 0 for nothing in common: `1 - distance / longer length`. */
export function stringSimilarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 1 : 1 - editDistance(a, b) / longer;
}

/**
 * How well the query words are covered by the name words, 0..1: for every query word its best
 * similarity to any name word, averaged. A typo ("vsio") still scores high against "visio".
 */
export function tokenCoverage(queryTokens: readonly string[], nameTokens: readonly string[]): number {
  if (queryTokens.length === 0 || nameTokens.length === 0) return 0;
  const total = queryTokens.reduce((sum, q) => sum + Math.max(...nameTokens.map((n) => stringSimilarity(q, n))), 0);
  return total / queryTokens.length;
}
