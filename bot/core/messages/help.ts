import type { HelpView, Locale } from '../../../cards/views';
import { type HelpExamples, helpExamples, mostUsedProduct } from '../../../services/licensing/help-examples';
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

/** Holders of the most used product asked for: enough to find three enabled ones with names. */
const SAMPLE = 10;

/**
 * Examples from the tenant's own people and products; a failed read keeps the generic ones. Two
 * small reads, not the directory: a page of the most used product's holders and, for a tenant
 * where fewer hold it, a page of users to fill up with.
 */
async function tenantExamples(deps: CoreDeps): Promise<HelpExamples | undefined> {
  try {
    const skus = await deps.messageGraph.listSubscribedSkus();
    const product = mostUsedProduct(skus);
    const [holders, others] = await Promise.all([
      product?.skuId ? deps.graph.sampleUsers({ top: SAMPLE, withSku: product.skuId }) : [],
      deps.graph.sampleUsers({ top: SAMPLE }),
    ]);
    return helpExamples([...holders, ...others.filter((o) => !holders.some((h) => h.id === o.id))], skus);
  } catch (e) {
    deps.logger.warn({ err: e }, 'help without tenant examples');
    return undefined;
  }
}

export const answerHelp: MessageHandler = async (deps, turn, locale) => ({
  view: await helpView(deps, turn.userId, locale, false),
});
