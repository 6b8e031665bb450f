/**
 * Making user-provided text safe for Slack. In mrkdwn, `&`, `<` and `>` must be escaped as
 * entities (Slack's formatting reference), which also stops `<https://evil|text>` links and
 * `<!channel>` mentions. Slack has no backslash escape for `*`, `~` and `` ` ``, so those are
 * replaced with look-alike characters (∗ ∼ ˋ) so a display name cannot turn text bold, struck or
 * into code; `_` is kept because it is common in addresses and italics are harmless.
 */
export function escapeMrkdwn(text: string): string {
  return plain(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\*/g, '∗')
    .replace(/~/g, '∼')
    .replace(/`/g, 'ˋ');
}

/** For plain_text fields: one line, no control characters. */
export function plain(text: string): string {
  const oneLine = text.replace(/[\r\n\t]+/g, ' ');
  return [...oneLine].filter((c) => c >= ' ' && c !== '\u007f').join('');
}

/** Cut to `max` characters with an ellipsis, without leaving half an entity (`&am…`). */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max - 1).replace(/&[a-z]{0,4}$/, '')}…`;
}
