import type { SlackMessage } from '../../cards/slack/block-kit';

/** What `users.info` tells License Desk about a Slack user. */
export interface SlackUserInfo {
  slackUserId: string;
  /** `user.profile.email`; absent without the users:read.email scope, or for bots. */
  email?: string;
  /** `user.locale` (e.g. `sv-SE`), asked for with `include_locale`. */
  locale?: string;
  /** `user.real_name`, else the profile's display name: for logs-free display only. */
  name?: string;
  isBot: boolean;
}

/** Where a message landed: the channel (a DM is `D…`) and its `ts`, the id `chat.update` needs. */
export interface PostedMessage {
  channel: string;
  ts: string;
}

/** A modal as `views.open` takes it (only the parts License Desk builds). */
export interface ModalView {
  type: 'modal';
  callback_id: string;
  private_metadata: string;
  title: { type: 'plain_text'; text: string };
  submit: { type: 'plain_text'; text: string };
  close: { type: 'plain_text'; text: string };
  blocks: SlackMessage['blocks'];
}

/**
 * The Slack Web API calls License Desk makes, behind a port so the adapter's logic can be tested
 * without HTTP and the SDK's types stay in one file (`web-slack-api.ts`).
 *
 * Contract: methods reject on transport faults and on Slack errors other than the ones named
 * here; `userInfo` resolves `undefined` for an unknown user (`user_not_found`), `updateMessage`
 * resolves `false` for a message that is gone (`message_not_found`, `cant_update_message`).
 */
export interface SlackApi {
  /** `auth.test`: the bot's own ids (to ignore its own messages and strip its own mention). */
  authTest(): Promise<{ botId: string | undefined; botUserId: string | undefined }>;
  /** `users.info` with `include_locale`. */
  userInfo(slackUserId: string): Promise<SlackUserInfo | undefined>;
  /** `conversations.open`: the DM channel id with that user. */
  openDm(slackUserId: string): Promise<string>;
  /** `chat.postMessage`. */
  postMessage(channel: string, message: SlackMessage): Promise<PostedMessage>;
  /** `chat.update`. */
  updateMessage(channel: string, ts: string, message: SlackMessage): Promise<boolean>;
  /** `chat.postEphemeral`: only `user` sees it, and it cannot be updated later. */
  postEphemeral(channel: string, user: string, message: SlackMessage): Promise<void>;
  /** `views.open` with a trigger id (valid 3 seconds, single use); resolves the view id. */
  openModal(triggerId: string, view: ModalView): Promise<string | undefined>;
}
