import { INPUTS } from '../../../cards/views';
import { type Clarification, planRemoval } from '../../../services/licensing/plan-removal';
import type { RemovalAsk } from '../../../services/licensing/removal-ask';
import { isConflict } from '../../../services/licensing/request-repository';
import { clarifyView, confirmView } from '../present-plan';
import { type ActionHandler, alreadyHandled, notice } from './action-context';

/**
 * The requester picked a person or product on a clarification card. The choice must be one the
 * stored clarification offered; it replaces what was typed, and the same request is planned again.
 */
export const chooseClarification: ActionHandler = async (deps, turn, doc) => {
  if (doc.requesterId !== turn.userId) return notice(doc.locale, 'not-your-request');
  const question = doc.clarifications?.[0];
  if (doc.state !== 'clarifying' || !question) return alreadyHandled(doc);
  const choice = turn.inputs[INPUTS.choice];
  const ask = answer(doc.ask, question, choice);
  if (!ask) return { view: clarifyView(doc.id, doc.locale, question) };

  const outcome = await planRemoval(deps.graph, turn.userId, ask);
  try {
    switch (outcome.kind) {
      case 'clarify': {
        const updated = await deps.repo.update(doc, { ask, clarifications: outcome.clarifications });
        const next = outcome.clarifications[0];
        return {
          view: next
            ? clarifyView(updated.id, doc.locale, next)
            : { kind: 'notice', locale: doc.locale, code: 'internal-error' },
        };
      }
      case 'plans': {
        // A clarified request continues as one card; more than 20 users are offered batch by batch.
        const [first, ...rest] = outcome.plans;
        if (!first) return notice(doc.locale, 'nothing-to-remove');
        const restIds = rest.map(() => deps.repo.newId());
        const batchIds = restIds.length > 0 ? [doc.id, ...restIds] : undefined;
        const updated = await deps.repo.transition(doc, 'awaiting-confirmation', turn.userId, {
          ask,
          plan: first,
          clarifications: [],
          ...(batchIds ? { batchIds } : {}),
        });
        for (const [i, plan] of rest.entries()) {
          await deps.repo.create(
            {
              id: restIds[i] ?? deps.repo.newId(),
              tenantId: deps.tenantId,
              state: 'awaiting-confirmation',
              channel: doc.channel,
              locale: doc.locale,
              requesterId: doc.requesterId,
              requesterName: doc.requesterName,
              ask,
              plan,
              ...(batchIds ? { batchIds } : {}),
            },
            turn.userId,
          );
        }
        return { view: confirmView(updated.id, updated.requesterId, doc.locale, first) };
      }
      case 'refused':
        await deps.repo.transition(doc, 'cancelled', turn.userId);
        return {
          view: {
            kind: 'refused',
            locale: doc.locale,
            code: outcome.code,
            people: outcome.people,
            admins: outcome.admins.map((a) => a.displayName),
          },
        };
      case 'unknown-requester':
        return { view: { kind: 'refused', locale: doc.locale, code: 'unknown-requester', admins: [] } };
    }
  } catch (e) {
    if (!isConflict(e)) throw e;
    const latest = await deps.repo.get(deps.tenantId, doc.id);
    return latest ? alreadyHandled(latest) : notice(doc.locale, 'unknown-request');
  }
};

/** The ask with the typed text replaced by the chosen candidate, or undefined for a choice that was not offered. */
function answer(ask: RemovalAsk, question: Clarification, choice: string | undefined): RemovalAsk | undefined {
  if (!choice) return undefined;
  if (question.code === 'ambiguous-person' || question.code === 'person-not-found') {
    const offered = question.code === 'ambiguous-person' ? question.candidates : question.suggestions;
    const person = offered.find((p) => p.id === choice);
    if (!person) return undefined;
    return {
      ...ask,
      people: ask.people.map((p) =>
        p.kind === 'text' && p.text === question.text
          ? { kind: 'identity', userId: person.id, displayName: person.displayName }
          : p,
      ),
    };
  }
  const offered = question.code === 'ambiguous-product' ? question.candidates : question.suggestions;
  const product = offered.find((p) => p.skuId === choice);
  if (!product || ask.products === 'all') return undefined;
  return { ...ask, products: ask.products.map((p) => (p.text === question.text ? { text: product.skuId } : p)) };
}
