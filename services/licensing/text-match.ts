/** Small text helpers for matching what people type against directory names. */

/**
 * Lower case, no diacritics (Åsa → asa), single spaces, and one apostrophe: phones and chat
 * clients turn O'Brien into O’Brien as it is typed, while the directory keeps the ASCII one.
 */
export function fold(text: string): string {
  return (
    text
      // Before diacritics go: ʼ (U+02BC) and ´ count as diacritics and would vanish.
      .replace(/[\u2018\u2019\u02bc\u00b4`]/g, "'")
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** Levenshtein distance, bounded: returns `max + 1` as soon as it is certain to exceed `max`. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length] ?? max + 1;
}
