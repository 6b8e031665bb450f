import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { Logger } from '../logger';

/** Bolt and the Web API client log free-form arguments; an Error among them is logged as `err`. */
function split(args: unknown[]): { err?: unknown; msg: string } {
  const err = args.find((a) => a instanceof Error);
  const msg = args
    .filter((a) => a !== err)
    .map((a) => (typeof a === 'string' ? a : a instanceof Object ? '[object]' : String(a)))
    .join(' ');
  return err === undefined ? { msg } : { err, msg };
}

/** pino's level as Bolt's (pino's fatal and silent count as error: Bolt has nothing quieter). */
const LEVELS: Readonly<Record<string, LogLevel>> = {
  trace: LogLevel.DEBUG,
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warn: LogLevel.WARN,
};

/**
 * Bolt's `Logger` on top of our pino logger. Non-string arguments are not serialised (they can
 * be request bodies with message text or emails); an Error is kept as `err`. The level stays
 * pino's: Bolt calls `setLevel(INFO)` on construction, which must not override LOG_LEVEL.
 */
export function boltLogger(logger: Logger): BoltLogger {
  const log = (level: 'debug' | 'info' | 'warn' | 'error') => {
    return (...args: unknown[]) => {
      const { err, msg } = split(args);
      if (err === undefined) logger[level](msg);
      else logger[level]({ err }, msg);
    };
  };
  return {
    debug: log('debug'),
    info: log('info'),
    warn: log('warn'),
    error: log('error'),
    setLevel: () => undefined,
    getLevel: () => LEVELS[logger.level] ?? LogLevel.ERROR,
    setName: () => undefined,
  };
}
