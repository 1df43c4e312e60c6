/** pino: JSON lines in production, pretty in a terminal; secrets and PINs are redacted by path. */
import pino, { type Logger } from 'pino';
import { SECRET_CONFIG_KEYS } from './config.ts';

export type { Logger };

const REDACT = [
  ...SECRET_CONFIG_KEYS.flatMap((key) => [key, `config.${key}`]),
  'pin',
  '*.pin',
  'pinHash',
  '*.pinHash',
  'password',
  '*.password',
  'auth.pass',
  '*.auth.pass',
];

export function createLogger(options: {
  level: string;
  /** NODE_ENV from the configuration: production logs JSON lines even on a terminal. */
  environment?: string;
  pretty?: boolean;
  destination?: NodeJS.WritableStream;
}): Logger {
  const pretty = options.pretty ?? (process.stdout.isTTY === true && options.environment !== 'production');
  const base = { level: options.level, redact: { paths: REDACT, censor: '[redacted]' } };
  if (options.destination) return pino(base, options.destination as pino.DestinationStream);
  if (pretty) return pino({ ...base, transport: { target: 'pino-pretty', options: { destination: 2 } } });
  return pino(base, pino.destination(2));
}
