/*
 * understand(): chat text → requests, entity-first, against the tenant's own names.
 *
 *   1. The length limit, before any regex reads the text; mentions → tokens; normalisation;
 *      greetings and politeness off the edges (the same steps as the shape parser).
 *   2. Words, then clauses (sentence ends, line breaks, a comma before a new statement).
 *   3. Per clause: cue words (what is asked: remove, who has, which licenses, free seats, help;
 *      negation), dates, product spans from the product index, people from the directory index,
 *      pronouns, "all licenses", the requester ("my", "jag").
 *   4. A clause without a cue is context: its products are never removed, and its words are
 *      only names if the directory says so.
 *   5. Removal clauses become removals (several when the message has several); otherwise the
 *      first question; otherwise help; otherwise "unknown". Pronouns take the only person or
 *      product mentioned elsewhere. Anything unsure is a problem or an ambiguous candidate list:
 *      understanding never guesses and never changes anything.
 *
 * Pure given the indexes (no I/O) and channel-neutral.
 */
import { detectLocale } from '../detect-locale';
import { substituteMentions, validMentions } from '../mention-tokens';
import { normaliseText } from '../normalise-text';
import type { Locale, ParseOptions } from '../parsed-request';
import { MAX_TEXT_LENGTH } from '../parse-request';
import { stripFiller } from '../strip-filler';
import { assembleRemovals, toPerson } from './assemble-removals';
import { analyseClause, understoodProduct, type ClauseAnalysis } from './clause-analysis';
import { splitClauses } from './clauses';
import type { UnderstandingIndexes } from './indexes';
import type {
  Understanding,
  UnderstandingProblemCode,
  UnderstoodPerson,
  UnderstoodProduct,
  UnderstoodRequest,
} from './understanding';
import { splitWords } from './words';

function failure(locale: Locale, code: UnderstandingProblemCode, intent?: UnderstoodRequest['kind']): Understanding {
  return { ok: false, locale, ...(intent ? { intent } : {}), problems: [{ code }] };
}

function firstProduct(clause: ClauseAnalysis): UnderstoodProduct | undefined {
  for (const e of clause.entities) if (e.kind === 'product') return understoodProduct(e.product);
  return clause.leftover !== '' ? { text: clause.leftover, skuIds: [] } : undefined;
}

const SELF: UnderstoodPerson = { text: 'me', self: true, candidates: [], unknown: false };

function question(
  clause: ClauseAnalysis,
  clauses: readonly ClauseAnalysis[],
): UnderstoodRequest | UnderstandingProblemCode {
  switch (clause.role) {
    case 'who-has': {
      const product = firstProduct(clause);
      return product ? { kind: 'who-has', product } : 'missing-product';
    }
    case 'free-seats': {
      const product = clause.entities.find((e) => e.kind === 'product');
      return product?.kind === 'product'
        ? { kind: 'free-seats', product: understoodProduct(product.product) }
        : { kind: 'free-seats' };
    }
    case 'list-user-licenses': {
      for (const e of clause.entities) {
        if (e.kind === 'person') return { kind: 'list-user-licenses', person: toPerson(e.person) };
        if (e.kind === 'self') return { kind: 'list-user-licenses', person: SELF };
        if (e.kind === 'person-pronoun') {
          const others = clauses.flatMap((c) =>
            c === clause ? [] : c.entities.flatMap((x) => (x.kind === 'person' ? [x.person] : [])),
          );
          return others.length === 1 && others[0]
            ? { kind: 'list-user-licenses', person: toPerson(others[0]) }
            : 'unresolved-pronoun';
        }
      }
      return 'missing-person';
    }
    case 'remove':
    case 'negated-remove':
    case 'help':
    case 'context':
      return 'unknown-intent';
  }
}

/**
 * Understands one chat message against the tenant's people and products. `options.locale`
 * (from the channel) wins over detection. Synchronous, pure, never throws.
 */
export function understand(text: string, indexes: UnderstandingIndexes, options?: ParseOptions): Understanding {
  const raw = typeof text === 'string' ? text : '';
  const forced = options?.locale === 'sv' || options?.locale === 'en' ? options.locale : undefined;
  // Before any regex: a long message costs nothing more than its first 2,000 characters.
  if (raw.length > MAX_TEXT_LENGTH) return failure(forced ?? detectLocale(raw), 'too-long');
  const mentions = validMentions(options?.mentions);
  const normalised = normaliseText(substituteMentions(raw, mentions));
  const locale = forced ?? detectLocale(normalised);
  if (normalised === '') return failure(locale, 'empty');
  const stripped = stripFiller(normalised);
  if (stripped.questionOnly || (stripped.text === '' && stripped.greeted))
    return { ok: true, locale, requests: [{ kind: 'help' }], contextProducts: [] };
  if (stripped.text === '') return failure(locale, 'unknown-intent');

  // Cues are found anywhere, so politeness ("jag behöver…", "could you…") need not be cut off:
  // cutting it would cut "jag behöver en Visio-licens tillbaka" too. Only the edges' symbols go.
  const clauses = splitClauses(splitWords(normalised)).map((words, i) => analyseClause(i, words, indexes, mentions));
  const contextProducts = clauses
    .filter((c) => c.role === 'context')
    .flatMap((c) => c.entities.flatMap((e) => (e.kind === 'product' ? [understoodProduct(e.product)] : [])));
  const future = clauses.flatMap((c) => c.dates).find((d) => !d.past);
  const base = { ok: true as const, locale, contextProducts, ...(future ? { date: { text: future.text } } : {}) };

  if (clauses.some((c) => c.role === 'negated-remove')) return failure(locale, 'negated', 'remove');
  if (clauses.some((c) => c.role === 'remove')) {
    const removals = assembleRemovals(clauses);
    return removals.ok ? { ...base, requests: removals.removals } : failure(locale, removals.code, 'remove');
  }
  const asking = clauses.find(
    (c) => c.role === 'who-has' || c.role === 'list-user-licenses' || c.role === 'free-seats',
  );
  if (asking) {
    const request = question(asking, clauses);
    return typeof request === 'string'
      ? failure(locale, request, asking.role as UnderstoodRequest['kind'])
      : { ...base, requests: [request] };
  }
  if (clauses.some((c) => c.role === 'help')) return { ...base, requests: [{ kind: 'help' }] };
  return failure(locale, 'unknown-intent');
}
