/** A short status that replaces a card (cancelled, expired, already handled …). */
import type { NoticeView } from '../views';
import { stringsFor } from '../strings/strings';
import { noticeText } from '../shared/notice-text';
import type { AdaptiveCard } from './adaptive-card';
import { adaptiveCard, textBlock } from './elements';
import { escapeMarkdown } from './escape-markdown';

export function buildNoticeCard(view: NoticeView): AdaptiveCard {
  return adaptiveCard([textBlock(noticeText(view, stringsFor(view.locale), escapeMarkdown))]);
}
