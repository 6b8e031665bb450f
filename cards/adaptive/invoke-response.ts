/**
 * Invoke responses for `adaptiveCard/action`: the card that replaces the clicked one, or an
 * error Teams shows to the clicking user. Shapes from the Universal Actions protocol.
 */
import type { AdaptiveCard } from './adaptive-card';

export interface CardInvokeResponse {
  statusCode: 200;
  type: 'application/vnd.microsoft.card.adaptive';
  value: AdaptiveCard;
}

export interface ErrorInvokeResponse {
  statusCode: number;
  type: 'application/vnd.microsoft.error';
  value: { code: string; message: string };
}

export function cardResponse(card: AdaptiveCard): CardInvokeResponse {
  return { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card };
}

export function errorResponse(statusCode: number, code: string, message: string): ErrorInvokeResponse {
  return { statusCode, type: 'application/vnd.microsoft.error', value: { code, message } };
}
