import type { Mention, PersonRef } from './parsed-request';

/*
 * Mentions are swapped for opaque tokens before any other processing, so that a display name
 * containing "and" or a comma cannot be split, and so the tokens survive normalisation. A token is
 * a private-use character pair around the mention's index; user text cannot forge one because
 * those characters are removed from the input first.
 */
const TOKEN_OPEN = '\uE000';
const TOKEN_CLOSE = '\uE001';
const TOKEN_CHARS = /[\uE000\uE001]/gu;

/** Source of a regex matching one mention token; capture group 1 is the mention index. */
export const MENTION_TOKEN_SOURCE = String.raw`\uE000(\d+)\uE001`;

/** The mention a whole-string token stands for, or undefined when `text` is not exactly one token. */
function mentionForToken(text: string, mentions: readonly Mention[]): Mention | undefined {
  const match = new RegExp(`^${MENTION_TOKEN_SOURCE}$`, 'u').exec(text);
  if (match?.[1] === undefined) return undefined;
  return mentions[Number(match[1])];
}

/** A person reference for a token, or undefined when `text` is not exactly one known token. */
export function identityForToken(text: string, mentions: readonly Mention[]): PersonRef | undefined {
  const mention = mentionForToken(text, mentions);
  return mention === undefined
    ? undefined
    : { kind: 'identity', userId: mention.userId, displayName: mention.displayName };
}

/** Replaces every token with its display name, for text that leaves the parser. */
export function renderTokens(text: string, mentions: readonly Mention[]): string {
  return text.replace(new RegExp(MENTION_TOKEN_SOURCE, 'gu'), (_whole, index: string) => {
    return mentions[Number(index)]?.displayName ?? '';
  });
}

/** Keeps only well-formed mentions; channel data is trusted for content but not for shape. */
export function validMentions(mentions: unknown): Mention[] {
  if (!Array.isArray(mentions)) return [];
  return mentions.filter(
    (m): m is Mention =>
      typeof m === 'object' &&
      m !== null &&
      typeof (m as Mention).placeholder === 'string' &&
      (m as Mention).placeholder.length > 0 &&
      typeof (m as Mention).userId === 'string' &&
      typeof (m as Mention).displayName === 'string',
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Slack's `<@U123>` placeholder also appears as `<@U123|label>` in message text. */
function placeholderPattern(placeholder: string): RegExp {
  const slack = /^<@([A-Z0-9]+)>$/iu.exec(placeholder);
  if (slack?.[1] !== undefined) return new RegExp(`<@${escapeRegExp(slack[1])}(?:\\|[^<>]*)?>`, 'gu');
  return new RegExp(escapeRegExp(placeholder), 'gu');
}

/**
 * Replaces the channel's mention placeholders with tokens, then turns leftovers the channel did
 * not resolve into plain text: `<at>Name</at>` → `Name`, `<@U1|anna>` → `anna`, `<@U1>` → `U1`,
 * Slack's auto-linked `<mailto:a@b|a@b>` → `a@b` and `<url|label>` → `label`.
 */
export function substituteMentions(text: string, mentions: readonly Mention[]): string {
  let out = text.replace(TOKEN_CHARS, '');
  // Longest placeholders first, so `<at>Anna Lindberg</at>` is not pre-empted by a shorter one.
  const order = mentions
    .map((m, index) => ({ m, index }))
    .sort((a, b) => b.m.placeholder.length - a.m.placeholder.length);
  for (const { m, index } of order) {
    out = out.replace(placeholderPattern(m.placeholder), `${TOKEN_OPEN}${index}${TOKEN_CLOSE}`);
  }
  return out
    .replace(/<at(?:\s[^<>]*)?>([^<>]*)<\/at>/giu, '$1')
    .replace(/<@([A-Z0-9]+)\|([^<>]*)>/giu, '$2')
    .replace(/<@([A-Z0-9]+)>/giu, '$1')
    .replace(/<mailto:([^<>|]+)(?:\|[^<>]*)?>/giu, '$1')
    .replace(/<(?:https?|tel):[^<>|]*\|([^<>]*)>/giu, '$1')
    .replace(/<((?:https?|tel):[^<>|]*)>/giu, '$1')
    .replace(/<#[A-Z0-9]+\|([^<>]*)>/giu, '#$1')
    .replace(/<![^<>]*>/gu, ' ');
}
