import type { ParsedRequest } from '../../language/parsed-request';
import { whoHas } from '../../../services/licensing/license-queries';
import { personView, productView } from '../present-plan';
import { clarifyOnly, type MessageHandler } from './message-context';

/** Who-has lists stay readable in a card; the rest is counted. */
const MAX_LISTED = 50;

/** "Who has Visio?" */
export const answerWhoHas: MessageHandler<Extract<ParsedRequest, { kind: 'who-has' }>> = async (
  deps,
  _turn,
  locale,
  request,
) => {
  const r = await whoHas(deps.messageGraph, request.product);
  if (r.kind === 'clarify') return clarifyOnly(locale, r.clarifications);
  const shown = r.answer.users.slice(0, MAX_LISTED);
  return {
    view: {
      kind: 'who-has',
      locale,
      product: productView(r.answer.product),
      users: shown.map(personView),
      truncated: r.answer.users.length - shown.length,
    },
  };
};
