/**
 * Small builders for Adaptive Card elements, so card files read as layout rather than JSON.
 * Every text-bearing builder expects already-escaped text (see escape-markdown.ts).
 */
import type { Verb } from '../views';
import type {
  ActionData,
  ActionSet,
  AdaptiveCard,
  CardElement,
  ChoiceSetInput,
  Container,
  ExecuteAction,
  FactSet,
  Spacing,
  TextBlock,
  TextInput,
  ToggleInput,
  ToggleVisibilityAction,
} from './adaptive-card';

export const ADAPTIVE_CARD_SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';

/** The card root: Adaptive Card 1.5 with the given body. */
export function adaptiveCard(body: CardElement[]): AdaptiveCard {
  return { type: 'AdaptiveCard', version: '1.5', $schema: ADAPTIVE_CARD_SCHEMA, body };
}

export function textBlock(text: string, opts: Omit<TextBlock, 'type' | 'text' | 'wrap'> = {}): TextBlock {
  return { type: 'TextBlock', text, wrap: true, ...opts };
}

/** The card title: large, bold, and marked as a heading for screen readers. */
export function title(text: string): TextBlock {
  return textBlock(text, { size: 'large', weight: 'bolder', style: 'heading' });
}

/** A section heading inside a card. */
export function heading(text: string): TextBlock {
  return textBlock(text, { weight: 'bolder', spacing: 'medium', style: 'heading' });
}

/** A markdown bullet list; `undefined` when there is nothing to list. */
export function bullets(
  items: readonly string[],
  opts: Omit<TextBlock, 'type' | 'text' | 'wrap'> = {},
): TextBlock | undefined {
  if (items.length === 0) return undefined;
  return textBlock(items.map((i) => `- ${i}`).join('\n'), opts);
}

export function factSet(facts: { title: string; value: string }[], spacing?: Spacing): FactSet {
  return spacing ? { type: 'FactSet', facts, spacing } : { type: 'FactSet', facts };
}

/** A checkbox sending 'true' / 'false'. */
export function toggle(id: string, titleText: string, checked: boolean): ToggleInput {
  return {
    type: 'Input.Toggle',
    id,
    title: titleText,
    value: checked ? 'true' : 'false',
    valueOn: 'true',
    valueOff: 'false',
    wrap: true,
  };
}

/** Radio buttons (expanded) that must be answered. */
export function choiceSet(
  id: string,
  label: string,
  choices: { title: string; value: string }[],
  errorMessage: string,
): ChoiceSetInput {
  return { type: 'Input.ChoiceSet', id, label, style: 'expanded', isRequired: true, errorMessage, choices, wrap: true };
}

export function textInput(id: string, label: string, maxLength: number, placeholder?: string): TextInput {
  return { type: 'Input.Text', id, label, maxLength, isMultiline: true, ...(placeholder ? { placeholder } : {}) };
}

/** A Universal Action. `data` holds the request id only; `style` marks the destructive choice. */
export function executeAction(
  verb: Verb,
  data: ActionData,
  titleText: string,
  style?: 'positive' | 'destructive',
): ExecuteAction {
  return {
    type: 'Action.Execute',
    verb,
    title: titleText,
    data: { requestId: data.requestId },
    ...(style ? { style } : {}),
  };
}

/** Cancel-like actions skip input validation and send no inputs. */
export function withoutInputs(action: ExecuteAction): ExecuteAction {
  return { ...action, associatedInputs: 'none' };
}

export function actionSet(actions: ActionSet['actions']): ActionSet {
  return { type: 'ActionSet', actions, spacing: 'medium' };
}

/** A link-like action that shows or hides the elements with these ids, on the card itself. */
export function toggleVisibility(titleText: string, targetElements: string[]): ToggleVisibilityAction {
  return { type: 'Action.ToggleVisibility', title: titleText, targetElements };
}

export function container(items: CardElement[], opts: Omit<Container, 'type' | 'items'> = {}): Container {
  return { type: 'Container', items, ...opts };
}

/** Drops the `undefined` a conditional builder returned, so bodies can be written as one list. */
export function compact(elements: (CardElement | undefined | false)[]): CardElement[] {
  return elements.filter((e): e is CardElement => e !== undefined && e !== false);
}
