/**
 * Clarification in Slack: one section per candidate with a "Choose" button whose value is
 * `requestId|choiceValue` (person id or skuId); the core checks the value against the stored
 * request's candidates. At most 10 candidates are shown.
 */
import type { ClarifyView, PersonView, ProductView } from '../views';
import { VERBS } from '../views';
import type { Strings } from '../strings/strings';
import { stringsFor } from '../strings/strings';
import { canSkip, personHint, productChoiceTitle, resolvedLine } from '../shared/clarify-text';
import { personLine } from '../shared/people';
import type { Block, SlackMessage } from './block-kit';
import { actions, button, compactBlocks, context, section } from './blocks';
import { escapeMrkdwn as esc, plain } from './escape-mrkdwn';
import { SLACK_INPUTS } from './slack-inputs';

const MAX_CHOICES = 10;

interface Choice {
  text: string;
  value: string;
}

function personChoice(p: PersonView, s: Strings): Choice {
  return { text: personLine(p, s, esc), value: p.id };
}

function productChoice(p: ProductView, view: ClarifyView, s: Strings): Choice {
  return { text: productChoiceTitle(p, view, s, esc), value: p.skuId };
}

function parts(view: ClarifyView, s: Strings): { question: string; choices: Choice[]; verb: string; none: string } {
  const text = esc(view.text);
  switch (view.code) {
    case 'ambiguous-person':
      return {
        question: s.clarify.ambiguousPerson({ text }),
        choices: view.candidates.map((p) => personChoice(p, s)),
        verb: VERBS.choosePerson,
        none: personHint(view, s),
      };
    case 'person-not-found':
      return {
        question: s.clarify.personNotFound({ text }),
        choices: view.suggestions.map((p) => personChoice(p, s)),
        verb: VERBS.choosePerson,
        none: personHint(view, s),
      };
    case 'ambiguous-product':
      return {
        question: s.clarify.ambiguousProduct({ text }),
        choices: view.candidates.map((p) => productChoice(p, view, s)),
        verb: VERBS.chooseProduct,
        none: s.clarify.noProductSuggestions,
      };
    case 'product-not-found':
      return {
        question: s.clarify.productNotFound({ text }),
        choices: view.suggestions.map((p) => productChoice(p, view, s)),
        verb: VERBS.chooseProduct,
        none: s.clarify.noProductSuggestions,
      };
  }
}

export function buildClarifyBlocks(view: ClarifyView): SlackMessage {
  const s = stringsFor(view.locale);
  const p = parts(view, s);
  const notFound = view.code === 'person-not-found' || view.code === 'product-not-found';
  const shown = p.choices.slice(0, MAX_CHOICES);
  const more = p.choices.length - shown.length;
  // A read-only question keeps no request (no id): the candidates are listed to ask again with.
  if (!view.requestId) {
    const listed = compactBlocks([
      section(`*${p.question}*`),
      shown.length === 0 && section(p.none),
      shown.length > 0 && section(shown.map((c) => `• ${c.text}`).join('\n')),
      more > 0 && context(s.common.andMore({ count: more })),
      shown.length > 0 && context(s.clarify.askAgain),
    ]);
    return { text: plain(p.question), blocks: listed };
  }
  const resolved = resolvedLine(view, s, esc);
  const blocks: Block[] = compactBlocks([
    section(`*${p.question}*`),
    shown.length === 0 && section(p.none),
    shown.length > 0 && notFound && context(s.clarify.didYouMean),
    shown.map((c) =>
      section(c.text, button(s.common.choose, p.verb, `${view.requestId}${SLACK_INPUTS.choiceSeparator}${c.value}`)),
    ),
    more > 0 && context(s.common.andMore({ count: more })),
    resolved !== undefined && context(resolved),
    actions([
      // No dead end: a person who cannot be found can be left out, keeping the people already found.
      ...(canSkip(view)
        ? [button(plain(s.clarify.continueWithout({ text: view.text })), VERBS.skipPerson, view.requestId)]
        : []),
      button(s.common.cancel, VERBS.cancel, view.requestId),
    ]),
  ]);
  return { text: plain(p.question), blocks };
}
