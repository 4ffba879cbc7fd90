import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * Structured JSON logs. Message text, user names and card input values are never
 * logged; the redact list is a second line of defence for fields that might carry them.
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { app: 'samordna' },
    redact: {
      paths: [
        'text',
        '*.text',
        'value',
        '*.value',
        'from.name',
        '*.from.name',
        'req.headers.authorization',
      ],
      censor: '[redacted]',
    },
  };
  return destination === undefined ? pino(options) : pino(options, destination);
}
