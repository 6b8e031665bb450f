/*
 * parseRequest: free chat text (Swedish or English) → a typed request, as a value; never throws.
 *
 * Approach — a small pipeline, each step in its own file:
 *   1. mention-tokens: the channel's mentions (Teams `<at>…</at>`, Slack `<@U…>`) become opaque
 *      tokens; unresolved leftovers become plain names.
 *   2. normalise-text: markup, entities, quotes, whitespace.
 *   3. strip-filler: greetings, the bot's name, politeness, edge punctuation and emoji.
 *   4. match-intent: anchored regexes per intent and language (intent-patterns-en/-sv) that only
 *      locate the product segment and the people segment; remove-segments splits what follows a
 *      removal verb at "from/från" (else "for/för/…", else a possessive "Anna's"/"Annas").
 *   5. product-segment / people-segment: strip articles and license words, split lists on
 *      commas/and/och/&/plus/samt, keep mails and mentions intact, de-duplicate.
 * Nothing here knows the tenant: product and people texts are matched against the catalog and
 * directory by the planner, which also asks the user when something does not resolve.
 *
 * Known limits:
 *   - "remove Anna from E3" is read in the written order unless one side clearly names people
 *     (mail, mention) or a product (digit, acronym, product word); otherwise it is products-first.
 *   - A product name containing "and"/"och" splits ("Dynamics 365 Sales and Marketing").
 *   - Swedish possessive s is stripped except for a short list of s-final first names (Lars,
 *     Jonas, Agnes…); an s-final name outside the list loses its s ("Ines"→"Ine" if unlisted).
 *   - A bare "for"/"för" is the people preposition only when no "from"/"från" is present, so
 *     "remove Defender for Endpoint" (no people) reads "Endpoint" as a person.
 *   - "I"/"me"/"my"/"jag"/"mig"/"mina" in a licenses question become the text "me" (SELF_TEXT); the
 *     conversation core, which knows the requester, resolves it. In removals they stay text.
 *   - Two requests in one message ("E3 from Anna and Visio from Bo") are not separated.
 *   - Names written "Lindberg, Anna" split at the comma; names not separated by any list word
 *     ("Anna Bo") stay one name.
 */
import { detectLocale } from './detect-locale';
import { matchIntent } from './match-intent';
import { substituteMentions, validMentions } from './mention-tokens';
import { normaliseText } from './normalise-text';
import type { Locale, ParseOptions, ParseProblemCode, ParsedRequest, ParseResult } from './parsed-request';
import { recogniseReclaim } from './reclaim-cues';
import { recogniseSchedule } from './schedule-cues';
import { stripFiller } from './strip-filler';

/** Messages longer than this are refused with 'too-long' before any parsing. */
export const MAX_TEXT_LENGTH = 2000;

function failure(locale: Locale, code: ParseProblemCode): ParseResult {
  return { ok: false, locale, problems: [{ code }] };
}

function chosenLocale(options: ParseOptions | undefined): Locale | undefined {
  const locale: unknown = options?.locale;
  return locale === 'sv' || locale === 'en' ? locale : undefined;
}

/** A message made ready for the grammar: mentions substituted, text normalised, filler stripped. */
type Prepared =
  | { done: ParseResult }
  | {
      done?: undefined;
      locale: Locale;
      stripped: ReturnType<typeof stripFiller>;
      mentions: ReturnType<typeof validMentions>;
    };

function prepare(text: string, options: ParseOptions | undefined): Prepared {
  const raw = typeof text === 'string' ? text : '';
  const forced = chosenLocale(options);
  if (raw.length > MAX_TEXT_LENGTH) {
    return { done: failure(forced ?? detectLocale(raw.slice(0, MAX_TEXT_LENGTH)), 'too-long') };
  }
  const mentions = validMentions(options?.mentions);
  const normalised = normaliseText(substituteMentions(raw, mentions));
  const locale = forced ?? detectLocale(normalised);
  if (normalised === '') return { done: failure(locale, 'empty') };

  const stripped = stripFiller(normalised);
  if (stripped.questionOnly) return { done: { ok: true, locale, request: { kind: 'help' } } };
  // A bare greeting or a bare "@License Desk" is someone starting a conversation: offer help.
  if (stripped.text === '')
    return {
      done: stripped.greeted ? { ok: true, locale, request: { kind: 'help' } } : failure(locale, 'unknown-intent'),
    };
  return { locale, stripped, mentions };
}

/** Reclaim cues first: "free up", "frigöra" and "unused" never start a removal or a question. */
function cueRequest(stripped: string): ParsedRequest | undefined {
  return recogniseReclaim(stripped) ?? recogniseSchedule(stripped);
}

/**
 * Parses one chat message. `options.locale` (from the channel) wins over detection; both
 * languages' grammar is tried either way. `options.mentions` lists the mentions the channel
 * resolved; each placeholder found in the text becomes an identity person. Pure and synchronous.
 */
export function parseRequest(text: string, options?: ParseOptions): ParseResult {
  const prepared = prepare(text, options);
  if (prepared.done) return prepared.done;
  const { locale, stripped, mentions } = prepared;
  const cue = cueRequest(stripped.text);
  if (cue) return { ok: true, locale, request: cue };

  const outcome = matchIntent(stripped.text, locale, mentions);
  if (outcome === undefined) return failure(locale, 'unknown-intent');
  return outcome.ok
    ? { ok: true, locale, request: outcome.request }
    : { ok: false, locale, intent: outcome.intent, problems: outcome.problems };
}

/**
 * Only the reclaim and scheduled-removal cues of a message ("free up licenses", "which removals
 * are scheduled"), which name no tenant entity: what the entity-first pipeline leaves to this
 * parser. Undefined for anything else; the sentence grammar is not run.
 */
export function parseCueRequest(text: string, options?: ParseOptions): ParsedRequest | undefined {
  const prepared = prepare(text, options);
  return prepared.done ? undefined : cueRequest(prepared.stripped.text);
}
