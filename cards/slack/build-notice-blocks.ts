/** A short status that replaces a message (cancelled, expired, already handled …). */
import type { NoticeView } from '../views';
import { stringsFor } from '../strings/strings';
import { noticeText } from '../shared/notice-text';
import type { SlackMessage } from './block-kit';
import { section } from './blocks';
import { escapeMrkdwn as esc } from './escape-mrkdwn';

export function buildNoticeBlocks(view: NoticeView): SlackMessage {
  const text = noticeText(view, stringsFor(view.locale), esc);
  return { text, blocks: [section(text)] };
}
