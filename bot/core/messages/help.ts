import type { HelpView, Locale } from '../../../cards/views';
import { loadRequester } from '../../../services/licensing/requester-authority';
import type { CoreDeps } from '../core-deps';
import type { MessageHandler } from './message-context';

/** The help card; `welcome` on install. Says whether this user may remove (or ask for) removals. */
export async function helpView(deps: CoreDeps, userId: string, locale: Locale, welcome: boolean): Promise<HelpView> {
  const who = await loadRequester(deps.graph, userId);
  return {
    kind: 'help',
    locale,
    welcome,
    canRemove: who?.authority.kind === 'admin' || who?.authority.kind === 'manager',
  };
}

export const answerHelp: MessageHandler = async (deps, turn, locale) => ({
  view: await helpView(deps, turn.userId, locale, false),
});
