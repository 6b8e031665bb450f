/**
 * The subset of Slack Block Kit JSON License Desk emits, typed here because cards/ may not
 * import @slack/* (the Slack adapter passes these objects to Bolt unchanged).
 */

export interface PlainText {
  type: 'plain_text';
  text: string;
}

export interface Mrkdwn {
  type: 'mrkdwn';
  text: string;
}

export type TextObject = PlainText | Mrkdwn;

/** Slack's own "are you sure?" dialog on a button. */
export interface ConfirmDialog {
  title: PlainText;
  text: PlainText;
  confirm: PlainText;
  deny: PlainText;
  style?: 'primary' | 'danger';
}

export interface Button {
  type: 'button';
  text: PlainText;
  /** the verb */
  action_id: string;
  /** the request id (clarification choices: `requestId|choiceValue`) */
  value: string;
  style?: 'primary' | 'danger';
  confirm?: ConfirmDialog;
}

export interface OptionObject {
  text: TextObject;
  value: string;
  description?: PlainText;
}

export interface Checkboxes {
  type: 'checkboxes';
  action_id: string;
  options: OptionObject[];
  initial_options?: OptionObject[];
}

export interface PlainTextInput {
  type: 'plain_text_input';
  action_id: string;
  multiline?: boolean;
  max_length?: number;
  placeholder?: PlainText;
}

export interface HeaderBlock {
  type: 'header';
  text: PlainText;
}

export interface SectionBlock {
  type: 'section';
  text?: TextObject;
  fields?: TextObject[];
  accessory?: Button;
  block_id?: string;
}

export interface ContextBlock {
  type: 'context';
  elements: TextObject[];
}

export interface DividerBlock {
  type: 'divider';
}

export interface ActionsBlock {
  type: 'actions';
  block_id?: string;
  elements: Button[];
}

export interface InputBlock {
  type: 'input';
  block_id: string;
  label: PlainText;
  element: Checkboxes | PlainTextInput;
  optional?: boolean;
  hint?: PlainText;
}

export type Block = HeaderBlock | SectionBlock | ContextBlock | DividerBlock | ActionsBlock | InputBlock;

/** A message: `text` is the notification fallback, `blocks` what Slack shows. */
export interface SlackMessage {
  text: string;
  blocks: Block[];
}
