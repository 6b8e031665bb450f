import type { Logger } from './logger';

/**
 * Process-wide handlers for errors no code path caught: a library's async callback that throws, or
 * a promise rejected with nobody listening (Bolt once read a field of a signed `null` body that way
 * and took Teams, Slack and /healthz down with it). Node's default ends the process; this logs the
 * error and keeps serving the requests that are fine. Returns a function that removes the handlers.
 */
export function installProcessGuard(logger: Logger): () => void {
  const onRejection = (reason: unknown) => {
    logger.error({ err: reason }, 'unhandled promise rejection (kept serving)');
  };
  const onException = (error: Error, origin: string) => {
    logger.error({ err: error, origin }, 'uncaught exception (kept serving)');
  };
  process.on('unhandledRejection', onRejection);
  process.on('uncaughtException', onException);
  return () => {
    process.off('unhandledRejection', onRejection);
    process.off('uncaughtException', onException);
  };
}
