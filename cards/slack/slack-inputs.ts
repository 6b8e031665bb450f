/**
 * Where Slack messages put their inputs, for the Slack adapter to read `state.values`:
 * user checkboxes in blocks `users:0`, `users:1` … (≤ 10 options each) with action id `users`
 * and option values = user ids; license checkboxes in `skus:N` / `skus` with skuId values;
 * "Unassign all", the reason and the comment under the ids of `INPUTS`.
 */
import { INPUTS } from '../views';

export const SLACK_INPUTS = {
  usersBlock: (index: number) => `users:${index}`,
  usersAction: 'users',
  skusBlock: (index: number) => `skus:${index}`,
  skusAction: 'skus',
  /** reclaim candidates: blocks `candidates:N`, action `candidates`, option values `userId:skuId` */
  candidatesBlock: (index: number) => `candidates:${index}`,
  candidatesAction: 'candidates',
  unassignAll: INPUTS.unassignAll,
  /** the single option value of the "Unassign all" checkbox */
  unassignAllValue: 'true',
  reason: INPUTS.reason,
  comment: INPUTS.comment,
  /** clarification buttons carry `requestId|choiceValue` */
  choiceSeparator: '|',
} as const;
