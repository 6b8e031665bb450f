/*
 * Splits "Anna, Bo and Carl" / "E3 och Visio" / "Anna & Bo" / "A, B, and C" (Oxford comma) into
 * items. Only called on a segment already known to be a product list or a people list, so
 * "Microsoft 365 E3" is never at risk; a product whose name contains "and" ("Dynamics 365 Sales
 * and Marketing") does split, which is accepted as rare.
 */

const SEPARATOR = /\s*[,;\n&]\s*|\s+(?:\+|and\s+also|as\s+well\s+as|och\s+även|och\s+också|and|och|samt|plus)\s+/iu;
const LEADING_CONJUNCTION = /^(?:and|och|samt|plus)\s+/iu;
const ONLY_CONJUNCTION = /^(?:and|och|samt|plus)$/iu;
const TRAILING_CONJUNCTION = /\s+(?:and|och|samt|plus)$/iu;

/** Splits a list segment into trimmed, non-empty items in their original order. */
export function splitList(segment: string): string[] {
  return (
    segment
      .split(new RegExp(SEPARATOR.source, 'giu'))
      .map((item) => item.trim().replace(LEADING_CONJUNCTION, '').replace(TRAILING_CONJUNCTION, '').trim())
      // A lone conjunction is what is left of "E3 and" or "and from": not an item.
      .filter((item) => item.length > 0 && !ONLY_CONJUNCTION.test(item))
  );
}

/** Keeps the first of each group of items that are equal ignoring case; order is preserved. */
export function dedupeBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const item of items) {
    const k = key(item).toLocaleLowerCase('sv');
    if (!seen.has(k)) {
      seen.add(k);
      out.push(item);
    }
  }
  return out;
}
