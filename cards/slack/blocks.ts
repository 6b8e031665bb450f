/**
 * Small builders for Block Kit, each cutting its text to Slack's limit so no message is
 * rejected for one long name. Text passed to `mrkdwn` builders must already be escaped.
 */
import type {
  ActionsBlock,
  Block,
  Button,
  Checkboxes,
  ConfirmDialog,
  ContextBlock,
  DividerBlock,
  HeaderBlock,
  InputBlock,
  Mrkdwn,
  OptionObject,
  PlainText,
  SectionBlock,
} from './block-kit';
import { plain, truncate } from './escape-mrkdwn';
import { SLACK_LIMITS as L } from './slack-limits';

export function plainText(text: string, max: number): PlainText {
  return { type: 'plain_text', text: truncate(plain(text), max) };
}

export function mrkdwn(text: string, max: number = L.sectionText): Mrkdwn {
  return { type: 'mrkdwn', text: truncate(text, max) };
}

export function header(text: string): HeaderBlock {
  return { type: 'header', text: plainText(text, L.headerText) };
}

export function section(text: string, accessory?: Button): SectionBlock {
  return { type: 'section', text: mrkdwn(text), ...(accessory ? { accessory } : {}) };
}

/** A two-column section; at most 10 fields. */
export function fields(pairs: { title: string; value: string }[]): SectionBlock {
  return {
    type: 'section',
    fields: pairs.slice(0, L.sectionFields).map((p) => mrkdwn(`*${p.title}*\n${p.value}`, L.sectionFieldText)),
  };
}

export function context(text: string): ContextBlock {
  return { type: 'context', elements: [mrkdwn(text, L.contextText)] };
}

export function divider(): DividerBlock {
  return { type: 'divider' };
}

/** "• a\n• b" as mrkdwn lines. */
export function bulletLines(items: readonly string[]): string {
  return items.map((i) => `• ${i}`).join('\n');
}

/**
 * Packs lines into as few sections as possible (each ≤ 3,000 characters) under an optional
 * bold title; a single over-long line is cut.
 */
export function sections(lines: readonly string[], titleText?: string): SectionBlock[] {
  const out: string[] = [];
  let current = titleText ? `*${titleText}*` : '';
  for (const line of lines) {
    const next = current === '' ? line : `${current}\n${line}`;
    if (next.length <= L.sectionText || current === '') {
      current = next;
    } else {
      out.push(current);
      current = line;
    }
  }
  if (current !== '') out.push(current);
  return out.map((t) => section(t));
}

export function confirmDialog(title: string, text: string, confirm: string, deny: string): ConfirmDialog {
  return {
    title: plainText(title, L.confirmTitle),
    text: plainText(text, L.confirmText),
    confirm: plainText(confirm, L.confirmButton),
    deny: plainText(deny, L.confirmButton),
    style: 'danger',
  };
}

export function button(
  text: string,
  actionId: string,
  value: string,
  opts: { style?: 'primary' | 'danger'; confirm?: ConfirmDialog } = {},
): Button {
  return {
    type: 'button',
    text: plainText(text, L.buttonText),
    action_id: actionId,
    value: value.slice(0, L.buttonValue),
    ...opts,
  };
}

export function actions(elements: Button[], blockId?: string): ActionsBlock {
  return { type: 'actions', ...(blockId ? { block_id: blockId } : {}), elements: elements.slice(0, L.actionsElements) };
}

/** A checkbox option: mrkdwn text (escaped by the caller) and a plain description, both ≤ 75. */
export function option(text: string, value: string, description?: string): OptionObject {
  return {
    text: mrkdwn(text, L.optionText),
    value,
    ...(description ? { description: plainText(description, L.optionDescription) } : {}),
  };
}

/**
 * Checkboxes in input blocks of at most 10 options each (`blockId(0)`, `blockId(1)` …), checked
 * where `checked` says so. Input blocks send their state with the button click instead of an
 * event per tick.
 */
export function checkboxBlocks(
  blockId: (index: number) => string,
  actionId: string,
  label: (index: number, count: number) => string,
  options: { option: OptionObject; checked: boolean }[],
): InputBlock[] {
  const blocks: InputBlock[] = [];
  const count = Math.ceil(options.length / L.checkboxOptions);
  for (let i = 0; i < count; i++) {
    const chunk = options.slice(i * L.checkboxOptions, (i + 1) * L.checkboxOptions);
    const checked = chunk.filter((o) => o.checked).map((o) => o.option);
    const element: Checkboxes = {
      type: 'checkboxes',
      action_id: actionId,
      options: chunk.map((o) => o.option),
      ...(checked.length > 0 ? { initial_options: checked } : {}),
    };
    blocks.push({
      type: 'input',
      block_id: blockId(i),
      label: plainText(label(i, count), L.inputLabel),
      element,
      optional: true,
    });
  }
  return blocks;
}

export function textInputBlock(blockId: string, label: string, maxLength: number, placeholder?: string): InputBlock {
  return {
    type: 'input',
    block_id: blockId,
    label: plainText(label, L.inputLabel),
    optional: true,
    element: {
      type: 'plain_text_input',
      action_id: blockId,
      multiline: true,
      max_length: Math.min(maxLength, L.plainTextInputMaxLength),
      ...(placeholder ? { placeholder: plainText(placeholder, L.placeholder) } : {}),
    },
  };
}

/** Drops the `undefined` / `false` of conditional builders. */
export function compactBlocks(blocks: (Block | Block[] | undefined | false)[]): Block[] {
  return blocks.flatMap((b) => (b === undefined || b === false ? [] : Array.isArray(b) ? b : [b]));
}
