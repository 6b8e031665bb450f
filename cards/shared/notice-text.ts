/** The text of a notice, with its free-form params read defensively (see `NoticeParams`). */
import type { NoticeView } from '../views';
import type { NoticeParams, Strings } from '../strings/strings';
import { formatWhen } from '../strings/format-date';
import type { Escape } from './escape';
import { paramList, paramString } from './view-params';

export function noticeText(view: NoticeView, strings: Strings, esc: Escape): string {
  const by = paramString(view.params, 'by');
  const at = paramString(view.params, 'at');
  const comment = paramString(view.params, 'comment');
  const approvers = paramList(view.params, 'approvers');
  const unreachable = paramList(view.params, 'unreachable');
  const p: NoticeParams = {
    ...(by ? { by: esc(by) } : {}),
    ...(at ? { at: formatWhen(at, strings, view.timeZone) } : {}),
    ...(comment ? { comment: esc(comment) } : {}),
    ...(approvers.length > 0 ? { approvers: approvers.map(esc) } : {}),
    ...(unreachable.length > 0 ? { unreachable: unreachable.map(esc) } : {}),
  };
  return strings.notice[view.code](p);
}
