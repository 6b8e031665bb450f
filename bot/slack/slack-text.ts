/**
 * Slack message text: user mentions arrive as `<@U123>` or `<@U123|name>` (slash commands only
 * with `should_escape`), and `&`, `<`, `>` typed by the user arrive as `&amp;`, `&lt;`, `&gt;`.
 */

/** One `<@U…>` occurrence: the exact text (the core's placeholder) and the Slack user id. */
export interface SlackMentionText {
  placeholder: string;
  slackUserId: string;
}

const MENTION = /<@([UW][A-Z0-9]+)(?:\|[^<>]*)?>/g;

/** Every user mention in the text, in order, each distinct placeholder once. */
export function mentionsIn(text: string): SlackMentionText[] {
  const seen = new Set<string>();
  const out: SlackMentionText[] = [];
  for (const m of text.matchAll(MENTION)) {
    const [placeholder, slackUserId] = m;
    if (slackUserId === undefined || seen.has(placeholder)) continue;
    seen.add(placeholder);
    out.push({ placeholder, slackUserId });
  }
  return out;
}

/** The text without mentions of `slackUserId` (the bot's own, in an app mention). */
export function withoutMentionOf(text: string, slackUserId: string | undefined): string {
  if (!slackUserId) return text;
  return text.replace(MENTION, (whole, id: string) => (id === slackUserId ? ' ' : whole)).trim();
}

/** Undoes Slack's escaping of `&`, `<` and `>` (after mentions were read from the raw text). */
export function unescapeSlack(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
