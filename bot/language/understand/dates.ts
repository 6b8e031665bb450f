import type { Word } from './words';

/*
 * Dates and times in a message ("on Friday", "på fredag", "tomorrow", "i morgon", "next week",
 * "den 15 december", "2026-12-15"). They are only recognised, never computed: the removal would
 * happen when the admin confirms, and the card says so. Recognised words are taken out of the
 * clause so that "Friday" is never read as a name. Hand-written rather than a date library
 * because nothing here needs arithmetic, only the span and whether it points back in time.
 */

export interface DateMention {
  startWord: number;
  endWord: number;
  text: string;
  /** "last week", "yesterday", "i fredags": context about the past, not a wish for later. */
  past: boolean;
}

const WEEKDAYS = new Set([
  'mandag',
  'tisdag',
  'onsdag',
  'torsdag',
  'fredag',
  'lordag',
  'sondag',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]);
// Swedish "i fredags" = last Friday.
const PAST_WEEKDAYS = new Set(['mandags', 'tisdags', 'onsdags', 'torsdags', 'fredags', 'lordags', 'sondags']);
const MONTHS = new Set([
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
  'january',
  'february',
  'march',
  'may',
  'june',
  'july',
  'august',
  'october',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'okt',
  'oct',
  'nov',
  'dec',
]);
const FUTURE_SINGLE = new Set(['tomorrow', 'imorgon', 'imorron', 'overmorgon', 'tonight', 'ikvall']);
const PAST_SINGLE = new Set(['yesterday', 'igar']);
const UNITS = new Set(['week', 'month', 'vecka', 'veckan', 'manad', 'manaden', 'year', 'ar', 'aret']);
const LEAD_IN = new Set([
  'on',
  'pa',
  'this',
  'next',
  'nasta',
  'i',
  'den',
  'by',
  'till',
  'until',
  'from',
  'efter',
  'after',
  'fore',
  'before',
  'the',
  'end',
  'of',
  'slutet',
  'av',
]);
const PAST_LEAD = new Set(['last', 'forra', 'forrige']);

function isNumber(key: string): boolean {
  if (key.length === 0 || key.length > 10) return false;
  for (const c of key) if (!((c >= '0' && c <= '9') || c === '-' || c === '/' || c === '.')) return false;
  return /\d/u.test(key);
}

function isIsoDate(key: string): boolean {
  // yyyy-mm-dd or d/m: digits with separators, checked without a backtracking pattern.
  return isNumber(key) && (key.includes('-') || key.includes('/')) && key.replace(/\D/gu, '').length >= 3;
}

/** Finds date phrases; each phrase is the date word(s) plus the lead-in words before them. */
export function findDates(words: readonly Word[]): DateMention[] {
  const out: DateMention[] = [];
  for (let i = 0; i < words.length; i++) {
    const key = words[i]?.key ?? '';
    const next = words[i + 1]?.key ?? '';
    let end: number | undefined;
    let past = false;
    if (WEEKDAYS.has(key) || FUTURE_SINGLE.has(key) || isIsoDate(key)) end = i + 1;
    else if (PAST_WEEKDAYS.has(key) || PAST_SINGLE.has(key)) [end, past] = [i + 1, true];
    else if (key === 'i' && (next === 'morgon' || next === 'overmorgon' || next === 'kvall')) end = i + 2;
    else if (key === 'i' && next === 'gar') [end, past] = [i + 2, true];
    else if (MONTHS.has(key) && (isNumber(next) || isNumber(words[i - 1]?.key ?? '')))
      end = isNumber(next) ? i + 2 : i + 1;
    else if (UNITS.has(key) && i > 0) {
      const before = words[i - 1]?.key ?? '';
      if (before === 'next' || before === 'nasta' || before === 'this') end = i + 1;
      else if (PAST_LEAD.has(before)) [end, past] = [i + 1, true];
      else if (next === 'ago' || next === 'sedan') [end, past] = [i + 2, true];
    }
    if (end === undefined) continue;
    let start = i;
    if (isNumber(words[i - 1]?.key ?? '') && MONTHS.has(key)) start = i - 1;
    while (start > 0 && (LEAD_IN.has(words[start - 1]?.key ?? '') || PAST_LEAD.has(words[start - 1]?.key ?? ''))) {
      if (PAST_LEAD.has(words[start - 1]?.key ?? '')) past = true;
      start--;
      if (i - start >= 3) break;
    }
    out.push({
      startWord: start,
      endWord: end,
      text: words
        .slice(start, end)
        .map((w) => w.text)
        .join(' '),
      past,
    });
    i = end - 1;
  }
  return out;
}
