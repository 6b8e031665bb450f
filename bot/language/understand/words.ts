import { fold } from '../../../services/licensing/text-match';

/**
 * One whitespace-separated word of a message, with the punctuation at its edges split off.
 * Built with plain loops rather than regexes: this runs on user text, and edge-trimming
 * patterns such as `[.,]+$` backtrack quadratically on long runs of punctuation.
 */
export interface Word {
  /** The word without edge punctuation: "E5:an", "O'Brien", "anna@contoso.se", "Annas". */
  text: string;
  /** `text` folded (lower case, no diacritics), for vocabulary lookups. */
  key: string;
  /** Punctuation that followed the word (",", "?", "."), possibly empty. */
  after: string;
  /** A line break came before this word. */
  newlineBefore: boolean;
}

const LEADING = new Set(['(', '"', '«', '[', '*', '>', '¿', '¡', '-', '–', '—']);
const TRAILING = new Set([',', '.', ';', ':', '!', '?', '…', ')', '"', '»', ']', '*', '-', '–', '—']);

function isSpace(c: string): boolean {
  return c === ' ' || c === '\n' || c === '\t' || c === '\r';
}

/** Splits text into words; linear in the length of the text. */
export function splitWords(text: string): Word[] {
  const out: Word[] = [];
  let i = 0;
  let newline = false;
  while (i < text.length) {
    const c = text[i] ?? '';
    if (isSpace(c)) {
      if (c === '\n') newline = true;
      i++;
      continue;
    }
    let j = i;
    while (j < text.length && !isSpace(text[j] ?? ' ')) j++;
    const raw = text.slice(i, j);
    let start = 0;
    let end = raw.length;
    while (start < end && LEADING.has(raw[start] ?? '')) start++;
    while (end > start && TRAILING.has(raw[end - 1] ?? '')) end--;
    const core = raw.slice(start, end);
    if (core !== '') out.push({ text: core, key: fold(core), after: raw.slice(end), newlineBefore: newline });
    else if (out.length > 0) {
      // A lone "?" or "-" belongs to the word before it.
      const last = out[out.length - 1];
      if (last) last.after += raw;
    }
    newline = false;
    i = j;
  }
  return out;
}
