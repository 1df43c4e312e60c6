/**
 * Bolt's and the Slack SDK's log lines into the bot's logger. Their debug lines are dropped, whatever
 * LOG_LEVEL says: they print whole payloads, and a PIN form's submission carries the PIN.
 */
import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';

export interface PinoLike {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

export function boltLogger(logger: PinoLike, name = 'slack'): BoltLogger {
  let level = LogLevel.INFO;
  const text = (parts: unknown[]) =>
    parts.map((p) => (p instanceof Error ? p.message : typeof p === 'string' ? p : JSON.stringify(p))).join(' ');
  return {
    debug: () => {},
    info: (...parts: unknown[]) => logger.info({ component: name }, text(parts)),
    warn: (...parts: unknown[]) => logger.warn({ component: name }, text(parts)),
    error: (...parts: unknown[]) => logger.error({ component: name }, text(parts)),
    setLevel: (l: LogLevel) => {
      level = l === LogLevel.DEBUG ? LogLevel.INFO : l;
    },
    getLevel: () => level,
    setName: () => {},
  };
}
