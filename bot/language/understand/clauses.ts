import type { Word } from './words';

/*
 * Clauses: a message splits at sentence punctuation and line breaks, and at a comma or dash when
 * what follows starts a new statement ("…, he left last week", "Lisa har slutat, ta bort …").
 * A comma inside a list ("Anna, Bo och Carl") or a name ("Ek, Bo") does not split.
 */

const CLAUSE_STARTERS = new Set(
  (
    'han hon hen de vi jag den det eftersom men sa da nar ' +
    "he she they we i it it's he's she's they're since because but so as " +
    'ta tabort plocka radera avmarkera kan remove unassign revoke take please can could'
  ).split(' '),
);

function endsSentence(after: string): boolean {
  for (const c of after) if (c === '.' || c === '?' || c === '!' || c === ';' || c === '…') return true;
  return false;
}

/** Words that always start a new clause, comma or not ("remove E3 from Bo since he has E5 now"). */
const SUBORDINATORS = new Set(['eftersom', 'since', 'because', 'cause', 'ty']);

function breaksBeforeNext(word: Word, next: Word | undefined): boolean {
  if (!next) return false;
  if (endsSentence(word.after) || next.newlineBefore || SUBORDINATORS.has(next.key)) return true;
  const soft = word.after.includes(',') || word.after.includes('-') || word.after.includes('–');
  return soft && CLAUSE_STARTERS.has(next.key);
}

/** Splits words into clauses (never empty ones), in order. */
export function splitClauses(words: readonly Word[]): Word[][] {
  const clauses: Word[][] = [];
  let current: Word[] = [];
  words.forEach((word, i) => {
    current.push(word);
    if (breaksBeforeNext(word, words[i + 1])) {
      clauses.push(current);
      current = [];
    }
  });
  if (current.length > 0) clauses.push(current);
  return clauses;
}
