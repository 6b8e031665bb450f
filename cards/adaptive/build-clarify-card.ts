/**
 * Clarification: which person or product was meant. Candidates (or suggestions) are radio
 * buttons whose values are person ids / skuIds; the chosen value comes back as an input, and
 * the core checks it against the stored request's candidates.
 */
import type { ClarifyView, ProductView } from '../views';
import { INPUTS, VERBS } from '../views';
import type { Strings } from '../strings/strings';
import { stringsFor } from '../strings/strings';
import { canSkip, personHint, productChoiceTitle, resolvedLine } from '../shared/clarify-text';
import { personLine } from '../shared/people';
import type { AdaptiveCard, CardElement } from './adaptive-card';
import {
  actionSet,
  adaptiveCard,
  bullets,
  choiceSet,
  compact,
  executeAction,
  textBlock,
  title,
  withoutInputs,
} from './elements';
import { escapeMarkdown as esc } from './escape-markdown';

interface Choices {
  question: string;
  choices: { title: string; value: string }[];
  verb: typeof VERBS.choosePerson | typeof VERBS.chooseProduct;
  /** said when a not-found view has no suggestions */
  noSuggestions: string;
}

function choicesOf(view: ClarifyView, s: Strings): Choices {
  const text = esc(view.text);
  const productChoice = (p: ProductView) => ({ title: productChoiceTitle(p, view, s, esc), value: p.skuId });
  switch (view.code) {
    case 'ambiguous-person':
      return {
        question: s.clarify.ambiguousPerson({ text }),
        choices: view.candidates.map((p) => ({ title: personLine(p, s, esc), value: p.id })),
        verb: VERBS.choosePerson,
        noSuggestions: personHint(view, s),
      };
    case 'person-not-found':
      return {
        question: s.clarify.personNotFound({ text }),
        choices: view.suggestions.map((p) => ({ title: personLine(p, s, esc), value: p.id })),
        verb: VERBS.choosePerson,
        noSuggestions: personHint(view, s),
      };
    case 'ambiguous-product':
      return {
        question: s.clarify.ambiguousProduct({ text }),
        choices: view.candidates.map(productChoice),
        verb: VERBS.chooseProduct,
        noSuggestions: s.clarify.noProductSuggestions,
      };
    case 'product-not-found':
      return {
        question: s.clarify.productNotFound({ text }),
        choices: view.suggestions.map(productChoice),
        verb: VERBS.chooseProduct,
        noSuggestions: s.clarify.noProductSuggestions,
      };
  }
}

export function buildClarifyCard(view: ClarifyView): AdaptiveCard {
  const s = stringsFor(view.locale);
  const c = choicesOf(view, s);
  const data = { requestId: view.requestId };
  const cancel = withoutInputs(executeAction(VERBS.cancel, data, s.common.cancel));
  const notFound = view.code === 'person-not-found' || view.code === 'product-not-found';
  // A read-only question keeps no request (no id): the candidates are listed to ask again with.
  if (!view.requestId) {
    return adaptiveCard(
      compact([
        title(c.question),
        c.choices.length > 0 ? bullets(c.choices.map((x) => x.title)) : textBlock(c.noSuggestions),
        c.choices.length > 0 && textBlock(s.clarify.askAgain, { isSubtle: true }),
      ]),
    );
  }
  // No dead end: a person who cannot be found can be left out, keeping the people already found.
  const skip = canSkip(view)
    ? [withoutInputs(executeAction(VERBS.skipPerson, data, s.clarify.continueWithout({ text: esc(view.text) })))]
    : [];
  const resolved = resolvedLine(view, s, esc);
  const body: CardElement[] =
    c.choices.length > 0
      ? [
          choiceSet(INPUTS.choice, notFound ? s.clarify.didYouMean : s.common.choose, c.choices, s.common.choose),
          actionSet([executeAction(c.verb, data, s.common.continue, 'positive'), ...skip, cancel]),
        ]
      : [textBlock(c.noSuggestions), actionSet([...skip, cancel])];
  return adaptiveCard(
    compact([
      title(c.question),
      resolved !== undefined && textBlock(resolved, { isSubtle: true, spacing: 'none' }),
      ...body,
    ]),
  );
}
