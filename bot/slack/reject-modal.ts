import { stringsFor } from '../../cards/strings/strings';
import { SLACK_INPUTS } from '../../cards/slack/slack-inputs';
import type { Locale } from '../../cards/views';
import type { ModalView } from './slack-api';
import { INPUT_LIMITS } from '../../cards/input-limits';

/** `callback_id` of the modal; its `view_submission` is routed back by it. */
export const REJECT_MODAL_ID = 'licenseDesk.rejectComment';

/** Slack's limit on a modal title. */
const TITLE_MAX = 24;

/**
 * The modal asking an approver for a rejection comment. `private_metadata` holds the request id
 * and nothing else: who may reject is decided from the stored request and the submitting user.
 * The comment already typed on the approval message is carried over.
 */
export function rejectModal(requestId: string, locale: Locale, comment?: string): ModalView {
  const s = stringsFor(locale);
  const title = s.approval.reject.slice(0, TITLE_MAX);
  return {
    type: 'modal',
    callback_id: REJECT_MODAL_ID,
    private_metadata: requestId,
    title: { type: 'plain_text', text: title },
    submit: { type: 'plain_text', text: title },
    close: { type: 'plain_text', text: s.common.cancel.slice(0, TITLE_MAX) },
    blocks: [
      {
        type: 'input',
        block_id: SLACK_INPUTS.comment,
        label: { type: 'plain_text', text: s.approval.commentLabel },
        optional: true,
        element: {
          type: 'plain_text_input',
          action_id: SLACK_INPUTS.comment,
          multiline: true,
          max_length: INPUT_LIMITS.comment,
          placeholder: { type: 'plain_text', text: s.approval.commentPlaceholder },
          ...(comment ? { initial_value: comment.slice(0, INPUT_LIMITS.comment) } : {}),
        },
      },
    ],
  };
}
