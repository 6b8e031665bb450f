/** A short status that replaces a message (cancelled, expired, already handled …). */
import { VERBS, type NoticeView } from '../views';
import { stringsFor } from '../strings/strings';
import { noticeText } from '../shared/notice-text';
import type { SlackMessage } from './block-kit';
import { actions, button, section } from './blocks';
import { escapeMrkdwn as esc } from './escape-mrkdwn';

export function buildNoticeBlocks(view: NoticeView): SlackMessage {
  const s = stringsFor(view.locale);
  const text = noticeText(view, s, esc);
  if (!view.cancelRequestId) return { text, blocks: [section(text)] };
  return { text, blocks: [section(text), actions([button(s.common.cancel, VERBS.cancel, view.cancelRequestId)])] };
}
