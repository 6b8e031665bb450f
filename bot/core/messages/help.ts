import type { HelpView, Locale } from '../../../cards/views';
import { type HelpExamples, helpExamples } from '../../../services/licensing/help-examples';
import { loadRequester } from '../../../services/licensing/requester-authority';
import type { CoreDeps } from '../core-deps';
import type { MessageHandler } from './message-context';

/** The help card; `welcome` on install. Says whether this user may remove (or ask for) removals. */
export async function helpView(deps: CoreDeps, userId: string, locale: Locale, welcome: boolean): Promise<HelpView> {
  // Only says whether the help text mentions removals: nothing is allowed by it, so cached roles do.
  const who = await loadRequester(deps.messageGraph, userId);
  const examples = await tenantExamples(deps);
  return {
    kind: 'help',
    locale,
    welcome,
    canRemove: who?.authority.kind === 'admin' || who?.authority.kind === 'manager',
    ...(examples ? { examples } : {}),
  };
}

/** Examples from the tenant's own people and products; a failed read keeps the generic ones. */
async function tenantExamples(deps: CoreDeps): Promise<HelpExamples | undefined> {
  try {
    const [users, skus] = await Promise.all([deps.graph.listUsers(), deps.graph.listSubscribedSkus()]);
    return helpExamples(users, skus);
  } catch (e) {
    deps.logger.warn({ err: e }, 'help without tenant examples');
    return undefined;
  }
}

export const answerHelp: MessageHandler = async (deps, turn, locale) => ({
  view: await helpView(deps, turn.userId, locale, false),
});
