/**
 * The subset of Adaptive Card 1.5 JSON that License Desk emits, typed so builders cannot produce
 * a property Teams does not know. Actions are always `Action.Execute` (Universal Actions) inside
 * an `ActionSet`, and their `data` is only the opaque request id: who may do what is decided
 * from the stored request, never from the payload.
 */
import type { Verb } from '../views';

export type Spacing = 'none' | 'small' | 'default' | 'medium' | 'large';
export type TextColor = 'default' | 'accent' | 'good' | 'warning' | 'attention';

export interface TextBlock {
  type: 'TextBlock';
  text: string;
  wrap: true;
  size?: 'small' | 'medium' | 'large';
  weight?: 'bolder';
  color?: TextColor;
  isSubtle?: boolean;
  spacing?: Spacing;
  separator?: boolean;
  style?: 'heading';
}

export interface FactSet {
  type: 'FactSet';
  facts: { title: string; value: string }[];
  spacing?: Spacing;
}

export interface ToggleInput {
  type: 'Input.Toggle';
  id: string;
  title: string;
  value: 'true' | 'false';
  valueOn: 'true';
  valueOff: 'false';
  wrap: true;
  spacing?: Spacing;
}

export interface ChoiceSetInput {
  type: 'Input.ChoiceSet';
  id: string;
  label: string;
  style: 'expanded' | 'compact';
  isRequired?: boolean;
  errorMessage?: string;
  choices: { title: string; value: string }[];
  wrap: true;
}

export interface TextInput {
  type: 'Input.Text';
  id: string;
  label: string;
  placeholder?: string;
  maxLength: number;
  isMultiline?: boolean;
}

/** The data every action carries: the request id only. */
export interface ActionData {
  requestId: string;
}

export interface ExecuteAction {
  type: 'Action.Execute';
  verb: Verb;
  title: string;
  data: ActionData;
  style?: 'positive' | 'destructive';
  /** 'none' for Cancel: do not validate or send the inputs. */
  associatedInputs?: 'none';
}

/** Shows or hides elements on the card itself (no round trip): "Show details". */
export interface ToggleVisibilityAction {
  type: 'Action.ToggleVisibility';
  title: string;
  targetElements: string[];
}

export interface ActionSet {
  type: 'ActionSet';
  actions: (ExecuteAction | ToggleVisibilityAction)[];
  spacing?: Spacing;
}

export interface Container {
  type: 'Container';
  items: CardElement[];
  /** Set when an Action.ToggleVisibility targets the container. */
  id?: string;
  isVisible?: boolean;
  style?: 'emphasis' | 'good' | 'attention' | 'warning' | 'accent';
  spacing?: Spacing;
  separator?: boolean;
}

export type CardElement = TextBlock | FactSet | ToggleInput | ChoiceSetInput | TextInput | ActionSet | Container;

/** Universal Actions refresh: Teams re-fetches the card for these users (at most 60). */
export interface Refresh {
  action: { type: 'Action.Execute'; verb: Verb; data: ActionData };
  userIds: string[];
}

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  version: '1.5';
  $schema: string;
  body: CardElement[];
  refresh?: Refresh;
}
