/** The sentence (or short label) for one consequence, with its params read from the view and escaped. */
import type { ConsequenceView } from '../views';
import type { ConsequenceParams, ServiceKind, Strings } from '../strings/strings';
import type { Escape } from './escape';
import { paramList, paramString } from './view-params';

const SERVICE_KINDS: readonly ServiceKind[] = ['exchange', 'sharepoint-onedrive', 'office-apps', 'teams', 'other'];

function serviceKind(value: string | undefined): ServiceKind {
  return SERVICE_KINDS.find((k) => k === value) ?? 'other';
}

function paramsOf(item: ConsequenceView, strings: Strings, esc: Escape): ConsequenceParams {
  return {
    service: strings.serviceKind[serviceKind(paramString(item.params, 'kind'))],
    via: paramList(item.params, 'via').map(esc),
    groups: paramList(item.params, 'groups').map(esc),
  };
}

export function consequenceText(item: ConsequenceView, strings: Strings, esc: Escape): string {
  return strings.consequence[item.code](paramsOf(item, strings, esc));
}

/** The short label for the summary line; '' when the code is only told in the details. */
export function consequenceShortText(item: ConsequenceView, strings: Strings, esc: Escape): string {
  return strings.consequenceShort[item.code](paramsOf(item, strings, esc));
}
