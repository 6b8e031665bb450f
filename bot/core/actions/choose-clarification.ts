import { INPUTS } from '../../../cards/views';
import { planRemoval } from '../../../services/licensing/plan-removal';
import type { Clarification } from '../../../services/licensing/planning/clarification';
import type { RemovalAsk } from '../../../services/licensing/removal-ask';
import { canSkipPerson, clarifyView, confirmView, scheduleExtras } from '../present-plan';
import { refusedView, unknownRequesterView } from '../refusals';
import { originOf, storeBatches } from '../store-plans';
import { type ActionHandler, alreadyHandled, notice, notMoved } from './action-context';
import { planOptions } from '../plan-options';
import { withNotes } from '../plan-notes';

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
  if (!ask) return { view: clarifyView(doc.id, doc.locale, question, canSkipPerson(doc.ask)) };
  return continueRequest(deps, turn, doc, ask);
};

/**
 * "Continue without Cecilia": the person the question is about is left out, and the request goes
 * on with everyone else (already found people are kept: they are identities in the ask by now, or
 * found again by their names). Leaving out the last person leaves nothing to do.
 */
export const skipPerson: ActionHandler = async (deps, turn, doc) => {
  if (doc.requesterId !== turn.userId) return notice(doc.locale, 'not-your-request');
  const question = doc.clarifications?.[0];
  if (doc.state !== 'clarifying' || !question) return alreadyHandled(doc);
  if (question.code !== 'ambiguous-person' && question.code !== 'person-not-found') {
    return { view: clarifyView(doc.id, doc.locale, question, canSkipPerson(doc.ask)) };
  }
  const people = doc.ask.people.filter((p) => !(p.kind === 'text' && p.text === question.text));
  if (people.length === 0 || people.length === doc.ask.people.length) {
    const moved = await deps.removals.cancel(doc, turn.userId);
    if (moved.kind !== 'moved') return notMoved(moved, doc.locale);
    return notice(doc.locale, 'nothing-selected');
  }
  return continueRequest(deps, turn, doc, { ...doc.ask, people });
};

/** Plans the request again with the answered ask: the next question, the confirmation, or a refusal. */
async function continueRequest(
  deps: Parameters<ActionHandler>[0],
  turn: Parameters<ActionHandler>[1],
  doc: Parameters<ActionHandler>[2],
  ask: RemovalAsk,
): ReturnType<ActionHandler> {
  const outcome = await planRemoval(deps.graph, turn.userId, ask, planOptions(deps));
  switch (outcome.kind) {
    case 'clarify': {
      const moved = await deps.removals.updateOrLatest(doc, { ask, clarifications: outcome.clarifications });
      if (moved.kind !== 'moved') return notMoved(moved, doc.locale);
      const next = outcome.clarifications[0];
      return {
        view: next
          ? clarifyView(moved.request.id, doc.locale, next, canSkipPerson(ask))
          : { kind: 'notice', locale: doc.locale, code: 'internal-error' },
      };
    }
    case 'plans': {
      // A clarified request continues as one card; more than 20 users are offered batch by batch.
      const [planned, ...rest] = outcome.plans;
      if (!planned) return notice(doc.locale, 'nothing-to-remove');
      const first = withNotes(planned, doc.notes);
      const stored = await storeBatches(deps, originOf(doc, ask), [first, ...rest], turn.userId, doc);
      if (stored.kind !== 'moved') return notMoved(stored, doc.locale);
      return {
        view: confirmView(
          stored.request.id,
          stored.request.requesterId,
          doc.locale,
          first,
          scheduleExtras(doc.schedule),
        ),
      };
    }
    case 'refused': {
      const moved = await deps.removals.cancel(doc, turn.userId);
      if (moved.kind !== 'moved') return notMoved(moved, doc.locale);
      return { view: refusedView(doc.locale, outcome.code, outcome.people, outcome.admins) };
    }
    case 'unknown-requester':
      return { view: unknownRequesterView(doc.locale) };
  }
}

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
