/** A short status that replaces a card (cancelled, expired, already handled …). */
import { VERBS, type NoticeView } from '../views';
import { stringsFor } from '../strings/strings';
import { noticeText } from '../shared/notice-text';
import type { AdaptiveCard } from './adaptive-card';
import { actionSet, adaptiveCard, executeAction, textBlock, withoutInputs } from './elements';
import { escapeMarkdown } from './escape-markdown';

export function buildNoticeCard(view: NoticeView): AdaptiveCard {
  const s = stringsFor(view.locale);
  const text = textBlock(noticeText(view, s, escapeMarkdown));
  if (!view.cancelRequestId) return adaptiveCard([text]);
  const cancel = withoutInputs(executeAction(VERBS.cancel, { requestId: view.cancelRequestId }, s.common.cancel));
  return adaptiveCard([text, actionSet([cancel])]);
}
