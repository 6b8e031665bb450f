/** The sentence for one consequence, with its params read from the view and escaped. */
import type { ConsequenceView } from '../views';
import type { ServiceKind, Strings } from '../strings/strings';
import type { Escape } from './escape';
import { paramList, paramString } from './view-params';

const SERVICE_KINDS: readonly ServiceKind[] = ['exchange', 'sharepoint-onedrive', 'office-apps', 'teams', 'other'];

function serviceKind(value: string | undefined): ServiceKind {
  return SERVICE_KINDS.find((k) => k === value) ?? 'other';
}

export function consequenceText(item: ConsequenceView, strings: Strings, esc: Escape): string {
  return strings.consequence[item.code]({
    service: strings.serviceKind[serviceKind(paramString(item.params, 'kind'))],
    via: paramList(item.params, 'via').map(esc),
    groups: paramList(item.params, 'groups').map(esc),
  });
}
