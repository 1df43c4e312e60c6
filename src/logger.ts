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
  pretty?: boolean;
  destination?: NodeJS.WritableStream;
}): Logger {
  const pretty = options.pretty ?? (process.stdout.isTTY === true && process.env['NODE_ENV'] !== 'production');
  const base = { level: options.level, redact: { paths: REDACT, censor: '[redacted]' } };
  if (options.destination) return pino(base, options.destination as pino.DestinationStream);
  if (pretty) return pino({ ...base, transport: { target: 'pino-pretty', options: { destination: 2 } } });
  return pino(base, pino.destination(2));
}
