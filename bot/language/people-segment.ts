import { stripGenitive } from './genitive';
import { identityForToken, MENTION_TOKEN_SOURCE, renderTokens } from './mention-tokens';
import type { Mention, PersonRef } from './parsed-request';
import { dedupeBy, splitList } from './split-list';

/*
 * The people segment: names ("Anna Lindberg", "Åsa Öberg", "Liam O'Brien"), first names, UPNs and
 * mail addresses, and mention tokens, in any list form. Mail addresses and mentions are pulled out
 * whole before any cleaning, so their dots, apostrophes and plus signs are never touched.
 */

const EMAIL_SOURCE = String.raw`[\p{L}\p{N}._%+'\-]+@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)+`;
const EMAIL_ONLY = new RegExp(`^${EMAIL_SOURCE}$`, 'u');
const PIECES = new RegExp(`(${MENTION_TOKEN_SOURCE.replace('(', '(?:')}|${EMAIL_SOURCE})`, 'gu');
const TOKEN_OR_EMAIL = new RegExp(`${MENTION_TOKEN_SOURCE}|${EMAIL_SOURCE}`, 'u');

const LEAD_IN =
  /^(?:the\s+)?(?:following\s+)?(?:users?|people|persons|accounts?|employees?|användar(?:e|en|na)|följande(?:\s+användare)?|personer(?:na)?|kontot|both|både|båda)(?:\s*:\s*|\s+)(?=\S)/iu;
const TRAIL_OUT = /(?:'s|:s)?\s+(?:too|also|as\s+well|both|också|båda|account|konto(?:t)?)$/iu;
const EDGE = /^[\s.,!?;:"()[\]{}<>@]+|[\s.,!?;:"()[\]{}<>]+$/gu;

/** Options for reading a people segment. */
export interface PeopleOptions {
  /** The segment is possessive ("Annas och Bos"): each item loses its genitive suffix. */
  genitive?: boolean;
}

function stripWrappingQuotes(text: string): string {
  const match = /^(['"])(.*)\1$/su.exec(text);
  return match?.[2] ?? text;
}

function cleanSegment(segment: string): string {
  let current = segment.trim();
  for (let pass = 0; pass < 4; pass += 1) {
    const before = current;
    current = current.replace(LEAD_IN, '').replace(TRAIL_OUT, '').trim();
    if (current === before) break;
  }
  return current;
}

/** Cleans a typed name; '' when nothing name-like is left. */
function cleanName(text: string): string {
  let current = text.trim();
  for (let pass = 0; pass < 4; pass += 1) {
    const before = current;
    current = stripWrappingQuotes(current).replace(EDGE, '').replace(/\s+/gu, ' ').trim();
    if (current === before) break;
  }
  return /[\p{L}\p{N}]/u.test(current) ? current : '';
}

function personFromPiece(piece: string, mentions: readonly Mention[]): PersonRef | undefined {
  const identity = identityForToken(piece, mentions);
  if (identity !== undefined) return identity;
  if (EMAIL_ONLY.test(piece)) return { kind: 'text', text: piece.replace(/^['.]+|['.]+$/gu, '') };
  const text = cleanName(renderTokens(piece, mentions));
  return text === '' ? undefined : { kind: 'text', text };
}

/** Splits one list item into its mentions, mail addresses and the names between them. */
function peopleInItem(item: string, mentions: readonly Mention[]): PersonRef[] {
  if (!TOKEN_OR_EMAIL.test(item)) {
    const single = personFromPiece(item, mentions);
    return single === undefined ? [] : [single];
  }
  return item
    .split(PIECES)
    .map((piece) => personFromPiece(piece.trim(), mentions))
    .filter((p): p is PersonRef => p !== undefined);
}

function personKey(person: PersonRef): string {
  return person.kind === 'identity' ? `id:${person.userId}` : `text:${person.text}`;
}

/** Parses a people list into de-duplicated person references; [] when nobody is named. */
export function parsePeople(segment: string, mentions: readonly Mention[], options: PeopleOptions = {}): PersonRef[] {
  const people = splitList(cleanSegment(segment))
    .map((item) => (options.genitive === true ? stripGenitive(item) : item))
    .flatMap((item) => peopleInItem(item, mentions));
  return dedupeBy(people, personKey);
}

/**
 * Parses a segment that names one person (list-user-licenses). Not split on "and": a text that
 * names two people stays one text and fails to resolve downstream, which asks the user.
 */
export function parseSinglePerson(
  segment: string,
  mentions: readonly Mention[],
  options: PeopleOptions = {},
): PersonRef | undefined {
  const cleaned = cleanSegment(segment);
  const item = options.genitive === true ? stripGenitive(cleaned) : cleaned;
  return personFromPiece(item.trim(), mentions);
}

/** True when the segment contains a mention or a mail address, i.e. certainly names people. */
export function namesPeople(segment: string): boolean {
  return TOKEN_OR_EMAIL.test(segment);
}

/** True when the segment is nothing but mentions and mail addresses in a list ("remove @Anna"). */
export function onlyMentionsOrMail(segment: string): boolean {
  if (!namesPeople(segment)) return false;
  const leftover = segment
    .replace(new RegExp(PIECES.source, 'gu'), ' ')
    .replace(/(?<=^|\s)(?:and|och|samt|plus)(?=\s|$)/giu, ' ')
    .replace(/[\s,;&]+/gu, '');
  return leftover === '';
}
