/**
 * Structured logging (pino). Log ids and codes, never tokens, message text or personal data:
 * the redact list is a safety net for the fields that could carry them, not a licence to log them.
 */
import { randomUUID } from 'node:crypto';
import pino from 'pino';

export type Logger = pino.Logger;

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { app: 'license-desk' },
      redact: {
        paths: [
          'authorization',
          '*.authorization',
          'headers.authorization',
          'token',
          '*.token',
          'text',
          '*.text',
          'password',
          '*.password',
        ],
        censor: '[redacted]',
      },
    },
    destination,
  );
}

/** A short correlation id for one request/turn, carried on a child logger. */
export function newCorrelationId(): string {
  return randomUUID().slice(0, 8);
}
