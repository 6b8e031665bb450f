import { SLACK_INPUTS } from '../../cards/slack/slack-inputs';
import { INPUTS } from '../../cards/views';

/** `state.values` of a block_actions or view_submission payload (only the fields read here). */
export type StateValues = Record<
  string,
  Record<string, { selected_options?: { value?: unknown }[] | null; value?: unknown }>
>;

/** Checkbox option values per input block id (`users:0` → user ids, `skus:0` → skuIds …). */
export type CheckboxOptions = ReadonlyMap<string, readonly string[]>;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

/**
 * The checkbox options of a message's input blocks: every value a checkbox offered, checked or
 * not. Slack's `state.values` lists only the selected ones, but the core needs the unchecked
 * ones marked `false` (a toggle that is absent counts as on).
 */
export function checkboxOptions(blocks: unknown): CheckboxOptions {
  const out = new Map<string, string[]>();
  if (!Array.isArray(blocks)) return out;
  for (const block of blocks as unknown[]) {
    if (!isRecord(block) || block.type !== 'input' || typeof block.block_id !== 'string') continue;
    const element = block.element;
    if (!isRecord(element) || element.type !== 'checkboxes' || !Array.isArray(element.options)) continue;
    const values = (element.options as unknown[]).flatMap((o) =>
      isRecord(o) && typeof o.value === 'string' ? [o.value] : [],
    );
    out.set(block.block_id, values);
  }
  return out;
}

function selectedValues(state: StateValues[string][string] | undefined): Set<string> {
  return new Set((state?.selected_options ?? []).flatMap((o) => (typeof o.value === 'string' ? [o.value] : [])));
}

function textValue(state: StateValues[string][string] | undefined): string | undefined {
  return typeof state?.value === 'string' && state.value.trim() !== '' ? state.value.trim() : undefined;
}

interface Toggle {
  actionId: string;
  inputId: (value: string) => string;
}

/** Toggle blocks are `users:N` / `skus:N` / `candidates:N` (≤ 10 options each); other blocks are not toggles. */
function toggleFor(blockId: string): Toggle | undefined {
  const m = /^(\w+):\d+$/.exec(blockId);
  if (m?.[1] === SLACK_INPUTS.usersAction) return { actionId: SLACK_INPUTS.usersAction, inputId: INPUTS.userToggle };
  if (m?.[1] === SLACK_INPUTS.skusAction) return { actionId: SLACK_INPUTS.skusAction, inputId: INPUTS.skuToggle };
  if (m?.[1] === SLACK_INPUTS.candidatesAction)
    return { actionId: SLACK_INPUTS.candidatesAction, inputId: INPUTS.candidateToggle };
  return undefined;
}

/** Input blocks whose checkbox options are needed but not known: reading them would be a guess. */
export function unknownToggleBlocks(state: StateValues, options: CheckboxOptions): string[] {
  return Object.keys(state).filter((blockId) => toggleFor(blockId) && !options.has(blockId));
}

/**
 * The core's `inputs` from a Slack payload: `user:<id>` / `sku:<id>` = 'true' | 'false' for every
 * checkbox option of the message, `unassignAll` = 'true' | 'false', and the reason and comment
 * text when given. Only these ids are read; the core ignores toggles that do not name its plan.
 */
export function actionInputs(state: StateValues, options: CheckboxOptions): Record<string, string> {
  const inputs: Record<string, string> = {};
  for (const [blockId, actions] of Object.entries(state)) {
    const toggle = toggleFor(blockId);
    if (toggle) {
      const selected = selectedValues(actions[toggle.actionId]);
      for (const value of options.get(blockId) ?? []) inputs[toggle.inputId(value)] = String(selected.has(value));
    } else if (blockId === SLACK_INPUTS.unassignAll) {
      inputs[INPUTS.unassignAll] = String(
        selectedValues(actions[SLACK_INPUTS.unassignAll]).has(SLACK_INPUTS.unassignAllValue),
      );
    } else if (blockId === SLACK_INPUTS.reason || blockId === SLACK_INPUTS.comment) {
      const text = textValue(actions[blockId]);
      if (text !== undefined) inputs[blockId] = text;
    }
  }
  return inputs;
}
