/*
 * Text normalisation: everything that makes two spellings of the same message look the same to
 * the patterns, without changing case (names and product names keep the case the user typed).
 */

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,6});/giu, (whole, body: string) => {
    const lower = body.toLowerCase();
    if (lower.startsWith('#')) {
      const code = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
      // Surrogates and out-of-range code points would make fromCodePoint throw.
      const valid = Number.isInteger(code) && code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
      return valid ? String.fromCodePoint(code) : ' ';
    }
    return ENTITIES[lower] ?? whole;
  });
}

/**
 * Normalises a chat message: drops markup (Teams sends light HTML), decodes entities (Slack
 * escapes `&`, `<`, `>`), unifies quotes and dashes, and collapses whitespace. Newlines survive as
 * single `\n` because a pasted column of names is a list.
 */
export function normaliseText(text: string): string {
  const withoutTags = text
    .replace(/<br\s*\/?>|<\/(?:p|div|li)>/giu, '\n')
    .replace(/<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/giu, ' ');
  return (
    decodeEntities(withoutTags)
      .normalize('NFC')
      .replace(/[\u2018\u2019\u201A\u201B\u2032\u00B4`]/gu, "'")
      .replace(/[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]/gu, '"')
      .replace(/\uFF1F/gu, '?')
      .replace(/[\u2010\u2011]/gu, '-')
      .replace(/[\u200B\u200C\u2060\uFEFF]/gu, '')
      // Control characters and exotic spaces become plain spaces; line breaks stay line breaks.
      .replace(/[\p{Cc}\u00A0\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/gu, (c) =>
        c === '\n' || c === '\u2028' || c === '\u2029' ? '\n' : ' ',
      )
      .replace(/[^\S\n]+/gu, ' ')
      .replace(/ ?\n[\s]*/gu, '\n')
      .trim()
  );
}
