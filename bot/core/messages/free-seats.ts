import type { ParsedRequest } from '../../language/parsed-request';
import { freeSeats } from '../../../services/licensing/license-queries';
import { productView } from '../present-plan';
import { clarifyOnly, type MessageHandler } from './message-context';

/** "How many E3 are free?" (or every product's seats). */
export const answerFreeSeats: MessageHandler<Extract<ParsedRequest, { kind: 'free-seats' }>> = async (
  deps,
  _turn,
  locale,
  request,
) => {
  const r = await freeSeats(deps.messageGraph, request.product);
  if (r.kind === 'clarify') return clarifyOnly(locale, r.clarifications);
  return { view: { kind: 'free-seats', locale, products: r.answer.map(productView) } };
};
