/**
 * The text a reader sees on a card or Slack message when it arrives, for length measurements:
 * TextBlock texts, facts, toggle titles, input labels, choice titles and action titles of an
 * Adaptive Card (elements with `isVisible: false` — details behind "Show details" — are left out,
 * as they are until clicked); the text, fields, labels, options and button texts of Block Kit.
 * Markdown markers (`*`, `_`, `- ` bullets) are counted as they are: they cost the reader little,
 * but the measure stays simple and the same before and after.
 */

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: unknown): string[] {
  return typeof v === 'string' && v !== '' ? [v] : [];
}

/** Visible texts of an Adaptive Card, in order. */
export function adaptiveVisibleTexts(card: unknown): string[] {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(walk);
      return;
    }
    if (!isObject(node)) return;
    if (node.isVisible === false) return;
    switch (node.type) {
      case 'TextBlock':
        out.push(...str(node.text));
        return;
      case 'FactSet':
        for (const f of (node.facts as Json[] | undefined) ?? []) out.push(...str(f.title), ...str(f.value));
        return;
      case 'Input.Toggle':
        out.push(...str(node.title));
        return;
      case 'Input.Text':
        out.push(...str(node.label));
        return;
      case 'Input.ChoiceSet':
        out.push(...str(node.label));
        for (const c of (node.choices as Json[] | undefined) ?? []) out.push(...str(c.title));
        return;
      default:
        if (typeof node.type === 'string' && node.type.startsWith('Action.')) {
          out.push(...str(node.title));
          return;
        }
    }
    for (const [key, value] of Object.entries(node)) {
      // Only the body and the containers' items/actions are shown; data and refresh are not.
      if (key === 'body' || key === 'items' || key === 'actions' || key === 'columns') walk(value);
    }
  };
  walk(card);
  return out;
}

/** Slack shows `<url|title>` as "title" and `<url>` as the url. */
function slackVisible(text: string): string {
  return text.replace(/<([^|>]+)\|([^>]+)>/g, '$2').replace(/<([^>]+)>/g, '$1');
}

/** Visible texts of a Block Kit message (the blocks, not the notification fallback `text`). */
export function blockKitVisibleTexts(message: { blocks: unknown[] }): string[] {
  const out: string[] = [];
  const textOf = (t: unknown): string[] => (isObject(t) ? str(t.text).map(slackVisible) : []);
  for (const block of message.blocks) {
    if (!isObject(block)) continue;
    out.push(...textOf(block.text));
    for (const f of (block.fields as unknown[] | undefined) ?? []) out.push(...textOf(f));
    for (const e of (block.elements as Json[] | undefined) ?? []) {
      out.push(...(e.type === 'button' ? textOf(e.text) : textOf(e)));
    }
    out.push(...textOf(block.label));
    const element = block.element as Json | undefined;
    for (const o of (element?.options as Json[] | undefined) ?? [])
      out.push(...textOf(o.text), ...textOf(o.description));
    if (isObject(block.accessory)) out.push(...textOf(block.accessory.text));
  }
  return out;
}

/** Characters of visible text (sum over the texts). */
export function visibleLength(texts: readonly string[]): number {
  return texts.reduce((n, t) => n + t.length, 0);
}
