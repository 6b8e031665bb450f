import { typoDistance } from './typo-distance';
import { NEGATIONS } from './vocabulary';
import type { Word } from './words';

/*
 * Cue words: what a clause asks for, found anywhere in the clause (not in a fixed sentence shape).
 * Each cue is a word sequence; `*` stands for up to five words in between ("ta det bort",
 * "take Visio away", "need a Visio license back"). Single-word removal verbs, and the longer
 * words of a phrase, also match with one typo ("remvoe", "unassing", "ta bortt").
 */

export type ClauseIntent = 'remove' | 'who-has' | 'list-user-licenses' | 'free-seats' | 'help';

export interface Cue {
  intent: ClauseIntent;
  /** Words of the cue, first to last. */
  start: number;
  end: number;
  /** The removal verb is negated ("ta inte bort", "don't remove"). */
  negated: boolean;
  /** The cue itself says "no longer needs" (a removal without a verb). */
  needless: boolean;
}

interface CueDef {
  intent: ClauseIntent;
  words: string[];
  needless?: boolean;
  /** Only counts when one of these words follows later in the clause ("ta det från Anna"). */
  requiresLater?: readonly string[];
}

const def = (intent: ClauseIntent, phrase: string, extra: Partial<CueDef> = {}): CueDef => ({
  intent,
  words: phrase.split(' '),
  ...extra,
});

const REMOVE_PHRASES = [
  // Swedish
  'ta * bort',
  'ta bort',
  'tabort',
  'plocka * bort',
  'radera',
  'avmarkera',
  'avtilldela',
  'aterkalla',
  'dra * tillbaka',
  'dra in',
  'frigora',
  'frigor',
  'tas bort',
  'ska bort',
  // English
  'remove',
  'removed',
  'unassign',
  'un-assign',
  'deassign',
  'de-assign',
  'revoke',
  'revoked',
  'strip',
  'delete',
  'withdraw',
  'reclaim',
  'deprovision',
  'deallocate',
  'retract',
  'rescind',
  'take * away',
  'take * off',
  'take * back',
  'taken * away',
  'taken * off',
  'need * back',
  'needs * back',
  'want * back',
  'behover * tillbaka',
  'vill ha * tillbaka',
  'free up',
  'get rid of',
];

const NEEDLESS_PHRASES = [
  'behover inte',
  'behover * inte',
  'ska inte ha',
  'ska * inte ha',
  'beh over inte',
  "doesn't need",
  'doesnt need',
  'does not need',
  "don't need",
  'dont need',
  'do not need',
  'no longer needs',
  'no longer need',
  "shouldn't have",
  'should not have',
  "won't need",
  'will not need',
];

const CUES: readonly CueDef[] = [
  ...REMOVE_PHRASES.map((p) => def('remove', p)),
  ...NEEDLESS_PHRASES.map((p) => def('remove', p, { needless: true })),
  def('remove', 'ta', { requiresLater: ['fran', 'ifran'] }),
  def('remove', 'take', { requiresLater: ['from', 'off'] }),
  def('who-has', 'vem har'),
  def('who-has', 'vem * har'),
  def('who-has', 'vilka har'),
  def('who-has', 'vilka anvandare har'),
  def('who-has', 'vem anvander'),
  def('who-has', 'who has'),
  def('who-has', 'who have'),
  def('who-has', "who's got"),
  def('who-has', 'who got'),
  def('who-has', 'who is using'),
  def('who-has', 'which users have'),
  def('who-has', 'which users has'),
  def('who-has', 'what users have'),
  def('who-has', 'users with'),
  def('who-has', 'anvandare med'),
  def('list-user-licenses', 'vilka licenser har'),
  def('list-user-licenses', 'vilka licenser * har'),
  def('list-user-licenses', 'what licenses does'),
  def('list-user-licenses', 'which licenses does'),
  def('list-user-licenses', 'what licenses do'),
  def('list-user-licenses', 'which licenses do'),
  def('list-user-licenses', 'what licenses has'),
  def('free-seats', 'lediga'),
  def('free-seats', 'ledig'),
  def('free-seats', 'ledigt'),
  def('free-seats', 'oanvanda'),
  def('free-seats', 'hur manga * kvar'),
  def('free-seats', 'har vi * kvar'),
  def('free-seats', 'free'),
  def('free-seats', 'available'),
  def('free-seats', 'spare'),
  def('free-seats', 'unused'),
  def('free-seats', 'how many * left'),
  def('help', 'hjalp'),
  def('help', 'help'),
  def('help', 'kommandon'),
  def('help', 'commands'),
  def('help', 'vad kan du'),
  def('help', 'vad kan jag fraga'),
  def('help', 'what can you'),
  def('help', 'how does this work'),
  def('help', 'how does it work'),
  def('help', 'hur funkar'),
  def('help', 'hur fungerar'),
];

/** Cues by their first word: a word is only tried against the cues that can start with it. */
const BY_FIRST_WORD: ReadonlyMap<string, readonly CueDef[]> = (() => {
  const map = new Map<string, CueDef[]>();
  for (const cue of CUES) {
    const first = cue.words[0] ?? '';
    map.set(first, [...(map.get(first) ?? []), cue]);
  }
  return map;
})();

/** Single-word removal verbs that also match with one typo. */
const TYPO_VERBS = ['remove', 'unassign', 'deassign', 'revoke', 'avmarkera', 'avtilldela', 'radera', 'tabort'];
/** Real words one typo away from a verb above: never read as that verb. */
const NOT_TYPOS = new Set(['remote', 'removes', 'revoked', 'unsigned', 'resign', 'assign', 'unassigned', 'invoke']);

// Room for a product name in between: "need a Power BI Pro license back".
const MAX_GAP = 5;

function wordMatches(cueWord: string, word: Word | undefined, later: boolean): boolean {
  if (word === undefined) return false;
  if (word.key === cueWord) return true;
  // "ta bortt", "ta bor": one typo in a later word of a phrase, never in its first word.
  return (
    later &&
    cueWord.length >= 4 &&
    word.key.length >= 3 &&
    !NOT_TYPOS.has(word.key) &&
    typoDistance(word.key, cueWord, 1) <= 1
  );
}

/** Matches a cue at `start`; returns the index past its last word, or undefined. */
function matchAt(cue: CueDef, words: readonly Word[], start: number): number | undefined {
  let at = start;
  for (let k = 0; k < cue.words.length; k++) {
    const part = cue.words[k] ?? '';
    if (part === '*') {
      const next = cue.words[k + 1] ?? '';
      let found: number | undefined;
      for (let gap = 0; gap <= MAX_GAP && found === undefined; gap++) {
        // Never across a clause's punctuation: "take Visio, Anna left" is not "take … away".
        if (gap > 0 && (words[at + gap - 1]?.after ?? '') !== '') break;
        if (wordMatches(next, words[at + gap], true)) found = at + gap;
      }
      if (found === undefined) return undefined;
      at = found;
      continue;
    }
    if (!wordMatches(part, words[at], k > 0)) return undefined;
    at++;
  }
  return at;
}

function isTypoOfVerb(key: string): boolean {
  if (key.length < 5 || NOT_TYPOS.has(key)) return false;
  return TYPO_VERBS.some((verb) => typoDistance(key, verb, 1) <= 1);
}

function negatedBefore(words: readonly Word[], start: number, end: number): boolean {
  for (let i = Math.max(0, start - 2); i < end; i++) {
    const key = words[i]?.key ?? '';
    if (NEGATIONS.has(key)) return true;
    if (key === 'do' && words[i + 1]?.key === 'not') return true;
  }
  return false;
}

/**
 * Every cue in a clause, left to right; overlapping shorter cues are dropped ("ta bort" wins
 * over "ta"). Removal verbs carry `negated` when "inte/not/don't/never" stands just before or
 * inside them; the "no longer needs" cues contain their own negation and are never negated.
 */
export function findCues(words: readonly Word[]): Cue[] {
  const found: Cue[] = [];
  for (let i = 0; i < words.length; i++) {
    let best: { cue: CueDef; end: number } | undefined;
    for (const cue of BY_FIRST_WORD.get(words[i]?.key ?? '') ?? []) {
      const end = matchAt(cue, words, i);
      if (end === undefined) continue;
      if (cue.requiresLater && !words.slice(end).some((w) => cue.requiresLater?.includes(w.key))) continue;
      if (!best || end > best.end) best = { cue, end };
    }
    const word = words[i];
    if (!best && word && isTypoOfVerb(word.key)) best = { cue: def('remove', word.key), end: i + 1 };
    if (!best) continue;
    const needless = best.cue.needless === true;
    found.push({
      intent: best.cue.intent,
      start: i,
      end: best.end,
      negated: best.cue.intent === 'remove' && !needless && negatedBefore(words, i, best.end),
      needless,
    });
    i = best.end - 1;
  }
  return found;
}
