/**
 * `expectValidBlockKit`: the documented Block Kit limits (Slack reference for blocks, block
 * elements and composition objects) plus our own rules: button values are the request id only
 * (clarification choices `requestId|value`), action ids are verbs, ids unique where Slack
 * requires it, and the whole message under the block-text budget Slack enforces in practice.
 */
import type { Button, Checkboxes, SlackMessage, TextObject } from '../../../cards/slack/block-kit';
import { blockTextLength } from '../../../cards/slack/fit-message';
import { SLACK_LIMITS as L } from '../../../cards/slack/slack-limits';
import { VERBS } from '../../../cards/views';

const KNOWN_VERBS: ReadonlySet<string> = new Set(Object.values(VERBS));
const BLOCK_TYPES: ReadonlySet<string> = new Set(['header', 'section', 'context', 'divider', 'actions', 'input']);

function textLen(t: TextObject | undefined): number {
  return typeof t?.text === 'string' ? t.text.length : 0;
}

function checkText(problems: string[], where: string, t: TextObject | undefined, max: number, plainOnly = false): void {
  if (t === undefined) return;
  if (t.type !== 'plain_text' && t.type !== 'mrkdwn')
    problems.push(`${where}: text type ${String((t as { type: unknown }).type)}`);
  if (plainOnly && t.type !== 'plain_text') problems.push(`${where}: must be plain_text`);
  if (typeof t.text !== 'string' || t.text.trim() === '') problems.push(`${where}: empty text`);
  if (textLen(t) > max) problems.push(`${where}: ${textLen(t)} chars > ${max}`);
}

function checkButton(problems: string[], where: string, b: Button, requestIds: ReadonlySet<string> | undefined): void {
  checkText(problems, `${where}.text`, b.text, L.buttonText, true);
  if (!KNOWN_VERBS.has(b.action_id)) problems.push(`${where}: action_id ${String(b.action_id)} is not a verb`);
  if (typeof b.value !== 'string' || b.value === '' || b.value.length > L.buttonValue)
    problems.push(`${where}: bad value`);
  const [requestId, choice, extra] = String(b.value).split('|');
  if (extra !== undefined) problems.push(`${where}: value has more than requestId|choice`);
  if (choice !== undefined && b.action_id !== VERBS.choosePerson && b.action_id !== VERBS.chooseProduct) {
    problems.push(`${where}: only choice buttons may carry a second value`);
  }
  if (requestIds && requestId !== undefined && !requestIds.has(requestId))
    problems.push(`${where}: value ${requestId} is not a request id`);
  if (b.confirm) {
    checkText(problems, `${where}.confirm.title`, b.confirm.title, L.confirmTitle, true);
    checkText(problems, `${where}.confirm.text`, b.confirm.text, L.confirmText);
    checkText(problems, `${where}.confirm.confirm`, b.confirm.confirm, L.confirmButton, true);
    checkText(problems, `${where}.confirm.deny`, b.confirm.deny, L.confirmButton, true);
  }
}

function checkCheckboxes(problems: string[], where: string, c: Checkboxes): void {
  const options = c.options;
  if (options.length === 0 || options.length > L.checkboxOptions) problems.push(`${where}: ${options.length} options`);
  const values = new Set(options.map((o) => o.value));
  if (values.size !== options.length) problems.push(`${where}: duplicate option values`);
  options.forEach((o, i) => {
    checkText(problems, `${where}.options.${i}.text`, o.text, L.optionText);
    checkText(problems, `${where}.options.${i}.description`, o.description, L.optionDescription, true);
    if (typeof o.value !== 'string' || o.value === '' || o.value.length > L.optionValue)
      problems.push(`${where}.options.${i}: bad value`);
  });
  for (const o of c.initial_options ?? []) {
    if (!options.some((x) => JSON.stringify(x) === JSON.stringify(o)))
      problems.push(`${where}: initial option not among options`);
  }
}

/** Every violation found; empty when the message is fine. `requestIds` limits button values. */
export function blockKitProblems(message: SlackMessage, requestIds?: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const blocks = message.blocks;
  if (typeof message.text !== 'string' || message.text.trim() === '') problems.push('fallback text is empty');
  if (message.text.length > L.messageText) problems.push('fallback text too long');
  if (blocks.length === 0) problems.push('no blocks');
  if (blocks.length > L.blocksPerMessage) problems.push(`${blocks.length} blocks > ${L.blocksPerMessage}`);
  const total = blockTextLength(message.blocks);
  if (total > L.totalBlockText) problems.push(`block text ${total} > ${L.totalBlockText}`);
  const blockIds = new Set<string>();
  blocks.forEach((b, i) => {
    const where = `blocks.${i}(${b.type})`;
    if (!BLOCK_TYPES.has(b.type)) problems.push(`${where}: unknown block type`);
    if ('block_id' in b && b.block_id !== undefined) {
      if (blockIds.has(b.block_id)) problems.push(`${where}: duplicate block_id ${b.block_id}`);
      if (String(b.block_id).length > L.blockId) problems.push(`${where}: block_id too long`);
      blockIds.add(b.block_id);
    }
    switch (b.type) {
      case 'header':
        checkText(problems, where, b.text, L.headerText, true);
        break;
      case 'section':
        if (!b.text && !b.fields) problems.push(`${where}: neither text nor fields`);
        checkText(problems, `${where}.text`, b.text, L.sectionText);
        if (b.fields && b.fields.length > L.sectionFields) problems.push(`${where}: too many fields`);
        (b.fields ?? []).forEach((f, j) => checkText(problems, `${where}.fields.${j}`, f, L.sectionFieldText));
        if (b.accessory) checkButton(problems, `${where}.accessory`, b.accessory, requestIds);
        break;
      case 'context':
        if (b.elements.length === 0 || b.elements.length > L.contextElements)
          problems.push(`${where}: bad element count`);
        b.elements.forEach((e, j) => checkText(problems, `${where}.elements.${j}`, e, L.contextText));
        break;
      case 'actions': {
        if (b.elements.length === 0 || b.elements.length > L.actionsElements)
          problems.push(`${where}: bad element count`);
        const ids = b.elements.map((e) => e.action_id);
        if (new Set(ids).size !== ids.length) problems.push(`${where}: duplicate action_id in block`);
        b.elements.forEach((e, j) => {
          if (e.type !== 'button')
            problems.push(`${where}.elements.${j}: ${String((e as { type: unknown }).type)} in actions`);
          else checkButton(problems, `${where}.elements.${j}`, e, requestIds);
        });
        break;
      }
      case 'divider':
        break;
      case 'input':
        checkText(problems, `${where}.label`, b.label, L.inputLabel, true);
        if (typeof b.block_id !== 'string') problems.push(`${where}: input without block_id`);
        if (b.element.type === 'checkboxes') checkCheckboxes(problems, `${where}.element`, b.element);
        else if (b.element.type === 'plain_text_input') {
          if ((b.element.max_length ?? 0) > L.plainTextInputMaxLength) problems.push(`${where}: max_length too big`);
          checkText(problems, `${where}.placeholder`, b.element.placeholder, L.placeholder, true);
        } else problems.push(`${where}: element ${String((b.element as { type: unknown }).type)}`);
        break;
    }
  });
  return problems;
}

export function expectValidBlockKit(message: SlackMessage, requestIds?: ReadonlySet<string>): void {
  expect(blockKitProblems(message, requestIds)).toEqual([]);
}

/** All text of a message, for wording assertions. */
export function blockKitText(message: SlackMessage): string {
  const parts: string[] = [message.text];
  const visit = (n: unknown): void => {
    if (Array.isArray(n)) n.forEach(visit);
    else if (typeof n === 'object' && n !== null) {
      for (const [k, v] of Object.entries(n)) {
        if (k === 'text' && typeof v === 'string') parts.push(v);
        else visit(v);
      }
    }
  };
  visit(message.blocks);
  return parts.join('\n');
}
